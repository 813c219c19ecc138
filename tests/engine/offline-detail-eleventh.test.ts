import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// A small made-up profile of a river engineer, written for the eleventh round: details said in
// other words than the question's (a stretch of years for "how long was it", "retired" for
// "stop", a quoted title for "called"), and near misses beside them (a post read so many times
// for a count of readers, a father left unnamed, a field of study that is no one's name).
const engineer = aKnowledge({
  person: {
    name: "Ilona Varga",
    headline: "Ilona Varga is a river engineer who designs fish passes on the Danube.",
    summary: "Ilona works on weirs and fish passes, and writes a blog about rivers.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "career",
      title: "Career",
      description: "Posts held",
      entries: [
        anEntry({
          id: "postdoc",
          title: "Postdoctoral researcher, University of Vienna",
          role: "Postdoctoral researcher",
          summary:
            "From 2011 to 2014 she was a postdoctoral researcher at the University of Vienna, working on sediment in the Drava.",
        }),
        anEntry({
          id: "surveying",
          title: "River surveying",
          summary:
            "She surveyed weirs on the Tisza for a decade and retired from surveying in 2019 to design full time.",
        }),
        anEntry({
          id: "consultant",
          title: "Associate at Kerr Hydro",
          role: "Associate",
          summary:
            "In Győr, since 2019, working with Dr. Anna Kerr. Designed the fish pass of the Mosoni Weir (2021).",
        }),
        anEntry({
          id: "team",
          title: "Fish-pass team",
          summary:
            "She leads a team of 6 engineers at the directorate, where she became head of design in 2020.",
        }),
        anEntry({
          id: "bistro",
          title: "Duna Bistro",
          summary: "Before engineering she worked as a chef at the Duna Bistro in Szeged.",
        }),
        anEntry({
          id: "first-boat",
          title: "Sava Star",
          summary:
            "She got her skipper's licence in 2005 and took charge of her first survey boat, the Sava Star, a year later, from Captain Miklós Horváth.",
        }),
      ],
    }),
    aSection({
      id: "study",
      title: "Study",
      description: "Degrees and teaching",
      entries: [
        anEntry({
          id: "phd",
          title: "PhD in Hydraulics, Budapest",
          year: 2010,
          summary:
            'Ilona finished her PhD in Budapest in 2010. Her thesis was "Bedload Transport below Low Weirs".',
        }),
        anEntry({
          id: "school",
          title: "Summer school",
          summary:
            "Every July since 2016 she has taught Applied Ecohydraulics of Large Rivers, a one-week school for doctoral students.",
        }),
        anEntry({
          id: "field-course",
          title: "Field course on the Danube",
          summary:
            "Each May she runs a three-day course on the Danube for river wardens; each course takes up to 14 people.",
        }),
      ],
    }),
    aSection({
      id: "writing",
      title: "Writing",
      description: "Her blog and its posts",
      entries: [
        anEntry({
          id: "blog",
          title: "About Riverbank",
          summary: "She started the Riverbank blog in 2018. It has about 9,000 readers a month.",
        }),
        anEntry({
          id: "post",
          title: '"What the weir says"',
          summary:
            'Her most-read post, "What the weir says", explains the noise water makes over a weir. It has been read more than 80,000 times.',
        }),
        anEntry({
          id: "noise-paper",
          title: "Weir noise and fish passage",
          venue: "River Research and Applications",
          year: 2022,
          summary: "A review article on how the noise of weirs turns fish away from passes.",
        }),
        anEntry({
          id: "tool",
          title: "weir-flow — a calculator for fish-pass flow",
          summary: "An open calculator for the flow through vertical-slot fish passes.",
        }),
      ],
    }),
    aSection({
      id: "life",
      title: "Life",
      description: "Where she comes from and what she does outside work",
      entries: [
        anEntry({
          id: "childhood",
          title: "Growing up in Baja",
          summary:
            "Ilona grew up in Baja, a river town on the Danube, where her father was a volunteer lifeguard.",
        }),
        anEntry({
          id: "rowing",
          title: "Rowing",
          summary: "She rows a single scull on weekends and has raced the Tisza regatta twice.",
        }),
        anEntry({
          id: "swims",
          title: "Long swims",
          summary:
            "She swims across the Danube every summer; the longest swim she has done is 12 km.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: engineer })).answer(q);

describe("offline answers read the detail asked in other words (eleventh round)", () => {
  it("GIVEN a post held from 2011 to 2014 WHEN asked how long the postdoc was THEN the answer gives its years", async () => {
    const result = await ask("how long was the vienna postdoc");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/From 2011 to 2014/);
  });

  it("GIVEN a thesis title in quotes WHEN asked what her thesis was called THEN the answer gives the title", async () => {
    const result = await ask("what was her thesis called");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Bedload Transport below Low Weirs/);
  });

  it("GIVEN she grew up in a river town WHEN asked which town she is from THEN the answer names it", async () => {
    const result = await ask("which town is she from");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Baja/);
  });

  it("GIVEN she retired from surveying in 2019 WHEN asked when she stopped surveying THEN the answer gives the year", async () => {
    const result = await ask("when did she stop surveying");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/2019/);
  });

  it("GIVEN her first survey boat named after a dash WHEN asked the name of the first boat she commanded THEN the answer names it", async () => {
    const result = await ask("whats the name of the first boat she commanded");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Sava Star/);
  });

  it("GIVEN a most-read post named in quotes WHEN asked for her most read post THEN the answer names it", async () => {
    const result = await ask("whats her most read post");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/What the weir says/);
  });

  it("GIVEN a blog of 9,000 readers and a post read 80,000 times WHEN asked how many people read the blog THEN the readers answer, not the reads", async () => {
    const result = await ask("how many ppl read her blog");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/9,000 readers/);
    expect(result.answer).not.toMatch(/80,000/);
  });

  it("GIVEN a field course that takes up to 14 people WHEN asked how many can join one, a verb the entry lacks THEN the answer gives the number", async () => {
    const result = await ask("how many ppl can join one course");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/up to 14 people/);
  });

  it("GIVEN a tool titled by a name written as code WHEN asked which tools she built for fish passes THEN the answer gives it", async () => {
    const result = await ask("which tools has she made for fish pass flow");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/weir-flow/);
  });

  it("GIVEN the longest swim she has done WHEN asked her longest swim THEN the answer gives it", async () => {
    const result = await ask("whats the longest swim shes done");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/12 km/);
  });
});

describe("offline answers read everyday words for the profile's", () => {
  it("GIVEN she became head of design in 2020 WHEN asked when she got promoted to head of design THEN the answer gives the year", async () => {
    const result = await ask("when did she get promoted to head of design");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/became head of design in 2020/);
  });

  it("GIVEN a review article with its venue WHEN asked which journal published it THEN the answer names the venue", async () => {
    const result = await ask("which journal published her weir noise study");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/River Research and Applications/);
  });

  it("GIVEN a team of 6 engineers WHEN asked how big her staff is THEN the answer gives the team", async () => {
    const result = await ask("how big is her staff");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/team of 6/);
  });

  it("GIVEN she worked as a chef in Szeged WHEN asked if she ever cooked there THEN the answer gives the job", async () => {
    const result = await ask("did she ever cook in szeged");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Duna Bistro/);
  });
});

describe("offline answers say which detail is missing (eleventh round)", () => {
  it("GIVEN her father named only as a lifeguard WHEN asked his name with a description after a comma THEN the answer says the name is not given", async () => {
    const result = await ask("whats her dad's name, the lifeguard guy");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the name of the dad/);
  });

  it("GIVEN a course named for a field of study WHEN asked who her doctoral students are THEN the answer says no names are given", async () => {
    const result = await ask("who are her doctoral students");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toMatch(/^Summer course/);
  });

  it("GIVEN a regatta raced twice and no ranking WHEN asked her scariest race THEN the answer says the profile does not single one out", async () => {
    const result = await ask("whats the scariest race shes rowed");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the scariest race/);
  });

  it("GIVEN a job's entry that names a colleague but no architect WHEN asked who the architect of its weir was THEN the answer says no name is given", async () => {
    const result = await ask("who was the architect on the mosoni weir");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the name/);
  });
});
