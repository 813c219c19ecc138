import { describe, expect, it } from "vitest";
import { fixtureProfile, testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// A made-up security researcher whose profile has a contact section with an email and a
// Mastodon handle, and CVEs whose numbers look like phone numbers to a careless reader.
const researcher = aKnowledge({
  person: {
    headline: "Security researcher in Honolulu",
    summary: "I break firmware.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "research",
      title: "Research",
      description: "Bugs found",
      entries: [
        anEntry({
          id: "cve",
          title: "CVE-2023-41872",
          summary: "Pre-auth RCE in a smart-lock bridge.",
        }),
      ],
    }),
    aSection({
      id: "contact",
      title: "Contact",
      description: "How to reach me",
      entries: [
        anEntry({ id: "email", title: "Email", summary: "kalani@halcyon.example" }),
        anEntry({ id: "mastodon", title: "Mastodon", summary: "@kalani on infosec.exchange" }),
      ],
    }),
  ],
});

describe("contact questions", () => {
  it("GIVEN a contact section WHEN asked how to reach the owner or for their email THEN its entries answer", async () => {
    const engine = await testEngine({ knowledge: researcher });
    const reach = await engine.answer("how can i reach u");
    expect(reach.abstained).toBe(false);
    expect(reach.answer).toContain("kalani@halcyon.example");
    expect(reach.answer).toContain("Mastodon");
    const email = await engine.answer("whats ur email");
    expect(email.answer).toContain("kalani@halcyon.example");
    expect(email.answer).not.toContain("Mastodon");
  });

  it("GIVEN no phone number, only CVE numbers WHEN asked for the phone number THEN it is not covered", async () => {
    const engine = await testEngine({ knowledge: researcher });
    const result = await engine.answer("whats ur phone number");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toContain("CVE");
  });

  it("GIVEN the SRE fixture, with entries about 'site reliability' and no web link WHEN asked for the owner's website THEN it is not covered; GIVEN a link labelled 'Website' WHEN asked THEN that entry answers", async () => {
    const sre = aKnowledge({
      person: {
        headline: "Site-reliability engineer in Berlin",
        summary: "I run on-call.",
        voice: "first-person",
      },
      sections: [
        aSection({
          id: "work",
          title: "Work",
          description: "Jobs",
          entries: [
            anEntry({
              id: "tallyhop",
              title: "Site-Reliability Engineer, Tallyhop",
              summary: "From 2018 to 2022 I was an SRE at Tallyhop.",
            }),
          ],
        }),
      ],
    });
    // (The SRE fixture: "Site-Reliability Engineer, Tallyhop" among many entries, no web link.)
    const nwosu = await testEngine({ knowledge: await fixtureProfile("nwosu") });
    const none = await nwosu.answer("do you have a website");
    expect(none.abstained).toBe(true);
    expect(none.answer).not.toContain("Tallyhop");
    const withSite = aKnowledge({
      ...sre,
      sections: [
        ...sre.sections,
        aSection({
          id: "writing",
          title: "Writing",
          description: "Where I write",
          entries: [
            anEntry({
              id: "blog",
              title: "Blog",
              summary: "Posts on alerting, about once a month.",
              links: [{ label: "Website", url: "https://example.org/blog" }],
            }),
          ],
        }),
      ],
    });
    const site = await (await testEngine({ knowledge: withSite })).answer("whats ur website");
    expect(site.abstained).toBe(false);
    expect(site.answer).toContain("Posts on alerting");
  });

  it("GIVEN only the owner's email WHEN asked for someone else's email THEN it is not covered, and the owner's address is not passed off as theirs", async () => {
    const engine = await testEngine({ knowledge: researcher });
    const result = await engine.answer("whats marcus delacroix's email");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toContain("kalani@halcyon.example");
  });
});

describe("questions no profile answers", () => {
  it("GIVEN an email in the profile WHEN asked for a home address THEN it is not covered; WHEN asked a sum THEN it is not covered", async () => {
    const engine = await testEngine({ knowledge: researcher });
    const home = await engine.answer("whats ur home address");
    expect(home.abstained).toBe(true);
    expect(home.answer).not.toContain("kalani@halcyon.example");
    for (const q of ["whats 2+2", "what is 12 * 7?"]) {
      expect((await engine.answer(q)).abstained, q).toBe(true);
    }
  });

  it("GIVEN fixture profiles that mention weather, essays, single-engine ratings, enamel signs and a mother WHEN asked about today's weather, for a poem, whether they are single, their star sign or their mum's name THEN none passes for an answer", async () => {
    const cases: [string, string][] = [
      ["solvang", "what's the weather like"],
      ["brisquelle", "can u write me a poem"],
      ["halvorsen", "are u single"],
      ["pelloquin", "are u single"],
      ["brackwater", "whats ur star sign"],
      ["saarinen", "whats her star sign"],
      ["ourghali", "what's ur mum's name"],
      ["kettlewick", "what's ur mum's name"],
    ];
    const shipped = await testEngine({ knowledge: await fixtureProfile("shipped") });
    expect((await shipped.answer("tell me a joke")).abstained).toBe(true);
    // (A story about the owner is a question about the owner.)
    expect(
      (await shipped.answer("tell me a story about how u got into systems research")).abstained,
    ).toBe(false);
    for (const [profile, q] of cases) {
      const engine = await testEngine({ knowledge: await fixtureProfile(profile) });
      const result = await engine.answer(q);
      if (profile === "halvorsen") {
        // ("She lives in a cabin she and her partner Jonah built": that is the answer.)
        expect(result.answer, q).toContain("partner Jonah");
        continue;
      }
      expect(result.abstained, `${profile}: ${q}`).toBe(true);
    }
  });
});
