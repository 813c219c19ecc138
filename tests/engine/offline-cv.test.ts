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

  it("GIVEN jobs of which one runs 'since Jun 2020' and the others end WHEN asked where they work now THEN the answer is that job alone", async () => {
    const engine = await testEngine({
      knowledge: jobs(["since Jun 2020", "Sep 2016 – May 2020", "Aug 2013 – Aug 2016"]),
    });
    const result = await engine.answer("where do u work now");
    expect(result.answer).toMatch(/Harbour Trust/);
    expect(result.answer).not.toMatch(/Fenwick Labs|Corran Marine/);
  });

  it("GIVEN jobs that all end, each with its range of dates WHEN asked where they work now THEN the answer is the one begun last", async () => {
    const engine = await testEngine({
      knowledge: jobs(["Aug 2013 – Aug 2016", "Sep 2016 – May 2020", "Jun 2020 – Jan 2024"]),
    });
    const result = await engine.answer("where do u work now");
    expect(result.answer).toMatch(/Corran Marine/);
    expect(result.answer).not.toMatch(/Harbour Trust|Fenwick Labs/);
  });
});

// Three jobs of one kind, at three employers, with the given stretches of time in that order.
function jobs(when: [string, string, string]) {
  const at = ["Harbour Trust, Oban", "Fenwick Labs, Perth", "Corran Marine, Inverness"];
  return aKnowledge({
    person: {
      name: "Rua Moffat",
      headline: "Marine biologist",
      summary: "Marine biologist.",
      voice: "third-person",
    },
    sections: [
      aSection({
        id: "positions",
        title: "Experience",
        description: "Jobs, positions and work experience",
        entries: at.map((place, i) =>
          anEntry({
            id: `job-${i}`,
            title: "Marine Biologist",
            summary: `${place}. ${when[i]}. Surveys of the kelp beds`,
            year: Number(/\d{4}/.exec(when[i] ?? "")?.[0]),
          }),
        ),
      }),
    ],
  });
}

describe("offline answers size a group by any of its names", () => {
  it("GIVEN a bakery with 'a team of 14' WHEN asked how big the staff is THEN the answer opens with the team, before a class's size", async () => {
    const baker = aKnowledge({
      person: { headline: "Baker in Melbourne", summary: "I run a bakery.", voice: "first-person" },
      sections: [
        aSection({
          id: "work",
          title: "Work",
          description: "The bakery and the classes",
          entries: [
            anEntry({
              id: "bakery",
              title: "Maison Example",
              summary: "I opened the bakery in 2017. We bake from 4am; we have a team of 14.",
            }),
            anEntry({
              id: "classes",
              title: "Weekend classes",
              summary: "Twice a month I teach a Saturday class for up to 10 people.",
            }),
          ],
        }),
      ],
    });
    const engine = await testEngine({ knowledge: baker });
    const result = await engine.answer("how big is ur staff");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("team of 14");
    const classSize = result.answer.indexOf("10 people");
    if (classSize >= 0) expect(result.answer.indexOf("team of 14")).toBeLessThan(classSize);
  });
});
