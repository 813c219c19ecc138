import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, aKnowledgeOf, anEntry, aSection } from "../builders/knowledge.ts";

// A small made-up profile of a bookbinder, written for the ninth round: entries that hold the
// topic of a question, and sometimes its detail in a form the engine used to miss (a yearly
// rate said with "every year", what a part is made of), sometimes only a near miss (a share,
// not a count; a length in days, not hours; the owner in the role asked about).
const binder = aKnowledge({
  person: {
    headline: "Ines Varga, bookbinder in Ljubljana",
    summary: "Ines binds and restores books and teaches at the academy.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "The bindery, the teaching and the commissions",
      entries: [
        anEntry({
          id: "classes",
          title: "Binding classes",
          summary:
            "Since 2014 Ines has run binding classes at the academy, where roughly 90 apprentices attend her sessions every year.",
        }),
        anEntry({
          id: "guild",
          title: "Guild examination",
          year: 2012,
          summary:
            "Ines passed the guild's master examination in 2012; only one in eight candidates passes.",
        }),
        anEntry({
          id: "fair",
          title: "Book fair rota",
          summary:
            "At the book fair she works two morning shifts and two evening shifts, then three days off.",
        }),
        anEntry({
          id: "restoration",
          title: "Restoration sessions",
          summary: "A restoration session at the archive lasts 4 hours.",
        }),
        anEntry({
          id: "shop",
          title: "Papirnica",
          summary:
            "Ines opened Papirnica, her paper shop on Trubarjeva street, in 2016; on Saturdays she also sells at the market.",
        }),
        anEntry({
          id: "reading-room",
          title: "Reading room",
          summary: "The reading room she curates opens at 10:00 on Sundays.",
        }),
        anEntry({
          id: "mentor",
          title: "Visiting teacher, Studio Ana Horvat",
          summary:
            "Ines has been a visiting teacher at Studio Ana Horvat since 2018, first for lettering and now for binding.",
        }),
        anEntry({
          id: "vienna",
          title: "Apprenticeship in Vienna",
          summary:
            "Ines trained in Vienna from 2006 to 2009. Her teacher in Vienna was Marko Zupan.",
        }),
        anEntry({
          id: "folio",
          title: "Binder, Folio Editions",
          summary:
            "She spent four years at Folio Editions in Maribor, mostly on Cyrillic for three editions.",
        }),
        anEntry({
          id: "atlases",
          title: "Atlas restoration",
          summary: "She restored two atlases, Mercator and Blaeu, for the national library.",
        }),
        anEntry({
          id: "academy",
          title: "Academy of Fine Arts",
          summary: "Each spring she teaches the drawing module of the restoration diploma.",
        }),
        anEntry({
          id: "library",
          title: "City library",
          summary: "Ines runs a weekly workshop at the city library.",
        }),
        anEntry({
          id: "herbarium",
          title: "The herbarium binding",
          year: 2020,
          summary: "A herbarium of 300 leaves in a binding with a spine of goatskin, made in 2020.",
        }),
        anEntry({
          id: "catalogue",
          title: "Lumen catalogue",
          year: 2022,
          summary:
            "She set the catalogue of the Lumen exhibition, commissioned by the National Gallery, in Garamond.",
        }),
        anEntry({
          id: "graz",
          title: "Bindery in Graz",
          summary:
            "Before Papirnica she spent six years at a bindery in Graz, working at its single guillotine.",
        }),
        anEntry({
          id: "marathon",
          title: "Bookbinding Marathon",
          year: 2023,
          summary:
            "She finished the 2023 Bookbinding Marathon in 8 hours 20 minutes, her third attempt at it.",
        }),
        anEntry({
          id: "marbling",
          title: "Marbling grant",
          summary:
            "Since her capstone year she has held a city grant for her project on paper marbling.",
        }),
        anEntry({
          id: "vellum",
          title: "Vellum study",
          summary: "Her thesis project was a study of limp vellum bindings.",
        }),
        anEntry({
          id: "hotstamp",
          title: "Hotstamp",
          summary: "A laser stamper in Meccano that she uses for gilt titles.",
        }),
        anEntry({
          id: "engraver",
          title: "Spine engraver",
          summary: "Her spine engraver is built around a Sculpfun laser module from 2021.",
        }),
        anEntry({
          id: "climbing",
          title: "Climbing",
          summary:
            "On Sundays she takes her ropes and quickdraws to the limestone crags of Osp, near Koper.",
        }),
        anEntry({
          id: "flood-lab",
          title: "Flood repair lab",
          summary: "After the 2023 flood her lab repaired 240 water-damaged books.",
        }),
        anEntry({
          id: "guild-stock",
          title: "Binders' guild",
          summary:
            "Ines chairs the binders' guild. Most of the binders in the guild keep about 20 kilos of leather in stock.",
        }),
        anEntry({
          id: "bindery-map",
          title: "Bindery map",
          summary:
            "Since 2020 she has mapped old binderies in all 12 regions, for the guild in Ljubljana.",
        }),
        anEntry({
          id: "summer-course",
          title: "Summer course",
          summary: "Each July she teaches a summer course in the Goriška region.",
        }),
        anEntry({
          id: "psalter-film",
          title: "Psalter film",
          summary: "A short film of her mending a psalter, watched more than 4,500 times online.",
        }),
        anEntry({
          id: "tools",
          title: "Tools",
          summary: "Labels and posters: Affinity Publisher. Also a Kensol press and a bone folder.",
        }),
        anEntry({
          id: "evening-course",
          title: "Evening course",
          summary:
            "Since 2017 Ines has taught Paper Conservation Basics, an evening course of ten sessions.",
        }),
      ],
    }),
    aSection({
      id: "outreach",
      title: "Teaching and outreach",
      description: "Talks, radio and visits to libraries",
      entries: [
        anEntry({
          id: "libraries",
          title: "Library visits",
          summary: "She takes a portable sewing frame to rural libraries, about 12 visits a year.",
        }),
        anEntry({
          id: "radio",
          title: "Radio Slovenija",
          summary: "In 2021 she talked about paper repair on Radio Slovenija.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: binder })).answer(q);

describe("offline answers tell a detail from a near miss", () => {
  it("GIVEN about 90 apprentices attending every year WHEN asked how many apprentices she teaches a year THEN the answer gives the 90", async () => {
    const result = await ask("how many apprentices does she teach a year");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/90 apprentices/);
  });

  it("GIVEN only one in eight candidates passing WHEN asked how many candidates there were THEN the answer says the number is not given", async () => {
    const result = await ask("how many candidates were there in her year");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the number of candidates/);
  });

  it("GIVEN shifts followed by three days off WHEN asked how many hours an evening shift is THEN the answer says the length is not given", async () => {
    const result = await ask("how many hours is an evening shift at the book fair");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a session that lasts 4 hours WHEN asked how many hours a session is THEN the answer gives them", async () => {
    const result = await ask("how many hours is a restoration session");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/4 hours/);
  });

  it("GIVEN a shop with only the year it opened WHEN asked when it opens on saturdays THEN the answer says the time of day is not given", async () => {
    const result = await ask("when does papirnica open on saturdays");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the time of day/);
  });

  it("GIVEN a room that opens at 10:00 on Sundays WHEN asked when it opens on sundays THEN the answer gives the time", async () => {
    const result = await ask("when does the reading room open on sundays");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/10:00/);
  });

  it("GIVEN she is a visiting teacher herself WHEN asked who her first teacher at the studio was THEN the answer says no name is given", async () => {
    const result = await ask("who was her first teacher at the studio");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the name/);
  });

  it("GIVEN her teacher in Vienna named WHEN asked who her teacher in vienna was THEN the answer names him", async () => {
    const result = await ask("who was her teacher in vienna");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Marko Zupan/);
  });

  it("GIVEN three editions counted but not named at a press called Folio Editions WHEN asked which editions she worked on at Folio THEN the answer says their names are not given", async () => {
    const result = await ask("which editions did she work on at folio");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the names of the editions/);
  });

  it("GIVEN two atlases counted and then named WHEN asked which atlases she restored THEN the answer names them", async () => {
    const result = await ask("which atlases did she restore");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Mercator/);
  });

  it("GIVEN the drawing module of a diploma WHEN asked which module she teaches at the academy THEN the answer gives it", async () => {
    const result = await ask("which module does she teach at the academy");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/drawing module/);
  });

  it("GIVEN only a weekly workshop WHEN asked which workshop she runs at the library THEN the answer says which is not given", async () => {
    const result = await ask("which workshop does she run at the city library");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a spine of goatskin WHEN asked what leather the spine of the herbarium is THEN the answer gives it", async () => {
    const result = await ask("what leather is the spine of the herbarium binding");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/goatskin/);
  });

  it("GIVEN nothing said of its boards WHEN asked what leather the boards of the herbarium are THEN the answer says the leather is not given", async () => {
    const result = await ask("what leather is the cover of the herbarium binding");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a guillotine counted at a bindery she left for Papirnica WHEN asked how many guillotines Papirnica has THEN the answer says the number is not given", async () => {
    const result = await ask("how many guillotines does papirnica have");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the number of guillotines/);
  });

  it("GIVEN a race time from her third attempt WHEN asked her time the first time THEN the answer says the first time is not given", async () => {
    const result = await ask("what was her time the first time she did the bookbinding marathon");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/8 hours 20 minutes/);
  });

  it("GIVEN a race time WHEN asked her time at the race THEN the answer gives it", async () => {
    const result = await ask("what was her time at the bookbinding marathon");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/8 hours 20 minutes/);
  });

  it("GIVEN a project said far from her capstone year WHEN asked what her capstone project was on THEN the answer says that project is not given", async () => {
    const result = await ask("what was her capstone project on");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the capstone project/);
  });

  it("GIVEN her thesis project named as such WHEN asked what it was on THEN the answer gives it", async () => {
    const result = await ask("what was her thesis project on");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/limp vellum/);
  });

  it("GIVEN a laser stamper built in Meccano WHEN asked what laser it needs THEN the answer says the laser is not named", async () => {
    const result = await ask("what laser does hotstamp need");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the name of the laser/);
  });

  it("GIVEN a Sculpfun laser module WHEN asked what laser the engraver uses THEN the answer names it", async () => {
    const result = await ask("what laser does her spine engraver use");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Sculpfun/);
  });

  it("GIVEN an entry titled for the pastime that places it at Osp WHEN asked where she goes climbing THEN the answer gives the place", async () => {
    const result = await ask("where does she go climbing");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Osp/);
  });

  it("GIVEN library visits counted but no library named WHEN asked which libraries she has visited THEN the answer says their names are not given", async () => {
    const result = await ask("which rural libraries has she visited, names?");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the names of the libraries/);
  });

  it("GIVEN a count of the books repaired WHEN asked how many books rotted in the flood THEN the answer says that number is not given", async () => {
    const result = await ask("how many books rotted in the flood");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the number of books/);
  });

  it("GIVEN a count of the books repaired WHEN asked how many books her lab repaired THEN the answer gives it", async () => {
    const result = await ask("how many books did her lab repair after the flood");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/240/);
  });

  it("GIVEN a title naming a low-latency store and a text giving its P99.9 WHEN asked the p99.9 latency THEN the figure answers, though the text never says 'latency' near it", async () => {
    const knowledge = aKnowledgeOf(
      anEntry({
        id: "store",
        title: "kelpie — a low-latency key-value store",
        summary: "An in-memory store for edge servers (40µs P99.9 on ARM). I wrote its WAL.",
      }),
    );
    const result = await (await testEngine({ knowledge })).answer(
      "what's the p99.9 latency of kelpie",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/40µs P99\.9/);
  });

  it("GIVEN a count of the books repaired WHEN asked in other words how many books she fixed THEN the count is hers, told with another verb, and answers", async () => {
    const result = await ask("how many books did she fix after the flood");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/240/);
  });

  it("GIVEN leather kept by most of the binders in her guild WHEN asked how much leather she keeps herself THEN the answer says the amount is not given", async () => {
    const result = await ask("how much leather does ines keep in stock herself");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the amount of leather/);
  });

  it("GIVEN binderies mapped in all 12 regions, none named WHEN asked which region has the most THEN the answer says the place is not given", async () => {
    const result = await ask("which region has the most old binderies");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the place/);
  });

  it("GIVEN a course in the Goriška region WHEN asked which region it is in THEN the answer names it", async () => {
    const result = await ask("which region is her summer course in");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Goriška/);
  });

  it("GIVEN a film watched more than 4,500 times WHEN asked how many views it got THEN the answer gives the figure", async () => {
    const result = await ask("how many views did the psalter film get");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/4,500 times/);
  });

  it("GIVEN an entry titled Tools that lists her software WHEN asked what software she designs labels in THEN the answer names it", async () => {
    const result = await ask("what software does she design labels in");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Affinity Publisher/);
  });

  it("GIVEN a course named after the verb but no language WHEN asked what language she teaches the course in THEN the answer says the language is not given", async () => {
    const result = await ask("what language does she teach her evening course in");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the language/);
  });

  it("GIVEN a catalogue set, past an aside, in Garamond WHEN asked what typeface she set it in THEN the answer gives it", async () => {
    const result = await ask("what typeface did she set the lumen catalogue in");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Garamond/);
  });
});
