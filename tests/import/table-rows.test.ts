import { describe, expect, it } from "vitest";
import { importProfile } from "../../src/import/import.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { testEngine } from "../builders/engine.ts";
import { inventions } from "../builders/import.ts";

const entries = (k: Knowledge) => k.sections.flatMap((s) => s.entries);
const sectionHolding = (k: Knowledge, title: string) =>
  k.sections.find((s) => s.entries.some((e) => e.title === title));

describe("table rows as entries", () => {
  it("GIVEN a productions table with a Company column WHEN imported THEN each row is titled by its production, the company and year are its fields, and the section's title says productions", async () => {
    const source =
      "# Ana Ruiz\n\nStage director in Cardiff.\n\n## Selected work\n\n| Production | Company | Year | Notes |\n|---|---|---|---|\n| *The Lantern Keeper* | Music Theatre Wales | 2024 | World premiere; 11 performances |\n| *Salt Marsh* | National Theatre Wales | 2021 | Site-specific show on the Gower |\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: "The Lantern Keeper",
          year: 2024,
          summary: "World premiere; 11 performances. Company: Music Theatre Wales",
        }),
        expect.objectContaining({ title: "Salt Marsh", year: 2021 }),
      ]),
    );
    const section = sectionHolding(knowledge, "Salt Marsh");
    expect(section?.title).toBe("Selected work: productions");
    // Rows of works are no jobs, whatever "work" in the heading suggests.
    expect(section?.description).not.toMatch(/jobs/i);
    expect(inventions(knowledge, source)).toEqual([]);
  });

  it("GIVEN a talks table led by its date, event and place WHEN imported THEN each talk is titled by its talk, with its event, its place as 'in …' and its year", async () => {
    const { knowledge } = await importProfile(
      "## Talks\n\n| Date | Event | Place | Talk |\n|---|---|---|---|\n| May 2024 | Opera Europa Spring Conference | Malmö | Directing for small stages |\n| 2023 | WNO open day | Cardiff | Why revive chamber opera? |\n",
    );

    expect(entries(knowledge)).toEqual([
      expect.objectContaining({
        title: "Directing for small stages",
        year: 2024,
        summary: "Date: May 2024. Event: Opera Europa Spring Conference, in Malmö",
      }),
      expect.objectContaining({
        title: "Why revive chamber opera?",
        year: 2023,
        summary: "Event: WNO open day, in Cardiff",
      }),
    ]);
  });

  it("GIVEN a table without a column naming what its rows are WHEN imported THEN rows are titled by the first column that is neither a date nor a place", async () => {
    const { knowledge } = await importProfile(
      "## Talks\n\n| When | Where | Event |\n|---|---|---|\n| March 2024 | Tenerife | Opera Europa Spring Conference |\n| 2023 | Cardiff | WNO open day |\n",
    );

    expect(entries(knowledge).map((e) => [e.title, e.summary])).toEqual([
      ["Opera Europa Spring Conference", "When: March 2024, in Tenerife"],
      ["WNO open day", "in Cardiff"],
    ]);
  });

  it("GIVEN a table of jobs and their employers WHEN imported THEN each row is titled by the job at its employer, the job its role", async () => {
    const { knowledge } = await importProfile(
      "## Experience\n\n| Role | Employer | Years |\n|---|---|---|\n| Paintings Conservator | Belvedere Museum | 2012–2019 |\n| Conservation Intern | Getty Conservation Institute | 2011 |\n",
    );

    expect(entries(knowledge)).toEqual([
      expect.objectContaining({
        title: "Paintings Conservator at Belvedere Museum",
        role: "Paintings Conservator",
        year: 2012,
      }),
      expect.objectContaining({
        title: "Conservation Intern at Getty Conservation Institute",
        role: "Conservation Intern",
        year: 2011,
      }),
    ]);
  });

  it("GIVEN a table of jobs whose employer cell names the city too WHEN imported THEN the job is at the employer and the city is said after", async () => {
    const { knowledge } = await importProfile(
      "## Employment\n\n| Period | Position | Employer |\n|---|---|---|\n| 2020–present | Associate Director | Arup, Nairobi |\n",
    );

    expect(entries(knowledge)).toEqual([
      expect.objectContaining({
        title: "Associate Director at Arup",
        role: "Associate Director",
        summary: expect.stringMatching(/^in Nairobi\b/),
        year: 2020,
      }),
    ]);
  });

  it("GIVEN a table whose title cells name a jam and the game made there WHEN imported THEN the game is said as it is, never as a place", async () => {
    const { knowledge } = await importProfile(
      "## Game jams\n\n| Jam | Year | What happened |\n|---|---|---|\n| Ludum Dare 46 — Ember Sitter | 2020 | Made in 48 hours. |\n",
    );

    const [row] = entries(knowledge);
    expect(row?.title).toBe("Ludum Dare 46");
    expect(row?.summary).toContain("Ember Sitter");
    expect(row?.summary).not.toContain("in Ember Sitter");
  });

  it("GIVEN a table of repos whose stars column is headed only by an emoji WHEN imported THEN each row keeps its stars, said in words", async () => {
    const { knowledge, report } = await importProfile(
      "### Things I maintain\n\n| Repo | What | ⭐ |\n|---|---|---|\n| kubectl-tidy | Finds orphaned Kubernetes resources | 1.4k |\n",
    );

    expect(entries(knowledge)).toEqual([
      expect.objectContaining({
        title: "kubectl-tidy",
        summary: "Finds orphaned Kubernetes resources. 1.4k stars",
      }),
    ]);
    expect(report.dropped).toEqual([]);
  });
});

describe("a table of labels and their values", () => {
  it("GIVEN an 'At a glance' table headed 'Field | Detail' WHEN imported THEN each row is its label with the value as it stands, no 'Detail:' before it", async () => {
    const source =
      "# Nia Okafor\n\nSound recordist in Bristol.\n\n## At a glance\n\n| Field | Detail |\n|---|---|\n| Films credited | 34 |\n| Agent | Rowena Pike, Fieldcraft Crew Agency |\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "Films credited", summary: "34" }),
        expect.objectContaining({ title: "Agent", summary: "Rowena Pike, Fieldcraft Crew Agency" }),
      ]),
    );
  });

  it("GIVEN a 'Contact' row whose value is an email address WHEN imported THEN the address is kept as written, not lost as a link the file cannot hold", async () => {
    const source =
      "# Ada Example\n\nLighting designer in Seoul.\n\n## At a glance\n\n| | |\n|---|---|\n| Contact | ada@example.org |\n| Based in | Seoul |\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge)).toEqual(
      expect.arrayContaining([expect.objectContaining({ summary: "ada@example.org" })]),
    );
  });
});

describe("a table whose columns say when, where and what, but name no row", () => {
  it("GIVEN 'Years | Where | What' WHEN imported THEN each row is titled by what it was, its years and place said after, not titled 'present'", async () => {
    const source =
      "# Ada Example\n\nLighting designer in Seoul.\n\n## Teaching\n\n| Years | Where | What |\n|---|---|---|\n| 2019–present | Korea National University of Arts | Guest lecturer, lighting for dance |\n| 2022 | Prague Quadrennial | Workshop leader |\n";
    const { knowledge } = await importProfile(source);
    const titles = entries(knowledge).map((e) => e.title);

    expect(titles).toEqual(expect.arrayContaining(["Guest lecturer", "Workshop leader"]));
    expect(titles).not.toContain("present");
    expect(entries(knowledge)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          summary: expect.stringMatching(
            /lighting for dance.*2019–present.*Korea National University of Arts/,
          ),
        }),
      ]),
    );
    expect(inventions(knowledge, source)).toEqual([]);
  });
});

describe("a 'Where | What' table whose first column labels each row", () => {
  it("GIVEN 'Where | What' rows labelled Mentoring and Hobbies WHEN imported THEN each row is titled by its label, no label is said as a place, and the hobbies answer what the hobbies are", async () => {
    const source =
      "# Ravi Example\n\nFPGA engineer in Eindhoven.\n\n## Elsewhere\n\n| Where | What |\n|---|---|\n| Mentoring | I mentor two students each year in the Delft FPGA student team |\n| Hobbies | Amateur astronomy; I built a radio telescope from a satellite dish in 2020 |\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge).map((e) => e.title)).toEqual(
      expect.arrayContaining(["Mentoring", "Hobbies"]),
    );
    expect(
      entries(knowledge).filter((e) => /\bin (?:Hobbies|Mentoring)\b/.test(e.summary)),
    ).toEqual([]);
    const hobbies = await (await testEngine({ knowledge })).answer("what r ur hobbies");
    expect(hobbies.answer).toContain("radio telescope");
    expect(inventions(knowledge, source)).toEqual([]);
  });
});

describe("a table of jobs with a place column and no organisation column", () => {
  it("GIVEN 'Years | Role | Where | What I did' WHEN imported THEN each row is the role at where, the rest of the place and the years said after, not a title of '2018'", async () => {
    const source =
      "# Ysolde Marrow\n\nGlassblower in Sunderland.\n\n## Work\n\n| Years | Role | Where | What I did |\n|---|---|---|---|\n| 2015–2018 | Glassblower | Lindgrens Glasbruk, Småland, Sweden | Made limited-edition vases |\n| 2018–present | Founder | Wearside Hot Shop, Sunderland | Runs the studio |\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: "Glassblower at Lindgrens Glasbruk",
          role: "Glassblower",
          year: 2015,
          summary: expect.stringMatching(/in Småland, Sweden.*2015–2018/),
        }),
        expect.objectContaining({ title: "Founder at Wearside Hot Shop", year: 2018 }),
      ]),
    );
    expect(inventions(knowledge, source)).toEqual([]);
  });
});
