import { describe, expect, it } from "vitest";
import { splitEmoji } from "../../src/import/phrases.ts";
import {
  findDateSpan,
  findNames,
  findPeople,
  findVenueYear,
  splitNamed,
  splitRole,
} from "../../src/import/pieces.ts";

describe("pieces of a line", () => {
  it.each([
    ["qemu-lab — QEMU sandbox", "qemu-lab", "QEMU sandbox"],
    ["Inkwell – static sites", "Inkwell", "static sites"],
    ["pgwatch-lite - tiny dashboard", "pgwatch-lite", "tiny dashboard"],
    ["Languages: Go, Python", "Languages", "Go, Python"],
    ["Quill | dialogue editor", "Quill", "dialogue editor"],
  ])("GIVEN %j WHEN split THEN the name and the description come apart", (line, name, rest) => {
    expect(splitNamed(line)).toEqual({ name, rest });
  });

  it.each([
    "I study how pathogens of wheat — above all rust — evolve and spread",
    "She builds fish passes — ladders and ramps — for old weirs",
  ])("GIVEN the statement %j WHEN split THEN its aside between dashes makes no name", (line) => {
    expect(splitNamed(line)).toBeUndefined();
  });

  it("GIVEN a bold lead followed by a parenthesis and a dash WHEN split THEN the lead is the name and the parenthesis stays with the description", () => {
    expect(splitNamed("Lanternfall (with Ana Ruiz) — A cozy game", "Lanternfall")).toEqual({
      name: "Lanternfall",
      rest: "(with Ana Ruiz) A cozy game",
    });
  });

  it("GIVEN a bold lead followed by a bare year in brackets WHEN split THEN the year, which the entry's field holds, is not repeated in the description", () => {
    expect(splitNamed("Lanternfall (2021) — A cozy game", "Lanternfall")).toEqual({
      name: "Lanternfall",
      rest: "A cozy game",
    });
  });

  it.each([
    "I moved to Berlin in 2019 and joined a start-up there",
    "2016–2019 at the university",
    "pgwatch-lite is a dashboard",
  ])("GIVEN a sentence with no name in front (%j) WHEN split THEN nothing is split", (line) => {
    expect(splitNamed(line)).toBeUndefined();
  });

  it.each([
    ["USENIX NSDI 2022 First author.", "USENIX NSDI", 2022],
    ["Published at IEEE Transactions on Robotics 2019", "IEEE Transactions on Robotics", 2019],
    ["OOPSLA 2021.", "OOPSLA", 2021],
    ["Proceedings of the Web Conference '21", "Proceedings of the Web Conference", 2021],
  ])("GIVEN %j WHEN read THEN venue and year are found", (text, venue, year) => {
    expect(findVenueYear(text)).toMatchObject({ venue, year });
  });

  it.each(["Queen Mary University of London 2019", "AWS 2019–2021", "moved to London in 2002"])(
    "GIVEN %j WHEN read THEN no venue is claimed",
    (text) => {
      expect(findVenueYear(text)).toBeUndefined();
    },
  );

  it.each([
    ["First author.", "First author", ""],
    ["Co-author. A framework for data planes.", "Co-author", "A framework for data planes."],
    [
      "Low-latency messaging (Microsoft) Contributor.",
      "Contributor",
      "Low-latency messaging (Microsoft)",
    ],
  ])("GIVEN %j WHEN read THEN the role stands apart", (text, role, rest) => {
    expect(splitRole(text)).toEqual({ role, rest });
  });

  it.each([
    ["Sept 2019 – present", { from: 2019, open: true }],
    ["2016–2019", { from: 2016, to: 2019, open: false }],
    ["Jun 2014 - Aug 2016", { from: 2014, to: 2016, open: false }],
    ["from 2011 to 2014 she was", { from: 2011, to: 2014, open: false }],
    ["since 2021 I have hosted", { from: 2021, open: true }],
  ])("GIVEN %j WHEN read THEN the date range is found", (text, span) => {
    expect(findDateSpan(text)).toMatchObject(span);
  });

  it("GIVEN advisors and collaborators WHEN read THEN their names are found", () => {
    expect(findPeople("PhD, Queen Mary (adv. Gianni Antichi & Brent Stephens)")).toEqual([
      "Gianni Antichi",
      "Brent Stephens",
    ]);
    expect(findPeople("Visiting researcher (with Andrew Moore)")).toEqual(["Andrew Moore"]);
    expect(findPeople("ASR toolkit (with J. Etxeberria)")).toEqual(["J. Etxeberria"]);
  });

  it("GIVEN a name said with a possessive WHEN names are found THEN the name is without it", () => {
    expect(findNames("after twelve years at the British Library's conservation studio")).toEqual([
      "British Library",
    ]);
  });

  it("GIVEN a title ending in a capitalised word before the next sentence WHEN read THEN the two sentences are no person's name", () => {
    expect(findPeople("Dido and Aeneas. Period-instrument revival")).toEqual([]);
  });

  it.each([
    ["🎓 PhD in Robotics", "🎓", "PhD in Robotics"],
    ["👩‍💻 Engineer", "👩‍💻", "Engineer"],
    [":rocket: Shipping", ":rocket:", "Shipping"],
  ])(
    "GIVEN an emoji bullet %j WHEN split THEN the emoji and the text come apart",
    (line, emoji, rest) => {
      expect(splitEmoji(line)).toEqual({ emoji, rest });
    },
  );
});
