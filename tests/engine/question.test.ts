import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/engine/question.ts";
import { splitAsks } from "../../src/engine/question-clauses.ts";

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

  it("GIVEN 'what is X's name', with or without its apostrophe WHEN read THEN X is the thing asked for and one name is wanted", () => {
    for (const q of ["what is your dog's name", "whats ur dogs name"]) {
      const question = read(q);
      expect(question.focus).toMatch(/^dogs?$/);
      expect(question.identity).toBe(true);
      expect(question.plural).toBe(false);
    }
    expect(read("what are the names of your dogs").plural).toBe(true);
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

  it("GIVEN 'list ur X' or 'name her X' WHEN read THEN it asks for a list and 'list' is not a word to look for", () => {
    const listed = read("list ur papers pls");
    expect(listed.type).toBe("list");
    expect(listed.request).toBe(true);
    expect(listed.terms.map((t) => t.word)).toEqual(["papers"]);
    expect(read("name his publications").type).toBe("list");
    expect(read("whats ur name").type).toBe("name");
  });

  it("GIVEN 'conf', 'vuln', 'b4 grad school' WHEN read THEN they mean conference, vulnerability and before a master's or PhD", () => {
    expect(read("which confs have u spoken at").focus).toBe("conferences");
    expect(read("how fast did they patch the vuln").terms.map((t) => t.word)).toContain(
      "vulnerability",
    );
    expect(read("what did she do b4 grad school").before).toEqual(["graduate school"]);
    expect(read("where did u work before opening brasa").before).toEqual(["brasa"]);
  });

  it("GIVEN 'somewhere' WHEN a yes/no question is read THEN the claim is the noun, not 'somewhere'", () => {
    expect(read("are you a visiting researcher somewhere?").claim).toEqual(["researcher"]);
  });

  it("GIVEN 'the lead or just contributing' WHEN read THEN the claim and the short alternative form one choice", () => {
    const choice = read("were u the lead on machnet or just contributing?");
    expect(choice.claim).toEqual(["lead"]);
    expect(choice.choices).toEqual([["lead", "contribut"]]);
  });

  it("GIVEN 'what language is X written in' WHEN read THEN what X is made with is asked", () => {
    expect(read("what language is doubletdrop writen in").madeWith).toBe(true);
    expect(read("what wood is the deck made of").madeWith).toBe(true);
    expect(read("what language does she teach in").madeWith).toBe(false);
  });

  it("GIVEN a title with a full stop WHEN read THEN the question is not cut there", () => {
    const read2 = readQuestion("What papers has Dr. Vogelsang published?", new Set(["vogelsang"]));
    expect(read2.type).toBe("list");
    expect(read2.focus).toBe("papers");
  });

  it("GIVEN a question followed by 'names pls' WHEN split THEN the request is no ask of its own", () => {
    expect(splitAsks("which cafes stock ur bread? names pls so i can go")).toEqual([
      "which cafes stock ur bread? names pls so i can go",
    ]);
    expect(splitAsks("do u run workshops? how many seats")).toHaveLength(2);
  });

  it("GIVEN two asks joined by 'and' WHEN split THEN the later one borrows what the first is about", () => {
    expect(splitAsks("where'd she do her phd and when did she finish")).toEqual([
      "where'd she do her phd",
      "when did she finish her doctorate",
    ]);
    expect(splitAsks("what did he study and where")).toEqual([
      "what did he study",
      "where did he study",
    ]);
    expect(splitAsks("who did the art for salt and ash")).toEqual([
      "who did the art for salt and ash",
    ]);
  });

  it("GIVEN 'did the quiet shore win any awards' WHEN read THEN it claims winning; GIVEN 'oss' and 'mics' WHEN read THEN they are open source and microphones", () => {
    expect(read("did the quiet shore win any awards").claim).toEqual(["win"]);
    expect(read("any grants for ur oss stuff?").words).toContain("open");
    expect(read("what mics do u use").focus).toBe("microphones");
  });

  it("GIVEN 'how much X experience' WHEN read THEN it asks what is said of it, not a number; GIVEN 'how much do u make' THEN pay", () => {
    expect(read("how much cxl experience do u have").type).toBe("what");
    expect(read("how much do u make").needs).toEqual(["money"]);
    expect(read("what do they pay u at sondela").needs).toEqual(["money"]);
    expect(read("how did she pay for new york").needs).not.toEqual(["money"]);
  });

  it("GIVEN 'when does it happen' and 'was she involved in' WHEN read THEN neither verb is asked of the entry", () => {
    expect(read("when does the survey happen").verbs).toEqual([]);
    expect(read("when does the quiz take place").verbs).toEqual([]);
    expect(read("was she involved in the report").claim).toEqual([]);
  });

  it("GIVEN a verb after a named subject and 'been', or after 'which X' WHEN read THEN it is the question's verb or the thing's", () => {
    expect(read("what languages has slow salt been translated into").verbs).toEqual(["translated"]);
    expect(read("which orchestra recorded fjellvind").predicate).toBe("recorded");
  });

  it("GIVEN a subject, an adverb and 'go live' WHEN read THEN the verb asked about is launching, not a noun of the subject", () => {
    expect(read("when did the new bus changes actually go live").verbs).toEqual(["launch"]);
    expect(read("did the battery trial really save fuel").verbs).toEqual(["save"]);
  });

  it("GIVEN the owner's first name cut short ('raff' for Rafferty) WHEN read THEN it is the owner, not a word to look for; a dictionary word is not taken for one", () => {
    const owner = new Set(["rafferty", "glasspool"]);
    expect(readQuestion("has raff won any awards", owner).terms.map((t) => t.word)).not.toContain(
      "raff",
    );
    const artist = new Set(["arthur", "quill"]);
    expect(readQuestion("what art has he made", artist).terms.map((t) => t.word)).toContain("art");
  });

  it("GIVEN 'how many' of a thing and a verb that can be said of money ('raise') WHEN read THEN a count is asked, not an amount of money", () => {
    expect(read("how many queens do u raise every summer").needs).toEqual(["count"]);
    expect(read("how much did the appeal raise").needs).toEqual(["money"]);
  });

  it("GIVEN 'who' opening a clause about someone in a yes/no question WHEN read THEN yes or no is asked; 'do u know who' still asks who", () => {
    expect(read("did she ever save anyone who got buried in an avalanche??").type).toBe("yesno");
    expect(read("has she worked with anyone who won an oscar").type).toBe("yesno");
    expect(read("do u know who built it").type).toBe("who");
    expect(read("can u tell me who funded it").type).toBe("who");
  });

  it("GIVEN 'how old is' a person by their work ('ur assistant') or a thing WHEN read THEN only the person's age answers the one, a start year the other", () => {
    expect(read("how old is ur assistant bastien").needs).toEqual(["age"]);
    expect(read("how old is ur boat").needs).toEqual(["age", "date"]);
  });

  it("GIVEN 'what's X written in' and 'what was her project on' WHEN read THEN X is the thing asked of, and the project is (a noun before the closing preposition stays)", () => {
    expect(read("what's kmerbarn written in").focus).toBe("kmerbarn");
    expect(read("what was her honours project on").focus).toBe("project");
  });

  it("GIVEN 'how big was the grant' WHEN read THEN its amount of money is asked, while 'how big is the team' asks a size", () => {
    expect(read("how big was her ncn opus grant").needs).toEqual(["money"]);
    expect(read("how big is her team").needs).not.toContain("money");
  });

  it("GIVEN 'who do you work for', 'any talks? list them', 'urself' WHEN read THEN an employer, a list and an introduction are asked", () => {
    expect(read("who do u work for").type).toBe("where");
    expect(read("any talks? list them pls").type).toBe("list");
    expect(read("tell me about urself").type).toBe("intro");
    expect(read("tell me a fun fact about u").type).not.toBe("intro");
  });

  it("GIVEN 'what latency' or 'how high' WHEN read THEN the figure's measure is kept; GIVEN 'what r u doing after X, r u job hunting' THEN plans are asked", () => {
    expect(read("what latency does backdraft get").measure).toBe("latency");
    expect(read("how high can the drones fly").measure).toBe("high");
    expect(read("r u job hunting").future).toBe(true);
  });
});

describe("reading 'how young' and 'what topics r u into'", () => {
  it("GIVEN 'how young was he when he started' WHEN read THEN it asks his age, as 'how old' does", () => {
    expect(read("how young was he when he started").type).toBe("age");
    expect(read("how young was he when he started").needs).toEqual(["age"]);
  });

  it("GIVEN 'what topics r u into' WHEN read THEN it asks what the owner is interested in; 'what sports r u into' still asks for sports", () => {
    expect(read("what topics r u into").terms.map((t) => t.word)).toContain("interested");
    expect(read("what sports r u into").focus).toBe("sports");
  });
});

describe("reading the thing a 'which' question names", () => {
  it("GIVEN 'which sencha won gold at the fair' WHEN read THEN the sencha is asked for, the irregular past 'won' ending its phrase; 'which landlord filed…' still asks for the landlord", () => {
    expect(read("which sencha won gold at the shizuoka tea fair").focus).toBe("sencha");
    expect(read("which paper led to the patent").focus).toBe("paper");
    expect(read("which landlord filed the most evictions").focus).toBe("landlord");
    expect(read("which honey sells out the fastest").focus).toBe("honey");
  });
});

describe("reading whose thing a question asks", () => {
  it("GIVEN 'whats her brother sjoerd's job' WHEN read THEN the job is someone else's; 'whats fenna's job', of Fenna, and 'whats her job' ask the owner's", () => {
    const owner = new Set(["fenna"]);
    expect(readQuestion("whats her brother sjoerd's job", owner).othersOwn).toBe(true);
    expect(readQuestion("whats fenna's job", owner).othersOwn).toBeUndefined();
    expect(readQuestion("whats her job", owner).othersOwn).toBeUndefined();
  });
});
