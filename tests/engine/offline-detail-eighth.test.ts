import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// A small made-up profile of a glassblower, written for the eighth round: entries that cover a
// topic but not the detail asked (a total where only a capacity is given, someone else's count).
const glassblower = aKnowledge({
  person: {
    headline: "Tove Lindgren, glassblower in Gothenburg",
    summary: "Tove blows glass and teaches evening classes in her hot shop.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "The hot shop and the classes",
      entries: [
        anEntry({
          id: "evening-class",
          title: "Evening glass class",
          summary:
            "Since 2016 she has taught an 8-week evening class in glassblowing for up to five students at a time.",
        }),
        anEntry({
          id: "weekend-class",
          title: "Weekend paperweight class",
          summary:
            "A weekend class in making paperweights for six people at a time; more than 300 people have taken it.",
        }),
        anEntry({
          id: "hot-shop",
          title: "Norra hot shop",
          summary:
            "She took over the Norra hot shop from her father in 2012, when it had two furnaces. Today she runs four furnaces, and her cousin Nils helps on Fridays.",
        }),
        anEntry({
          id: "kiln-logger",
          title: "Kilnlog",
          summary:
            "Open-source firmware that logs furnace temperatures, with 4 ms P99 latency on a Raspberry Pi and an average drift of 2 degrees a day.",
        }),
        anEntry({
          id: "molten",
          title: "Molten",
          year: 2019,
          summary:
            "Her first solo show, Molten, was at the Röhsska Museum in 2019 and in Oslo in 2021.",
        }),
        anEntry({
          id: "tidewater",
          title: "Tidewater",
          year: 2022,
          summary: "A show of 35 pieces of blown glass at Galleri Glas.",
        }),
        anEntry({
          id: "guild",
          title: "Gothenburg Glass Guild",
          summary:
            "She teaches a taster day for up to four people, and she is one of the founders of the Gothenburg Glass Guild.",
        }),
        anEntry({
          id: "annealer",
          title: "Annealing oven",
          summary: "She rebuilt the annealing oven in 2020; it now holds 30 vases a firing.",
        }),
        anEntry({
          id: "sand-study",
          title: "Sand study",
          summary:
            "From 2019 to 2021 she melted 40 test batches for a Chalmers study on local sand.",
        }),
        anEntry({
          id: "colour-study",
          title: "Colour study",
          summary:
            "A 2023 test of 12 oxides, which found that copper turns greener in a cool kiln.",
        }),
        anEntry({
          id: "murano",
          title: "Apprentice, Murano",
          summary: "She apprenticed for 4 yrs at a glassworks on Murano, Italy.",
        }),
        anEntry({
          id: "studio-job",
          title: "Glassblower at Kosta Studio",
          summary: "Site engineer for 18 months on the studio's new furnace hall.",
        }),
        anEntry({
          id: "team",
          title: "Hot shop team",
          summary: "In the hot shop she leads a team of 6 gaffers.",
        }),
        anEntry({
          id: "sales",
          title: "Vase sales",
          summary: "In a busy year she sells about 900 vases through the shop.",
        }),
        anEntry({
          id: "bowls",
          title: "Bowl sales",
          summary: "She sold 300 bowls at the 2019 Christmas market.",
        }),
        anEntry({
          id: "emberbox",
          title: "Emberbox",
          summary: "Her kiln controller, Emberbox, runs quietly on an Arduino Uno in the hot shop.",
        }),
        anEntry({
          id: "biennale",
          title: "Venice Glass Week",
          year: 2023,
          summary: "Her 5th showing at Venice Glass Week, with a set of blue bowls.",
        }),
        anEntry({
          id: "fair",
          title: "Stockholm Craft Fair",
          year: 2022,
          summary: "She showed a set of green bowls at the Stockholm Craft Fair in 2022.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: glassblower })).answer(q);

describe("offline answers carry the kind of detail asked (eighth round)", () => {
  it("GIVEN a class for up to five students at a time WHEN asked how many students have taken it in total THEN the engine says the number is not given", async () => {
    const result = await ask("how many students have taken her evening class in total");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a class for up to five students at a time WHEN asked how many students can join it THEN the answer gives five", async () => {
    const result = await ask("how many students can join her evening class");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/five students/);
  });

  it("GIVEN a class more than 300 people have taken WHEN asked how many people have taken it in total THEN the answer gives 300", async () => {
    const result = await ask("how many people have taken the paperweight class in total");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/300/);
  });

  it("GIVEN 'she runs four furnaces, and her cousin Nils helps' WHEN asked how many furnaces Nils looks after THEN the engine says the number is not given", async () => {
    const result = await ask("how many furnaces does nils look after");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN 'took it over from her father, when it had two furnaces' WHEN asked how many furnaces her dad started with THEN the engine says the number is not given", async () => {
    const result = await ask("how many furnaces did her dad start out with");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN 'she runs four furnaces' WHEN asked how many furnaces Tove runs THEN the answer gives four", async () => {
    const result = await ask("how many furnaces does tove run");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/four furnaces/);
  });

  it("GIVEN only a P99 latency WHEN asked the median latency THEN the engine says the median is not given", async () => {
    const result = await ask("whats kilnlog's median latency");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/median latency/);
  });

  it("GIVEN an average drift WHEN asked the mean drift THEN the answer gives it", async () => {
    const result = await ask("what is kilnlog's mean drift");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/2 degrees/);
  });

  it("GIVEN a P99 latency WHEN asked the latency THEN the answer gives it", async () => {
    const result = await ask("whats kilnlog's latency");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/4 ms/);
  });

  it("GIVEN a show told with its years only WHEN asked how many pieces were in it THEN the engine says the number is not given", async () => {
    const result = await ask("how many pieces were in molten");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/number of pieces/);
  });

  it("GIVEN a show of 35 pieces WHEN asked how many pieces were in it THEN the answer gives 35", async () => {
    const result = await ask("how many pieces were in tidewater");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/35 pieces/);
  });

  it("GIVEN a taster day for four people and, in another clause, a guild WHEN asked how many members the guild has THEN the engine says the number is not given", async () => {
    const result = await ask("how many members does the glass guild have");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN 'rebuilt the oven; it now holds 30 vases' WHEN asked how many vases the oven holds THEN the answer gives 30", async () => {
    const result = await ask("how many vases does the annealing oven hold");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/30 vases/);
  });

  it("GIVEN a study told without its findings WHEN asked what it found in the end THEN the engine says the finding is not given", async () => {
    const result = await ask("what did the sand study find in the end");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/finding/);
  });

  it("GIVEN a study that found something WHEN asked what it found in the end THEN the answer says it", async () => {
    const result = await ask("what did the colour study find in the end");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/greener/);
  });

  it("GIVEN 'apprenticed for 4 yrs' WHEN asked how long she was on Murano THEN the answer gives the four years", async () => {
    const result = await ask("how long was she on murano");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/4 yrs/);
  });

  it("GIVEN 'site engineer for 18 months' WHEN asked how many people worked at the studio THEN the engine says the number is not given", async () => {
    const result = await ask("how many people worked at kosta studio");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a team of 6 gaffers WHEN asked how many gaffers she leads THEN the answer gives 6", async () => {
    const result = await ask("how many gaffers does she lead in the hot shop");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/6 gaffers/);
  });

  it("GIVEN 'in a busy year she sells about 900 vases' WHEN asked how many vases she sells in a year THEN the answer gives 900", async () => {
    const result = await ask("how many vases does she sell in a year");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/900 vases/);
  });

  it("GIVEN 300 bowls sold at one market WHEN asked how many bowls she sells in a year THEN the engine says the rate is not given", async () => {
    const result = await ask("how many bowls does she sell in a year");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a controller that 'runs quietly on an Arduino Uno' WHEN asked what hardware it runs on THEN the answer names the Arduino", async () => {
    const result = await ask("what hardware does emberbox run on");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Arduino Uno/);
  });

  it("GIVEN 'her 5th showing at Venice Glass Week' WHEN asked how many times she has shown there THEN the answer gives it", async () => {
    const result = await ask("how many times has she shown at venice glass week");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/5th showing/);
  });

  it("GIVEN one showing at a fair, no count WHEN asked how many times she has shown there THEN the engine says the number is not given", async () => {
    const result = await ask("how many times has she shown at the stockholm craft fair");
    expect(result.abstained).toBe(true);
  });
});
