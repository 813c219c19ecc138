import { describe, expect, it } from "vitest";
import { importProfile } from "../../src/import/import.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { inventions } from "../builders/import.ts";

const entries = (k: Knowledge) => k.sections.flatMap((s) => s.entries);
const entryTitled = (k: Knowledge, title: string) => entries(k).find((e) => e.title === title);
const sectionHolding = (k: Knowledge, title: string) =>
  k.sections.find((s) => s.entries.some((e) => e.title === title));

describe("README and prose lines: wrapped sentences, paper lines, awards and stays", () => {
  it("GIVEN a sentence wrapped before 'since 2014 …' and a short 'Email:' sentence after a degree WHEN imported THEN the job's sentence stays whole and the degree keeps its own entry, named in full", async () => {
    const source =
      "# Sara Holm\n\nSara Holm is a glaciologist based in Tromsø, Norway. She measures how fast glaciers lose ice on Svalbard. By day she is a field hydrologist: she has worked for Arctic Water Survey\nsince 2014 and became its lead hydrologist in 2019. She holds an MSc in Physical Geography from the University of the Arctic (2012). Email: sara@example.no\n";
    const { knowledge } = await importProfile(source);

    const job = entries(knowledge).find((e) => e.summary.includes("Arctic Water Survey"));
    expect(job?.summary).toContain("Arctic Water Survey since 2014 and became");
    expect(job?.year).toBe(2014);
    const degree = "MSc in Physical Geography at the University of the Arctic";
    expect(entryTitled(knowledge, degree)).toMatchObject({ year: 2012 });
    expect(sectionHolding(knowledge, degree)?.id).toBe("education");
    expect(entryTitled(knowledge, degree)?.summary).not.toContain("sara@example.no");
    expect(inventions(knowledge, source)).toEqual([]);
  });

  it("GIVEN paper lines of a bold title, a dash and an italic venue with its year WHEN imported THEN the title is whole, the venue and year are fields and '(first author)' is the role", async () => {
    const { knowledge } = await importProfile(
      "## Papers\n\n- **Counting glaciers from orbit: a decade of Sentinel imagery over Svalbard** — *Remote Sensing of Environment*, 2020 (first author)\n- **Meltwater pulses** — *The Cryosphere*, 2018, with Lars Berg\n",
    );

    expect(entries(knowledge)).toEqual([
      expect.objectContaining({
        title: "Counting glaciers from orbit: a decade of Sentinel imagery over Svalbard",
        venue: "Remote Sensing of Environment",
        year: 2020,
        role: "first author",
      }),
      expect.objectContaining({
        title: "Meltwater pulses",
        venue: "The Cryosphere",
        year: 2018,
        summary: "with Lars Berg",
      }),
    ]);
  });

  it("GIVEN an award named for a researcher and a stay of 'N months as …' WHEN imported THEN neither is read as a job at a place: the award has no role and the stay says its months", async () => {
    const { knowledge } = await importProfile(
      "## Awards\n\n- Early Career Researcher Award, Norwegian Glaciology Society, 2021\n\n## Experience\n\n- Visiting fellow: 9 months as a guest scientist at Alfred Wegener Institute, Bremerhaven (2016–2017)\n",
    );

    const award = entryTitled(knowledge, "Early Career Researcher Award");
    expect(award).toMatchObject({ summary: "Norwegian Glaciology Society, 2021", year: 2021 });
    expect(award?.role).toBeUndefined();
    expect(entryTitled(knowledge, "Visiting fellow")?.summary).toBe(
      "9 months as a guest scientist at Alfred Wegener Institute, Bremerhaven (2016–2017)",
    );
  });

  it("GIVEN a prose sentence 'studied … and graduated in 2011, then spent six years …' and a course the owner took WHEN imported THEN the degree and the years after it are two entries and the course taken is education, not teaching", async () => {
    const source =
      "# Ewan Rae\n\nI am a diver and a photographer in Oban.\n\nI read marine biology at the University of Plymouth and graduated in 2011, then spent six years in water testing at a fish farm on Mull, on the west coast.\n\nIn 2018 I took a four-week diving course at the Scottish Diving Centre in Oban and never looked back.\n";
    const { knowledge } = await importProfile(source);

    const degree = entries(knowledge).find((e) => e.summary.includes("graduated in 2011"));
    expect(degree?.summary).not.toContain("six years");
    expect(degree?.year).toBe(2011);
    expect(entries(knowledge).some((e) => e.summary.includes("six years in water testing"))).toBe(
      true,
    );
    expect(sectionHolding(knowledge, "Scottish Diving Centre")?.id).toBe("education");
    expect(inventions(knowledge, source)).toEqual([]);
  });
});
