import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// A small made-up profile whose entries' own descriptions answer questions that ask for a
// thing's aim, trick or reach, or ask yes/no in other words than the entry's text uses.
const hydrologist = aKnowledge({
  person: {
    name: "Lena Ortiz",
    headline: "Hydrologist in Valencia",
    summary:
      "I'm Lena Ortiz. I study rivers and floods and write open-source tools for water agencies.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "Jobs I have held",
      entries: [
        anEntry({
          id: "agency",
          title: "Hydrologist, Júcar Water Agency",
          summary: "Since 2018 I have worked at the Júcar Water Agency on drought planning.",
        }),
        anEntry({
          id: "own-lab",
          title: "Ortiz Water Lab",
          summary: "I opened Ortiz Water Lab in Valencia in 2016; it tests well water for farms.",
        }),
        anEntry({
          id: "cedex",
          title: "Researcher, CEDEX",
          summary: "From 2012 to 2016 I modelled reservoirs at CEDEX in Madrid.",
        }),
        anEntry({
          id: "murcia",
          title: "Technician, University of Murcia",
          summary: "From 2008 to 2011 I ran the soil lab at the University of Murcia.",
        }),
        anEntry({
          id: "sediment",
          title: "Sediment study",
          summary: "A 2021 study of the sediment the Turia carries to the sea.",
        }),
      ],
    }),
    aSection({
      id: "life",
      title: "Outside the office",
      description: "Sport and getting about",
      entries: [
        anEntry({
          id: "rowing",
          title: "Rowing to work",
          summary: "I row six kilometres across the harbour each morning.",
        }),
        anEntry({
          id: "kayak",
          title: "Riding",
          summary: "On Sundays I take riders out from Pinedo beach near the Albufera.",
        }),
        anEntry({
          id: "dinghy",
          title: "Garbí",
          summary: "Garbí is a wooden sailing dinghy built in 1962 that I keep at the port.",
        }),
      ],
    }),
    aSection({
      id: "teaching",
      title: "Teaching",
      description: "Courses I teach and took",
      entries: [
        anEntry({
          id: "field-methods",
          title: "Field Methods for Rivers",
          summary:
            "Every autumn I teach an 8-week module on river science fieldwork for about 30 master's students.",
        }),
        anEntry({
          id: "certificate",
          title: "Certificate in River Science, University of Leeds",
          year: 2012,
          summary: "A one-year certificate I took in 2012.",
        }),
        anEntry({
          id: "institute",
          title: "Valencia Water Institute",
          summary:
            "One evening a week I teach the mapping module of the Certificate IV in Hydrography at the Valencia Water Institute.",
        }),
        anEntry({
          id: "evening-class",
          title: "Evening class",
          summary: "I also give an evening class on rain gauges at the local university.",
        }),
        anEntry({
          id: "kayak-survey",
          title: "Kayak survey",
          summary:
            "Each year I lead a river survey by kayak from May to August for 8 people at a time.",
        }),
      ],
    }),
    aSection({
      id: "kit",
      title: "Kit",
      description: "What I work with",
      entries: [
        anEntry({
          id: "my-tools",
          title: "Tools",
          summary: "HEC-RAS, QGIS and an old current meter I lend to students.",
        }),
      ],
    }),
    aSection({
      id: "tools",
      title: "Tools",
      description: "Software I maintain",
      entries: [
        anEntry({
          id: "drizzle",
          title: "Drizzle — rainfall simulator",
          summary:
            "A rainfall simulator that keeps soil tests repeatable by metering every nozzle through a closed-loop valve.",
        }),
        anEntry({
          id: "tidekit",
          title: "Tidekit — estuary model",
          summary: "An estuary model for shallow, well-mixed and salt-wedge estuary layouts.",
          tags: ["layouts"],
        }),
        anEntry({
          id: "gauge-mirror",
          title: "gauge-mirror — river gauge archive",
          summary: "An archive of river gauge readings that mirrors the national feed.",
          tags: ["archive", "up to date", "national"],
        }),
        anEntry({
          id: "floodline",
          title: "Flood maps of the Turia valley",
          summary: "Flood maps for the towns of the Turia valley, redrawn after each storm.",
        }),
        anEntry({
          id: "desk",
          title: "Drought desk",
          summary: "Work on the drought desk, which also takes the odd flood call.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: hydrologist })).answer(q);

describe("offline answers to what a thing is for or how it does it", () => {
  it("GIVEN a simulator described by how it keeps tests repeatable WHEN asked what its trick is THEN the answer is its description, not a missing 'trick'", async () => {
    const result = await ask("how does drizzle keep the tests repeatable, whats the trick");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/closed-loop valve/);
    expect(result.answer).not.toMatch(/doesn't give/);
  });

  it("GIVEN a simulator with a description WHEN asked what the point of it is THEN the answer is its description", async () => {
    const result = await ask("whats the point of the rainfall simulator");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/metering every nozzle/);
  });

  it("GIVEN a model 'for shallow, well-mixed and salt-wedge estuary layouts' WHEN asked which kind of layouts it handles THEN the answer gives them, not a missing 'handle'", async () => {
    const result = await ask("which kind of estuary layouts does ur tidekit model handle");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/salt-wedge/);
  });

  it("GIVEN an archive tagged 'up to date' WHEN asked whether it is kept up to date THEN the answer gives the archive, not 'doesn't say so'", async () => {
    const result = await ask("is gauge-mirror kept up to date with the national feed");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/mirrors the national feed/);
  });

  it("GIVEN an archive that says nothing of being private WHEN asked whether it is kept private THEN the answer says the profile doesn't say so", async () => {
    const result = await ask("is gauge-mirror kept private");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't say so/);
  });

  it("GIVEN flood maps in one entry and 'work' beside a flood call in another WHEN asked 'have you done any flood work' THEN the answer gives the flood maps", async () => {
    const result = await ask("have u done any flood work?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Flood maps for the towns/);
  });

  it("GIVEN a summary saying what the owner studies and one study entry WHEN asked what sort of things they study THEN the answer is the summary, not the one study", async () => {
    const result = await ask("what sort of things do you study");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/rivers and floods/);
  });

  it("GIVEN a job the owner has 'worked at' and an entry 'Rowing to work' WHEN asked how they get to work THEN the answer is the rowing", async () => {
    const result = await ask("how do you get to work");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/row six kilometres/);
    expect(result.answer).not.toMatch(/drought planning/);
  });
});

describe("offline answers to two questions in one", () => {
  it("GIVEN a module that holds the question's words and a certificate titled with two of them WHEN asked how many students the module has and how long it runs THEN the answer gives the module's students and weeks", async () => {
    const result = await ask(
      "how many students in ur river science module and how long does it run",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/8-week module/);
    expect(result.answer).toMatch(/about 30/);
  });

  it("GIVEN a survey 'from May to August for 8 people at a time' WHEN asked how big a group is and what months it runs THEN the answer gives both and names nothing missing", async () => {
    const result = await ask("how big is a kayak survey group and what months does it run");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/from May to August for 8 people/);
    expect(result.answer).not.toMatch(/doesn't give/);
  });

  it("GIVEN a 'wooden sailing dinghy built in 1962' WHEN asked whether it is wood or fibreglass and when it was built THEN the answer gives the dinghy", async () => {
    const result = await ask("is garbi wood or fibreglass, and when was she built");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/wooden sailing dinghy built in 1962/);
  });

  it("GIVEN a survey 'from May to August' WHEN asked what months it runs THEN the answer gives the months", async () => {
    const result = await ask("what months does the kayak survey run");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/from May to August/);
  });
});

// A made-up baker whose earliest job is undated but said to come before all the rest.
const baker = aKnowledge({
  person: {
    name: "Ewan Reid",
    headline: "Ewan Reid bakes bread in Oban.",
    summary: "He runs a bakery by the harbour.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "bakery",
      title: "Bakery",
      description: "His shop",
      entries: [
        anEntry({
          id: "harbour-bread",
          title: "Harbour Bread",
          summary: "Ewan opened Harbour Bread on the Oban seafront in 2015.",
        }),
      ],
    }),
    aSection({
      id: "training",
      title: "Training",
      description: "How he learned",
      entries: [
        anEntry({
          id: "lyon",
          title: "Bread school, Lyon",
          summary: "From 2009 to 2011 he trained at a bread school in Lyon.",
        }),
        anEntry({
          id: "deckhand",
          title: "Deckhand",
          summary: "Before any of that he was a deckhand on a ferry for three years.",
        }),
      ],
    }),
  ],
});

describe("offline answers to what came before", () => {
  it("GIVEN a lab the owner opened and an earlier job in another lab WHEN asked what they did right before opening their lab THEN the answer is the job just before it", async () => {
    const result = await ask("what did you do right before opening your lab");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/CEDEX/);
    expect(result.answer).not.toMatch(/University of Murcia/);
  });

  it("GIVEN an undated job said to come 'before any of that' WHEN asked what the job was before the earliest dated one THEN the answer is that job", async () => {
    const result = await (await testEngine({ knowledge: baker })).answer(
      "what was his job before bread",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/deckhand on a ferry/);
  });
});

// A made-up chair maker: counts in an entry about all his work, sizes in units, a section whose
// name another section's title shares, and a teaching entry that shares a wood's name.
const chairMaker = aKnowledge({
  person: {
    name: "Tomas Berg",
    headline: "Tomas Berg makes chairs in Trondheim.",
    summary: "He designs and builds wooden chairs by hand.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "chairs",
      title: "Chairs",
      description: "Chairs he has made",
      entries: [
        anEntry({
          id: "heron",
          title: "The Heron chair",
          year: 2020,
          summary:
            "A 92.5 cm chair made in 2020 for the Trondheim library. Its seat is a single piece of walnut.",
        }),
        anEntry({
          id: "wren",
          title: "The Wren chair",
          year: 2021,
          summary: "A low rocking chair in ash for a nursery in Bodø.",
        }),
        anEntry({
          id: "gull",
          title: "The Gull chair",
          year: 2022,
          summary: "A dining chair in oak, sold in sets of six.",
        }),
        anEntry({
          id: "kite",
          title: "The Kite chair",
          year: 2023,
          summary: "A folding chair in birch.",
        }),
        anEntry({
          id: "output",
          title: "Work so far",
          summary: "By the end of 2024 he had made 140 pieces: 80 chairs, 40 stools and 20 tables.",
        }),
      ],
    }),
    aSection({
      id: "fairs",
      title: "Chair fairs",
      description: "Fairs where his chairs were shown",
      entries: [
        anEntry({
          id: "stockholm",
          title: "Stockholm chair fair 2023",
          summary:
            "He made a chair live on stage at the Stockholm chair fair in 2023, chair beside chair.",
        }),
      ],
    }),
    aSection({
      id: "teaching",
      title: "Teaching",
      description: "Courses",
      entries: [
        anEntry({
          id: "oak-school",
          title: "Oak School of Chairmaking",
          summary: "Each summer he teaches a chair course at the Oak School of Chairmaking.",
        }),
        anEntry({
          id: "cradle-talk",
          title: "Rocking the baby — a talk",
          summary: "A talk on how cradles were built in Trøndelag, given at the Oak School.",
          tags: ["cradle"],
        }),
        anEntry({
          id: "small-pieces",
          title: "Small pieces",
          summary:
            "Now and then he has built small pieces: a bench for a church, a cradle for his niece.",
        }),
        anEntry({
          id: "loom",
          title: "His grandmother's loom",
          summary:
            "He restored his grandmother's loom in 2018; it is now on loan to the Sverresborg museum.",
        }),
      ],
    }),
  ],
});

const askChairs = async (q: string) => (await testEngine({ knowledge: chairMaker })).answer(q);

describe("offline answers about the things an owner made", () => {
  it("GIVEN one chair entry whose seat is 'a single piece of walnut' and an entry counting 80 chairs WHEN asked how many chairs he has built THEN the answer gives the count", async () => {
    const result = await askChairs("how many chairs has he built");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/80 chairs/);
  });

  it("GIVEN 'a 92.5 cm chair' WHEN asked how big the chair is THEN the answer gives its size", async () => {
    const result = await askChairs("how big is the heron chair");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/92\.5 cm/);
  });

  it("GIVEN his grandmother's loom on loan to a museum WHEN asked where his grandma's loom is now THEN the answer gives the museum", async () => {
    const result = await askChairs("where's his grandma's loom now");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Sverresborg museum/);
  });

  it("GIVEN a section Chairs and a section Chair fairs WHEN asked what chairs he has made THEN the answer lists the Chairs section", async () => {
    const result = await askChairs("what chairs has he made");
    expect(result.abstained).toBe(false);
    for (const name of ["Heron", "Wren", "Gull", "Kite"]) expect(result.answer).toMatch(name);
    expect(result.answer).not.toMatch(/Stockholm/);
  });

  it("GIVEN a chair 'in oak' and a teaching entry at the 'Oak School of Chairmaking' WHEN asked which of his chairs is in oak THEN the answer is that chair alone", async () => {
    const result = await askChairs("which of his chairs is in oak");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Gull chair/);
    expect(result.answer).not.toMatch(/Oak School|Heron/);
  });

  it("GIVEN a talk about cradles that ranks high and an entry with a cradle he made WHEN asked whether he has ever made a cradle THEN the answer includes the cradle he made", async () => {
    const result = await askChairs("has he ever made a cradle?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/a cradle for his niece/);
  });

  it("GIVEN 'I take riders out from Pinedo beach' WHEN asked where they go riding THEN the answer gives the beach", async () => {
    const result = await ask("where do you go riding");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Pinedo beach/);
  });

  it("GIVEN 'I teach the mapping module of the Certificate IV…' WHEN asked which module they teach there THEN the answer gives that module", async () => {
    const result = await ask("which module do u teach at the water institute");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/the mapping module/);
  });

  it("GIVEN a class 'at the local university' WHEN asked which university the class is at THEN the answer says no name is given", async () => {
    const result = await ask("which university is the evening class at");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give/);
  });

  it("GIVEN an entry titled Tools that names programs but no verb WHEN asked what software they model on THEN the answer gives the tools", async () => {
    const result = await ask("what software do u model on");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/HEC-RAS, QGIS/);
  });
});
