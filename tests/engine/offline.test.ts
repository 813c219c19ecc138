import { describe, expect, it } from "vitest";
import { fixtureProfile, testEngine } from "../builders/engine.ts";

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

describe("offline answers on other owners' profiles", () => {
  it("GIVEN a profile with person.name WHEN asked 'whats ur name' or 'who is <name>' THEN the name and headline answer", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("lindqvist") });
    const name = await engine.answer("whats ur name");
    expect(name.abstained).toBe(false);
    expect(name.answer).toMatch(/Elin Lindqvist/);
    const who = await engine.answer("who is elin lindqvist");
    expect(who.answer).toMatch(/site reliability engineer/);
  });

  it("GIVEN a name only in a third-person headline WHEN asked 'who is' that person THEN the headline answers", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("moreau") });
    const result = await engine.answer("who is julien moreau");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/marine biologist/);
  });

  it("GIVEN an entry stating a '47-minute outage' WHEN asked how long the outage lasted THEN that entry answers", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("lindqvist") });
    const result = await engine.answer("how long did the new years eve outage last");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/47-minute/);
  });

  it("GIVEN chat spelling ('u', 'ur', 'rn') WHEN asked where the owner works THEN the current job answers", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("ibarra") });
    const result = await engine.answer("where do u work rn");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Lakeshore Ledger/);
  });

  it("GIVEN an entry about 'old handheld consoles' WHEN asked 'how old are u' THEN the shared word does not pass for an answer", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("haddad") });
    const result = await engine.answer("how old are u");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toMatch(/handheld/i);
  });

  it("GIVEN a profile that covers the topic but not the detail WHEN asked for that detail THEN it says which detail is missing, what the profile does say, and cites it", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("haddad") });
    const result = await engine.answer("how big was the team at northloop");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the (number of )?team/);
    expect(result.answer).toMatch(/Northloop/);
    expect(result.sources.map((s) => s.id)).toContain("northloop");
  });

  it("GIVEN person.contact WHEN a question is not covered THEN the abstention ends with how to reach the owner, in their voice", async () => {
    const first = await testEngine({ knowledge: await fixtureProfile("lindqvist") });
    const mine = await first.answer("whats ur instagram handle");
    expect(mine.abstained).toBe(true);
    expect(mine.answer).toMatch(/^My profile doesn't cover that/);
    expect(mine.answer).toMatch(/ask me directly: Email me at elin@example\.org$/);
    const third = await testEngine({ knowledge: await fixtureProfile("adeyemi") });
    const theirs = await third.answer("whats her h-index");
    expect(theirs.answer).toMatch(/^Miriam Adeyemi's profile doesn't cover that/);
  });
});
