import { describe, expect, it } from "vitest";
import { joinPieces, splitSentences } from "../../src/engine/sentences.ts";

const bodies = (text: string, final = true) =>
  splitSentences(text, final).pieces.map((p) => p.body);

describe("sentences", () => {
  it("GIVEN decimals, initials and abbreviations WHEN split THEN none of them ends a sentence", () => {
    expect(bodies("It hit 99.9% on Azure. Dr. A. Moore leads it, e.g. for CXL. Done!")).toEqual([
      "It hit 99.9% on Azure.",
      "Dr. A. Moore leads it, e.g. for CXL.",
      "Done!",
    ]);
  });

  it("GIVEN a sentence opened by a lowercase name WHEN split THEN the full stop before it still ends a sentence", () => {
    expect(bodies("I built it. machnet is fast. It goes on... and on.")).toEqual([
      "I built it.",
      "machnet is fast.",
      "It goes on... and on.",
    ]);
  });

  it("GIVEN citations after a full stop WHEN split THEN they belong to the sentence before", () => {
    expect(bodies("First. [a] Second. [b, c] Third [d].")).toEqual([
      "First. [a]",
      "Second. [b, c]",
      "Third [d].",
    ]);
  });

  it("GIVEN a list WHEN split THEN each line is a sentence and its marker is kept apart", () => {
    const { pieces } = splitSentences("Papers:\n- One.\n- Two. More.\n1. Three", true);
    expect(pieces.map((p) => [p.lead, p.body])).toEqual([
      ["", "Papers:"],
      ["- ", "One."],
      ["- ", "Two."],
      ["", "More."],
      ["1. ", "Three"],
    ]);
  });

  it("GIVEN a text still arriving WHEN split THEN the last sentence waits until what follows shows it ended", () => {
    expect(bodies("One is done. Two is not", false)).toEqual(["One is done."]);
    expect(bodies("One is done.", false)).toEqual([]);
    expect(bodies("One is done. [a", false)).toEqual([]);
    expect(bodies("One is done.\n", false)).toEqual(["One is done."]);
  });

  it("GIVEN the second sentence of a list line is dropped WHEN rejoined THEN the line keeps its marker and the next line its break", () => {
    const { pieces } = splitSentences("- One. Two.\n- Three.\n\nFour.", true);
    expect(joinPieces(pieces, (i) => i !== 1)).toBe("- One.\n- Three.\n\nFour.");
    expect(joinPieces(pieces, (i) => i !== 0)).toBe("- Two.\n- Three.\n\nFour.");
    expect(joinPieces(pieces, (i) => i !== 2)).toBe("- One. Two.\n\nFour.");
  });

  it("GIVEN Chinese text WHEN split THEN its full stops end sentences", () => {
    expect(bodies("我在伦敦读博。我现在在剑桥。")).toEqual(["我在伦敦读博。", "我现在在剑桥。"]);
  });
});
