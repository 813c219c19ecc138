import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";

describe("offline answers", () => {
  it("GIVEN no LLM WHEN asked where the PhD was THEN the answer names Queen Mary and cites the education entry", async () => {
    const engine = await testEngine();
    const result = await engine.answer("Where did you do your PhD?");
    expect(result.mode).toBe("offline");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Queen Mary University of London/);
    expect(result.sources.map((s) => s.id)).toContain("phd");
  });

  it("GIVEN no LLM WHEN asked something the profile does not say THEN it abstains and names what it can talk about", async () => {
    const engine = await testEngine();
    const result = await engine.answer("What is your favourite colour?");
    expect(result.abstained).toBe(true);
    expect(result.sources).toEqual([]);
    expect(result.answer).toMatch(/doesn't cover/);
    expect(result.answer).toMatch(/projects/);
  });

  it("GIVEN a question naming an unknown organisation WHEN answered offline THEN it abstains instead of listing loosely matching entries", async () => {
    const engine = await testEngine();
    expect((await engine.answer("Have you ever worked at Google?")).abstained).toBe(true);
    expect((await engine.answer("Did you publish at SIGCOMM?")).abstained).toBe(true);
  });

  it("GIVEN a 'when' question the profile has no date for WHEN answered offline THEN it abstains", async () => {
    const engine = await testEngine();
    expect((await engine.answer("When did you finish your PhD?")).abstained).toBe(true);
  });

  it("GIVEN a question about a whole section WHEN answered offline THEN every entry of that section is listed", async () => {
    const engine = await testEngine();
    const result = await engine.answer("Which papers have you published?");
    expect(result.answer).toMatch(/Backdraft/);
    expect(result.answer).toMatch(/Morpheus/);
  });

  it("GIVEN a follow-up that says 'it' WHEN the history holds the earlier question THEN the answer is about the earlier subject", async () => {
    const engine = await testEngine();
    const history = [{ question: "Tell me about Morpheus", answer: "…" }];
    const result = await engine.answer("Where was it published?", { history });
    expect(result.answer).toMatch(/ASPLOS/);
  });

  it("GIVEN a greeting WHEN answered offline THEN it introduces the profile without abstaining", async () => {
    const engine = await testEngine();
    const result = await engine.answer("hello!");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/datacenters/);
  });

  it("GIVEN the streaming form WHEN answered offline THEN the last progress is the final answer", async () => {
    const engine = await testEngine();
    let text = "";
    let final = "";
    for await (const event of engine.stream("What is httpd-ab?")) {
      if (event.type === "progress") text = event.text;
      if (event.type === "done") final = event.result.answer;
    }
    expect(final).toMatch(/ApacheBench/);
    expect(text).toBe(final);
  });
});
