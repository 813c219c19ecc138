import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/engine/question.ts";

const read = (text: string) => readQuestion(text, new Set());

describe("reading a question", () => {
  it("GIVEN a clause that only sets the scene WHEN read THEN the question's type comes from the ask", () => {
    expect(
      read("When you say you make ML workloads efficient, which layers are you at?").type,
    ).not.toBe("when");
    expect(read("what do u do for fun when ur not making games").type).not.toBe("when");
    expect(read("when did u start at the ledger").type).toBe("when");
  });

  it("GIVEN 'which X' and 'what is X called' WHEN read THEN X is the thing asked for and a name is wanted", () => {
    const which = read("which university awarded your doctorate?");
    expect(which.focus).toBe("university");
    expect(which.identity).toBe(true);
    expect(read("whats her lab called").focus).toBe("lab");
    expect(read("what's the name of her bar").focus).toBe("bar");
  });

  it("GIVEN a cost, a place in a race and a place to find something WHEN read THEN each asks for its own kind of detail", () => {
    expect(read("how much does the camera cost").needs).toEqual(["money"]);
    expect(read("where did the team place at worlds").needs).toEqual(["rank"]);
    expect(read("where can I find your code?").needs).toEqual([]);
  });

  it("GIVEN a who-question with a verb WHEN read THEN the verb is kept to check the name against", () => {
    expect(read("who edited dead ends?").verbs).toEqual(["edited"]);
    expect(read("who did u report it with").verbs).toEqual(["report"]);
    expect(read("who was her advisor").verbs).toEqual([]);
  });

  it("GIVEN a yes/no question WHEN read THEN its claim is the word after the subject", () => {
    expect(read("is she married to jonas").claim).toEqual(["married"]);
    expect(read("did Backdraft win a best paper award?").claim).toEqual(["win"]);
    expect(read("were u first author on morpheus?").claim).toEqual(["author"]);
    expect(read("do u have kids").claim).toEqual(["has:kids"]);
  });

  it("GIVEN 'before X' WHEN read THEN X is the reference, not the answer", () => {
    expect(read("where did u work before the ledger?").before).toEqual(["ledger"]);
    expect(read("how many sites did he survey after the storm").after).toBeUndefined();
  });

  it("GIVEN alternatives joined by 'or' WHEN read THEN they form one choice", () => {
    expect(read("Backdraft impl — DPDK, XDP, or in-kernel?").choices).toEqual([
      ["dpdk", "xdp", "kernel"],
    ]);
  });
});
