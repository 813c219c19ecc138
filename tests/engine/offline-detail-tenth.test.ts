import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, aKnowledgeOf, anEntry, aPersonWith, aSection } from "../builders/knowledge.ts";

// A small made-up profile of a mountain-hut warden, written for the tenth round: entries that
// hold the topic of a question but not its detail, in forms the engine took for the detail (a
// part's count for a total, a label for a count, "her first" for a placing, a peak for now,
// someone else's age, a rota for a stretch of time), beside entries that do give it.
const warden = aKnowledge({
  person: {
    headline: "Romy Falk, hut warden in the Allgäu",
    summary: "Romy runs a mountain hut and guides ski tours.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "hut",
      title: "Hut",
      description: "The hut, its rooms and its people",
      entries: [
        anEntry({
          id: "hut",
          title: "Warden, Gipfelrast Hut",
          summary:
            "Romy looks after the 40-bunk dormitory wing of the Gipfelrast Hut and cooks for its guests.",
        }),
        anEntry({
          id: "drying-room",
          title: "Drying room",
          summary: "The drying room has a 12-hook rack for wet boots.",
        }),
        anEntry({
          id: "shelter",
          title: "Dog shelter",
          summary:
            "Each winter Romy volunteers at Pfotenheim, a shelter for dogs with type 2 heartworm.",
        }),
        anEntry({
          id: "kennel",
          title: "Kennel run",
          summary: "The kennel run behind the hut keeps 6 sledge dogs.",
        }),
        anEntry({
          id: "rota",
          title: "Relief warden",
          summary:
            "Romy shares the hut with a second warden, Pia Lenz, working ten days on and ten days off.",
        }),
        anEntry({
          id: "avalanche",
          title: "Rescue of two skiers below the Nebelhorn",
          year: 2020,
          summary:
            "In 2020 Romy led the hut team that dug two skiers out of an avalanche below the Nebelhorn within 40 minutes.",
        }),
        anEntry({
          id: "storm",
          title: "Storm night",
          year: 2021,
          summary:
            "In 2021 a guest went into labour during a storm; a mountain rescue sledge took her down to Oberstdorf, where the baby boy was born.",
        }),
        anEntry({
          id: "family",
          title: "Family",
          summary:
            "Romy lives with her partner Jonas, a forester. They have two daughters, Lotte and Mia.",
        }),
        anEntry({
          id: "radio",
          title: "Valley radio",
          summary:
            "Romy reads the hut's snow report on the valley radio. Her most listened report went out in 2019.",
        }),
        anEntry({
          id: "boots",
          title: "Boot service",
          summary:
            "The hut hires out boots to its guests, who pay in euros; a usual day rate covers boots and poles.",
        }),
        anEntry({
          id: "crew",
          title: "Hut crew",
          summary: "Romy manages a team of 9 porters and cooks at the Gipfelrast Hut.",
        }),
        anEntry({
          id: "referee",
          title: "Ski league referee",
          summary: "Romy referees junior races of the Allgäu Ski League on Sundays.",
        }),
        anEntry({
          id: "sledge",
          title: "Rescue sledge",
          summary: "Her rescue sledge is a 1994 Akja that she bought in 2012 for €900.",
        }),
        anEntry({
          id: "apprentices",
          title: "Apprentices who qualified",
          summary:
            "Two apprentices Romy trained qualified as guides: Ilse Brun in 2019, at 24, and Tomas Wirth in 2022.",
        }),
      ],
    }),
    aSection({
      id: "sport",
      title: "Sport and study",
      description: "Races, climbing and her degree",
      entries: [
        anEntry({
          id: "triathlon",
          title: "Triathlon",
          summary: "She did the Alpsee Triathlon in 2021 in 5:12, her first and so far only one.",
        }),
        anEntry({
          id: "relay",
          title: "Ski relay",
          summary: "Her team finished third in the Oberjoch ski relay in 2023.",
        }),
        anEntry({
          id: "climbing",
          title: "Climbing grade",
          summary: "Her peak climbing grade was 7b, on limestone near Füssen.",
        }),
        anEntry({
          id: "bachelor",
          title: "BSc in Geography, Innsbruck",
          year: 2014,
          summary: "Romy's BSc project at Innsbruck measured meltwater in karst springs.",
        }),
        anEntry({
          id: "snow-model",
          title: "Snowpack model",
          summary: "A snowpack model for 12 weather stations of the valley, run twice a day.",
        }),
        anEntry({
          id: "diploma",
          title: "Diploma in Mountain Ecology, Kempten",
          year: 2018,
          summary:
            "Romy finished a diploma in mountain ecology at Kempten in 2018. Her dissertation, advised by Dr. Lior Amsel, looked at why lichens fade on slate roofs.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: warden })).answer(q);

describe("offline answers tell a topic covered from a detail given (tenth round)", () => {
  it("GIVEN a 40-bunk wing of the hut WHEN asked how many bunks the hut has in total THEN the answer says the number is not given", async () => {
    const result = await ask("how many bunks does gipfelrast have in total");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the number of bunks/);
    expect(result.answer).toMatch(/40-bunk/);
  });

  it("GIVEN a 12-hook rack in the drying room WHEN asked how many hooks the rack has in total THEN the answer gives the 12", async () => {
    const result = await ask("how many hooks does the rack have in total");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/12-hook rack/);
  });

  it("GIVEN a team of 9 porters and cooks WHEN asked how many people she manages THEN the answer gives the 9", async () => {
    const result = await ask("how many people does she manage");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/team of 9 porters/);
  });

  it("GIVEN a team of 9 porters and cooks WHEN asked how many hikers the team looks after THEN the answer says the number of hikers is not given", async () => {
    const result = await ask("how many hikers does the hut crew look after");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the number of hikers/);
  });

  it("GIVEN a shelter for dogs with type 2 heartworm WHEN asked how many dogs go to the shelter THEN the answer says the number is not given", async () => {
    const result = await ask("how many dogs go to pfotenheim each winter");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the number of dogs/);
  });

  it("GIVEN a kennel that keeps 6 sledge dogs WHEN asked how many dogs the kennel keeps THEN the answer gives the 6", async () => {
    const result = await ask("how many dogs does the kennel run keep");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/6 sledge dogs/);
  });

  it("GIVEN a race time and 'her first and so far only one' WHEN asked what place she finished THEN the answer says the result is not given", async () => {
    const result = await ask("what place did she finish in the alpsee triathlon");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the result/);
  });

  it("GIVEN her team finished third WHEN asked what place they finished in the relay THEN the answer gives it", async () => {
    const result = await ask("what place did her team finish in the ski relay");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/third/);
  });

  it("GIVEN only her peak climbing grade WHEN asked her current climbing grade THEN the answer says the current grade is not given", async () => {
    const result = await ask("whats her current climbing grade");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the current grade/);
    expect(result.answer).toMatch(/7b/);
  });

  it("GIVEN only her peak climbing grade WHEN asked her peak climbing grade THEN the answer gives it", async () => {
    const result = await ask("whats her peak climbing grade");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/7b/);
  });

  it("GIVEN an age said after another apprentice's name WHEN asked how old the second one was when he qualified THEN the answer says the age is not given", async () => {
    const result = await ask("how old was tomas when he qualified as a guide");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the age/);
  });

  it("GIVEN an age said after an apprentice's name WHEN asked how old that one was when she qualified THEN the answer gives it", async () => {
    const result = await ask("how old was ilse when she qualified as a guide");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/at 24/);
  });

  it("GIVEN a second warden on a ten-days-on, ten-days-off rota WHEN asked how long she has been a warden THEN the answer says the duration is not given", async () => {
    const result = await ask("how long has pia lenz been a warden");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the duration/);
  });

  it("GIVEN two skiers counted in a rescue's title but never named WHEN asked their names THEN the answer says the names are not given", async () => {
    const result = await ask("what were the names of the skiers she dug out");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the names of the skiers/);
  });

  it("GIVEN a baby born after a storm and not named WHEN asked what they named the baby born after the storm THEN the answer says no name is given, from the storm's entry", async () => {
    const result = await ask("what did they name the baby that was born after the storm");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/Storm night/);
  });

  it("GIVEN daughters named without their jobs WHEN asked what her daughters do for work THEN the answer says their jobs are not given", async () => {
    const result = await ask("what do her daughters do for work");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the jobs of the daughters/);
    expect(result.answer).toMatch(/Lotte and Mia/);
  });

  it("GIVEN a partner who is a forester WHEN asked what her partner does for work THEN the answer gives it", async () => {
    const result = await ask("what does her partner do for work");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/a forester/);
  });

  it("GIVEN a most listened report with no title WHEN asked what the most listened report is THEN the answer says it is not named", async () => {
    const result = await ask("whats the most listened report on the valley radio");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a day rate said without an amount WHEN asked the day rate in euros THEN the answer says the amount is not given", async () => {
    const result = await ask("whats the hut's boot day rate in euros");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the amount/);
    expect(result.answer).toMatch(/a usual day rate covers boots/);
  });

  it("GIVEN a sledge with a year and a price WHEN asked what size it is THEN the answer says the size is not given", async () => {
    const result = await ask("what size is her akja rescue sledge");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the size/);
  });

  it("GIVEN only a bachelor's project WHEN asked what her masters project was about THEN the answer says the masters project is not given", async () => {
    const result = await ask("what was her msc project about");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the masters project/);
  });

  it("GIVEN a bachelor's project WHEN asked what her bachelors project was about THEN the answer gives it", async () => {
    const result = await ask("what was her bsc project about");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/meltwater/);
  });

  it("GIVEN a model's stations and runs but no accuracy WHEN asked how accurate it is THEN the answer says the accuracy is not given", async () => {
    const result = await ask("how accurate is her snowpack model");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the accuracy/);
  });

  it("GIVEN she referees a ski league's races WHEN asked which team of that league she supports THEN the answer says it is not given, from the refereeing entry", async () => {
    const result = await ask("which ski league team does she support");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/Ski league referee/);
  });

  it("GIVEN a thesis whose title is quoted WHEN asked the title of the dissertation THEN the answer gives it", async () => {
    const knowledge = aKnowledgeOf(
      anEntry({
        id: "doctorate",
        title: "PhD in Geology, University of Tartu",
        summary:
          'I finished my PhD in 2015. The thesis was called "Salt Domes of the Baltic Shelf".',
      }),
    );
    const result = await (await testEngine({ knowledge })).answer(
      "whats the title of ur dissertation",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Salt Domes of the Baltic Shelf/);
  });

  it("GIVEN a dissertation described by its topic only WHEN asked its title THEN the answer says the title is not given", async () => {
    const result = await ask("what was the title of her dissertation");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the title of the dissertation/);
    expect(result.answer).toMatch(/lichens fade/);
  });
});

describe("offline counts of what an entry's titled subject has", () => {
  it("GIVEN 'Birth pool lending scheme: I started a lending scheme…; we own 14 pools' WHEN asked how many pools the lending scheme has THEN the answer gives 14, the scheme being what the entry is titled", async () => {
    const midwife = aPersonWith(
      { headline: "Midwife in Sheffield", summary: "I deliver babies.", voice: "first-person" },
      { id: "community", title: "Community", description: "Projects" },
      anEntry({
        id: "pools",
        title: "Birth pool lending scheme",
        summary:
          "I started a lending scheme for birth pools in 2020; we own 14 pools, bought with money raised by a sponsored walk.",
      }),
    );
    const result = await (await testEngine({ knowledge: midwife })).answer(
      "how many pools does the lending scheme have",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("14 pools");
  });
});
