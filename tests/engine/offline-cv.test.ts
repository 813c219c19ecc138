import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// Small profiles shaped like a CV's draft: positions whose text opens with the place and a
// range of dates, degrees with their year.
const cv = aKnowledge({
  person: {
    name: "Ines Moreau",
    headline: "Structural engineer in Lyon",
    summary: "Structural engineer working on timber bridges.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "positions",
      title: "Experience",
      description: "Jobs, positions and work experience",
      entries: [
        anEntry({
          id: "lead",
          title: "Lead Engineer at Arbora Ingénierie",
          summary: "in Lyon, since 04/2020. Heads a lab of 5 engineers and 3 apprentices.",
          year: 2020,
          role: "Lead Engineer",
        }),
        anEntry({
          id: "engineer",
          title: "Bridge Engineer at Castellane Ouvrages",
          summary: "in Grenoble, 02/2014 – 03/2020. Footbridges and timber decks",
          year: 2014,
          role: "Bridge Engineer",
        }),
      ],
    }),
    aSection({
      id: "education",
      title: "Education",
      description: "Degrees, studies and universities",
      entries: [
        anEntry({
          id: "meng",
          title: "MEng",
          summary: "École Centrale de Lyon, 2013",
          year: 2013,
        }),
      ],
    }),
  ],
});

describe("offline answers on a CV's positions and degrees", () => {
  it("GIVEN a position whose text gives a range '02/2014 – 03/2020' WHEN asked when they started at that employer THEN the answer gives the position and its start", async () => {
    const engine = await testEngine({ knowledge: cv });
    const result = await engine.answer("when did u start at castellane");
    expect(result.answer).not.toMatch(/doesn't give/);
    expect(result.answer).toMatch(/02\/2014/);
  });

  it("GIVEN a degree with its year WHEN asked when they graduated THEN the answer gives the degree's year", async () => {
    const engine = await testEngine({ knowledge: cv });
    const result = await engine.answer("when did u graduate");
    expect(result.answer).not.toMatch(/doesn't give/);
    expect(result.answer).toMatch(/2013/);
  });

  it("GIVEN a position that 'heads a lab of 5 engineers and 3 apprentices' WHEN asked how big the team is THEN the answer gives that sentence", async () => {
    const engine = await testEngine({ knowledge: cv });
    const result = await engine.answer("how big is ur team");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/5 engineers/);
  });
});
