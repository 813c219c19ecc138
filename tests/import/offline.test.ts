import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadQuestionSet } from "../../src/eval/cases.ts";
import { importProfile } from "../../src/import/import.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import {
  askOffline,
  fixture,
  IMPORT_FIXTURES,
  inventions,
  missingFacts,
  questionSet,
} from "../builders/import.ts";

async function facts(name: string): Promise<string[]> {
  return JSON.parse(await readFile(`${IMPORT_FIXTURES}/${name}`, "utf8")).facts;
}

describe("offline import of the shared profile source", () => {
  it("GIVEN the owner's GitHub README WHEN imported offline THEN the draft keeps every fact and invents nothing", async () => {
    const source = await fixture("profile-source.md");
    const { knowledge, report } = await importProfile(source);

    expect(missingFacts(knowledge, await facts("profile-source.facts.json"))).toEqual([]);
    expect(inventions(knowledge, source)).toEqual([]);
    expect(report).toMatchObject({ mode: "offline", leftOut: [], dropped: [] });
    expect(report.entries).toBeGreaterThanOrEqual(15);
  });

  it("GIVEN that draft WHEN the shared question set is answered offline THEN at least 90% of facts and every abstention and injection pass", async () => {
    const { knowledge } = await importProfile(await fixture("profile-source.md"));
    const cases = await loadQuestionSet("tests/fixtures/profile-qa.json");

    const result = await askOffline(knowledge, { cases, match: "regex" });

    expect(result.facts, result.failed.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(result.abstentions, result.failed.join("\n")).toBe(1);
    expect(result.injections, result.failed.join("\n")).toBe(1);
  });
});

// Profiles with their own fact lists and questions. The floors on answers are what the offline
// engine reaches on these drafts; the facts kept and inventions are the importer's alone. The
// twenty-question sets (12 facts, 8 abstentions, casual typing) came with the importer's second
// round: the first four were tuned on from the start; the next eight were held out, four at a
// time, until their first run; the third round added eight more the same way, the fourth the
// lead's four blind sources, the fifth two held-out ones. Each is held at what it reached at the
// end of the importer's sixth round with the offline engine of the time (see
// tests/fixtures/import/README.md).
const OWN = [
  { md: "projects-table.md", facts: "projects-table.facts.json", answers: 1, abstains: 1 },
  { md: "cv-engineer.md", facts: "cv-engineer.facts.json", answers: 1, abstains: 1 },
  { md: "readme-plain.md", facts: "readme-plain.facts.json", answers: 1, abstains: 1 },
  { md: "about-firstperson.md", facts: "about-firstperson.facts.json", answers: 1, abstains: 1 },
  { md: "readme-sre.md", facts: "readme-sre.facts.json", answers: 12 / 12, abstains: 1 },
  { md: "cv-chemist.md", facts: "cv-chemist.facts.json", answers: 12 / 12, abstains: 1 },
  {
    md: "about-consultant.md",
    facts: "about-consultant.facts.json",
    answers: 11 / 12,
    abstains: 1,
  },
  { md: "table-maker.md", facts: "table-maker.facts.json", answers: 11 / 12, abstains: 1 },
  { md: "readme-data.md", facts: "readme-data.facts.json", answers: 10 / 12, abstains: 1 },
  { md: "cv-designer.md", facts: "cv-designer.facts.json", answers: 11 / 12, abstains: 1 },
  {
    md: "about-hydrologist.md",
    facts: "about-hydrologist.facts.json",
    answers: 12 / 12,
    abstains: 1,
  },
  {
    md: "table-genomics.md",
    facts: "table-genomics.facts.json",
    answers: 10 / 12,
    abstains: 7 / 8,
  },
  { md: "readme-mobile.md", facts: "readme-mobile.facts.json", answers: 12 / 12, abstains: 1 },
  { md: "cv-historian.md", facts: "cv-historian.facts.json", answers: 10 / 12, abstains: 7 / 8 },
  { md: "about-chef.md", facts: "about-chef.facts.json", answers: 8 / 12, abstains: 1 },
  { md: "table-composer.md", facts: "table-composer.facts.json", answers: 12 / 12, abstains: 1 },
  // The third round: four sources tuned on, then four held out until their first run.
  {
    md: "about-investigator.md",
    facts: "about-investigator.facts.json",
    answers: 10 / 12,
    abstains: 1,
  },
  { md: "cv-conservator.md", facts: "cv-conservator.facts.json", answers: 10 / 12, abstains: 1 },
  { md: "readme-speech.md", facts: "readme-speech.facts.json", answers: 10 / 12, abstains: 1 },
  { md: "table-director.md", facts: "table-director.facts.json", answers: 9 / 12, abstains: 7 / 8 },
  { md: "readme-security.md", facts: "readme-security.facts.json", answers: 9 / 12, abstains: 1 },
  { md: "cv-wildvet.md", facts: "cv-wildvet.facts.json", answers: 11 / 12, abstains: 1 },
  { md: "about-luthier.md", facts: "about-luthier.facts.json", answers: 10 / 12, abstains: 7 / 8 },
  {
    md: "table-architect.md",
    facts: "table-architect.facts.json",
    answers: 10 / 12,
    abstains: 7 / 8,
  },
  // The lead's blind sources of the fourth round, run blind twice, then tuned on in the seventh
  // engine round: held at the figures it reached.
  {
    md: "readme-oceanaudio.md",
    facts: "readme-oceanaudio.facts.json",
    answers: 11 / 12,
    abstains: 1,
  },
  { md: "cv-winemaker.md", facts: "cv-winemaker.facts.json", answers: 11 / 12, abstains: 1 },
  {
    md: "about-illustrator.md",
    facts: "about-illustrator.facts.json",
    answers: 11 / 12,
    abstains: 1,
  },
  { md: "table-curator.md", facts: "table-curator.facts.json", answers: 12 / 12, abstains: 1 },
  // The fifth round's held-out sources, at what their one run reached (see the fixtures' README).
  {
    md: "readme-railsignal.md",
    facts: "readme-railsignal.facts.json",
    answers: 11 / 12,
    abstains: 1,
  },
  { md: "about-apiarist.md", facts: "about-apiarist.facts.json", answers: 10 / 12, abstains: 1 },
  // The lead's blind sources of the fifth round, run once after the seventh engine round, then
  // tuned on in the importer's sixth round and the engine's eighth: held at what they reached.
  {
    md: "readme-bioacoustics.md",
    facts: "readme-bioacoustics.facts.json",
    answers: 10 / 12,
    abstains: 1,
  },
  { md: "cv-structural.md", facts: "cv-structural.facts.json", answers: 11 / 12, abstains: 1 },
  { md: "about-potter.md", facts: "about-potter.facts.json", answers: 10 / 12, abstains: 6 / 8 },
  { md: "table-guide.md", facts: "table-guide.facts.json", answers: 9 / 12, abstains: 1 },
  // The lead's CV of the importer's ninth round, tuned on from its first look (the fixtures'
  // README): held at what it reached.
  { md: "cv-vetepi.md", facts: "cv-vetepi.facts.json", answers: 11 / 12, abstains: 7 / 8 },
  // The lead's blind sources of the ninth round: the sixth round's three others (first run 3, 8
  // and 9 of 12 facts), held at what the round reached, and the seventh round's four, run once
  // blind at its end: floors at that run, raised where the tenth engine round took them.
  { md: "about-baker.md", facts: "about-baker.facts.json", answers: 11 / 12, abstains: 6 / 8 },
  {
    md: "readme-seismologist.md",
    facts: "readme-seismologist.facts.json",
    answers: 9 / 12,
    abstains: 1,
  },
  {
    md: "table-cavediver.md",
    facts: "table-cavediver.facts.json",
    answers: 9 / 12,
    abstains: 6 / 8,
  },
  { md: "about-novelist.md", facts: "about-novelist.facts.json", answers: 8 / 12, abstains: 1 },
  { md: "cv-transport.md", facts: "cv-transport.facts.json", answers: 9 / 12, abstains: 1 },
  {
    md: "readme-hydrologist.md",
    facts: "readme-hydrologist.facts.json",
    answers: 7 / 12,
    abstains: 1,
  },
  {
    md: "table-cinematographer.md",
    facts: "table-cinematographer.facts.json",
    answers: 10 / 12,
    abstains: 1,
  },
  // The lead's round-8 blind sources, run once at the tenth round's end (the about page at 3/8
  // abstentions, then 4/8 once "Hello, and welcome." was read as a greeting): held there.
  {
    md: "about-librarian.md",
    facts: "about-librarian.facts.json",
    answers: 6 / 12,
    abstains: 4 / 8,
  },
  { md: "readme-patent.md", facts: "readme-patent.facts.json", answers: 8 / 12, abstains: 1 },
  // The lead's round-9, round-10 and round-11 blind sources (the fixtures' README has their
  // first-run figures): round 9 tuned on in the importer's eleventh round, rounds 10 and 11 run
  // once; held at the figures the round ended with.
  { md: "readme-galway.md", facts: "readme-galway.facts.json", answers: 1, abstains: 1 },
  { md: "cv-timber.md", facts: "cv-timber.facts.json", answers: 11 / 12, abstains: 1 },
  {
    md: "about-harbourpilot.md",
    facts: "about-harbourpilot.facts.json",
    answers: 11 / 12,
    abstains: 7 / 8,
  },
  { md: "table-wheatrust.md", facts: "table-wheatrust.facts.json", answers: 1, abstains: 1 },
  {
    md: "readme-geospatial.md",
    facts: "readme-geospatial.facts.json",
    answers: 7 / 12,
    abstains: 7 / 8,
  },
  { md: "cv-marrowby.md", facts: "cv-marrowby.facts.json", answers: 8 / 12, abstains: 7 / 8 },
  { md: "about-pollinator.md", facts: "about-pollinator.facts.json", answers: 8 / 12, abstains: 1 },
  {
    md: "table-radioastro.md",
    facts: "table-radioastro.facts.json",
    answers: 6 / 12,
    abstains: 1,
  },
  {
    md: "readme-offlinemaps.md",
    facts: "readme-offlinemaps.facts.json",
    answers: 9 / 12,
    abstains: 7 / 8,
  },
  { md: "cv-brackenbury.md", facts: "cv-brackenbury.facts.json", answers: 7 / 12, abstains: 5 / 8 },
  { md: "about-woodfire.md", facts: "about-woodfire.facts.json", answers: 8 / 12, abstains: 1 },
  {
    md: "table-ultrarunner.md",
    facts: "table-ultrarunner.facts.json",
    answers: 7 / 12,
    abstains: 1,
  },
  // Rounds 13 and 14, written by outsiders to the code: first runs on the session's starting
  // importer and engine gave 134/138 facts kept, 39/48 answers, 30/32 abstentions (round 13) and
  // 138/139, 34/48, 31/32 (round 14); gated at the session's end.
  { md: "readme-firmware.md", facts: "readme-firmware.facts.json", answers: 10 / 12, abstains: 1 },
  { md: "cv-bridges.md", facts: "cv-bridges.facts.json", answers: 11 / 12, abstains: 7 / 8 },
  {
    md: "about-cartographer.md",
    facts: "about-cartographer.facts.json",
    answers: 9 / 12,
    abstains: 1,
  },
  { md: "table-frb.md", facts: "table-frb.facts.json", answers: 11 / 12, abstains: 7 / 8 },
  {
    md: "readme-plantgenomics.md",
    facts: "readme-plantgenomics.facts.json",
    answers: 11 / 12,
    abstains: 7 / 8,
  },
  { md: "cv-maritime.md", facts: "cv-maritime.facts.json", answers: 10 / 12, abstains: 1 },
  { md: "about-stonemason.md", facts: "about-stonemason.facts.json", answers: 8 / 12, abstains: 1 },
  {
    md: "table-soundrecordist.md",
    facts: "table-soundrecordist.facts.json",
    answers: 9 / 12,
    abstains: 1,
  },
  // Round 15, written by an outsider while rounds 13 and 14 were tuned on, never tuned on: the
  // same answers on the session's starting and final importer and engine (32/48, 29/32).
  { md: "readme-a11y.md", facts: "readme-a11y.facts.json", answers: 9 / 12, abstains: 1 },
  { md: "cv-pharmacist.md", facts: "cv-pharmacist.facts.json", answers: 8 / 12, abstains: 7 / 8 },
  {
    md: "about-cheesemaker.md",
    facts: "about-cheesemaker.facts.json",
    answers: 8 / 12,
    abstains: 7 / 8,
  },
  {
    md: "table-sommelier.md",
    facts: "table-sommelier.facts.json",
    answers: 7 / 12,
    abstains: 7 / 8,
  },
  // Round 16, written at the session's end: the same answers on the session's starting and final
  // importer and engine (32/48, 25/32); one importer fix found on its table (rows titled "2018").
  {
    md: "readme-oceanmodel.md",
    facts: "readme-oceanmodel.facts.json",
    answers: 10 / 12,
    abstains: 6 / 8,
  },
  {
    md: "cv-speechtherapy.md",
    facts: "cv-speechtherapy.facts.json",
    answers: 8 / 12,
    abstains: 5 / 8,
  },
  { md: "about-arborist.md", facts: "about-arborist.facts.json", answers: 7 / 12, abstains: 7 / 8 },
  {
    md: "table-glassblower.md",
    facts: "table-glassblower.facts.json",
    answers: 7 / 12,
    abstains: 7 / 8,
  },
  // Round 17, run blind at the thirteenth round's start and then looked at (its table's award
  // cells are kept as title and summary, so two facts fail the blind checker's wording): the
  // same answers on the session's starting and final importer and engine (28/48, 30/32).
  {
    md: "readme-hydrography.md",
    facts: "readme-hydrography.facts.json",
    answers: 8 / 12,
    abstains: 1,
  },
  { md: "cv-timpanist.md", facts: "cv-timpanist.facts.json", answers: 5 / 12, abstains: 7 / 8 },
  { md: "about-bushpilot.md", facts: "about-bushpilot.facts.json", answers: 8 / 12, abstains: 1 },
  {
    md: "table-lightingdublin.md",
    facts: "table-lightingdublin.facts.json",
    answers: 7 / 12,
    abstains: 7 / 8,
  },
  // Round 18, written during the thirteenth round and never tuned on: the same answers on the
  // session's starting and final engine (35/48, 28/32); two importer fixes found on its table
  // (an email cell lost, rows titled "present").
  {
    md: "readme-solarpumps.md",
    facts: "readme-solarpumps.facts.json",
    answers: 10 / 12,
    abstains: 7 / 8,
  },
  { md: "cv-airtraffic.md", facts: "cv-airtraffic.facts.json", answers: 9 / 12, abstains: 7 / 8 },
  {
    md: "about-skyemidwife.md",
    facts: "about-skyemidwife.facts.json",
    answers: 9 / 12,
    abstains: 7 / 8,
  },
  {
    md: "table-lightingseoul.md",
    facts: "table-lightingseoul.facts.json",
    answers: 7 / 12,
    abstains: 7 / 8,
  },
  // Round 19, run blind at the fourteenth round's start (33/48, 29/32) and then tuned on: held
  // at its end (40/48, 31/32).
  {
    md: "readme-compilers.md",
    facts: "readme-compilers.facts.json",
    answers: 11 / 12,
    abstains: 1,
  },
  {
    md: "cv-epidemiology.md",
    facts: "cv-epidemiology.facts.json",
    answers: 10 / 12,
    abstains: 7 / 8,
  },
  {
    md: "about-cycleplanner.md",
    facts: "about-cycleplanner.facts.json",
    answers: 9 / 12,
    abstains: 1,
  },
  { md: "table-fpga.md", facts: "table-fpga.facts.json", answers: 10 / 12, abstains: 1 },
  // Round 20, never tuned on: the same answers on the fourteenth round's starting and final
  // importer and engine (30/48, 30/32).
  {
    md: "readme-pipelines.md",
    facts: "readme-pipelines.facts.json",
    answers: 8 / 12,
    abstains: 1,
  },
  { md: "cv-linguistics.md", facts: "cv-linguistics.facts.json", answers: 9 / 12, abstains: 7 / 8 },
  { md: "about-vetnurse.md", facts: "about-vetnurse.facts.json", answers: 6 / 12, abstains: 7 / 8 },
  {
    md: "table-gamecomposer.md",
    facts: "table-gamecomposer.facts.json",
    answers: 7 / 12,
    abstains: 1,
  },
];

describe.each(OWN)("offline import of $md", ({ md, facts: factsFile, answers, abstains }) => {
  it("GIVEN the Markdown profile WHEN imported offline THEN the draft is valid, keeps at least 90% of its facts and states nothing the source lacks", async () => {
    const source = await fixture(md);
    const { knowledge } = await importProfile(source);

    const list = await facts(factsFile);
    const missing = missingFacts(knowledge, list);
    expect(1 - missing.length / list.length, missing.join(", ")).toBeGreaterThanOrEqual(0.9);
    expect(inventions(knowledge, source)).toEqual([]);
  });

  it("GIVEN that draft WHEN its questions are answered offline THEN facts and abstentions reach the floor", async () => {
    const { knowledge } = await importProfile(await fixture(md));

    const result = await askOffline(knowledge, await questionSet(factsFile));

    expect(result.facts, result.failed.join("\n")).toBeGreaterThanOrEqual(answers - 1e-9);
    expect(result.abstentions, result.failed.join("\n")).toBeGreaterThanOrEqual(abstains - 1e-9);
  });
});

// Markdown versions of hand-curated knowledge files: the draft should answer about as well.
const CURATED = [
  { md: "readme-gamedev.md", base: "readme-gamedev" },
  { md: "about-professor.md", base: "about-professor" },
  { md: "cv-journalist.md", base: "cv-journalist" },
];

describe.each(CURATED)("offline import of $md against its hand-curated file", ({ md, base }) => {
  it("GIVEN the Markdown and the curated file of one person WHEN the same 40 questions are answered offline from each THEN the draft scores within three facts and two abstentions of the curated file and invents nothing", async () => {
    const source = await fixture(md);
    const { knowledge } = await importProfile(source);
    const curated = await loadKnowledge(`${IMPORT_FIXTURES}/${base}.reference.yaml`);
    const set = await questionSet(`${base}.questions.json`);
    const facts = set.cases.filter((c) => c.kind === "fact").length;
    const abstains = set.cases.filter((c) => c.kind === "abstain").length;

    const draft = await askOffline(knowledge, set);
    const reference = await askOffline(curated, set);

    expect(draft.facts * facts, draft.failed.join("\n")).toBeGreaterThanOrEqual(
      reference.facts * facts - 3,
    );
    expect(draft.abstentions * abstains, draft.failed.join("\n")).toBeGreaterThanOrEqual(
      reference.abstentions * abstains - 2,
    );
    expect(draft.injections).toBe(1);
    expect(inventions(knowledge, source)).toEqual([]);
  });
});
