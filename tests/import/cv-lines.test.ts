import { describe, expect, it } from "vitest";
import { importProfile } from "../../src/import/import.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { inventions } from "../builders/import.ts";

const entries = (k: Knowledge) => k.sections.flatMap((s) => s.entries);
const entryTitled = (k: Knowledge, title: string) => entries(k).find((e) => e.title === title);
const sectionHolding = (k: Knowledge, title: string) =>
  k.sections.find((s) => s.entries.some((e) => e.title === title));
/** Everything an entry says, as a reader of the file sees it. */
const said = (e: Knowledge["sections"][number]["entries"][number] | undefined) =>
  e ? [e.title, e.summary, e.details ?? "", e.role ?? "", ...(e.tags ?? [])].join(" | ") : "";

describe("CV lines: dates, roles, labelled lines and references as the source writes them", () => {
  it("GIVEN lines that end in a date range 'YYYY – YYYY' WHEN imported THEN each entry says the whole range and its title keeps no half of it", async () => {
    const source =
      "# Ingrid Moe\n\n## Service\n\n- Trustee, Harbour Arts Trust, 2015 – 2019\n\n## Education\n\n**MSc, Marine Geology** — University of Bergen, *2009 – 2011*\nGraduated with distinction\n";
    const { knowledge } = await importProfile(source);

    const trustee = entries(knowledge).find((e) => e.title.startsWith("Trustee"));
    expect(said(trustee)).toContain("2015 – 2019");
    expect(trustee?.title).not.toMatch(/20\d\d/);
    const degree = entryTitled(knowledge, "MSc, Marine Geology at University of Bergen");
    expect(said(degree)).toContain("2009 – 2011");
    expect(inventions(knowledge, source)).toEqual([]);
  });

  it("GIVEN 'Role, Specialty — Organisation (ACRONYM), City' over a job WHEN imported THEN the job is at the organisation after the dash, in the source's words", async () => {
    const { knowledge } = await importProfile(
      "## Experience\n\n**Advisor, Coastal Flood Risk** — United Nations Environment Programme (UNEP), Nairobi\n*March 2016 – June 2018*\n- Wrote the regional flood guidance\n\n### Staff writer, The Harbour Gazette — Leith\n\n*2012 – 2016*\n\nCovered the docks.\n",
    );

    expect(
      entryTitled(
        knowledge,
        "Advisor, Coastal Flood Risk at United Nations Environment Programme (UNEP)",
      ),
    ).toMatchObject({ role: "Advisor, Coastal Flood Risk", year: 2016 });
    // A city after the dash leaves the organisation before it.
    expect(entryTitled(knowledge, "Staff writer at The Harbour Gazette")).toBeDefined();
  });

  it("GIVEN a degree written 'PhD, Subject' WHEN imported THEN its title keeps 'PhD, Subject' as written", async () => {
    const { knowledge } = await importProfile(
      "## Education\n\n- PhD, Glacial Hydrology, Lund University, 2019\n",
    );

    expect(entries(knowledge).map((e) => e.title)).toEqual([
      "PhD, Glacial Hydrology at Lund University",
    ]);
  });

  it("GIVEN labelled lines under a bold degree line in one paragraph WHEN imported THEN they say more about that degree, and the advisors are two names without their titles", async () => {
    const source =
      "## Education\n\n**MSc, Marine Geology** — University of Bergen, *2009 – 2011*\nDissertation: *Turbidite deposits of the Norwegian margin*\nAdvisors: Prof. Ingrid Solberg and Dr. Tomas Lie\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge)).toHaveLength(1);
    const degree = entries(knowledge)[0];
    expect(said(degree)).toContain("Turbidite deposits of the Norwegian margin");
    expect(degree?.tags).toEqual(expect.arrayContaining(["Ingrid Solberg", "Tomas Lie"]));
    expect(degree?.tags?.filter((t) => /\b(?:Dr|Prof)$/.test(t))).toEqual([]);
  });

  it("GIVEN a job line naming a degree's course under 'Teaching' WHEN imported THEN it stays in the Teaching section, at the organisation the line names", async () => {
    const { knowledge } = await importProfile(
      "## Education\n\n- BSc, Geology, University of Tromsø, 2008\n\n## Teaching\n\n- Tutor, *Sediment Transport* (2nd year BSc), University of Bergen, since 2019\n- Co-organiser, Nordic Coastal Summer School, Tromsø, 2021\n",
    );

    const title = "Tutor, Sediment Transport (2nd year BSc) at University of Bergen";
    expect(sectionHolding(knowledge, title)?.id).toBe("teaching");
    expect(entryTitled(knowledge, title)).toMatchObject({ year: 2019, summary: "since 2019" });
  });

  it("GIVEN references led by the same bold author, each with a quoted title WHEN imported THEN each is its own entry titled by the paper, with its venue, year and role", async () => {
    const { knowledge } = await importProfile(
      '## Papers\n\n- **Lindqvist E**, Haugen P. "Storm surges on the Lofoten shelf." *Journal of Coastal Research*, 2018. First author.\n- **Lindqvist E**, Berg K, et al. "Harbour silting after 2020: a survey." *Marine Geology*, 2021. First and corresponding author.\n- Haugen P, **Lindqvist E**. "Tides under sea ice." *Polar Science*, 2016. Senior author.\n- **Lindqvist E**. "Why fjords remember winter." *Ocean Dynamics*, 2022. Sole author.\n',
    );

    expect(
      entries(knowledge).map((e) => ({
        title: e.title,
        venue: e.venue,
        year: e.year,
        role: e.role,
      })),
    ).toEqual([
      {
        title: "Storm surges on the Lofoten shelf",
        venue: "Journal of Coastal Research",
        year: 2018,
        role: "First author",
      },
      {
        title: "Harbour silting after 2020: a survey",
        venue: "Marine Geology",
        year: 2021,
        role: "First and corresponding author",
      },
      {
        title: "Tides under sea ice",
        venue: "Polar Science",
        year: 2016,
        role: "Senior author",
      },
      {
        title: "Why fjords remember winter",
        venue: "Ocean Dynamics",
        year: 2022,
        role: "Sole author",
      },
    ]);
    expect(entries(knowledge)[1]?.summary).toContain("Lindqvist E, Berg K, et al");
  });

  it("GIVEN two list items of the same name WHEN imported THEN they stay two entries with their own ids and years", async () => {
    const { knowledge } = await importProfile(
      "## Talks\n\n- **Reading the seabed** — Nordic Geoscience Days, Oslo, 2019\n- **Reading the seabed** — Coastal Week, Bergen, 2021\n",
    );

    const talks = entries(knowledge).filter((e) => e.title === "Reading the seabed");
    expect(talks.map((e) => e.year)).toEqual([2019, 2021]);
    expect(new Set(talks.map((e) => e.id)).size).toBe(2);
  });
});
