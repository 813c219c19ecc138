import { describe, expect, it } from "vitest";
import type { Entry, Knowledge } from "../../src/knowledge/schema.ts";
import { fixtureProfile, testEngine } from "../builders/engine.ts";

async function ask(profile: string, question: string) {
  const engine = await testEngine({ knowledge: await fixtureProfile(profile) });
  return engine.answer(question);
}

describe("offline answers hold what is asked, not only its words", () => {
  it("GIVEN an entry naming who illustrated a book but not who published another WHEN asked who did each THEN the first is answered and the second abstains", async () => {
    const illustrated = await ask("lindqvist", "who illustrated the little pager that could?");
    expect(illustrated.abstained).toBe(false);
    expect(illustrated.answer).toMatch(/Oskar Berg/);
    // "published in 2024 with illustrations by Amira Haddou": the name goes with the illustrations.
    expect((await ask("lindqvist", "who published counting clouds")).abstained).toBe(true);
  });

  it("GIVEN an entry that never says who edited it WHEN asked who edited it THEN it abstains, though the entry names a colleague", async () => {
    expect((await ask("ibarra", "who edited dead ends?")).abstained).toBe(true);
    const reported = await ask("ibarra", "who did u report dead ends with");
    expect(reported.answer).toMatch(/Devon Price-Walker/);
  });

  it("GIVEN the only place in an entry is the one the question names WHEN asked for a place in it THEN it abstains", async () => {
    expect((await ask("ibarra", "which chicago neighbourhood do u live in")).abstained).toBe(true);
    expect((await ask("shipped", "Where was ASPLOS 2022 held?")).abstained).toBe(true);
  });

  it("GIVEN an entry that mentions landlords but names none WHEN asked which landlord THEN it abstains; GIVEN one naming the university WHEN asked which THEN it answers", async () => {
    expect((await ask("ibarra", "which landlord filed the most evictions")).abstained).toBe(true);
    const university = await ask("shipped", "Which university awarded your doctorate?");
    expect(university.answer).toMatch(/Queen Mary/);
  });

  it("GIVEN an entry whose only number counts sensors WHEN asked how many volunteers THEN it says the number of volunteers is not given", async () => {
    const volunteers = await ask("ibarra", "how many volunteers helped with heat islands");
    expect(volunteers.abstained).toBe(true);
    expect(volunteers.answer).toMatch(/number of volunteers/);
    const sensors = await ask("ibarra", "how many sensors did u put up for the heat islands thing");
    expect(sensors.answer).toMatch(/300/);
  });

  it("GIVEN a yes/no question whose claim no entry states WHEN answered THEN it abstains; GIVEN one an entry states THEN it answers", async () => {
    expect((await ask("hoffmann", "is she married to jonas")).abstained).toBe(true);
    expect((await ask("shipped", "did Backdraft win a best paper award?")).abstained).toBe(true);
    const played = await ask("hoffmann", "has she played montreux?");
    expect(played.abstained).toBe(false);
    expect(played.answer).toMatch(/2022/);
  });

  it("GIVEN a question about the job before a named one WHEN answered THEN the earlier job answers", async () => {
    const before = await ask("lindqvist", "where were u before klangbo?");
    expect(before.answer).toMatch(/Fjordpay/);
    expect(before.answer).not.toMatch(/Reliability lead, Klangbo/);
  });

  it("GIVEN a name's initials WHEN asked with them THEN the entry with that name answers", async () => {
    const result = await ask("ibarra", "how long were u at MPR");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/2016/);
  });

  it("GIVEN a count stated only in the summary WHEN asked for it THEN the summary answers", async () => {
    const result = await ask("hoffmann", "how many albums has she put out");
    expect(result.answer).toMatch(/four albums/);
  });

  it("GIVEN a verb the entry does not use WHEN asked what thing the owner does with it THEN it abstains", async () => {
    expect((await ask("hoffmann", "what piano does she play at home")).abstained).toBe(true);
    expect((await ask("hoffmann", "what year did she move to berlin")).abstained).toBe(true);
    const framework = await ask("shipped", "what framework did you use to implement Backdraft?");
    expect(framework.answer).toMatch(/DPDK/);
  });
});

describe("offline answers read an entry's own wording", () => {
  const profile = (entries: Entry[]): Knowledge => ({
    person: {
      headline: "A sound engineer in Porto.",
      summary: "I record music.",
      voice: "first-person",
    },
    sections: [{ id: "work", title: "Work", description: "What I do", entries }],
  });
  const entry = (id: string, title: string, summary: string, tags?: string[]): Entry => ({
    id,
    title,
    summary,
    ...(tags ? { tags } : {}),
  });
  async function askInline(entries: Entry[], question: string) {
    const engine = await testEngine({ knowledge: profile(entries) });
    return engine.answer(question);
  }

  it("GIVEN 'learned orchestral recording from Peter Marsh' WHEN asked who taught it THEN that name answers", async () => {
    const entries = [
      entry(
        "assist",
        "Assistant engineer, Harbour Studios",
        "2012 – 2018. Assisted on film sessions and learned orchestral recording from Peter Marsh.",
      ),
      entry("band", "Band", "I play bass in a covers band."),
    ];
    const result = await askInline(entries, "who taught u orchestral recording");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Peter Marsh/);
  });

  it("GIVEN an award entry saying 'nominee' WHEN asked 'were you nominated for' it THEN that entry answers", async () => {
    const entries = [
      entry(
        "award",
        "2022 — Studio Award for Mixer of the Year, nominee",
        "2022 — Studio Award for Mixer of the Year, nominee",
      ),
      entry("album", "Salt Roads", "An album of sea songs; it earned the choir a nomination."),
    ];
    const result = await askInline(entries, "were u ever nominated for an award");
    expect(result.answer).toMatch(/Studio Award/);
  });

  it("GIVEN an entry titled 'Running club' that names the club WHEN asked which running club THEN it answers", async () => {
    const entries = [entry("club", "Running club", "I run with Ouseburn Harriers every Tuesday.")];
    const result = await askInline(entries, "which running club r u in");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Ouseburn Harriers/);
  });

  it("GIVEN a bug filed under 'cve' with no CVE number WHEN asked what CVE number it got THEN it abstains", async () => {
    const entries = [
      entry(
        "bug",
        "Heap overflow in tinyjpeg",
        "While fuzzing I found a heap overflow in tinyjpeg.",
        ["cve", "security"],
      ),
    ];
    expect((await askInline(entries, "what cve number did the tinyjpeg bug get")).abstained).toBe(
      true,
    );
  });
});
