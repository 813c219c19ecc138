import { describe, expect, it } from "vitest";
import { kindsInProfile, namesAPerson, sameKindOfThing } from "../../src/engine/word-kinds.ts";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, aKnowledgeOf, anEntry, aSection } from "../builders/knowledge.ts";

// Small made-up profiles that name specific things ("my Border Collie, Pip", "a PhD") where a
// question uses the general word ("dog", "doctorate"): WordNet bridges the two.
const shepherd = aKnowledge({
  person: {
    name: "Tove Lind",
    headline: "Sheep farmer on Gotland",
    summary: "I'm Tove Lind. I keep 200 ewes near Visby and teach at the farm school.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "life",
      title: "Life",
      description: "The farm and the people on it",
      entries: [
        anEntry({
          id: "herding",
          title: "Herding",
          summary: "My Border Collie, Pip, moves the flock between the coastal pastures.",
        }),
        anEntry({
          id: "flock",
          title: "The flock",
          summary: "200 Gotland ewes, lambing in April.",
        }),
        anEntry({
          id: "home",
          title: "Visby",
          summary: "I live in Visby with my partner and our two children.",
        }),
        anEntry({
          id: "barn",
          title: "The barn",
          summary: "A hay barn on steel posts, built in 2019.",
        }),
        anEntry({
          id: "club",
          title: "Running club",
          summary: "On Tuesdays I run with Visby Harriers.",
        }),
      ],
    }),
    aSection({
      id: "music",
      title: "Music",
      description: "Evenings",
      entries: [
        anEntry({
          id: "band",
          title: "Folk band",
          summary: "I play the cello in Sju Vindar, a folk band, at summer dances.",
        }),
      ],
    }),
    aSection({
      id: "education",
      title: "Education",
      description: "Where I studied",
      entries: [
        anEntry({
          id: "phd",
          title: "PhD in Animal Science, Uppsala University",
          year: 2012,
          summary: "A PhD on wool quality in island sheep, at Uppsala University.",
        }),
      ],
    }),
  ],
});

// The same owner whose dog is named by its kind only.
const unnamed = aKnowledge({
  ...shepherd,
  sections: [
    aSection({
      id: "life",
      title: "Life",
      description: "The farm and the people on it",
      entries: [
        anEntry({
          id: "herding",
          title: "Herding",
          summary: "A Border Collie moves the flock between the coastal pastures.",
        }),
      ],
    }),
  ],
});

// The same owner without a dog: only a running club whose name is a kind of hound.
const runner = aKnowledge({
  ...shepherd,
  sections: [
    aSection({
      id: "life",
      title: "Life",
      description: "The farm and the people on it",
      entries: (shepherd.sections[0]?.entries ?? []).filter((e) => e.id !== "herding"),
    }),
  ],
});

const ask = async (knowledge: typeof shepherd, q: string) =>
  (await testEngine({ knowledge })).answer(q);

describe("general words find the specific things a profile names", () => {
  it("GIVEN a profile naming 'my Border Collie, Pip' WHEN asked what the dog is called THEN the answer names Pip", async () => {
    for (const q of ["what's your dog called", "whats ur dogs name"]) {
      const result = await ask(shepherd, q);
      expect(result.abstained).toBe(false);
      expect(result.answer).toMatch(/Pip/);
    }
  });

  it("GIVEN a profile naming 'my Border Collie, Pip' WHEN asked what breed the dog is THEN the answer says Border Collie", async () => {
    const result = await ask(shepherd, "what breed is ur dog");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Border Collie/);
  });

  it("GIVEN a profile naming 'my Border Collie, Pip' WHEN asked what breed the pup is THEN a pup is read as a dog and the answer says Border Collie", async () => {
    const result = await ask(shepherd, "what breed is ur pup");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Border Collie/);
  });

  it("GIVEN a profile with a PhD WHEN asked which university gave the doctorate THEN the answer names it", async () => {
    const result = await ask(shepherd, "which uni gave you your doctorate");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Uppsala University/);
  });

  it("GIVEN a profile where 'I play the cello' WHEN asked what instrument she plays THEN the answer is that entry", async () => {
    const result = await ask(shepherd, "what instrument do you play");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/cello/);
  });

  it("GIVEN a barn 'on steel posts' WHEN asked what metal its posts are THEN the answer is that entry", async () => {
    const result = await ask(shepherd, "what metal are the barn posts");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/steel posts/);
  });

  it("GIVEN a profile naming a Border Collie but not its name WHEN asked the name of the dog THEN it does not pass the breed off as the name", async () => {
    const result = await ask(unnamed, "what is the name of your dog");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a profile with a dog and no cat WHEN asked about a cat THEN it abstains", async () => {
    const result = await ask(shepherd, "do you have a cat");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a profile whose only 'lions' are sea lions WHEN asked the cat's name THEN the sea lions are no cat and it abstains", async () => {
    const keeper = aKnowledgeOf(
      anEntry({
        id: "aquarium",
        title: "Aquarium keeper",
        summary: "For six years I cared for the sea lions at the harbour aquarium.",
      }),
    );
    const result = await ask(keeper, "whats ur cats name");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toMatch(/sea lions/);
  });

  it("GIVEN a profile without a dog whose running club is called Harriers WHEN asked what the dog is called THEN it abstains", async () => {
    const result = await ask(runner, "what's your dog called");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toMatch(/Harriers/);
  });
});

describe("asking a thing's name", () => {
  it("GIVEN an entry titled by a town, where the owner lives with a partner WHEN asked the partner's name THEN it abstains rather than give the town", async () => {
    for (const q of ["whats ur partners name", "what is the name of your partner"]) {
      const result = await ask(shepherd, q);
      expect(result.abstained).toBe(true);
    }
  });
});

describe("kinds of person, from WordNet", () => {
  it("GIVEN 'what kind of worker are you', a word the profile never uses, WHEN asked THEN the owner introduces themselves rather than quoting one entry", async () => {
    const result = await ask(shepherd, "so what kind of worker r u exactly");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("200 ewes");
  });

  it("GIVEN a trade noun and a thing noun WHEN checked THEN only the trade names a kind of person", () => {
    expect(namesAPerson("baker")).toBe(true);
    expect(namesAPerson("scientist")).toBe(true);
    expect(namesAPerson("tractor")).toBe(false);
    expect(namesAPerson("wool")).toBe(false);
  });
});

describe("a section asked for by another word for what it holds", () => {
  const perfumer = aKnowledge({
    person: { headline: "Perfumer in Lyon", summary: "I make perfume.", voice: "first-person" },
    sections: [
      aSection({
        id: "perfumes",
        title: "Perfumes",
        description: "What I have released",
        entries: [
          anEntry({
            id: "slate",
            title: "Wet Slate",
            summary: "A scent of rain on a roof, built around vetiver.",
          }),
          anEntry({ id: "fig", title: "Fig Leaf Telegram", summary: "Green fig and black tea." }),
        ],
      }),
      aSection({
        id: "life",
        title: "Life",
        description: "Outside the atelier",
        entries: [
          anEntry({
            id: "wool",
            title: "Wool shop",
            summary: "The scent of lanolin reminds me of my grandmother's wool shop.",
          }),
        ],
      }),
    ],
  });

  it("GIVEN a section called Perfumes, one of whose entries says 'scent', and a life entry that says it too WHEN asked what scents she has made THEN the section's perfumes are listed, all of them", async () => {
    const result = await ask(perfumer, "what scents have u made so far, list em");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Wet Slate");
    expect(result.answer).toContain("Fig Leaf Telegram");
  });

  it("GIVEN the same section WHEN told to list the scents she has made THEN 'list the X' asks for X as 'what X' does, and lists them all", async () => {
    const result = await ask(perfumer, "list the scents she's made");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Wet Slate");
    expect(result.answer).toContain("Fig Leaf Telegram");
  });
});

describe("two nouns for the same things", () => {
  it("GIVEN 'pictures', whose first senses are paintings and images WHEN compared with 'photos' THEN they name the same things, a photo being first of all a picture; a baby is still no midwife", () => {
    expect(sameKindOfThing("pictures", "photos")).toBe(true);
    expect(sameKindOfThing("photos", "pictures")).toBe(true);
    expect(sameKindOfThing("babies", "midwives")).toBe(false);
    expect(sameKindOfThing("pictures", "rooms")).toBe(false);
  });
});

describe("a rare word's plain synonyms", () => {
  const writes =
    (...ws: string[]) =>
    (w: string) =>
      ws.includes(w);

  it("GIVEN 'telly' and 'coders', rarer than the word lists WHEN a profile writes 'television' and 'programmers' THEN those are what they mean, though common words", () => {
    expect(kindsInProfile("telly", writes("television", "itv"))).toEqual(["televis"]);
    expect(kindsInProfile("coders", writes("programmers", "code"))).toEqual(["programm"]);
  });

  it("GIVEN 'vim', a short name, and 'origin', an ordinary word WHEN a profile writes 'energy' and 'source' THEN neither is read as meant", () => {
    expect(kindsInProfile("vim", writes("energy"))).toEqual([]);
    expect(kindsInProfile("origin", writes("source"))).toEqual([]);
  });
});
