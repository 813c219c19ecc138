import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, aKnowledgeOf, anEntry, aSection } from "../builders/knowledge.ts";

// A small made-up profile of a frame builder, written as an owner's own prose is imported: the
// business named only in the headline, facts told in the first person ("six of us", "since
// 2011", "except Sunday"), one fact to an entry.
const framebuilder = aKnowledge({
  person: {
    name: "Mateo Brenner",
    headline:
      "I'm Mateo Brenner, and I run Spoke & Chain, a small bicycle workshop in the Nordend district of Frankfurt.",
    summary:
      "We open at eight every day except Sunday, and we fix about 30 bikes in a normal week.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "about",
      title: "About",
      description: "About and background",
      entries: [
        anEntry({
          id: "welder",
          title: "I did not start out as a welder",
          summary:
            "I did not start out as a welder. I spent eight years as a veterinary nurse at a clinic in Mainz.",
        }),
        anEntry({
          id: "technikum",
          title: "Technikum Dresden",
          year: 2012,
          summary: "In 2012 I took a ten-week painting course at the Technikum in Dresden.",
        }),
        anEntry({
          id: "paint-shop",
          title: "Paint shop",
          summary: "We paint frames for hobby builders in the back room.",
        }),
        anEntry({
          id: "crew",
          title: "Today there are six of us",
          summary: "Today there are six of us, including one apprentice.",
        }),
        anEntry({
          id: "jig",
          title: "The jig",
          summary: "Every frame is built on a brass jig I have used since 2011.",
        }),
        anEntry({
          id: "bertha",
          title: "Bertha",
          summary: "I named the jig Bertha, after my grandmother.",
        }),
        anEntry({
          id: "sundays",
          title: "Sundays",
          summary: "On Sundays, when we are closed, I ride in the Taunus hills.",
        }),
        anEntry({
          id: "award",
          title: "Best Bike Workshop",
          year: 2021,
          summary: "In 2021 we won Best Bike Workshop in the readers' vote of a city magazine.",
        }),
        anEntry({
          id: "brother",
          title: "Jonas",
          summary: "My brother Jonas joined in 2018 and paints the frames.",
        }),
        anEntry({
          id: "tubing",
          title: "Acciaieria Ronchi",
          summary:
            "Since 2016 all our steel has come from Acciaieria Ronchi, a family mill near Brescia.",
        }),
        anEntry({
          id: "radwerk",
          title: "Radwerk",
          summary:
            "At the end of each month we give whatever parts are left to the Radwerk youth project.",
        }),
        anEntry({
          id: "course",
          title: "Frame-building course",
          summary:
            "I teach a frame-building course twice a year, with places for six people each time.",
        }),
        anEntry({
          id: "couriers",
          title: "Clubs abroad",
          summary: "Supported repair clubs in Poland and Czechia with cheap frames.",
        }),
        anEntry({
          id: "tanzania",
          title: "Ride in Tanzania",
          summary: "Rode across Tanzania on one of my frames in 2019.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: framebuilder })).answer(q);

describe("offline answers to plain questions about an imported first-person profile", () => {
  it("GIVEN an entry saying where the steel has come from WHEN asked where the steel comes from THEN the answer names the mill", async () => {
    const result = await ask("where does your steel come from");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Acciaieria Ronchi");
  });

  it("GIVEN a profile that does not say where its owner is from WHEN asked where he is from THEN the engine does not answer with where a thing comes from", async () => {
    const result = await ask("where are you from originally");
    expect(result.answer).not.toContain("Acciaieria Ronchi");
  });

  it("GIVEN 'I did not start out as a welder' WHEN asked what he did before welding THEN that entry answers", async () => {
    const result = await ask("what did u do before welding");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("veterinary nurse");
  });

  it("GIVEN a painting course and a paint shop WHEN asked where he learned to paint THEN the course answers", async () => {
    const result = await ask("where did u learn to paint");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Technikum");
    expect(result.answer).not.toContain("hobby builders");
  });

  it("GIVEN a profile about machine learning and no teaching WHEN asked whether the owner has taught a course THEN it abstains: a course is where one learns, but 'learning' is no course", async () => {
    const knowledge = aKnowledgeOf(
      anEntry({
        id: "ml",
        title: "Systems for machine learning",
        summary: "I build schedulers that make machine learning training jobs cheaper.",
      }),
    );
    const result = await (await testEngine({ knowledge })).answer("have you ever taught a course?");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN the headline's workshop and an entry saying 'there are six of us' WHEN asked how many people work at the workshop THEN the answer gives six", async () => {
    const result = await ask("how many ppl work at the workshop");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("six of us");
  });

  it("GIVEN a jig used 'since 2011' WHEN asked how old the jig is THEN the answer gives the year", async () => {
    const result = await ask("how old is ur jig");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("since 2011");
    // ("How ancient is it lol": an age asked the same way.)
    const ancient = await ask("how ancient is ur jig lol");
    expect(ancient.abstained).toBe(false);
    expect(ancient.answer).toContain("since 2011");
  });

  it("GIVEN only the year a brother joined WHEN asked how old the brother is THEN the engine does not take the year for his age", async () => {
    const result = await ask("how old is ur brother jonas");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN 'open every day except Sunday' in the summary WHEN asked whether the shop opens on Sundays THEN the answer quotes the exception", async () => {
    const result = await ask("r u open on sundays");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("except Sunday");
  });

  it("GIVEN parts 'that are left' go to a youth project WHEN asked what happens to the parts he doesn't sell THEN the project is named", async () => {
    const result = await ask("what happens to the parts u dont sell");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Radwerk");
  });

  it("GIVEN parts 'that are left' go to a youth project WHEN asked what he does with leftover parts THEN the project is named", async () => {
    const result = await ask("what do u do with leftover parts");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Radwerk");
  });

  it("GIVEN an entry saying 'it's a team of three' and another about a workshop for eight photographers WHEN asked how many people work at ur place or at the studio THEN the team of three answers", async () => {
    const photographer = aKnowledge({
      person: {
        headline: "I'm a wedding photographer in Galway.",
        summary: "I shoot weddings and portraits.",
        voice: "first-person",
      },
      sections: [
        aSection({
          id: "business",
          title: "The business",
          description: "The studio and the people in it",
          entries: [
            anEntry({
              id: "studio",
              title: "Saltlight Studio",
              summary: "I opened Saltlight Studio on Quay Street in 2016.",
            }),
            anEntry({
              id: "team",
              title: "The team",
              summary: "It's a team of three: me, Aoife Brennan and Niamh Coyle.",
            }),
            anEntry({
              id: "workshop",
              title: "Light on the West",
              summary:
                "A portrait workshop I run four times a year, for at most eight photographers.",
            }),
          ],
        }),
      ],
    });
    const engine = await testEngine({ knowledge: photographer });
    for (const q of ["how many ppl work at ur place", "how many people work at your studio"]) {
      const result = await engine.answer(q);
      expect(result.answer, q).toContain("team of three");
      expect(result.answer, q).not.toContain("eight photographers");
    }
  });

  it("GIVEN a course with places for six WHEN asked 'do you teach courses? how many spots' THEN the answer gives the places", async () => {
    const result = await ask("do u teach courses? how many spots");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("places for six people");
  });

  it("GIVEN the workshop named only in the headline and an award entry that mentions a workshop WHEN asked what the workshop is called THEN the answer gives its name", async () => {
    const result = await ask("whats ur workshop called");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Spoke & Chain");
  });

  it("GIVEN the workshop named only in the headline WHEN asked what it is called and where it is THEN the answer gives its name and district", async () => {
    const result = await ask("whats ur workshop called and where is it");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Spoke & Chain");
    expect(result.answer).toContain("Nordend");
  });

  it("GIVEN a jig used since 2011 and named Bertha WHEN asked how old it is and whether it has a name THEN the answer gives both", async () => {
    const result = await ask("how old is ur jig and does it have a name");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("since 2011");
    expect(result.answer).toContain("Bertha");
  });

  it("GIVEN 'veterinary nurse' WHEN asked about a vet nurse THEN the entry answers", async () => {
    const result = await ask("where did u work as a vet nurse");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Mainz");
  });

  it("GIVEN repair clubs he 'supported' in two countries WHEN asked which countries he helped with repairs THEN both are named", async () => {
    const result = await ask("which countries did u help with repairs");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Poland");
    expect(result.answer).toContain("Czechia");
  });
});
