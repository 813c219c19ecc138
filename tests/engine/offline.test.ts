import { describe, expect, it } from "vitest";
import { fixtureProfile, testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aPersonWith, aSection } from "../builders/knowledge.ts";

describe("offline answers", () => {
  it("GIVEN no LLM WHEN asked where the PhD was THEN the answer names Queen Mary and cites the education entry", async () => {
    const engine = await testEngine();
    const result = await engine.answer("Where did you do your PhD?");
    expect(result.mode).toBe("offline");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Queen Mary University of London/);
    expect(result.sources.map((s) => s.id)).toContain("phd");
  });

  it("GIVEN an entry and the summary both saying where the PhD was WHEN asked THEN the answer is the entry, without the headline or the rest of the summary", async () => {
    const engine = await testEngine();
    const result = await engine.answer("where did you do your phd");
    expect(result.answer).toMatch(/Queen Mary University of London/);
    expect(result.answer).not.toMatch(/I build high-performance systems/);
    expect(result.answer).not.toMatch(/Visiting researcher/);
    expect(result.answer).not.toMatch(/My interests are/);
  });

  it("GIVEN a count only the summary states WHEN asked for it THEN the answer is that summary sentence, not the whole introduction", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("hoffmann") });
    const result = await engine.answer("how many albums has she put out");
    expect(result.answer).toMatch(/released four albums/);
    expect(result.answer).not.toMatch(/jazz pianist and composer in Berlin/);
    expect(result.answer).not.toMatch(/grew up in Leipzig/);
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

  it("GIVEN a question typed without apostrophes ('whered') and with 'n' for 'and' WHEN asked where the PhD was THEN it is read as 'where did … and' and answered", async () => {
    const engine = await testEngine();
    const result = await engine.answer("whered u do ur phd n when");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Queen Mary University of London/);
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
    expect(result.answer).toMatch(/doesn't give the size of the team you asked about/);
    expect(result.answer).toMatch(/Northloop/);
    expect(result.sources.map((s) => s.id)).toContain("northloop");
  });

  it("GIVEN an entry about a phone app WHEN asked her phone number or how to reach her THEN no entry passes for it: the abstention, and the contact line when there is one", async () => {
    const knowledge = aPersonWith(
      {
        headline: "Forecaster in Innsbruck",
        summary: "She forecasts avalanches.",
        voice: "third-person",
      },
      { id: "tools", title: "Tools", description: "Apps she wrote" },
      anEntry({
        id: "app",
        title: "PitLog — snow profile app",
        summary: "A phone app for recording snow profiles, with a weekly email digest.",
      }),
    );
    const engine = await testEngine({ knowledge });
    for (const q of [
      "whats her phone number",
      "whats her email",
      "how can i get in touch with her",
    ]) {
      const result = await engine.answer(q);
      expect(result.abstained, q).toBe(true);
      expect(result.answer, q).not.toMatch(/PitLog/);
    }
    const reachable = await testEngine({
      knowledge: { ...knowledge, person: { ...knowledge.person, contact: "dm her on Mastodon" } },
    });
    expect((await reachable.answer("whats her phone number")).answer).toMatch(
      /directly: dm her on Mastodon$/,
    );
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

describe("offline answers to lists, times, amounts and roles", () => {
  async function ask(profile: string, question: string) {
    const engine = await testEngine({ knowledge: await fixtureProfile(profile) });
    return engine.answer(question);
  }

  it("GIVEN a section of papers WHEN asked to list them, in chat or with the owner's title THEN every paper is listed", async () => {
    for (const q of ["list his publications pls", "What papers has Dr. Aas written?"]) {
      const result = await ask("aas", q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toMatch(/Seismic tremor/);
      expect(result.answer, q).toMatch(/Drone photogrammetry/);
    }
  });

  it("GIVEN talks whose venues never say 'conference' WHEN asked which confs the owner spoke at THEN the talks and their venues are listed", async () => {
    const result = await ask("pellegrini", "which confs have u spoken at");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Hack In The Box/);
    expect(result.answer).toMatch(/Chaos Communication Congress/);
  });

  it("GIVEN grants stated in currency codes WHEN asked how much one was THEN the amount answers; GIVEN no amount WHEN asked THEN it abstains", async () => {
    for (const [profile, q, amount] of [
      ["aas", "how much was the swiss travel award", /CHF 2,000/],
      ["pellegrini", "how much was the security fund grant", /EUR 25,000/],
    ] as const) {
      const result = await ask(profile, q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toMatch(amount);
    }
    expect((await ask("aas", "how much was his phd funding")).abstained).toBe(true);
  });

  it("GIVEN a PhD after a job and a master's WHEN asked what came before the PhD or grad school, or after the bachelor's THEN the entry nearest in time answers, from any section", async () => {
    expect((await ask("aas", "what was he doing b4 grad school")).answer).toMatch(
      /Norwegian Polar Institute/,
    );
    expect((await ask("aas", "what did he do after his bachelors")).answer).toMatch(
      /Norwegian Polar Institute/,
    );
    expect((await ask("pellegrini", "where did u work before redline")).answer).toMatch(
      /Politecnico di Torino/,
    );
  });

  it("GIVEN a question joining two asks WHEN answered offline THEN both facts are there", async () => {
    const result = await ask("aas", "where'd he do his phd and when did he finish");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/University of Oslo/);
    expect(result.answer).toMatch(/2020/);
  });

  it("GIVEN 'in the group of Prof. Kari Lunde' WHEN asked whose group the owner is in THEN the professor's entry answers", async () => {
    const result = await ask("aas", "whose group is he in rn");
    expect(result.answer).toMatch(/Kari Lunde/);
  });

  it("GIVEN a role of Contributor WHEN asked 'the lead or just contributing' THEN that entry answers, not another entry with a lead", async () => {
    const result = await ask("aas", "was he the lead on icepack or just contributing?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/icepack/);
    expect(result.answer).not.toMatch(/tremorpy/);
  });

  it("GIVEN 'written in Julia' WHEN asked what language it is written in, with a slip THEN the entry answers; GIVEN no language WHEN asked THEN it abstains", async () => {
    const language = await ask("aas", "what language is tremorpy writen in");
    expect(language.abstained).toBe(false);
    expect(language.answer).toMatch(/Julia/);
    expect((await ask("aas", "what language is icepack written in")).abstained).toBe(true);
  });

  it("GIVEN 'over 40 contributors' WHEN asked how many people have contributed THEN the count answers; GIVEN none WHEN asked about another project THEN it abstains", async () => {
    const count = await ask("aas", "how many ppl have contributed to tremorpy");
    expect(count.abstained).toBe(false);
    expect(count.answer).toMatch(/40 contributors/);
    expect((await ask("aas", "how many ppl have contributed to icepack")).abstained).toBe(true);
  });

  it("GIVEN 'somewhere' or 'anywhere' WHEN asked if the owner is a guest researcher anywhere THEN the entry answers instead of asking for 'anywhere'", async () => {
    const result = await ask("aas", "is he a guest researcher anywhere?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Alfred Wegener/);
  });

  it("GIVEN a CVE stated for one bug only WHEN asked for another bug's CVE THEN it abstains instead of quoting the first", async () => {
    expect((await ask("pellegrini", "what cve did the tinyhttp bug get")).abstained).toBe(true);
    expect((await ask("pellegrini", "what was the libquux cve")).answer).toMatch(/CVE-2022-41412/);
  });
});

describe("the owner's name", () => {
  it("GIVEN a name only in an entry ('I'm Dario Pellegrini, 34') WHEN asked 'whats ur name' THEN that name answers", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("pellegrini") });
    const result = await engine.answer("whats ur name");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Dario Pellegrini/);
  });

  it("GIVEN a headline opening with 'Dr. Mikkel Aas is' WHEN asked who Mikkel Aas is THEN the headline answers, not an entry", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("aas") });
    const result = await engine.answer("who is mikkel aas?");
    expect(result.answer).toMatch(/^Dr\. Mikkel Aas is a glaciologist/);
  });
});

describe("offline introductions, counts of a section and what comes next", () => {
  it("GIVEN chat spellings of an introduction WHEN asked THEN each gets the headline and summary, and a fun fact about the owner is no introduction", async () => {
    const engine = await testEngine();
    for (const q of [
      "tell me about urself",
      "tell me about u",
      "who are u",
      "introduce urself pls",
      "what do u do",
      "tell me a bit about yourself",
    ]) {
      const result = await engine.answer(q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toMatch(/modern datacenters/);
    }
    const vermeulen = await testEngine({ knowledge: await fixtureProfile("vermeulen") });
    expect((await vermeulen.answer("tell me a fun fact about u")).answer).not.toMatch(
      /FPGA and embedded engineer/,
    );
  });

  it("GIVEN a third-person profile WHEN asked 'tell me about her', 'who is she' or her accented name typed without accents THEN the headline answers", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("dvorakova") });
    for (const q of ["tell me about her", "who is she", "who is tereza dvorakova"]) {
      expect((await engine.answer(q)).answer, q).toMatch(/volcanologist/);
    }
  });

  it("GIVEN no entry saying how many papers WHEN asked how many papers the owner has published THEN the publications are counted and listed; GIVEN a named venue or another verb WHEN asked THEN they are not", async () => {
    const engine = await testEngine();
    const papers = await engine.answer("how many papers have u published");
    expect(papers.abstained).toBe(false);
    expect(papers.answer).toMatch(/lists 2 under Publications/);
    expect(papers.answer).toMatch(/Morpheus/);
    expect((await engine.answer("how many papers did u publish at nsdi")).answer).not.toMatch(
      /lists 2/,
    );
    const mensah = await testEngine({ knowledge: await fixtureProfile("mensah") });
    expect((await mensah.answer("how many grants have u applied for")).abstained).toBe(true);
  });

  it("GIVEN a section of writing and talks WHEN asked how many talks THEN only the talks are counted", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("vermeulen") });
    const result = await engine.answer("how many talks have u given");
    expect(result.answer).toMatch(/lists 1 under Writing & talks/);
    expect(result.answer).not.toMatch(/blog series/);
  });

  it("GIVEN a headline placing the owner in a town WHEN asked where they are based THEN it answers; GIVEN only an institution WHEN asked THEN it abstains", async () => {
    const vermeulen = await testEngine({ knowledge: await fixtureProfile("vermeulen") });
    expect((await vermeulen.answer("where r u based")).answer).toMatch(/Eindhoven/);
    expect((await (await testEngine()).answer("where r u based")).abstained).toBe(true);
  });

  it("GIVEN a headline in Berlin and a talk in Dublin 'based on 312 postmortems from Fernway' WHEN asked which city they are based in THEN the headline's Berlin answers, not the talk's Dublin", async () => {
    const engineer = aKnowledge({
      person: {
        headline: "I'm a site-reliability engineer in Berlin.",
        summary: "I keep payment systems up.",
        voice: "first-person",
      },
      sections: [
        aSection({
          id: "talks",
          title: "Talks",
          description: "Conference talks",
          entries: [
            anEntry({
              id: "srecon",
              title: "Alert fatigue",
              venue: "SREcon23 EMEA",
              summary:
                "My talk at SREcon23 EMEA in Dublin, based on reading 312 postmortems from Fernway and Tallyhop.",
              tags: ["dublin", "ireland", "conference"],
            }),
          ],
        }),
      ],
    });
    const engine = await testEngine({ knowledge: engineer });
    for (const q of ["which city r u based in rn", "where do u live"]) {
      const result = await engine.answer(q);
      expect(result.answer, q).toMatch(/Berlin/);
      expect(result.answer, q).not.toMatch(/Dublin/);
    }
  });

  it("GIVEN a job still going on WHEN asked what comes after it, or whether the owner is job hunting THEN it says the plans are not given", async () => {
    const engine = await testEngine();
    const after = await engine.answer("what r u doing after cambridge, r u on the job market?");
    expect(after.abstained).toBe(true);
    expect(after.answer).toMatch(/plans/);
    const vermeulen = await testEngine({ knowledge: await fixtureProfile("vermeulen") });
    expect((await vermeulen.answer("what did u do after philips")).answer).toMatch(/Brightlane/);
  });

  it("GIVEN 'who do you work for' WHEN answered THEN the employer answers", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("vermeulen") });
    expect((await engine.answer("who do u work for")).answer).toMatch(/Brightlane Networks/);
  });

  it("GIVEN a yes/no question an entry does not bear out WHEN answered THEN it says the profile doesn't say so and shows what it does say", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("dvorakova") });
    const result = await engine.answer("does she have children");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't say so/);
  });

  it("GIVEN a name the profile never writes qualifying the ask WHEN asked 'what latency does machnet get on AWS' THEN it abstains", async () => {
    const engine = await testEngine();
    expect((await engine.answer("What latency does machnet get on AWS?")).abstained).toBe(true);
    expect((await engine.answer("What latency does machnet get?")).answer).toMatch(/61µs/);
  });
});

describe("offline answers to a school before any degree", () => {
  it("GIVEN the SRE fixture, with a university and no school WHEN asked where they went to high school THEN it is not covered; where they went to uni is still answered", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("nwosu") });
    expect((await engine.answer("where did u go to high school")).abstained).toBe(true);
    const uni = await engine.answer("where did u go to uni");
    expect(uni.abstained).toBe(false);
    expect(uni.answer).toContain("University of Nigeria");
  });
});

describe("offline answers to a level of degree the profile does not give", () => {
  it("GIVEN the fixture profile, with a PhD and no bachelor's WHEN asked where the undergraduate degree was, however it is written THEN the answer says the profile does not give it; the PhD is still answered", async () => {
    const engine = await testEngine();
    for (const q of [
      "where did u do ur undergrad degree",
      "Where did you do your undergraduate degree?",
      "where did u do ur undergrad",
    ]) {
      expect((await engine.answer(q)).abstained, q).toBe(true);
    }
    const phd = await engine.answer("where did u do ur phd");
    expect(phd.abstained).toBe(false);
    expect(phd.answer).toContain("Queen Mary");
  });
});
