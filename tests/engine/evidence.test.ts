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

  it("GIVEN a firm where he 'leads its bridges team of nine engineers' WHEN asked how many people work there in total THEN the number is missing; asked how big his bridges team is THEN the nine answers", async () => {
    const entries = [
      entry(
        "firm",
        "Associate Director, Hartigan Rowe Structures",
        "I joined Hartigan Rowe Structures in Leeds in 2011 and lead its bridges team of nine engineers.",
      ),
    ];
    expect(
      (await askInline(entries, "how many people work at hartigan rowe in total")).abstained,
    ).toBe(true);
    const team = await askInline(entries, "how big is ur bridges team");
    expect(team.abstained).toBe(false);
    expect(team.answer).toContain("nine engineers");
  });

  it("GIVEN a lab's cluster 'shared with two neighbouring groups' WHEN asked how many people are in the lab THEN the number is missing: groups are no head count", async () => {
    const entries = [
      entry(
        "postdoc",
        "Postdoctoral fellow, Lindgaard Lab",
        "Since 2022 I have been a postdoc in the Lindgaard Lab, where I run the analysis cluster shared with two neighbouring groups.",
      ),
    ];
    expect((await askInline(entries, "how many people are in the lindgaard lab")).abstained).toBe(
      true,
    );
  });

  it("GIVEN a preprint 'led by PhD student Aksel Brandt' WHEN asked who else was on it besides Aksel THEN no other name is given; GIVEN one written 'with Mira Holt' THEN she answers", async () => {
    const alone = [
      entry("preprint", "Kidney organoids", "A 2025 preprint led by PhD student Aksel Brandt."),
    ];
    expect(
      (await askInline(alone, "who else was on the organoid preprint besides aksel")).abstained,
    ).toBe(true);
    const shared = [
      entry(
        "preprint",
        "Kidney organoids",
        "A 2025 preprint led by PhD student Aksel Brandt, written with Mira Holt.",
      ),
    ];
    const other = await askInline(shared, "who else was on the organoid preprint besides aksel");
    expect(other.answer).toContain("Mira Holt");
  });

  it("GIVEN 'with my brother Alasdair I am restoring a 1972 narrowboat' WHEN asked what his brother Alasdair does for a living THEN the brother's job is said to be missing", async () => {
    const entries = [
      entry(
        "boat",
        "Narrowboat restoration",
        "With my brother Alasdair I am restoring a 1972 narrowboat called Merlin.",
      ),
    ];
    const result = await askInline(entries, "what does ur brother alasdair do for a living");
    expect(result.abstained).toBe(true);
    expect(result.answer).toContain("job of the brother");
  });

  it("GIVEN a talk titled with the name 'LLVM's RISC-V backend' and an entry 'LLVM: 70 patches to the RISC-V backend' WHEN asked how many patches went to the LLVM RISC-V backend THEN the entry giving the count answers; GIVEN an award named 'Best MSc Thesis' THEN who supervised the MSc thesis is answered by the degree", async () => {
    const entries = [
      entry(
        "llvm",
        "LLVM",
        "More than 70 patches to the RISC-V backend; commit access since 2022.",
      ),
      entry(
        "talk",
        "LLVM's RISC-V backend and vector code generation",
        "LLVM's RISC-V backend and vector code generation.",
      ),
      entry(
        "msc",
        "MSc Electrical Engineering",
        "Thesis on low-latency FFT cores, supervised by Dr. Mirjam Kuipers.",
      ),
      entry("award", "Delft Best MSc Thesis in Microelectronics", "For my FFT thesis, in 2013."),
    ];
    const patches = await askInline(
      entries,
      "how many patches have u sent to the LLVM RISC-V backend",
    );
    expect(patches.abstained).toBe(false);
    expect(patches.answer).toContain("70 patches");
    const supervised = await askInline(entries, "who supervised ur MSc thesis");
    expect(supervised.abstained).toBe(false);
    expect(supervised.answer).toContain("Mirjam Kuipers");
  });

  it("GIVEN 'in 2017 I co-founded Streets for Everyone Philly' WHEN asked 'when did u found' or 'co-found' it THEN 2017 answers: after 'did', 'found' is to found, not 'find'", async () => {
    const entries = [
      entry(
        "streets",
        "Streets for Everyone Philly",
        "In 2017 I co-founded Streets for Everyone Philly with my friend Marcus Delacroix, a paediatric nurse.",
      ),
      entry(
        "award",
        "Advocacy award",
        "In 2023 a planners' network named us its organization of the year.",
      ),
    ];
    for (const q of [
      "when did u co-found streets for everyone philly",
      "when did u found streets for everyone philly",
    ]) {
      const result = await askInline(entries, q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toContain("2017");
    }
  });

  it("GIVEN 'since March 2022 I've been a staff engineer at Fernway' and, filed under an open-source project, the companies that run it, Fernway among them WHEN asked when they started at Fernway THEN the job's date answers", async () => {
    const knowledge: Knowledge = {
      person: {
        headline: "A site-reliability engineer.",
        summary: "I keep payments up.",
        voice: "first-person",
      },
      sections: [
        {
          id: "work",
          title: "Work",
          description: "Jobs",
          entries: [
            entry(
              "fernway",
              "Staff engineer, Fernway",
              "Since March 2022 I've been a staff engineer at Fernway, a card-payments company.",
            ),
          ],
        },
        {
          id: "quietpager",
          title: "quietpager",
          description: "My open-source alert router",
          entries: [
            entry(
              "users",
              "Who uses quietpager",
              "At least 40 companies run quietpager in production, including Fernway and Tallyhop.",
            ),
          ],
        },
      ],
    };
    const result = await (await testEngine({ knowledge })).answer("when did u start at fernway");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/March 2022/);
  });

  it("GIVEN 'co-supervised two MSc theses: Femke Dijkstra's on …' WHEN asked whose theses THEN the names answer; GIVEN theses named by topic alone THEN it says no name is given", async () => {
    const named = [
      entry(
        "msc",
        "MSc thesis supervision",
        "I have co-supervised two MSc theses: Femke Dijkstra's on code-switching (2023) and Yusuf Demir's on tokenizers (2024).",
      ),
    ];
    const result = await askInline(named, "whose MSc theses have u co-supervised");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Femke Dijkstra/);
    const unnamed = [
      entry(
        "msc",
        "MSc thesis supervision",
        "I have co-supervised two MSc theses, on code-switching (2023) and on tokenizers (2024).",
      ),
    ];
    expect((await askInline(unnamed, "whose MSc theses have u co-supervised")).abstained).toBe(
      true,
    );
  });

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

describe("offline answers to measures, counts, languages and places in the entry's words", () => {
  it("GIVEN '~750K RPS, 61µs P99.9' WHEN asked requests per second or latency THEN it answers; GIVEN an entry with no time in it WHEN asked its latency THEN it abstains", async () => {
    expect((await ask("shipped", "how many requests per second does machnet do")).answer).toMatch(
      /750K RPS/,
    );
    expect((await ask("shipped", "what latency does backdraft get")).abstained).toBe(true);
    expect((await ask("dvorakova", "what latency do the gas sensors have")).abstained).toBe(true);
    expect((await ask("dvorakova", "how high can the drones fly")).answer).toMatch(/3,000 metres/);
  });

  it("GIVEN 'plays video at 60 FPS' WHEN asked frames per second THEN it answers, the figure being no age; GIVEN another project WHEN asked its fps THEN it abstains", async () => {
    expect(
      (await ask("vermeulen", "how many frames per second does pixelwall play")).answer,
    ).toMatch(/60 FPS/);
    expect((await ask("vermeulen", "what fps does kestrel run at")).abstained).toBe(true);
  });

  it("GIVEN 'a team of five' and 'a group of seven' WHEN asked how many people THEN the word answers", async () => {
    expect((await ask("vermeulen", "how many ppl r on ur team at brightlane")).answer).toMatch(
      /team of five/,
    );
    expect((await ask("dvorakova", "how many people are in her group")).answer).toMatch(/seven/);
  });

  it("GIVEN 'deep experience with CXL' WHEN asked how much CXL experience THEN that entry answers, not a demand for a number", async () => {
    const result = await ask("shipped", "how much cxl experience do u have");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/deep experience/);
  });

  it("GIVEN 'ApacheBench extended with…' in the owner's projects WHEN asked 'did u write any http benchmarking tools' THEN it answers; GIVEN a kind no entry is WHEN asked THEN it abstains", async () => {
    expect((await ask("shipped", "did u write any http benchmarking tools")).answer).toMatch(
      /httpd-ab/,
    );
    expect((await ask("shipped", "did u write any compilers")).abstained).toBe(true);
  });

  it("GIVEN 'firmware in Zig' WHEN asked its language THEN Zig answers; GIVEN 'extended with nanosecond timing' or a place after 'in' WHEN asked a language THEN it abstains", async () => {
    expect(
      (await ask("vermeulen", "what language is the kestrel firmware written in")).answer,
    ).toMatch(/Zig/);
    expect((await ask("shipped", "what language is httpd-ab written in")).abstained).toBe(true);
    expect((await ask("vermeulen", "what language is solder sundays written in")).abstained).toBe(
      true,
    );
    expect(
      (await ask("vermeulen", "which hardware description languages do u write in")).answer,
    ).toMatch(/VHDL and SystemVerilog/);
  });

  it("GIVEN 'since 2018' and no end WHEN asked when it ends or when she left THEN it abstains; GIVEN 'every April and October' WHEN asked when it happens THEN it answers", async () => {
    expect((await ask("dvorakova", "when does the stromboli survey end")).abstained).toBe(true);
    expect((await ask("dvorakova", "when did she leave masaryk")).abstained).toBe(true);
    expect((await ask("dvorakova", "when does the stromboli survey happen")).answer).toMatch(
      /April and October/,
    );
  });

  it("GIVEN no names in an entry WHEN asked who else worked on it THEN it abstains", async () => {
    expect((await ask("shipped", "who else worked on machnet with u")).abstained).toBe(true);
    expect((await ask("dvorakova", "who else is in her group")).abstained).toBe(true);
  });

  it("GIVEN no pay in a job entry WHEN asked what they pay the owner THEN it abstains", async () => {
    expect((await ask("dvorakova", "what do they pay her at masaryk")).abstained).toBe(true);
    expect((await ask("vermeulen", "how much do u make")).abstained).toBe(true);
  });

  it("GIVEN a place after an aside ('at a hackerspace in Strijp-S') WHEN asked where it is hosted THEN it answers", async () => {
    expect((await ask("vermeulen", "where do u host solder sundays")).answer).toMatch(/Strijp-S/);
    expect((await ask("dvorakova", "where does she host the quiz")).answer).toMatch(/Veveří/);
  });

  it("GIVEN a lead author of a report and a paper in a venue WHEN asked whether she was involved or published there THEN those entries answer", async () => {
    expect(
      (await ask("dvorakova", "was she involved in the global volcanism report")).answer,
    ).toMatch(/Lead author/);
    expect(
      (await ask("dvorakova", "Has Dr. Dvořáková published in Bulletin of Volcanology?")).answer,
    ).toMatch(/Sulphur dioxide pulses/);
  });

  it("GIVEN 'any talks? list them pls' WHEN answered THEN the talks are listed; GIVEN a talk at FOSDEM WHEN asked if the owner spoke at a conference THEN it answers", async () => {
    const talks = await ask("dvorakova", "any talks? list them pls");
    expect(talks.answer).toMatch(/Breathing mountains/);
    expect(talks.answer).toMatch(/Nine drones, one plume/);
    expect((await ask("vermeulen", "have u ever spoken at a conference")).answer).toMatch(/FOSDEM/);
  });
});

describe("offline answers read labels, asides and compounds", () => {
  const profile = (entries: Entry[]): Knowledge => ({
    person: { headline: "A chef in Porto.", summary: "I cook over fire.", voice: "first-person" },
    sections: [{ id: "about", title: "About", description: "About me", entries }],
  });
  const entry = (id: string, title: string, summary: string): Entry => ({ id, title, summary });
  async function askInline(entries: Entry[], question: string) {
    return (await testEngine({ knowledge: profile(entries) })).answer(question);
  }

  it("GIVEN 'Brasa, a 40-seat restaurant' WHEN asked what the restaurant is called THEN Brasa answers, not an entry that only mentions a restaurant", async () => {
    const entries = [
      entry("farms", "Farms", "I buy from farms within 80 km of the restaurant."),
      entry("brasa", "Brasa, Porto", "I'm the chef of Brasa, a 40-seat restaurant in Porto."),
    ];
    expect((await askInline(entries, "whats ur restaurant called")).answer).toMatch(/Brasa, a 40/);
  });

  it("GIVEN 'Inês Duarte, who runs the dining room' and 'Supervisor: Prof. Alison Hart' WHEN asked who THEN the names answer", async () => {
    const entries = [
      entry(
        "ines",
        "Inês Duarte",
        "We opened it with my partner Inês Duarte, who runs the dining room.",
      ),
      entry("phd", "PhD in History", 'Thesis: "Herring Girls". Supervisor: Prof. Alison Hart'),
    ];
    expect((await askInline(entries, "who runs the dining room")).answer).toMatch(/Inês Duarte/);
    expect((await askInline(entries, "who supervised ur phd")).answer).toMatch(/Alison Hart/);
  });

  it("GIVEN 'nominated for the prize' WHEN asked whether it won the prize THEN it abstains", async () => {
    expect((await ask("hoffmann", "did she win the german jazz prize")).abstained).toBe(true);
  });

  it("GIVEN 'I also wrote a cookbook' WHEN asked 'did u write a book' THEN it answers", async () => {
    const entries = [entry("book", "Fogo Lento", "I also wrote a cookbook, Fogo Lento, in 2022.")];
    expect((await askInline(entries, "did u write a book")).answer).toMatch(/Fogo Lento/);
  });

  it("GIVEN 'Stack: Rust, WASM' and 'a Go library' WHEN asked what they are written in THEN they answer", async () => {
    const entries = [
      entry("inkwell", "Inkwell", "A static-site generator. Stack: Rust, WASM"),
      entry("shedder", "shedder", "A Go library that drops low-priority requests."),
    ];
    expect((await askInline(entries, "which language is inkwell written in")).answer).toMatch(
      /Rust/,
    );
    expect((await askInline(entries, "what language is shedder written in")).answer).toMatch(
      /Go library/,
    );
  });

  it("GIVEN 'a 64-LED simulator' WHEN asked how many LEDs THEN the number answers (LED is no form of 'lead')", async () => {
    const entries = [entry("hanabi", "Hanabi", "My first project: a 64-LED fireworks simulator.")];
    expect((await askInline(entries, "how many leds does hanabi have")).answer).toMatch(/64-LED/);
  });
});

describe("offline answers to the sixth round's kinds of question, on an invented profile", () => {
  const knowledge: Knowledge = {
    person: {
      headline: "A ferry engineer in Oban.",
      summary: "I keep the engines of a small island ferry running.",
      voice: "first-person",
    },
    sections: [
      {
        id: "work",
        title: "Work",
        description: "Jobs",
        entries: [
          {
            id: "ferry",
            title: "Chief engineer, Kerrera Ferries",
            summary:
              "Since 2019 I've been chief engineer at Kerrera Ferries, a six-person crew, with my deputy Morag Tulloch and the deckhands Ewan Baird and Alasdair Coull.",
          },
          {
            id: "yard",
            title: "Fitter, Ardmaleish boatyard",
            summary:
              "From spring 2012 to the end of 2018 I was a fitter at the Ardmaleish boatyard, learning diesel repair from the foreman Hector Munro.",
          },
          {
            id: "walkway",
            title: "Pier walkway",
            summary: "I rebuilt the pier walkway at Cuan, a 40-metre deck of larch.",
          },
          {
            id: "swim",
            title: "Swimming and choir",
            summary:
              "I swim at Ganavan Sands all year round, and I've sung in the Oban Gaelic Choir since 2015.",
          },
        ],
      },
    ],
  };
  async function say(question: string) {
    const engine = await testEngine({ knowledge });
    return engine.answer(question);
  }

  it("GIVEN a stay written 'from spring 2012 to the end of 2018' WHEN asked how long it lasted THEN those years answer", async () => {
    const result = await say("how long were u at the boatyard");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/2012/);
  });

  it("GIVEN a '40-metre deck' WHEN asked how long the walkway is THEN the length answers; GIVEN no length WHEN asked of the ferry THEN it says the length is missing", async () => {
    expect((await say("how long is the pier walkway")).answer).toMatch(/40-metre/);
    const ferry = await say("how long is the kerrera ferry");
    expect(ferry.abstained).toBe(true);
    expect(ferry.answer).toMatch(/length/);
  });

  it("GIVEN the owner's 'since 2019' in an entry naming a colleague WHEN asked when the colleague joined THEN it abstains", async () => {
    expect((await say("when did morag tulloch join kerrera ferries")).abstained).toBe(true);
    expect((await say("what year did ewan baird start on the ferry")).abstained).toBe(true);
  });

  it("GIVEN 'I swim at Ganavan, and I've sung in a choir since 2015' WHEN asked when the swimming started THEN it abstains, and the choir's start answers", async () => {
    expect((await say("when did u start swimming at ganavan sands")).abstained).toBe(true);
    expect((await say("when did u start singing in the choir")).answer).toMatch(/2015/);
  });

  it("GIVEN an entry naming the crew WHEN asked who else works there THEN the others are named", async () => {
    const result = await say("who else works at kerrera ferries");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Ewan Baird/);
  });

  it("GIVEN 'learning diesel repair from the foreman Hector Munro' WHEN asked who taught the owner THEN that name answers", async () => {
    expect((await say("who taught u diesel repair")).answer).toMatch(/Hector Munro/);
  });

  it("GIVEN 'a six-person crew' WHEN asked how many ferries the company runs THEN it abstains", async () => {
    expect((await say("how many ferries does kerrera ferries run")).abstained).toBe(true);
  });

  it("GIVEN no pay in the profile WHEN asked what a chief engineer gets paid THEN it abstains", async () => {
    expect((await say("what does a chief engineer on a ferry get paid")).abstained).toBe(true);
    expect((await say("how much does a ferry engineer like u make")).abstained).toBe(true);
  });

  it("GIVEN dated productions WHEN asked for the first London show or the latest show THEN the earliest or latest of them answers", async () => {
    expect((await ask("pryce", "what was ur first london show")).answer).toMatch(/Yerma/);
    expect((await ask("pryce", "whats ur latest show")).answer).toMatch(/Madama Butterfly/);
    expect((await ask("benali", "what was her first case")).answer).toMatch(/Vercors/);
    expect((await ask("pryce", "what was ur first car")).abstained).toBe(true);
  });
});
