import { describe, expect, it } from "vitest";
import { readDetails } from "../../src/engine/details.ts";

const places = (text: string) => {
  const { tokens, spans } = readDetails(text, new Set());
  return spans
    .filter((s) => s.kind === "place")
    .map((s) =>
      tokens
        .slice(s.from, s.to)
        .map((t) => t.word)
        .join(" "),
    );
};

describe("places read from an entry's text", () => {
  it("GIVEN an organisation named for its city WHEN read THEN the city inside the name is a place", () => {
    expect(places("She heads planning at the Tallinn City Transport Office.")).toContain("tallinn");
    expect(places("He was a planner with the City of Riga Mobility Department.")).toContain("riga");
  });

  it("GIVEN 'City' with no name before it WHEN read THEN no place is made of the word before", () => {
    expect(places("The city council funded it.")).toEqual([]);
  });

  it("GIVEN an award 'of the Year.' ending a sentence WHEN read THEN the year is no place; a town after 'of' still is", () => {
    expect(places("A network named us its Advocacy Organization of the Year.")).toEqual([]);
    expect(places("She is the mayor of Harlingen.")).toContain("harlingen");
  });

  it("GIVEN a sentence opening 'At EuroLLVM 2023, Glasgow' WHEN read THEN the city after the event is a place", () => {
    expect(places("Vectorizing for RISC-V. At EuroLLVM 2023, Glasgow")).toContain("glasgow");
  });
});

describe("what an entry says of the future", () => {
  it("GIVEN a book 'due out in 2027', 'forthcoming' or 'to appear' WHEN read THEN each speaks of the future; a book that came out does not", () => {
    for (const text of [
      "My translation is due out in 2027.",
      "A forthcoming novel from Galicia.",
      "The paper is to appear in Lingua.",
    ])
      expect(readDetails(text, new Set()).kinds.has("future"), text).toBe(true);
    expect(readDetails("It came out in 2021.", new Set()).kinds.has("future")).toBe(false);
  });
});

describe("people named by how they are related", () => {
  const people = (text: string) => {
    const { tokens, spans } = readDetails(text, new Set());
    return spans
      .filter((s) => s.kind === "person")
      .map((s) =>
        tokens
          .slice(s.from, s.to)
          .map((t) => t.word)
          .join(" "),
      );
  };

  it("GIVEN 'My grandmother Nuala taught me' at a sentence's start WHEN read THEN the relative and her name are one person", () => {
    expect(people("My grandmother Nuala taught me the moves.")).toContain("my grandmother nuala");
    expect(people("Her uncle, Tomas Berg, ran the yard.")).toContain("her uncle tomas berg");
  });
});
