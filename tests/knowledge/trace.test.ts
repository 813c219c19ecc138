import { describe, expect, it } from "vitest";
import { untracedValues } from "../../src/knowledge/trace.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

const SOURCE = `Ada Lovelace — analyst of engines.
- Notes on the Analytical Engine, 1843, with Charles Babbage. https://example.org/notes
- Wrote to ada@example.org about 3 programs.`;

const withEntry = (entry: Parameters<typeof anEntry>[0]) =>
  aKnowledge({
    person: {
      name: "Ada Lovelace",
      headline: "I analyse engines.",
      summary: "An analyst.",
      voice: "first-person",
    },
    sections: [aSection({ entries: [anEntry(entry)] })],
  });

describe("untracedValues", () => {
  it("GIVEN a file that rephrases its source but keeps its names, numbers and links WHEN traced THEN nothing is reported", () => {
    const knowledge = withEntry({
      title: "Notes on the Analytical Engine",
      summary: "I wrote the notes in 1843, working with Charles Babbage, and described 3 programs.",
      links: [{ label: "Notes", url: "https://example.org/notes" }],
    });

    expect(untracedValues(knowledge, SOURCE)).toEqual([]);
  });

  it("GIVEN a file that adds a co-author, a year, a link and an email WHEN traced THEN each is named with where it is", () => {
    const knowledge = withEntry({
      title: "Notes on the Analytical Engine",
      summary:
        "Written in 1842 with Mary Somerville; see https://evil.example or mail ada@evil.example.",
      year: 1844,
    });

    expect(untracedValues(knowledge, SOURCE).map((u) => u.value)).toEqual([
      "https://evil.example",
      "ada@evil.example",
      "1842",
      "Mary",
      "Somerville",
      "1844",
    ]);
    expect(untracedValues(knowledge, SOURCE)[0]?.path).toBe("sections[0].entries[0].summary");
  });

  it("GIVEN capitalised words that start a sentence or a title WHEN traced THEN they are not taken for names", () => {
    const knowledge = withEntry({
      title: "Curated notes",
      summary: "Notes. Programs too. I did it.",
    });

    expect(untracedValues(knowledge, SOURCE)).toEqual([]);
  });
});
