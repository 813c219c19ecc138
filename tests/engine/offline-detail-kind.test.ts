import { describe, expect, it } from "vitest";
import { fixtureProfile, testEngine } from "../builders/engine.ts";
import {
  aKnowledge,
  anEntry,
  aPersonWith,
  aSection,
  fixtureKnowledge,
} from "../builders/knowledge.ts";

// A small made-up profile whose entries cover topics without some of their details: a question
// about such a detail must get the honest partial answer, not the topic's entry as if it answered.
const potter = aKnowledge({
  person: {
    name: "Mira Holt",
    headline: "Potter in Hobart",
    summary: "I'm Mira Holt, a potter in Hobart. I make tableware and teach wheel throwing.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "The studio and what I make",
      entries: [
        anEntry({
          id: "studio",
          title: "Saltbush Pottery",
          summary:
            "I opened Saltbush Pottery in 2015. Between 2016 and 2019 I made 2,000 bowls for local cafes, and I sell about 300 mugs a year.",
        }),
        anEntry({
          id: "kiln",
          title: "Wood kiln",
          summary: "Building the wood kiln took eleven weeks in 2018. It came 2nd in the Clay Cup.",
        }),
        anEntry({
          id: "club",
          title: "Clay club",
          summary: "I run a clay club for beginners every Thursday night.",
        }),
        anEntry({
          id: "market",
          title: "Farmers market",
          summary: "On Saturdays I sell at the farmers market, opening at 8:30 am.",
        }),
        anEntry({
          id: "glaze-study",
          title: "Ash glaze study",
          year: 2022,
          summary: "In 2022 I tested 40 ash glazes on stoneware with the University of Tasmania.",
        }),
        anEntry({
          id: "slip-study",
          title: "Slip study",
          year: 2023,
          summary: "A 2023 test of 12 slips, which found that thin slips crack less in firing.",
        }),
        anEntry({
          id: "jar",
          title: "The big jar",
          year: 2021,
          summary: "A storage jar 1.2 metres tall, now at the Salamanca gallery.",
        }),
        anEntry({
          id: "shop",
          title: "Glaze room",
          summary: "My assistant, Tom Reyes, runs the glaze room.",
        }),
        anEntry({
          id: "residency",
          title: "Kiln residency",
          year: 2017,
          summary:
            "I set up the kiln residency in 2017 with the Danish potter Ida Krogh. We fire twice a year.",
        }),
        anEntry({
          id: "roots",
          title: "Where I'm from",
          summary: "I grew up in Launceston and first threw a pot at the age of nine.",
        }),
        anEntry({
          id: "fellowship",
          title: "Fellow, Ballarat Ceramics Institute",
          summary: "From 2009 to 2014 I was a fellow at the Ballarat Ceramics Institute.",
        }),
        anEntry({
          id: "co-op",
          title: "Makers co-op",
          summary: "I share a stall with six makers; the co-op took a loan of AUD 20,000 in 2021.",
        }),
        anEntry({
          id: "race",
          title: "Clay Cup 2019",
          year: 2019,
          summary: "A potters' relay across Tasmania. I finished 3rd, in 4 days 2 hours.",
        }),
        anEntry({
          id: "race-2",
          title: "Kiln Cup 2021",
          year: 2021,
          summary: "A throwing marathon. My wrist gave out after six hours and I had to withdraw.",
        }),
        anEntry({
          id: "gallery",
          title: "Gallery shop",
          summary: "I run a small gallery shop on Elizabeth Street, open on weekends.",
        }),
        anEntry({
          id: "wheel",
          title: "Kickwheel",
          summary:
            "An open-source wheel controller I wrote: its web panel serves up to 2K RPS, and it drives non-electric kick wheels too (⭐ 420).",
        }),
        anEntry({
          id: "show-tide",
          title: "Tide and Bowl",
          year: 2019,
          summary: "My first solo show, at the Moonah Arts Centre: 40 bowls; 3,500 visitors.",
        }),
        anEntry({
          id: "show-salt",
          title: "Salt: Mugs of the Coast",
          year: 2022,
          summary: "A show of 60 mugs at the Moonah Arts Centre, up for six weeks.",
        }),
        anEntry({
          id: "workshop",
          title: "Pinch-pot workshop",
          summary: "A 60-minute workshop that ends with every child taking a pot home.",
        }),
        anEntry({
          id: "app-grant",
          title: "Grant for Kickwheel v2",
          year: 2023,
          summary: "A AUD 5,000 grant from the Hobart Makers Fund for Kickwheel v2.",
        }),
        anEntry({
          id: "first-job",
          title: "Assistant potter at Rivulet Ceramics, Hobart",
          year: 2012,
          summary:
            "2012–2015, in the studio of Jane Pike and Tom Reyes. Mixed glazes and packed kilns.",
        }),
        anEntry({
          id: "cert",
          title: "Certificate in Drawing, Hobart College",
          year: 2004,
          summary: "Before the ferries I studied drawing for a year at Hobart College.",
        }),
        anEntry({
          id: "diploma",
          title: "Diploma of Ceramics, TAFE Tasmania",
          year: 2011,
          summary:
            "After five years as a ferry deckhand I did a two-year ceramics diploma at TAFE.",
        }),
        anEntry({
          id: "firing",
          title: "Firing",
          summary: "I'm comfortable firing with wood, gas and soda.",
        }),
        anEntry({
          id: "mug-class",
          title: "Cup making prize",
          year: 2021,
          summary: "A tea cup of mine won the 2021 cup making prize in Launceston.",
        }),
        anEntry({
          id: "cup-line",
          title: "Cup line",
          summary: "With one assistant I finish about 200 new cups a year.",
        }),
        anEntry({
          id: "glazing",
          title: "I glaze and decorate tableware for cafes",
          summary: "I glaze and decorate tableware for cafes across Hobart.",
        }),
        anEntry({
          id: "materials",
          title: "Materials",
          summary: "I decorate with iron oxide and a brush made of goat hair.",
        }),
        anEntry({
          id: "book",
          title: "Clay After Rain",
          year: 2020,
          role: "Author",
          summary: "A 120-page illustrated guide to wild clays of Tasmania.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: potter })).answer(q);

describe("offline answers carry the kind of detail asked", () => {
  it("GIVEN a club held every Thursday night WHEN asked what time it starts THEN the answer says the time of day is not given", async () => {
    const result = await ask("what time does the clay club start");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the time of day/);
  });

  it("GIVEN a market opening at 8:30 am WHEN asked what time it opens THEN the answer gives the time", async () => {
    const result = await ask("what time does the farmers market open");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/8:30/);
  });

  it("GIVEN a study that says what was tested but not what it found WHEN asked what it found THEN the answer says the finding is not given", async () => {
    const result = await ask("what did the ash glaze study find");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the finding/);
  });

  it("GIVEN a study that says what it found WHEN asked what it found THEN the answer gives it", async () => {
    const result = await ask("what did the slip study find");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/crack less/);
  });

  it("GIVEN a stretch of years and a yearly rate WHEN asked how long it takes to make one bowl THEN the answer says that length of time is not given", async () => {
    const result = await ask("how long does it take u to make one bowl");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a kiln that took eleven weeks to build WHEN asked how long it took THEN the answer gives the weeks", async () => {
    const result = await ask("how long did the wood kiln take to build");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/eleven weeks/);
  });

  it("GIVEN a jar with a height WHEN asked how much it weighs THEN the answer says the weight is not given", async () => {
    const result = await ask("how much does the big jar weigh");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/weight/);
  });

  it("GIVEN a jar with a height and no price WHEN asked how much it sold for THEN the answer says the amount is not given", async () => {
    const result = await ask("how much did the big jar sell for");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/amount/);
  });

  it("GIVEN a book titled with 'after' and called 'illustrated' WHEN asked who illustrated it THEN the answer says no name is given", async () => {
    const result = await ask("who illustrated clay after rain");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/Clay After Rain/);
  });

  it("GIVEN an owner named in the summary WHEN greeted with 'yo' and asked what they do THEN the answer introduces them", async () => {
    const result = await ask("yo what do u do");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/potter/);
  });

  it("GIVEN 'My assistant, Tom Reyes, runs the glaze room' WHEN asked who runs it THEN the answer names him", async () => {
    const result = await ask("who runs the glaze room");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Tom Reyes/);
  });

  it("GIVEN a residency set up 'with the Danish potter Ida Krogh' WHEN asked who it was started with THEN the answer names her", async () => {
    const started = await ask("who did u start the kiln residency with");
    expect(started.abstained).toBe(false);
    expect(started.answer).toMatch(/Ida Krogh/);
    const ran = await ask("who ran the kiln residency with u");
    expect(ran.abstained).toBe(false);
  });

  it("GIVEN a book 'illustrated by' no one named WHEN asked who publishes it THEN no name passes for the publisher", async () => {
    const result = await ask("who publishes clay after rain");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN 'first threw a pot at the age of nine' WHEN asked how old they were when they started THEN the answer gives the age", async () => {
    const result = await ask("how old were u when u first threw a pot");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/age of nine/);
  });

  it("GIVEN an institute named 'Ballarat' WHEN asked with the doubling on the wrong letter ('balarrat') THEN the answer gives that stay", async () => {
    const result = await ask("how long were u at balarrat");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/2009 to 2014/);
  });

  it("GIVEN a co-op entry whose only amount is a loan WHEN asked what the co-op charges for a vase THEN the answer says the amount is not given", async () => {
    const result = await ask("how much does the co-op charge for a vase");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/amount/);
  });

  it("GIVEN a race finished 'in 4 days 2 hours' and a kiln that 'took' weeks WHEN asked how long the race took THEN the answer is the race's time", async () => {
    const result = await ask("how long did the clay cup take u");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/4 days 2 hours/);
  });

  it("GIVEN a marathon the owner 'had to withdraw' from WHEN asked whether they finished it THEN the answer gives what the entry says", async () => {
    const result = await ask("did u finish the kiln cup?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/had to withdraw/);
  });

  it("GIVEN a shop 'on Elizabeth Street' WHEN asked where the shop is THEN the answer gives the street", async () => {
    const result = await ask("where's ur gallery shop");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Elizabeth Street/);
  });

  it("GIVEN a panel that 'serves up to 2K RPS' WHEN asked how many requests per second it can serve THEN the answer gives the rate", async () => {
    const result = await ask("how many reqs per second can kickwheel serve");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/2K RPS/);
  });

  it("GIVEN a controller that 'drives non-electric kick wheels' WHEN asked whether it handles electric wheels THEN the answer gives what it says; asked about another thing, it says the profile doesn't say", async () => {
    const handles = await ask("does kickwheel handle electric wheels");
    expect(handles.abstained).toBe(false);
    expect(handles.answer).toMatch(/non-electric/);
    const other = await ask("does kickwheel support windows");
    expect(other.abstained).toBe(true);
  });

  it("GIVEN '300 mugs a year' WHEN asked how many mugs a day are sold THEN a yearly figure does not pass for a daily one", async () => {
    const result = await ask("how many mugs per day do u sell");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN two shows, only one with its visitors WHEN asked how many visitors the other got THEN the first show's count is not given as its", async () => {
    const result = await ask("how many visitors did salt get");
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toMatch(/3,500/);
  });

  it("GIVEN a workshop that 'ends with every child taking a pot home' WHEN asked whether the owner has kids THEN any child does not pass for the owner's", async () => {
    const result = await ask("do u have kids");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a grant for a version 2 with its year WHEN asked when version 2 is coming out THEN the grant's year does not pass for a release date", async () => {
    const result = await ask("when is kickwheel v2 coming out");
    expect(result.abstained).toBe(true);
  });

  it("GIVEN a job that names people but no boss WHEN asked who the boss there was THEN the answer says no name is given", async () => {
    const result = await ask("who was ur boss at rivulet ceramics");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the name/);
  });

  it("GIVEN a project written with '(⭐ 420)' WHEN asked how many stars it has THEN the answer gives them", async () => {
    const result = await ask("how many stars has kickwheel got");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/420/);
  });

  it("GIVEN a diploma whose entry opens 'After five years as a ferry deckhand' WHEN asked what came before the diploma THEN the answer gives that entry", async () => {
    const result = await ask("what did u do before the diploma");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/ferry deckhand/);
    expect(result.answer).not.toMatch(/Hobart College/);
  });

  it("GIVEN 'I'm comfortable firing with wood, gas and soda' WHEN asked in chat words what they are comfy firing with THEN the answer gives it", async () => {
    const result = await ask("what r u comfy firing with");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/wood, gas and soda/);
  });

  it("GIVEN '200 new cups a year' and a 'cup making prize' of 2021 WHEN asked how many cups they make a year THEN the answer gives the yearly count", async () => {
    const result = await ask("how many cups do u make a year");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/200 new cups a year/);
  });

  it("GIVEN an assistant's job at Rivulet Ceramics WHEN asked 'r u a manager at rivulet?' THEN the answer says what the owner was there; asked of a place never named, it abstains", async () => {
    const there = await ask("r u a manager at rivulet ceramics?");
    expect(there.abstained).toBe(false);
    expect(there.answer).toMatch(/Assistant potter/);
    const elsewhere = await ask("r u a manager at ikea?");
    expect(elsewhere.abstained).toBe(true);
  });

  it("GIVEN 'I decorate with iron oxide' and 'I glaze and decorate tableware' WHEN asked what they decorate with THEN the answer gives what it is done with", async () => {
    const result = await ask("what do u decorate with");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/iron oxide/);
  });
});

// A made-up wildlife vet whose students come from a university named for a country.
const vet = aPersonWith(
  {
    headline: "Wildlife vet in Namibia",
    summary: "I treat rhinos.",
    voice: "first-person",
  },
  { id: "teaching", title: "Teaching", description: "Students I host" },
  anEntry({
    id: "students",
    title: "Vet students",
    summary: "I host final-year vet students from the University of Namibia every June.",
  }),
  anEntry({
    id: "school",
    title: "School talks",
    summary: "I give talks about rhinos at a local university twice a year.",
  }),
);

describe("offline answers name the organisation asked for", () => {
  it("GIVEN 'the University of Namibia' WHEN asked which uni the students are from THEN it is named, though the name ends in a place", async () => {
    const result = await (await testEngine({ knowledge: vet })).answer(
      "which uni are ur vet students from",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("University of Namibia");
  });

  it("GIVEN only 'a local university' WHEN asked which uni she gives talks at THEN the name is said to be missing", async () => {
    const result = await (await testEngine({ knowledge: vet })).answer(
      "which uni do u give school talks at",
    );
    expect(result.abstained).toBe(true);
  });
});

// A made-up subtitler: one entry names her first book, another never names a first film.
const subtitler = aPersonWith(
  {
    headline: "Translator in Porto",
    summary: "I translate novels.",
    voice: "first-person",
  },
  { id: "work", title: "Work", description: "Books and films" },
  anEntry({
    id: "first-book",
    title: "Salt Orchard",
    summary: "The first book I translated was Salt Orchard, a novel by Rui Lage, in 2016.",
  }),
  anEntry({
    id: "festival",
    title: "Subtitles for Curtas",
    summary: "Every October since 2017 I've subtitled the short films at the Curtas festival.",
  }),
);

describe("offline answers to 'what was the first X you did'", () => {
  it("GIVEN the first book named and films never named WHEN asked for the first of each THEN the book is named and the film is said to be missing", async () => {
    const engine = await testEngine({ knowledge: subtitler });
    const book = await engine.answer("what was the first book u translated");
    expect(book.abstained).toBe(false);
    expect(book.answer).toContain("Salt Orchard");
    const film = await engine.answer("what was the first film u subtitled at curtas");
    expect(film.abstained).toBe(true);
  });
});

describe("offline answers to 'since when'", () => {
  it("GIVEN 'Since 2016 she has visited the growers' WHEN asked since when she has been travelling out to them THEN the start answers, in the entry's own verb", async () => {
    const perfumer = aPersonWith(
      {
        headline: "Perfumer in Grasse",
        summary: "She makes perfume.",
        voice: "third-person",
      },
      { id: "sourcing", title: "Sourcing", description: "Where her materials come from" },
      anEntry({
        id: "growers",
        title: "Vetiver growers",
        summary: "Since 2016 she has visited the vetiver growers of Les Cayes every year.",
      }),
    );
    const result = await (await testEngine({ knowledge: perfumer })).answer(
      "since when has she been travelling out to the vetiver growers",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Since 2016");
  });
});

describe("offline answers to when something ended, in another verb of ending", () => {
  it("GIVEN 'she graduated from Rose Bruford College in 2008' WHEN asked what year she finished there THEN 2008 answers", async () => {
    const designer = aPersonWith(
      {
        headline: "Lighting designer in London",
        summary: "She lights plays.",
        voice: "third-person",
      },
      { id: "education", title: "Education", description: "Where she studied" },
      anEntry({
        id: "ba",
        title: "BA Lighting Design, Rose Bruford College",
        summary: "She graduated from Rose Bruford College in 2008 with a BA in Lighting Design.",
      }),
    );
    const result = await (await testEngine({ knowledge: designer })).answer(
      "what year did she finish at rose bruford",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("2008");
  });
});

describe("offline answers name a place-like thing asked for", () => {
  it("GIVEN 'from the Highmoor quarry' and 'the underside of Southwark Bridge' WHEN asked which quarry or bridge THEN each is named; 'children from Lisbon hospitals' names no hospital", async () => {
    const mason = aPersonWith(
      { headline: "Stonemason in York", summary: "I carve stone.", voice: "first-person" },
      { id: "work", title: "Work", description: "Stone and charity" },
      anEntry({
        id: "stone",
        title: "Minster, Highmoor",
        summary: "Most of the new stone we use comes from the Highmoor quarry near Tadcaster.",
      }),
      anEntry({
        id: "lights",
        title: "Thames Lights",
        summary:
          "For Thames Lights in 2024 I lit the underside of Southwark Bridge for ten nights.",
      }),
      anEntry({
        id: "charity",
        title: "Sky Kids",
        summary: "Twice a year I help run Sky Kids, a day out for children from Lisbon hospitals.",
      }),
    );
    const engine = await testEngine({ knowledge: mason });
    const quarry = await engine.answer("which quarry does the new stone come from");
    expect(quarry.abstained).toBe(false);
    expect(quarry.answer).toContain("Highmoor quarry");
    const bridge = await engine.answer("which bridge did u light for thames lights");
    expect(bridge.abstained).toBe(false);
    expect(bridge.answer).toContain("Southwark Bridge");
    const hospital = await engine.answer("which hospital do the sky kids come from");
    expect(hospital.abstained).toBe(true);
  });
});

describe("offline answers to 'who VERBed it' when the entry says when first", () => {
  it("GIVEN 'commissioned in 2021 by Opera Scaldis' WHEN asked who commissioned it THEN the answer names the opera; a year between the verb and 'by' does not own the name", async () => {
    const designer = aPersonWith(
      {
        headline: "Type designer in Antwerp",
        summary: "She draws typefaces.",
        voice: "third-person",
      },
      { id: "typefaces", title: "Typefaces", description: "Her released typefaces" },
      anEntry({
        id: "ottava",
        title: "Ottava",
        summary:
          "Ottava is a display typeface commissioned in 2021 by Opera Scaldis for its posters.",
      }),
      anEntry({
        id: "marram",
        title: "Marram",
        summary: "Marram is a text typeface she released in 2019.",
      }),
    );
    const engine = await testEngine({ knowledge: designer });
    const commissioned = await engine.answer("who commissioned ottava");
    expect(commissioned.abstained).toBe(false);
    expect(commissioned.answer).toContain("Opera Scaldis");
    const published = await engine.answer("who published marram");
    expect(published.abstained).toBe(true);
  });
});

describe("offline answers read a measure in any unit written out", () => {
  it("GIVEN a puppet that 'weighs 38 kilograms' WHEN asked how heavy the puppet is THEN the weight answers", async () => {
    const puppeteer = aPersonWith(
      { headline: "Puppeteer in Glasgow", summary: "She builds puppets.", voice: "third-person" },
      { id: "shows", title: "Shows", description: "Her shows" },
      anEntry({
        id: "heron",
        title: "The Clockwork Heron",
        summary:
          "A 4.5-metre walkabout heron operated by three puppeteers. Its frame is willow, and it weighs 38 kilograms.",
      }),
    );
    const engine = await testEngine({ knowledge: puppeteer });
    const heavy = await engine.answer("how heavy is the clockwork heron");
    expect(heavy.abstained).toBe(false);
    expect(heavy.answer).toContain("38 kilograms");
  });

  it("GIVEN the SRE fixture's ride of 'about 630 km' WHEN asked what's the furthest they've biked THEN the distance answers; the furthest they've swum is not given; GIVEN the diver fixture's 'deepest survey dive' THEN the deepest they've gone still answers", async () => {
    const engineer = await testEngine({ knowledge: await fixtureProfile("nwosu") });
    const far = await engineer.answer("whats the furthest uve biked");
    expect(far.abstained).toBe(false);
    expect(far.answer).toContain("630 km");
    expect((await engineer.answer("whats the furthest uve swum")).abstained).toBe(true);
    const diver = await testEngine({ knowledge: await fixtureProfile("quintrell") });
    expect((await diver.answer("whats the deepest uve ever gone")).answer).toContain("118 metres");
  });
});

describe("offline answers to a degree's length, what came straight after it, and clipped 'pubs'", () => {
  const engineer = aPersonWith(
    {
      headline: "Structural engineer in Leeds",
      summary: "He designs footbridges.",
      voice: "third-person",
    },
    { id: "career", title: "Career", description: "Jobs, degrees and papers" },
    anEntry({
      id: "meng",
      title: "MEng Civil and Structural Engineering, University of Sheffield",
      summary: "Ewan graduated from the University of Sheffield in 2009 with a first-class MEng.",
    }),
    anEntry({
      id: "phd",
      title: "PhD in Structural Dynamics, University of Bath",
      summary: "PhD (2013–2017) at the University of Bath on footbridge vibration.",
    }),
    anEntry({
      id: "graduate",
      title: "Graduate Engineer, Mottram Gale",
      role: "Graduate Engineer",
      summary: "His first job, from 2009 to 2011, was as a graduate engineer at Mottram Gale.",
    }),
    anEntry({
      id: "lecturer",
      title: "Visiting lecturer, University of Leeds",
      role: "Visiting lecturer",
      summary: "Since 2019 he has taught bridge design at the University of Leeds.",
    }),
  );
  engineer.sections.push(
    aSection({
      id: "papers",
      title: "Papers",
      description: "Journal papers",
      entries: [
        anEntry({
          id: "paper",
          title: "Crowd loading on stress-ribbon bridges",
          venue: "Structural Engineering International",
          year: 2016,
          summary: "How crowds set stress-ribbon bridges swaying.",
        }),
      ],
    }),
  );

  it("GIVEN a PhD written '(2013–2017)' WHEN asked how long it was THEN the degree answers; GIVEN he graduated in 2009 and lectures at a university now WHEN asked what he did straight out of uni THEN the first job answers; WHEN asked to list his pubs THEN the paper answers", async () => {
    const engine = await testEngine({ knowledge: engineer });
    const phd = await engine.answer("how long was his phd");
    expect(phd.abstained).toBe(false);
    expect(phd.answer).toContain("2013–2017");
    const after = await engine.answer("what did he do straight out of uni");
    expect(after.abstained).toBe(false);
    expect(after.answer).toContain("Mottram Gale");
    const pubs = await engine.answer("list his pubs pls");
    expect(pubs.abstained).toBe(false);
    expect(pubs.answer).toContain("Crowd loading");
  });
});

describe("offline answers to 'which uni', which a school programme does not answer", () => {
  it("GIVEN the marine ecologist fixture, a professor at Dalhousie University who founded a school programme WHEN asked which uni she teaches at THEN Dalhousie answers; GIVEN the shipped fixture WHEN asked where they went to school THEN the university answers", async () => {
    const ecologist = await testEngine({ knowledge: await fixtureProfile("kealoha") });
    const uni = await ecologist.answer("which uni does prof kealoha teach at");
    expect(uni.abstained).toBe(false);
    expect(uni.answer).toContain("Dalhousie University");
    expect(uni.answer).not.toContain("Kelp Kids");
    const shipped = await testEngine({ knowledge: await fixtureProfile("shipped") });
    expect((await shipped.answer("where did u go to school")).answer).toContain("Queen Mary");
  });
});

describe("offline answers to what came after a thing the entry says ended", () => {
  it("GIVEN the SRE fixture's background ('lived in Berlin since 2018 … studied at the University of Nigeria, graduating in 2013') WHEN asked for the first gig after uni THEN the first job answers, not 'plans'", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("nwosu") });
    const result = await engine.answer("what was ur very first gig after uni");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Interswift");
  });
});

describe("offline answers to 'who VERBed it' named by the noun for one who does it", () => {
  it("GIVEN the glazier fixture's 'documentary by the director Ana Sifuentes' WHEN asked who directed it THEN she is named; asked who produced it THEN no name passes", async () => {
    const engine = await testEngine({ knowledge: fixtureKnowledge("quintero") });
    const directed = await engine.answer("who directed luz rota");
    expect(directed.abstained).toBe(false);
    expect(directed.answer).toContain("Ana Sifuentes");
    const produced = await engine.answer("who produced luz rota");
    expect(produced.abstained).toBe(true);
  });
});
