import { describe, expect, it } from "vitest";
import type { Draft } from "../../src/import/draft.ts";
import { formatSummary } from "../../src/import/import-report.ts";
import { enforceProvenance, leftOutLines } from "../../src/import/provenance.ts";

const SOURCE = `# Ana Ruiz
I build search engines at Example Corp since 2019.
- Finder — a fast [search library](https://example.org/finder), adv. Ben Carter
![stats](https://example.org/stats.svg)
`;

function draft(overrides: Partial<Draft["sections"][number]["entries"][number]> = {}): Draft {
  return {
    person: {
      headline: "Ana Ruiz — I build search engines at Example Corp.",
      summary: "Since 2019.",
      voice: "first-person",
    },
    sections: [
      {
        id: "projects",
        title: "Projects",
        description: "Finder",
        entries: [
          {
            id: "finder",
            title: "Finder — a fast search library",
            summary: "A fast search library, advised by Ben Carter.",
            ...overrides,
          },
        ],
      },
    ],
  };
}

describe("provenance", () => {
  it("GIVEN a draft whose every value the source states WHEN checked THEN nothing is dropped, and a spelt-out abbreviation counts", () => {
    const { draft: kept, dropped } = enforceProvenance(draft(), SOURCE);

    expect(dropped).toEqual([]);
    expect(kept?.sections[0]?.entries[0]?.summary).toBe(
      "A fast search library, advised by Ben Carter.",
    );
  });

  it("GIVEN invented numbers, names and links WHEN checked THEN each value is dropped and listed with what the source lacks", () => {
    const { draft: kept, dropped } = enforceProvenance(
      draft({
        summary: "A fast search library. It won the Turing Award in 2021.",
        year: 2018,
        venue: "SIGIR",
        tags: ["search", "Lucene"],
        links: [
          { label: "search library", url: "https://example.org/finder" },
          { label: "Paper", url: "https://example.org/made-up" },
        ],
      }),
      SOURCE,
    );

    const entry = kept?.sections[0]?.entries[0];
    expect(entry).toEqual({
      id: "finder",
      title: "Finder — a fast search library",
      summary: "A fast search library.",
      tags: ["search"],
      links: [{ label: "search library", url: "https://example.org/finder" }],
    });
    expect(dropped.map((d) => d.missing)).toEqual([
      ["won", "Turing", "Award", "2021"],
      ["SIGIR"],
      ["2018"],
      ["Lucene"],
      ["https://example.org/made-up"],
    ]);
    expect(formatSummary({ mode: "llm", sections: 1, entries: 1, leftOut: [], dropped })).toMatch(
      /dropped as not in the source: 5 values \(projects\/finder summary: "It won the Turing Award in 2021\." \[won, Turing, Award, 2021\];/,
    );
  });

  it("GIVEN an entry with nothing traceable WHEN checked THEN the entry goes, and a section left empty goes with it", () => {
    const { draft: kept, dropped } = enforceProvenance(
      draft({ title: "Stanford", summary: "Stanford University, 2015." }),
      SOURCE,
    );

    expect(kept).toBeUndefined();
    expect(dropped.at(-1)).toMatchObject({ where: "projects/finder entry", missing: ["Stanford"] });
  });

  it("GIVEN a source line no entry took WHEN the draft is compared with it THEN that line is reported as left out", () => {
    expect(leftOutLines(SOURCE, draft())).toEqual(["![stats](https://example.org/stats.svg)"]);
  });
});
