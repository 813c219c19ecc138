import { describe, expect, it } from "vitest";
import { importProfile } from "../../src/import/import.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { askOffline, draftValues, inventions } from "../builders/import.ts";

const entries = (k: Knowledge) => k.sections.flatMap((s) => s.entries);
const entryTitled = (k: Knowledge, title: string) => entries(k).find((e) => e.title === title);
const sectionHolding = (k: Knowledge, title: string) =>
  k.sections.find((s) => s.entries.some((e) => e.title === title));

describe("titles, summaries and fields of drafted entries", () => {
  it("GIVEN 'name — description' lines WHEN imported THEN the title is the name and the summary what follows it", async () => {
    const { knowledge } = await importProfile(
      "## Projects\n\n- **qemu-lab** — QEMU sandbox tracking upstream\n- tiny-slo — SLO burn-rate calculator in Go, used by 40+ teams\n",
    );

    expect(entries(knowledge).map((e) => [e.title, e.summary])).toEqual([
      ["qemu-lab", "QEMU sandbox tracking upstream"],
      ["tiny-slo", "SLO burn-rate calculator in Go, used by 40+ teams"],
    ]);
  });

  it("GIVEN citations opening with a bold author list WHEN imported THEN each is an entry titled by the paper, with its venue and year", async () => {
    const source =
      "## Publications\n\n1. **Ruiz A**, Okafor T (2021). Learning reaction barriers from sparse data. *J. Chem. Theory Comput.* 17: 1102–1114.\n2. Okafor T, **Ruiz A** (2020). Force fields for palladium catalysis. *Nature Catalysis* 3: 455–463.\n3. **Ruiz A**, Alavi A (2017). Multireference methods for iron porphyrins. *JACS* 139: 8801–8810.\n";
    const { knowledge, report } = await importProfile(source);

    expect(entries(knowledge)).toEqual([
      expect.objectContaining({
        title: "Learning reaction barriers from sparse data",
        venue: "J. Chem. Theory Comput.",
        year: 2021,
        summary: "Ruiz A, Okafor T (2021). J. Chem. Theory Comput. 17: 1102–1114.",
      }),
      expect.objectContaining({ title: "Force fields for palladium catalysis", year: 2020 }),
      expect.objectContaining({ title: "Multireference methods for iron porphyrins", year: 2017 }),
    ]);
    expect(report.leftOut).toEqual([]);
  });

  it("GIVEN jobs and degrees as 'what, where, when' WHEN imported THEN they are titled 'what at where', the job is the role and the date goes to the year", async () => {
    const { knowledge } = await importProfile(
      "## Appointments\n\n**Assistant Professor**, University of Leeds — 2021–present\n\n## Education\n\n- **PhD, Theoretical Chemistry**, University of Cambridge, 2018. adv. Ali Alavi & Sarah Lee\n- BSc Computer Science, KNUST, 2015\n",
    );

    expect(entryTitled(knowledge, "Assistant Professor at University of Leeds")).toMatchObject({
      role: "Assistant Professor",
      year: 2021,
      summary: "2021–present",
    });
    expect(
      entryTitled(knowledge, "PhD, Theoretical Chemistry at University of Cambridge"),
    ).toMatchObject({
      year: 2018,
      summary: "2018, advised by Ali Alavi and Sarah Lee",
    });
    expect(entryTitled(knowledge, "BSc Computer Science at KNUST")).toMatchObject({ year: 2015 });
  });

  it("GIVEN a prose About page WHEN imported THEN each entry is titled by what its sentence names, not by the sentence", async () => {
    const source =
      "# About\n\nHi, I'm Ana Ruiz. I run Tidewater Analytics, a two-person consultancy in Galway.\n\nBefore starting Tidewater in 2019 I spent seven years at Kerry Group in Tralee. I studied economics at University College Cork.\n\nI also teach. Since 2020 I have run a one-day course, \"Spreadsheets that don't lie\", and about 900 people have taken it. Every second Thursday I send out a newsletter called Small Numbers; it has around 2,400 subscribers.\n";
    const { knowledge } = await importProfile(source);

    expect(entries(knowledge).map((e) => e.title)).toEqual(
      expect.arrayContaining([
        "Kerry Group",
        "University College Cork",
        "Spreadsheets that don't lie",
        "Small Numbers",
      ]),
    );
    expect(entryTitled(knowledge, "Spreadsheets that don't lie")?.summary).toMatch(
      /^I also teach\. Since 2020/,
    );
    expect(inventions(knowledge, source)).toEqual([]);
  });

  it("GIVEN an HTML heading over a centred line, and a folded <details> list WHEN imported THEN the heading names the person and the folded list is a section of its own", async () => {
    const { knowledge } = await importProfile(
      '<h1 align="center">Hey, I\'m Kofi Mensah 👋</h1>\n<p align="center">Site reliability engineer · Lisbon</p>\n\n### Projects\n\n- **pagerlint** — linter for alerting rules (1.2k ⭐)\n- **chaos-kitchen** — failure drills for Kubernetes\n\n<details><summary>Fun facts</summary>\n\n- Ran the Lisbon Marathon in 2022\n- Learning the ukulele\n\n</details>\n',
    );

    expect(knowledge.person.name).toBe("Kofi Mensah");
    expect(knowledge.person.headline).toMatch(/^Site reliability engineer/);
    expect(sectionHolding(knowledge, "Ran the Lisbon Marathon in 2022")?.title).toBe("Fun facts");
    expect(entryTitled(knowledge, "pagerlint")?.summary).toBe(
      "linter for alerting rules (1.2k stars)",
    );
  });

  it("GIVEN a page titled '# Projects — Name' over a table and its own headings WHEN imported THEN the name is the owner's and the table's rows stay one projects section", async () => {
    const { knowledge } = await importProfile(
      "# Projects — Yuki Tanabe\n\nI'm an embedded engineer in Osaka.\n\n| Project | Year | What it is | Stack |\n| --- | --- | --- | --- |\n| **Kumo** | 2024 | Weather station over LoRaWAN | ESP32 |\n| **BentoBox** | 2021 | Kit for teaching soldering to kids | KiCad |\n\n## Talks\n\n- Async firmware with embassy · Embedded Rust Meetup Osaka 2023\n",
    );

    expect(knowledge.person.name).toBe("Yuki Tanabe");
    const projects = knowledge.sections.find((s) => s.id === "projects");
    expect(projects?.entries.map((e) => e.title)).toEqual(["Kumo", "BentoBox"]);
  });

  it("GIVEN a degree under a 'Work' heading and a job under 'Fun facts' WHEN imported THEN each joins the section of its kind", async () => {
    const { knowledge } = await importProfile(
      "## Work\n\nFirmware engineer at Omron since 2018; before that, two years at Sharp. B.Eng in electrical engineering from Osaka University (2016).\n\n## Fun facts\n\n- BSc Computer Science, KNUST, 2015\n- Ran the Lisbon Marathon in 2022\n",
    );

    expect(sectionHolding(knowledge, "Osaka University")?.id).toBe("education");
    expect(sectionHolding(knowledge, "BSc Computer Science at KNUST")?.id).toBe("education");
    expect(sectionHolding(knowledge, "Ran the Lisbon Marathon in 2022")?.title).toBe("Fun facts");
  });

  it("GIVEN sections of known kinds WHEN imported THEN their descriptions say in general words what they hold, and every word passes the source check", async () => {
    const source =
      "## Appointments\n\n- Lecturer, University of Glasgow, 2019–2024\n\n## Education\n\n- MA in History, University of Aberdeen, 2010\n";
    const { knowledge, report } = await importProfile(source);

    expect(knowledge.sections.map((s) => s.description)).toEqual([
      "Jobs, positions and work experience",
      "Degrees, studies and universities",
    ]);
    expect(report.dropped).toEqual([]);
  });

  it("GIVEN a CV whose jobs sit under 'Appointments' and degrees name no university WHEN asked casually where they work and went to uni THEN the offline answers name the place", async () => {
    const { knowledge } = await importProfile(
      "# Ana Ruiz\n\nComputational chemist.\n\n## Appointments\n\n**Assistant Professor**, Acme Institute — 2021–present\n\n## Education\n\n- BSc Chemistry, KNUST, 2015\n",
    );
    const result = await askOffline(knowledge, {
      match: "regex",
      cases: [
        { id: "work", kind: "fact", q: "where do u work", must: [["Acme Institute"]] },
        { id: "uni", kind: "fact", q: "where did u go to uni", must: [["KNUST"]] },
        { id: "age", kind: "abstain", q: "how old r u" },
      ],
    });

    expect(result.failed).toEqual([]);
  });

  it("GIVEN a job retold in the opening and listed below WHEN imported THEN it is one entry and the opening stays the person's summary", async () => {
    const { knowledge } = await importProfile(
      "# Lena Fischer\n\nOpen-source tooling for documentation. I work as a developer-experience engineer at Brightwave in Hamburg.\n\n## Work\n\n- **Developer-experience engineer, Brightwave** (Hamburg), March 2020 – present\n- **Technical writer, Nordlicht Software** (Berlin), 2016 – 2020\n",
    );

    const jobs = knowledge.sections.find((s) => s.id === "positions")?.entries ?? [];
    expect(jobs.map((j) => j.title)).toEqual([
      "Developer-experience engineer at Brightwave",
      "Technical writer at Nordlicht Software",
    ]);
    expect(knowledge.person.summary).toContain("Brightwave in Hamburg");
    expect(draftValues(knowledge).join(" ")).toContain("March 2020");
  });
});

describe("books named in prose", () => {
  const page = [
    "# About me",
    "",
    "I'm Inês Faria, a picture-book author in Braga. I write stories for small children.",
    "",
    "My first picture book, *The Owl Who Counted Stars*, came out in 2016 with Casa Pardal. It has been translated into 9 languages and has sold over 20,000 copies.",
    "",
    "I swim every morning at the river beach.",
    "",
    "My newest book, *A Kite for Tomás* (2022), is 40 pages long and took me a year to paint.",
    "",
  ].join("\n");

  it("GIVEN a prose sentence naming a work in italics WHEN imported THEN the entry is titled by the whole work's title, 'The' included", async () => {
    const { knowledge } = await importProfile(page);

    expect(entryTitled(knowledge, "The Owl Who Counted Stars")).toBeDefined();
    expect(entryTitled(knowledge, "A Kite for Tomás")).toBeDefined();
  });

  it("GIVEN sentences about one's books, one translated into languages WHEN imported THEN both are in one section titled Books, not skills, and 'what's your first book' finds the first", async () => {
    const { knowledge } = await importProfile(page);

    const books = sectionHolding(knowledge, "The Owl Who Counted Stars");
    expect(books?.title).toBe("Books");
    expect(books?.entries.map((e) => e.title)).toEqual([
      "The Owl Who Counted Stars",
      "A Kite for Tomás",
    ]);
    const result = await askOffline(knowledge, {
      cases: [
        { id: "b1", kind: "fact", q: "whats ur first book", must: [["The Owl Who Counted Stars"]] },
      ],
      match: "substring",
    });
    expect(result.failed).toEqual([]);
  });
});

describe("prose lines wrapped before a link", () => {
  it("GIVEN a sentence wrapped after 'at' with the email alone on the next line WHEN imported THEN one entry says the whole sentence, email included", async () => {
    const { knowledge } = await importProfile(
      "I'm Rosa Lind, a glassblower in Malmö. I make lamps and bowls.\n\nFor orders and visits, please write to my studio manager, Per Holm, at\nper.holm@example.org.\n",
    );

    const said = entries(knowledge).filter((e) => e.summary.includes("Per Holm"));
    expect(said.map((e) => e.summary)).toEqual([
      "For orders and visits, please write to my studio manager, Per Holm, at per.holm@example.org.",
    ]);
  });
});

describe("the opening of a prose page", () => {
  it("GIVEN an About page opening with a greeting and two sentences WHEN imported THEN they are the headline and summary and no entry repeats them, so a later sentence answers what it says", async () => {
    const { knowledge } = await importProfile(
      [
        "Hello! I'm Rosa Lind, a glassblower living in Malmö. I make lamps and bowls for restaurants and homes.",
        "",
        "I grew up in Lund and trained at the Orrefors glass school, finishing in 2009.",
        "",
        "I make my lamps from recycled window glass and blow them in a small gas furnace.",
        "",
      ].join("\n"),
    );

    expect(knowledge.person.headline).toContain("glassblower living in Malmö");
    expect(knowledge.person.summary).toContain("lamps and bowls");
    const said = entries(knowledge).map((e) => e.summary);
    expect(said.filter((t) => t.includes("Malmö") || t.includes("bowls"))).toEqual([]);
    const result = await askOffline(knowledge, {
      cases: [{ id: "o1", kind: "fact", q: "what do u make lamps from", must: [["window glass"]] }],
      match: "substring",
    });
    expect(result.failed).toEqual([]);
  });

  it("GIVEN an About page under a heading opening 'Hello, and welcome.' WHEN imported THEN the greeting is neither in the headline nor an entry titled 'Hello'", async () => {
    const { knowledge } = await importProfile(
      [
        "# About me",
        "",
        "Hello, and welcome. I'm Rosa Lind, and since 2015 I have run the Lind glass studio in Malmö.",
        "That means six furnaces and four glassblowers.",
        "",
        "I grew up in Lund and trained at the Orrefors glass school, finishing in 2009.",
        "",
      ].join("\n"),
    );

    expect(knowledge.person.headline).toMatch(/^I'm Rosa Lind/);
    expect(entries(knowledge).map((e) => e.title)).not.toContain("Hello");
    expect(JSON.stringify(knowledge)).not.toMatch(/and welcome/);
  });

  it("GIVEN prose whose sentence ends on a place spelled with an accent ('Bogotá.') WHEN imported THEN the next sentence is a sentence of its own, not read as after an initial", async () => {
    const { knowledge } = await importProfile(
      "## Background\n\nI spent six years teaching chemistry in Bogotá. Later I joined the Andes Water Trust as its lab manager, a job I still hold.\n",
    );

    expect(entries(knowledge).map((e) => e.summary)).toContainEqual(
      expect.stringMatching(/^Later I joined the Andes Water Trust/),
    );
  });
});

describe("counts written with an emoji", () => {
  it("GIVEN a project line ending in '(⭐ 2.4k)', the emoji before the count WHEN imported THEN the entry says '2.4k stars' and 'how many stars has it got' is answered from it", async () => {
    const source =
      "## Projects\n\n- **tidelog** — a logger for tide gauges on a Raspberry Pi (⭐ 2.4k)\n- **wavecount** — counts waves in buoy data\n\n## Grants\n\n- $20,000 grant from the Coast Fund (2021) for tidelog v2\n";
    const { knowledge } = await importProfile(source);

    expect(entryTitled(knowledge, "tidelog")?.summary).toContain("2.4k stars");
    expect(inventions(knowledge, source)).toEqual([]);
    const result = await askOffline(knowledge, {
      cases: [{ id: "s1", kind: "fact", q: "how many stars has tidelog got", must: [["2.4k"]] }],
      match: "substring",
    });
    expect(result.failed).toEqual([]);
  });
});

describe("tags of prose entries", () => {
  it("GIVEN prose sentences that lead into what they name ('He lives in Durban', 'His best-known project, the …') WHEN imported THEN those lead-in words are no tags, the sentence saying them already", async () => {
    const { knowledge } = await importProfile(
      "# About Sipho Dlamini\n\nSipho Dlamini is a bridge inspector with the KwaZulu-Natal roads department. He has checked bridges for twelve years.\n\nHe lives in Durban with two dogs and a very old bicycle.\n\nHis best-known project, the Umgeni Bridge Survey, mapped 140 river crossings in 2019.\n",
    );

    const tags = entries(knowledge).flatMap((e) => e.tags ?? []);
    expect(tags.filter((t) => /^(?:he|his|she|her|my)\b/i.test(t) || /["“,]$/.test(t))).toEqual([]);
    expect(
      entries(knowledge)
        .map((e) => e.summary)
        .join(" "),
    ).toContain("He lives in Durban");
  });
});

describe("people named together", () => {
  it("GIVEN a paper co-written 'with her students Ana Ruiz and Ben Carter' WHEN imported THEN each is a tag of their own, not one tag joining both", async () => {
    const { knowledge } = await importProfile(
      "## Papers\n\n- **Soft grippers for ripe fruit** — Science Robotics 2020. Co-authored with her students Ana Ruiz and Ben Carter.\n",
    );

    const tags = entries(knowledge).flatMap((e) => e.tags ?? []);
    expect(tags).toEqual(expect.arrayContaining(["Ana Ruiz", "Ben Carter"]));
    expect(tags).not.toContain("Ana Ruiz and Ben Carter");
  });
});

describe("a name set in bold inside a sentence", () => {
  it("GIVEN a README line 'I'm currently working on **canto**, a classifier that runs on a Raspberry Pi Zero' WHEN imported THEN the entry is titled 'canto', not by the other name in the line", async () => {
    const { knowledge } = await importProfile(
      "# Hi, I'm Ana Ruiz\n\nBoatbuilder in Vigo.\n\n- 🔭 I'm currently working on **canto**, a bird-song classifier that runs offline on a Raspberry Pi Zero\n- 🌱 I'm learning Rust\n",
    );

    const canto = entryTitled(knowledge, "canto");
    expect(canto?.summary).toContain("Raspberry Pi Zero");
    expect(entryTitled(knowledge, "Raspberry Pi Zero")).toBeUndefined();
  });
});

describe("jobs said in a sentence", () => {
  it("GIVEN an opening 'Bioacoustics engineer at the **Patagonian Wildlife Trust** in Bariloche' and 'Volunteer mentor at Chicas en Código since 2020' WHEN imported THEN both are jobs titled at the whole name, each with its role", async () => {
    const { knowledge } = await importProfile(
      "# Hi, I'm Ana Ruiz\n\nBioacoustics engineer at the **Patagonian Wildlife Trust** in Bariloche, Argentina. I build small tools that listen to forests.\n\n## Elsewhere\n\n- 🤝 Volunteer mentor at Chicas en Código since 2020\n",
    );

    const trust = entryTitled(knowledge, "Bioacoustics engineer at the Patagonian Wildlife Trust");
    expect(trust?.role).toBe("Bioacoustics engineer");
    expect(entryTitled(knowledge, "Volunteer mentor at Chicas en Código")?.role).toBe(
      "Volunteer mentor",
    );
  });

  it("GIVEN a sentence 'By day I'm a senior signalling engineer at Pomorska Kolej Regionalna; by night …' WHEN imported THEN its role is the job alone, without 'By day I'm a'", async () => {
    const { knowledge } = await importProfile(
      "# Hi, I'm Tomasz\n\nRailway signalling engineer · Gdańsk, Poland\n\nI write software that checks interlocking tables. By day I'm a senior signalling engineer at Pomorska Kolej Regionalna; by night I maintain a couple of tools.\n",
    );

    const roles = entries(knowledge).flatMap((e) => (e.role ? [e.role] : []));
    expect(roles.filter((r) => /I['’]m/u.test(r))).toEqual([]);
  });
});

describe("counts given only in a badge", () => {
  it("GIVEN a project line whose star count is only in a shields.io badge's address ('badge/stars-1.2k-yellow') WHEN imported THEN the entry says '1.2k stars' and invents nothing", async () => {
    const source =
      "## Projects\n\n- **interlock-lint** — a checker for route-locking tables. ![stars](https://img.shields.io/badge/stars-1.2k-yellow) Used by 4 regional operators.\n- **timetable-diff** — shows what changed between two timetables\n";
    const { knowledge } = await importProfile(source);

    expect(entryTitled(knowledge, "interlock-lint")?.summary).toContain("1.2k stars");
    expect(inventions(knowledge, source)).toEqual([]);
  });

  it("GIVEN a skill badge whose address holds a name and a colour ('badge/Python-3776AB') WHEN imported THEN only its alt text is kept", async () => {
    const { knowledge } = await importProfile(
      "## Skills\n\n![Python](https://img.shields.io/badge/Python-3776AB?logo=python) ![Rust](https://img.shields.io/badge/rust-000000-black)\n",
    );

    const said = entries(knowledge)
      .map((e) => `${e.title} ${e.summary}`)
      .join(" ");
    expect(said).toContain("Python");
    expect(said).not.toMatch(/3776AB|000000/);
  });
});

describe("paper titles with a job's word in them", () => {
  it("GIVEN a paper line '**A volunteer-built nest box network in northern Patagonia** — *Ornitología Neotropical*, 2021' WHEN imported THEN its title is the paper's, with no role, and it is a publication", async () => {
    const { knowledge } = await importProfile(
      "## Publications\n\n- **Listening for the huet-huet: low-power detection of forest birds** — *Ecological Informatics*, 2023 (first author)\n- **A volunteer-built nest box network in northern Patagonia** — *Ornitología Neotropical*, 2021\n",
    );

    const paper = entries(knowledge).find((e) => e.title.startsWith("A volunteer-built"));
    expect(paper?.title).toBe("A volunteer-built nest box network in northern Patagonia");
    expect(paper?.role).toBeUndefined();
    expect(sectionHolding(knowledge, paper?.title ?? "")?.id).toBe("publications");
  });
});

describe("abbreviated degrees", () => {
  it("GIVEN a degree heading '### Ing. (MSc equivalent) in Civil Engineering — Czech Technical University in Prague' WHEN imported THEN the title is the whole degree at the university, not 'Ing'", async () => {
    const { knowledge } = await importProfile(
      '## Education\n\n### Ing. (MSc equivalent) in Civil Engineering — Czech Technical University in Prague\n*2006 – 2011*\n\n- Thesis: "Long-term creep in glued laminated timber beams", graded A.\n',
    );

    const [degree] = entries(knowledge);
    expect(degree?.title).toContain("Ing. (MSc equivalent) in Civil Engineering");
    expect(degree?.title).toContain("Czech Technical University in Prague");
  });
});

describe("date ranges in brackets", () => {
  it("GIVEN a job line 'Signalling Designer at Intertrack Design, Wrocław (2013 – 2019)' WHEN imported THEN the title is the job at the organisation, the dash in the bracket splitting nothing", async () => {
    const { knowledge } = await importProfile(
      "## Work\n\n- Senior Engineer at Pomorska Kolej Regionalna (2019 – present): lead the checks on 38 interlockings.\n- Signalling Designer at Intertrack Design, Wrocław (2013 – 2019)\n",
    );

    const job = entries(knowledge).find((e) => e.title.includes("Intertrack"));
    expect(job?.title).toBe("Signalling Designer at Intertrack Design");
    expect(job?.role).toBe("Signalling Designer");
    expect(`${job?.summary} ${job?.details ?? ""}`.match(/2013 – 2019/g)).toHaveLength(1);
  });
});
