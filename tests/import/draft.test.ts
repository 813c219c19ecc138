import { describe, expect, it } from "vitest";
import { draftFromMarkdown } from "../../src/import/draft.ts";
import { importProfile } from "../../src/import/import.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { testEngine } from "../builders/engine.ts";
import { askOffline, fixture } from "../builders/import.ts";

const sectionOf = (k: Knowledge, id: string) => k.sections.find((s) => s.id === id);
const titles = (k: Knowledge, id: string) => sectionOf(k, id)?.entries.map((e) => e.title) ?? [];

describe("offline drafting", () => {
  it("GIVEN a README without headings WHEN imported THEN its lines are grouped by what they hold", async () => {
    const { knowledge } = await importProfile(await fixture("profile-source.md"));

    expect(knowledge.sections.map((s) => s.id)).toEqual([
      "about",
      "positions",
      "education",
      "projects",
      "publications",
      "skills",
      "interests",
    ]);
    expect(titles(knowledge, "projects").map((t) => t.split(" — ")[0])).toEqual([
      "qemu-cxl",
      "qemu-lab",
      "httpd-ab",
      "Cook-RDMA",
      "machnet",
    ]);
    expect(titles(knowledge, "interests")).toHaveLength(4);
  });

  it("GIVEN lines written one after another in one list item WHEN imported THEN each is an entry, with its venue, year and role apart", async () => {
    const { knowledge } = await importProfile(await fixture("profile-source.md"));

    expect(sectionOf(knowledge, "publications")?.entries).toEqual([
      expect.objectContaining({
        id: "backdraft",
        title: "Backdraft",
        venue: "USENIX NSDI",
        year: 2022,
        role: "First author",
        summary: expect.stringMatching(
          /^Lossless virtual switch · A software virtual switch .*\.$/,
        ),
      }),
      expect.objectContaining({ id: "morpheus", venue: "ASPLOS", year: 2022, role: "Co-author" }),
    ]);
    const machnet = sectionOf(knowledge, "projects")?.entries.find((e) => e.id === "machnet");
    expect(machnet).toMatchObject({ title: "machnet", role: "Contributor" });
    expect(machnet?.summary).toMatch(/^Low-latency cloud messaging \(Microsoft\)/);
  });

  it("GIVEN the same project twice WHEN imported THEN it is one entry, the second mention in its details", async () => {
    const { knowledge } = await importProfile(await fixture("profile-source.md"));

    const qemu = sectionOf(knowledge, "projects")?.entries.filter((e) =>
      e.id.startsWith("qemu-cxl"),
    );
    expect(qemu).toHaveLength(1);
    expect(qemu?.[0]?.details).toContain("non-interleaved Compute Express Link (CXL) memory");
  });

  it("GIVEN the opening lines WHEN imported THEN the headline is the first sentence, the summary the lines after it, and the voice first person", async () => {
    const { knowledge } = await importProfile(await fixture("profile-source.md"));

    expect(knowledge.person.headline).toMatch(
      /^I build high-performance systems .* runtime layers\.$/,
    );
    expect(knowledge.person.summary).toMatch(
      /^Visiting researcher at the Cambridge Computer Laboratory/,
    );
    expect(knowledge.person.voice).toBe("first-person");
  });

  it("GIVEN a prose About page in the third person WHEN imported THEN the voice is third person and the name leads the headline once", async () => {
    const { knowledge } = await importProfile(await fixture("about-professor.md"));

    expect(knowledge.person.voice).toBe("third-person");
    expect(knowledge.person.headline).toMatch(/^Miriam Adeyemi is a Professor of Robotics/);
  });

  it("GIVEN a CV with a bold job line and bullets under it WHEN imported THEN the bullets belong to that job", async () => {
    const { knowledge } = await importProfile(await fixture("cv-engineer.md"));

    const jobs = sectionOf(knowledge, "positions")?.entries ?? [];
    expect(jobs.map((j) => j.year)).toEqual([2019, 2016, 2014]);
    expect(jobs[0]?.summary).toContain("3 million transactions a day");
    expect(jobs[0]?.title).toContain("Staff Engineer");
  });

  it("GIVEN a bold job line, an italic date line and a sentence WHEN imported THEN they are one entry titled by the job and where, with the year and the role", async () => {
    const { knowledge } = await importProfile(
      "## Work\n\n**Engineer, Acme**\n*2019–2021*\nBuilt the billing system.\n",
    );
    expect(knowledge.sections[0]?.entries).toEqual([
      expect.objectContaining({
        title: "Engineer at Acme",
        summary: "2019–2021. Built the billing system.",
        year: 2019,
        role: "Engineer",
      }),
    ]);
  });

  it("GIVEN a bold job line, then an italic line of two months and years, then bullets WHEN imported THEN the range is said in that job's entry, not read as a thing named by its end", async () => {
    const { knowledge } = await importProfile(
      "## Experience\n\n**Field Geologist**, Tarn Survey, Kendal\n*Mar 2018 – Jun 2021*\n- Mapped the fells\n\n**Surveyor**, Ribble Maps, Settle\n*Sep 2015 – Feb 2018*\n- Drew the valleys\n",
    );
    const entries = knowledge.sections[0]?.entries ?? [];
    expect(entries.map((e) => e.title)).toEqual(["Field Geologist", "Surveyor"]);
    expect(entries[0]?.summary).toMatch(/Tarn Survey.*Mar 2018 – Jun 2021.*Mapped the fells/);
    expect(entries[0]?.year).toBe(2018);
  });

  it("GIVEN a job whose date line runs to the present WHEN imported THEN the summary says where and when, the open range as the source writes it", async () => {
    const { knowledge } = await importProfile(
      "## Experience\n\n### Data reporter, The Ledger — Chicago\n*Sept 2019 – present*\n\n- Lead the data desk.\n",
    );
    expect(knowledge.sections[0]?.entries[0]).toMatchObject({
      title: "Data reporter at The Ledger",
      role: "Data reporter",
      year: 2019,
      summary: "in Chicago, Sept 2019 – present. Lead the data desk.",
    });
  });

  it("GIVEN a table of projects WHEN imported THEN each row is an entry with its year, links and other columns", async () => {
    const { knowledge } = await importProfile(await fixture("projects-table.md"));

    const inkwell = sectionOf(knowledge, "projects")?.entries.find((e) => e.title === "Inkwell");
    expect(inkwell).toMatchObject({
      year: 2019,
      links: [{ label: "repo", url: "https://example.org/gh/inkwell" }],
    });
    expect(inkwell?.summary).toContain("Stack: Rust, WASM");
    expect(inkwell?.summary).toContain("2019–present");
  });

  it("GIVEN label lines above lists in a README without headings WHEN imported THEN each label is a section", async () => {
    const { knowledge } = await importProfile(await fixture("readme-plain.md"));

    const sections = knowledge.sections.map((s) => s.title);
    expect(sections).toEqual(expect.arrayContaining(["Things I've made", "Papers", "Work"]));
    const papers = knowledge.sections.find((s) => s.title === "Papers");
    expect(papers?.id).toBe("publications");
    expect(papers?.entries[0]).toMatchObject({ venue: "PLDI", year: 2023, role: "First author" });
  });

  it("GIVEN a CV headed by the owner's name and a contact section WHEN imported THEN the name and one contact line (email and links) are in the person", async () => {
    const source = await fixture("projects-table.md");

    const draft = draftFromMarkdown(source);
    const { knowledge } = await importProfile(source);

    expect(draft.person.name).toBe("Lena Fischer");
    expect(draft.person.contact).toBe("lena@example.org · https://example.social/@lena");
    expect(knowledge.person).toMatchObject({
      name: "Lena Fischer",
      contact: "lena@example.org · https://example.social/@lena",
    });
  });

  it.each([
    "profile-source.md",
    "readme-gamedev.md",
    "cv-engineer.md",
    "projects-table.md",
    "about-professor.md",
    "readme-plain.md",
  ])(
    "GIVEN %s WHEN imported THEN ids are valid and unique and descriptions fit in 100 characters",
    async (name) => {
      const { knowledge } = await importProfile(await fixture(name));

      const ids = knowledge.sections.flatMap((s) => [s.id, ...s.entries.map((e) => e.id)]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9\p{Ll}_-]{1,32}$/u);
      for (const s of knowledge.sections) expect(s.description.length).toBeLessThanOrEqual(100);
    },
  );

  it("GIVEN a labelled list of languages among awards WHEN imported THEN it is a skills entry titled by its label, and the awards stay", async () => {
    const { knowledge } = await importProfile(
      "# Ana Ruiz\n\nSpeech researcher in Bilbao.\n\n## Awards\n\n- Best Paper Award, Interspeech 2022\n- ISCA travel grant 2021\n- Languages: Basque (native), Spanish, English\n",
    );

    expect(titles(knowledge, "awards")).toEqual(["Best Paper Award", "ISCA travel grant 2021"]);
    expect(sectionOf(knowledge, "skills")?.entries).toEqual([
      expect.objectContaining({ title: "Languages", summary: "Basque (native), Spanish, English" }),
    ]);
  });

  it("GIVEN a CV's job and degree lines of role, organisation and city, and dates WHEN imported THEN each is titled at its organisation, a comma inside a name kept, the city and dates said after", async () => {
    const { knowledge } = await importProfile(
      "# Hana Novak\n\n## Experience\n\nPaintings Conservator — Belvedere Museum, Vienna — 03/2012 – 08/2019\n- Panel paintings\n\nHead of Conservation — National Gallery Prague, Prague — 09/2019 – present\n\n## Education\n\nMA in Conservation — Academy of Arts, Architecture and Design in Prague — 2010\n",
    );

    expect(sectionOf(knowledge, "positions")?.entries).toEqual([
      expect.objectContaining({
        title: "Paintings Conservator at Belvedere Museum",
        role: "Paintings Conservator",
        summary: expect.stringMatching(/^in Vienna, 03\/2012 – 08\/2019/),
      }),
      expect.objectContaining({
        title: "Head of Conservation at National Gallery Prague",
        summary: "in Prague, 09/2019 – present",
      }),
    ]);
    expect(titles(knowledge, "education")).toEqual([
      "MA in Conservation at Academy of Arts, Architecture and Design in Prague",
    ]);
  });

  it("GIVEN references written as paragraphs with initials and periods WHEN imported THEN each reference is one entry titled by its paper", async () => {
    const { knowledge } = await importProfile(
      "## Publications\n\nNovak, H., Brandl, M. (2022). Lead soaps in Baroque canvas paintings. *Studies in Conservation*, London.\n\nNovak, H. (2018). Reading underdrawings with IR reflectography. *ICOM-CC Triennial Conference*, Copenhagen.\n",
    );

    expect(sectionOf(knowledge, "publications")?.entries).toEqual([
      expect.objectContaining({ title: "Lead soaps in Baroque canvas paintings", year: 2022 }),
      expect.objectContaining({
        title: "Reading underdrawings with IR reflectography",
        year: 2018,
        venue: "ICOM-CC Triennial Conference",
      }),
    ]);
  });

  it("GIVEN an opening line of role, city and email WHEN imported THEN the headline says the role in the city, and the email is the contact", async () => {
    const { knowledge } = await importProfile(
      "# Hana Novak\n\nPaintings conservator · Prague · hana@example.cz\n\n## Experience\n\n- Paintings Conservator at Belvedere Museum, 2012–2019\n",
    );

    expect(knowledge.person).toMatchObject({
      headline: "Paintings conservator in Prague",
      contact: "hana@example.cz",
    });
    // The headline's line is said once: no entry repeats "Paintings conservator".
    const all = knowledge.sections.flatMap((s) => s.entries);
    expect(all.map((e) => e.title)).not.toContain("Paintings conservator");
    expect(all.filter((e) => /Prague/.test(e.summary))).toEqual([]);
  });

  it("GIVEN an opening line whose role starts with an acronym ('FPGA and digital hardware engineer · Eindhoven, Netherlands') WHEN imported THEN the headline still says the role in the city, and 'where are you based' is answered", async () => {
    const { knowledge } = await importProfile(
      "# Ravi Chandrasekhar\n\nFPGA and digital hardware engineer · Eindhoven, Netherlands · ravi@example.nl\n\n## Experience\n\n- Lead FPGA Engineer at Vireo Photonics, 2021–present\n",
    );

    expect(knowledge.person.headline).toBe(
      "FPGA and digital hardware engineer in Eindhoven, Netherlands",
    );
    const based = await (await testEngine({ knowledge })).answer("which city r u based in");
    expect(based.abstained).toBe(false);
    expect(based.answer).toContain("Eindhoven");
  });

  it("GIVEN an opening line of role, city and a bare web address WHEN imported THEN the address is the contact, not part of the headline", async () => {
    const { knowledge } = await importProfile(
      "# Marisol Ibarra\n\nData journalist · Chicago · [example.org/marisol](https://example.org/marisol)\n\n## Experience\n\n- Data reporter at Midwest Public Radio, 2016–2019\n",
    );

    expect(knowledge.person).toMatchObject({
      headline: "Data journalist in Chicago",
      contact: "https://example.org/marisol",
    });
  });

  it("GIVEN a prose page whose sentence goes on about 'it' in its first words WHEN imported THEN that sentence stays with the one it refers to", async () => {
    const { knowledge } = await importProfile(
      "# About Ana Ruiz\n\nAna Ruiz is a marine surveyor in Vigo.\n\nHer best-known survey concerned a trawler fire at Marín in 2019. Her report traced it to a faulty fuel pump and led to new inspection rules for small ports.\n",
    );

    const fire = knowledge.sections
      .flatMap((s) => s.entries)
      .find((e) => e.summary.includes("trawler fire"));
    expect(`${fire?.summary} ${fire?.details ?? ""}`).toContain("faulty fuel pump");
  });

  it("GIVEN a prose sentence saying someone is a doer of something with an organisation WHEN imported THEN it is a job", async () => {
    const { knowledge } = await importProfile(
      "# About Ana Ruiz\n\nI restore boats on weekends and have done so for years.\n\nAna Ruiz is an air accident investigator with the Safety Board of Spain, based in Madrid. She has led 20 investigations since 2011.\n",
    );

    expect(sectionOf(knowledge, "positions")?.entries.map((e) => e.summary)).toEqual([
      expect.stringContaining("investigator with the Safety Board of Spain"),
    ]);
  });

  it("GIVEN paper lines of a title, its venue and year in brackets, and a role WHEN imported THEN the title stands alone, with venue, year and role in their fields", async () => {
    const { knowledge } = await importProfile(
      "### Papers\n\n- Few-shot voice cloning for minority languages (ICASSP 2024) — Co-author. With the University of the Basque Country.\n- Prosody transfer without parallel data (Interspeech 2022) — First author. Best student paper nominee.\n",
    );

    expect(sectionOf(knowledge, "publications")?.entries).toEqual([
      expect.objectContaining({
        title: "Few-shot voice cloning for minority languages",
        venue: "ICASSP",
        year: 2024,
        role: "Co-author",
        summary: "With the University of the Basque Country.",
      }),
      expect.objectContaining({
        title: "Prosody transfer without parallel data",
        venue: "Interspeech",
        year: 2022,
        role: "First author",
      }),
    ]);
  });

  it("GIVEN degree lines under a heading that names no kind WHEN imported THEN the section is described as degrees", async () => {
    const { knowledge } = await importProfile(
      "# Ana Ruiz\n\nStage director in Cardiff.\n\n## Training\n\n- MA in Directing, Royal Welsh College of Music & Drama, 2014\n- BA in English Literature, Cardiff University, 2011\n",
    );

    expect(sectionOf(knowledge, "education")).toMatchObject({
      title: "Training",
      description: "Degrees, studies and universities",
    });
  });

  it("GIVEN books with their publisher and year in brackets after the italic title WHEN imported THEN the publisher is the venue and the rest of the bracket is still said", async () => {
    const { knowledge } = await importProfile(
      "## Books\n\n- *Silver Darlings* (Edinburgh University Press, 2021). Winner of a book prize.\n- *Tides of Work* (co-edited with Iain Fraser; Manchester University Press, 2018)\n",
    );

    expect(sectionOf(knowledge, "publications")?.entries).toEqual([
      expect.objectContaining({
        title: "Silver Darlings",
        venue: "Edinburgh University Press",
        year: 2021,
        summary: "Winner of a book prize.",
      }),
      expect.objectContaining({
        title: "Tides of Work",
        venue: "Manchester University Press",
        year: 2018,
        summary: "co-edited with Iain Fraser",
      }),
    ]);
  });

  it("GIVEN a job of role, organisation and city and a bold degree with an acronym for where WHEN imported THEN both are titled at their organisation, the city said after", async () => {
    const { knowledge } = await importProfile(
      "# Jonas Berg\n\n## Experience\n\n### Postdoctoral Fellow, University of Alberta, Edmonton (2015–2018)\nWorked on caribou migration models.\n\n## Education\n\n**MSc in Biology**, NTNU, 2010\n",
    );

    expect(sectionOf(knowledge, "positions")?.entries).toEqual([
      expect.objectContaining({
        title: "Postdoctoral Fellow at University of Alberta",
        role: "Postdoctoral Fellow",
        summary: expect.stringContaining("in Edmonton"),
      }),
    ]);
    expect(sectionOf(knowledge, "education")?.entries).toEqual([
      expect.objectContaining({ title: "MSc in Biology at NTNU", year: 2010 }),
    ]);
    expect(sectionOf(knowledge, "education")?.entries[0]?.venue).toBeUndefined();
  });

  it("GIVEN a labelled line right under a bold degree line WHEN imported THEN it says more about that degree, and a 'Languages:' line after it still stands alone", async () => {
    const { knowledge } = await importProfile(
      "# Jonas Berg\n\n## Education\n\n**PhD in Ecology**, University of Oslo, 2015\nThesis: *Lemming cycles and predator dynamics*\n\n**MSc in Biology**, NTNU, 2010\nLanguages: Norwegian, English\n",
    );

    expect(sectionOf(knowledge, "education")?.entries[0]).toMatchObject({
      title: "PhD in Ecology at University of Oslo",
      summary: "Thesis: Lemming cycles and predator dynamics",
    });
    expect(titles(knowledge, "skills")).toEqual(["Languages"]);
  });

  it("GIVEN a talk as a quoted title, a dash, then 'EuroLLVM 2023, Glasgow' WHEN imported THEN the entry is titled by the quote, keeps 'EuroLLVM 2023, Glasgow' as written with its year, and says where the talk was", async () => {
    const { knowledge } = await importProfile(
      '# Mirela Dragomir\n\nCompiler engineer in Bucharest.\n\n## Talks\n\n- "Vectorizing for RISC-V without tears" — EuroLLVM 2023, Glasgow\n- "Incremental parsing in practice" — RustConf 2022, Portland\n',
    );

    const talks = knowledge.sections.find((s) => s.title === "Talks")?.entries ?? [];
    expect(talks[0]).toMatchObject({
      title: "Vectorizing for RISC-V without tears",
      summary: "At EuroLLVM 2023, Glasgow",
      year: 2023,
    });
    const where = await (await testEngine({ knowledge })).answer("where was ur EuroLLVM talk");
    expect(where.abstained).toBe(false);
    expect(where.answer).toContain("Glasgow");
  });

  it("GIVEN a bold position line, a line going on with it, then 'PI: Prof. Lena Åkesson' WHEN imported THEN the PI is part of the position, and 'who is ur PI' names her", async () => {
    const { knowledge } = await importProfile(
      "# Nasrin Farahani\n\nEpidemiologist.\n\n## Current position\n\n**Postdoctoral Researcher**, Department of Medical Epidemiology,\nKarolinska Institutet, Stockholm. September 2022 – present.\nPI: Prof. Lena Åkesson. Funded by a postdoctoral fellowship.\n",
    );

    const entries = knowledge.sections.flatMap((s) => s.entries);
    expect(entries.map((e) => e.title)).not.toContain("PI");
    const position = entries.find((e) => e.role === "Postdoctoral Researcher");
    expect(position?.summary).toContain("PI: Prof. Lena Åkesson");
    const pi = await (await testEngine({ knowledge })).answer("who is ur PI at karolinska");
    expect(pi.abstained).toBe(false);
    expect(pi.answer).toContain("Lena Åkesson");
  });

  it("GIVEN an opening that greets and says what the owner shipped, over a table of games WHEN imported THEN the greeting is in no entry or headline and the games section holds only the games", async () => {
    const { knowledge } = await importProfile(
      "# Projects — Kenji Watanabe\n\nHello! I'm a game developer in Kyoto. These are the games I've shipped.\n\n| Year | Game | Role |\n|---|---|---|\n| 2023 | Mossheart | Lead programmer |\n| 2021 | Paper Tides | Solo developer |\n",
    );

    expect(knowledge.person.headline).toBe("I'm a game developer in Kyoto.");
    expect(titles(knowledge, "projects")).toEqual(["Mossheart", "Paper Tides"]);
    const all = knowledge.sections.flatMap((s) => s.entries);
    expect(all.filter((e) => /Hello/.test(`${e.title} ${e.summary}`))).toEqual([]);
  });

  it("GIVEN a README whose HTML title is followed by a tagline heading and emoji bullets WHEN imported THEN the tagline is the headline and the bullets are grouped by what they hold", async () => {
    const { knowledge } = await importProfile(
      '<h1 align="center">Hi 👋, I\'m Marta Kowalczyk</h1>\n<h3 align="center">Security engineer who breaks things so you don\'t have to</h3>\n\n- 🌱 I’m currently learning **Zig**\n- 📫 How to reach me **marta@example.pl**\n\n### 🛠 Tools\n\n- Go, Rust, AFL++\n',
    );

    expect(knowledge.person).toMatchObject({
      name: "Marta Kowalczyk",
      headline: "Security engineer who breaks things so you don't have to",
      contact: "marta@example.pl",
    });
    expect(knowledge.sections.map((s) => s.title)).not.toContain(
      "Security engineer who breaks things so you don't have to",
    );
  });

  it("GIVEN a CV titled only 'Curriculum Vitae' that opens with a bold name, what the person does, a city, then a contact line WHEN imported THEN the name, headline and contact are the person's and the summary is no contact line", async () => {
    const { knowledge } = await importProfile(
      "# Curriculum Vitae\n\n**Amara Nwosu** · Structural engineer · Nairobi, Kenya\namara@example.co.ke · [LinkedIn](https://linkedin.com/in/amara)\n\n## Employment\n\n- Senior Engineer, Buro Happold, 2014–2020\n",
    );

    expect(knowledge.person).toMatchObject({
      name: "Amara Nwosu",
      headline: "Structural engineer in Nairobi, Kenya",
      contact: "amara@example.co.ke · https://linkedin.com/in/amara",
    });
    expect(knowledge.person.summary).not.toContain("@");
  });

  it("GIVEN an 'Outside work' heading over hobbies WHEN imported THEN it is a section of interests, and the owner's job is not filed under it", async () => {
    const { knowledge } = await importProfile(
      "# About Lucía Ferreyra\n\nLucía Ferreyra is a veterinary epidemiologist at the University of Buenos Aires.\n\n## Outside work\n\nShe plays the bandoneon in a tango orchestra and runs half-marathons.\n",
    );

    const outside = knowledge.sections.find((s) => s.title === "Outside work");
    expect(outside?.description).toBe("Interests, topics and hobbies");
    expect(outside?.entries.map((e) => e.summary)).toEqual([
      "She plays the bandoneon in a tango orchestra and runs half-marathons.",
    ]);
  });

  it("GIVEN job lines under a heading that names no kind, one written 'Role, Firm (2015–)' WHEN imported THEN both are jobs in that section, the open range said as 'since'", async () => {
    const { knowledge } = await importProfile(
      "# Ines Halvorsen\n\nArchitect in Bergen.\n\n## Practice\n\n- Partner, Halvorsen Lund Arkitekter (2015–)\n- Project architect, Snøhetta, Oslo (2009–2015)\n",
    );

    expect(sectionOf(knowledge, "positions")).toMatchObject({
      title: "Practice",
      entries: expect.arrayContaining([
        expect.objectContaining({
          title: "Partner at Halvorsen Lund Arkitekter",
          summary: "since 2015",
          role: "Partner",
        }),
        expect.objectContaining({
          title: "Project architect at Snøhetta",
          summary: "in Oslo, 2009–2015",
        }),
      ]),
    });
  });

  it("GIVEN a degree written as a capitalised abbreviation and a talk dated in March WHEN imported THEN the first is a degree and the second no degree", async () => {
    const { knowledge } = await importProfile(
      "## Education\n\n- MArch, Oslo School of Architecture and Design, 2009\n\n## Talks\n\n| When | Event |\n|---|---|\n| March 2024 | Nordic Timber Conference |\n",
    );

    expect(titles(knowledge, "education")).toEqual([
      "MArch at Oslo School of Architecture and Design",
    ]);
    expect(titles(knowledge, "talks")).toEqual(["Nordic Timber Conference"]);
  });

  it("GIVEN a bold job of role, organisation and school with an open date range in brackets WHEN imported THEN it is the role at both, the role alone in its field, the range as the source writes it", async () => {
    const { knowledge } = await importProfile(
      "## Teaching\n\n- **Adjunct lecturer, Northwestern University, Medill School of Journalism** (2021 – present): every spring I teach Data Reporting.\n",
    );

    expect(knowledge.sections.flatMap((s) => s.entries)).toEqual([
      expect.objectContaining({
        title: "Adjunct lecturer at Northwestern University, Medill School of Journalism",
        role: "Adjunct lecturer",
        summary: "(2021 – present) every spring I teach Data Reporting.",
        year: 2021,
      }),
    ]);
  });

  it("GIVEN a prose sentence naming a degree at a university and quoting the thesis WHEN imported THEN the entry is titled by the degree at the university", async () => {
    const { knowledge } = await importProfile(
      '# About Miriam Adeyemi\n\nMiriam Adeyemi is a roboticist in Edinburgh.\n\n## Background\n\nShe earned her PhD in Robotics at ETH Zurich in 2011, advised by Prof. Rolf Keller; her thesis was "Compliant Grasping with Pneumatic Fingers".\n',
    );

    expect(titles(knowledge, "education")).toEqual(["PhD in Robotics at ETH Zurich"]);
  });

  it("GIVEN a CV whose title has letters after the name and whose jobs open with a bold date range WHEN imported THEN the name is found and each job is titled at its organisation, the city and dates said after", async () => {
    const { knowledge } = await importProfile(
      "# Dr Ana Ruiz, BVSc MSc\n\nVet · Seville\n\n## Professional experience\n\n**2019–present** State Veterinarian, Andalusian Parks Service (APS), Seville\nLeads disease surveillance.\n\n**2015–2019** Field Veterinarian, Lynx Recovery Project, Doñana\n",
    );

    expect(knowledge.person.name).toBe("Ana Ruiz");
    expect(sectionOf(knowledge, "positions")?.entries).toEqual([
      expect.objectContaining({
        title: "State Veterinarian at Andalusian Parks Service (APS)",
        role: "State Veterinarian",
        summary: "in Seville, 2019–present. Leads disease surveillance.",
        year: 2019,
      }),
      expect.objectContaining({
        title: "Field Veterinarian at Lynx Recovery Project",
        summary: "in Doñana, 2015–2019",
        year: 2015,
      }),
    ]);
  });

  it("GIVEN an About page with 'Where to find my work' and sentences about a workshop WHEN imported THEN neither is taken for jobs or papers", async () => {
    const { knowledge } = await importProfile(
      "# About me\n\nI'm Greta Lindholm, a potter in Visby.\n\n## The workshop\n\nMy workshop is in an old limestone barn outside Visby. I apprenticed with the potter Anders Berg before opening my own workshop in 2017.\n\n## Where to find my work\n\nMy pieces are sold at the Gotland Art Museum shop.\n",
    );

    expect(sectionOf(knowledge, "publications")).toBeUndefined();
    const where = knowledge.sections.find((s) => s.title === "Where to find my work");
    expect(where?.description).not.toMatch(/jobs/i);
    expect(knowledge.sections.find((s) => s.title === "The workshop")?.entries).toHaveLength(2);
  });

  it("GIVEN a README opening with bold labels and a list of posts led by ISO months WHEN imported THEN the headline has no label and each post is titled by its own title", async () => {
    const { knowledge } = await importProfile(
      "## Hey there, I'm Rui Tanaka\n\n**Role:** Platform engineer at Quayside Logistics <br>\n**Previously:** backend developer at Bol.com, 2016–2020\n\n### Recent writing\n\n- 2024-03 · [Why we left Helm](https://ruit.dev/helm) — our move to plain Kustomize\n- 2023-11 · [On-call without burnout](https://ruit.dev/oncall)\n",
    );

    expect(knowledge.person.headline).toBe("Platform engineer at Quayside Logistics");
    expect(sectionOf(knowledge, "publications")?.entries).toEqual([
      expect.objectContaining({ title: "Why we left Helm", year: 2024 }),
      expect.objectContaining({ title: "On-call without burnout", year: 2023 }),
    ]);
  });

  it("GIVEN dated exhibition lines of year, italic title and venue, a table of projects under a page title, and a decade WHEN imported THEN each line is one entry, the rows are projects and the decade is no year", async () => {
    const { knowledge, report } = await importProfile(
      "# Selected commissions — Paulo Mendes\n\nLandscape photographer based in Lisbon.\n\n| Client | Project | Year |\n|---|---|---|\n| Visit Azores | Nine islands campaign | 2021 |\n\n## Exhibitions\n\n- 2022 · *Granite and Fog* · Solo show at Galeria Quadrum, Lisbon\n- 2018 · *Coastlines* · Group show at Centro Português de Fotografia, Porto\n\n## Gear\n\nA 1970s Linhof field camera and a lot of coffee.\n",
    );

    expect(titles(knowledge, "projects")).toEqual(["Nine islands campaign"]);
    const exhibitions = knowledge.sections.find((s) => s.title === "Exhibitions");
    expect(exhibitions?.entries).toEqual([
      expect.objectContaining({ title: "Granite and Fog", year: 2022 }),
      expect.objectContaining({ title: "Coastlines", year: 2018 }),
    ]);
    expect(report.dropped).toEqual([]);
  });

  it("GIVEN a paper conservator's opening and an investigation named 'Paper Trail' among investigations WHEN imported THEN neither is taken for a paper", async () => {
    const { knowledge } = await importProfile(
      "# About Hamid Rezaei\n\nHamid Rezaei is a bookbinder and paper conservator who runs Rezaei Bindery in Leeds.\n\n## Selected investigations\n\n- **Water Lines** (2023). I mapped lead service lines in 38 towns.\n- **Paper Trail** (2019). I scraped 2.1 million eviction court records.\n",
    );

    expect(sectionOf(knowledge, "publications")).toBeUndefined();
    const investigations = knowledge.sections.find((s) => s.title === "Selected investigations");
    expect(investigations?.entries.map((e) => e.title)).toEqual(["Water Lines", "Paper Trail"]);
  });

  it("GIVEN numbered references led by the owner's bold initials and an italic title WHEN imported THEN each paper is its own entry titled by its italic title, with venue and year", async () => {
    const { knowledge } = await importProfile(
      "# Priya Raman\n\n## Selected publications\n\n1. **P. Raman**, X. Lemaire. *A Verified Parser Generator for LR(1) Grammars*. In POPL 2021. Distinguished Paper Award.\n2. **P. Raman**, A. Myles. *Certified Parsing in Coq*. In ITP 2017.\n",
    );

    expect(sectionOf(knowledge, "publications")?.entries).toEqual([
      expect.objectContaining({
        title: "A Verified Parser Generator for LR(1) Grammars",
        venue: "POPL",
        year: 2021,
        summary: "P. Raman, X. Lemaire. Distinguished Paper Award.",
      }),
      expect.objectContaining({ title: "Certified Parsing in Coq", venue: "ITP", year: 2017 }),
    ]);
  });

  it("GIVEN a dated job of role, school and university WHEN imported THEN it is the role at both", async () => {
    const { knowledge } = await importProfile(
      "## Appointments\n\n- 2021–present: Assistant Professor, School of Computer Science, University of Bristol\n",
    );

    expect(sectionOf(knowledge, "positions")?.entries).toEqual([
      expect.objectContaining({
        title: "Assistant Professor at School of Computer Science, University of Bristol",
        summary: "2021–present",
        role: "Assistant Professor",
      }),
    ]);
  });

  it("GIVEN a bold role, its company and its dates in brackets, with bullets under it WHEN imported THEN the title is the role at the company and the dates are said after", async () => {
    const { knowledge } = await importProfile(
      "## Experience\n\n- **Staff Engineer**, Celonis (2021–now)\n  - Mentored 5 engineers\n",
    );

    expect(sectionOf(knowledge, "positions")?.entries).toEqual([
      expect.objectContaining({
        title: "Staff Engineer at Celonis",
        summary: "2021–now. Mentored 5 engineers",
        year: 2021,
      }),
    ]);
  });
});

describe("a summary where the source has no prose to make one of", () => {
  it("GIVEN a README of one headline, emoji lines about the owner and a projects list WHEN imported THEN the summary says those lines as written and names no project", async () => {
    const { knowledge } = await importProfile(
      [
        "# Hi, I'm Lea Brandt",
        "",
        "I'm a firmware developer in Graz who writes drivers for e-bike motors.",
        "",
        "- 🌱 I’m currently learning Zig",
        "- 💬 Ask me about CAN bus, Zephyr and battery management",
        "",
        "## Projects",
        "",
        "- **canmon** — a CAN bus monitor for the terminal",
        "- **bms-sim** — a battery pack simulator",
        "",
      ].join("\n"),
    );

    expect(knowledge.person.summary).toContain("I’m currently learning Zig");
    expect(knowledge.person.summary).toContain("Ask me about CAN bus");
    expect(knowledge.person.summary).not.toMatch(/canmon|bms-sim/);
  });
});

describe("a job said in prose", () => {
  it("GIVEN an opening sentence saying what the owner does 'for a living at' an organisation WHEN imported THEN it is a job, and 'where do u work' finds it", async () => {
    const { knowledge } = await importProfile(
      [
        "# Hey, I'm Tavita Faleolo",
        "",
        "I repair ship engines for a living at **Apia Marine Works** in Samoa. Before that I spent three years at sea.",
        "",
        "## Boats",
        "",
        "- **Manaia** — a 1962 wooden ketch I restored",
        "",
      ].join("\n"),
    );

    const jobs = knowledge.sections.find((s) => s.id === "positions");
    expect(jobs?.entries.map((e) => e.title)).toEqual(["Apia Marine Works"]);
    const result = await askOffline(knowledge, {
      cases: [{ id: "w1", kind: "fact", q: "where do u work", must: [["Apia Marine Works"]] }],
      match: "substring",
    });
    expect(result.failed).toEqual([]);
  });
});

describe("a page titled by a firm", () => {
  it("GIVEN a page titled 'Projects — Ana Petrescu Design', 'led by Ana Petrescu' in its opening WHEN imported THEN the owner's name is Ana Petrescu, not the firm", async () => {
    const { knowledge } = await importProfile(
      "# Projects — Ana Petrescu Design\n\nSmall studio in Iași, led by Ana Petrescu. We design type and signage.\n\n| Project | Year |\n|---|---|\n| Iași Metro signage | 2022 |\n",
    );

    expect(knowledge.person.name).toBe("Ana Petrescu");
  });

  it("GIVEN a page titled by a firm named after no one ('Lantern Moth Studio') WHEN imported THEN the firm is not taken for a person's name", async () => {
    const { knowledge } = await importProfile(
      "# Lantern Moth Studio\n\nA two-person games studio in Montréal. We make cozy puzzle games.\n\n## Games\n\n- **Lanternfall** — a puzzle game about moths\n",
    );

    expect(knowledge.person.name).toBeUndefined();
  });
});

describe("the word 'paper'", () => {
  it("GIVEN a workshop that ends with children folding 'a paper boat' WHEN imported THEN it is no publication", async () => {
    const { knowledge } = await importProfile(
      '# About me\n\nI\'m Lia Costa, a potter in Faro. I make tableware for restaurants.\n\nMy workshop for children, "Clay Day", lasts an hour and ends with everyone folding a paper boat.\n\nI swim every morning.\n',
    );

    const section = knowledge.sections.find((s) => s.entries.some((e) => e.title === "Clay Day"));
    expect(section?.id).not.toBe("publications");
  });
});

describe("a thing of the owner's named in the opening", () => {
  it("GIVEN an opening 'My studio, Ffwrn Pottery, sits in an old barn …' WHEN imported THEN the studio is an entry of its own, and 'whats ur studio called' finds its name", async () => {
    const { knowledge } = await importProfile(
      "# About Carys\n\nI'm Carys Pritchard, a potter in north Wales. My studio, Ffwrn Pottery, sits in an old cattle barn near Llangynog, and I have worked there since 2015.\n\nMost of what I make is tableware: mugs, bowls and jugs meant to be used every day.\n",
    );

    expect(knowledge.sections.flatMap((s) => s.entries.map((e) => e.title))).toContain(
      "Ffwrn Pottery",
    );
    const result = await askOffline(knowledge, {
      cases: [{ id: "s1", kind: "fact", q: "whats ur studio called", must: [["Ffwrn Pottery"]] }],
      match: "substring",
    });
    expect(result.failed).toEqual([]);
  });
});
