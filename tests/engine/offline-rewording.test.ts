import { describe, expect, it } from "vitest";
import { fixtureProfile, testEngine } from "../builders/engine.ts";
import {
  aKnowledge,
  anEntry,
  aPersonWith,
  aSection,
  fixtureKnowledge,
} from "../builders/knowledge.ts";

// A made-up beekeeper-turned-engineer whose profile words differ from the questions' words.
const knowledge = aKnowledge({
  person: {
    name: "Rhona Tiernan",
    headline: "Rhona Tiernan is a lighthouse engineer from Stornoway, Lewis.",
    summary:
      "She keeps the automated lights of the Minch running and writes about coastal weather.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "Jobs and projects",
      entries: [
        anEntry({
          id: "beacon",
          title: "Beacon — remote lamp monitor",
          summary:
            "A monitor for Automatic Identification System (AIS) stations that applies " +
            "colour-coded optimizations to the lamp schedule at dusk.",
        }),
        anEntry({
          id: "relay",
          title: "Relay",
          summary: "A radio relay for keepers' huts, built on VHF links.",
        }),
        anEntry({
          id: "cloudlink",
          title: "Cloudlink",
          summary:
            "Telemetry collectors that run on public-cloud VMs, with large throughput gains.",
        }),
        anEntry({
          id: "fog-tour",
          title: "Fog signal survey",
          summary:
            "In 2018 she surveyed every fog signal on the west coast, with the cellist Mairi Dunn recording the horns.",
        }),
        anEntry({
          id: "kayak",
          title: "Sea kayaking",
          summary: "In 2016 she crossed the Minch in a sea kayak, eleven hours from Ullapool.",
        }),
        anEntry({
          id: "lamp-oil",
          title: "Lamp Oil",
          summary: "Her first pamphlet of poems, Lamp Oil, came out in 2017.",
          year: 2017,
        }),
        anEntry({
          id: "foghorns",
          title: "Foghorns",
          summary: "A second pamphlet of poems, Foghorns, is due in autumn 2027.",
        }),
        anEntry({
          id: "weekends",
          title: "Weekends",
          summary: "At weekends she is a dinghy racer and a kelp forager.",
        }),
        anEntry({
          id: "tern",
          title: "Tern Lights",
          summary: "She founded Tern Lights, a lamp consultancy of her own, in 2019.",
          year: 2019,
        }),
        anEntry({
          id: "board",
          title: "Engineer at the Northern Lighthouse Board",
          summary: "From 2012 to 2019 she was an engineer at the Northern Lighthouse Board.",
        }),
        anEntry({
          id: "college",
          title: "Lews Castle College",
          summary:
            "At college a lecturer noticed she could type at 95 words a minute and sent her to the radio room.",
        }),
        anEntry({
          id: "festival",
          title: "Hebridean Celtic Festival",
          summary: "She built the stage lighting rig for the Hebridean Celtic Festival in 2021.",
        }),
      ],
    }),
  ],
});

describe("offline answers to questions worded unlike the profile", () => {
  it("GIVEN an entry writing 'Automatic Identification System (AIS)' WHEN asked what AIS stands for THEN it answers with that entry; an acronym written with no expansion is not guessed", async () => {
    const engine = await testEngine({ knowledge });
    const spelt = await engine.answer("hmm what does ais even stand for");
    expect(spelt.abstained).toBe(false);
    expect(spelt.answer).toContain("Automatic Identification System");
    const unspelt = await engine.answer("what does vhf stand for");
    expect(unspelt.abstained).toBe(true);
  });

  it("GIVEN an entry spelling 'optimizations' and 'colour' WHEN asked with the other spelling ('optimise', 'color') THEN the entry answers", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("does beacon optimise the color coding?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Beacon");
  });

  it("GIVEN an entry about 'VMs' WHEN asked what machines it runs on THEN 'VMs' is read as virtual machines", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("what kind of machines is cloudlink meant for");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("public-cloud VMs");
  });

  it("GIVEN an entry naming 'the cellist Mairi Dunn' WHEN asked who was on cello next to her THEN it names her (a player named by the instrument's -ist noun; 'next to' is no future)", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("who was on cello next to her on the fog survey");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Mairi Dunn");
  });

  it("GIVEN a profile whose only word starting 'hebrid' is 'Hebridean' WHEN asked about 'hebrid' clipped THEN the festival entry answers; a word it is no start of still abstains", async () => {
    const engine = await testEngine({ knowledge });
    const clipped = await engine.answer("has she ever done hebrid?");
    expect(clipped.abstained).toBe(false);
    expect(clipped.answer).toContain("Hebridean Celtic Festival");
    const other = await engine.answer("has she ever done glyndebourne?");
    expect(other.abstained).toBe(true);
  });

  it("GIVEN a headline 'engineer from Stornoway, Lewis' WHEN asked where she is from originally THEN the headline answers", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("where's rhona from originally");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Stornoway");
  });

  it.each([
    "so what does rhona drive for a living lol",
    "yo whats her deal, what does she do all day",
    "sum her up in one line",
  ])("GIVEN a headline WHEN asked '%s' THEN the headline introduces her", async (question) => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer(question);
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("lighthouse engineer");
  });

  it("GIVEN an entry saying she could 'type at 95 words a minute' WHEN asked at what speed she could type THEN 'type' is read as the verb it is and the entry answers", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("at what speed could she type");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("95 words a minute");
  });

  it("GIVEN an entry saying she 'crossed the Minch' WHEN asked if she ever paddled across the minch THEN going across is read as crossing; across another sea still abstains", async () => {
    const engine = await testEngine({ knowledge });
    const crossed = await engine.answer("has she ever paddled across the minch");
    expect(crossed.abstained).toBe(false);
    expect(crossed.answer).toContain("crossed the Minch");
    const other = await engine.answer("has she ever paddled across the irish sea");
    expect(other.abstained).toBe(true);
  });

  it("GIVEN an entry telling of 'large throughput gains' WHEN asked what kinda speedups it gives THEN 'speedups' is read as speed and the entry answers", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("what kinda speedups does cloudlink give");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("throughput gains");
  });

  it("GIVEN an entry about 'her first pamphlet' WHEN asked what her debut pamphlet is called THEN a debut is read as the first", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("whats her debut pamphlet called");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Lamp Oil");
  });

  it("GIVEN one of two pamphlet entries saying one is 'due in autumn 2027' WHEN asked when the next pamphlet is out THEN that entry answers, though it never says 'next'", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("when's the next pamphlet out");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("autumn 2027");
    expect(result.answer).not.toContain("Lamp Oil");
  });

  it("GIVEN an entry calling her 'a dinghy racer' WHEN asked if she races dinghies THEN the one who does it answers for the verb; a verb no one there does still abstains", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("does she race dinghies");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("dinghy racer");
    const other = await engine.answer("does she sell dinghies");
    expect(other.abstained).toBe(true);
  });

  it("GIVEN a job from 2012 to 2019 and a consultancy she founded in 2019 WHEN asked where she worked before going solo, and for how long THEN the job before the founding answers", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("where did she work before going solo, and for how long");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Northern Lighthouse Board");
    expect(result.answer).toContain("2012 to 2019");
  });

  it("GIVEN entries that never say 'difference' WHEN asked the diff between relay and a normal relay THEN the word for the relation asked is not looked for, and the entry answers", async () => {
    const engine = await testEngine({ knowledge });
    const result = await engine.answer("whats the diff between relay and a normal radio relay");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("keepers' huts");
  });
});

// A made-up chemist whose free time is filed under a section for fun, and whose work is in a lab.
const chemist = aKnowledge({
  person: {
    headline: "Orla Banfield, analytical chemist in Galway",
    summary: "Orla runs the mass spectrometry lab at a marine institute.",
    voice: "third-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "The lab and its instruments",
      entries: [
        anEntry({
          id: "lab",
          title: "Mass spectrometry lab",
          summary: "Since 2018 Orla has managed the lab's four mass spectrometers.",
        }),
      ],
    }),
    aSection({
      id: "interests",
      title: "Interests",
      description: "What she does for fun",
      entries: [
        anEntry({
          id: "sailing",
          title: "Sailing",
          summary: "She races a Mirror dinghy on Lough Corrib most summer evenings.",
        }),
      ],
    }),
  ],
});

describe("offline answers read 'when she's not at work' as her free time", () => {
  it("GIVEN a section for fun and a lab entry WHEN asked what she gets up to when she's not in the lab THEN the answer is her pastime, not the lab", async () => {
    const engine = await testEngine({ knowledge: chemist });
    for (const q of [
      "what does she get up to when shes not in the lab",
      "what does she do outside of work",
      "what does orla get up to on her days off",
      "what does she do at weekends off",
    ]) {
      const result = await engine.answer(q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toContain("Mirror dinghy");
      expect(result.answer, q).not.toContain("mass spectrometers");
    }
  });
});

// A made-up game composer: an old job that says "working", and a project that calls itself
// current without saying so.
const composer = aKnowledge({
  person: {
    headline: "Game composer in Dunedin",
    summary: "I write music for small game studios.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "career",
      title: "Career",
      description: "Jobs before going freelance",
      entries: [
        anEntry({
          id: "agency",
          title: "Jingle writer, Otago Sound",
          summary: "From 2010 to 2015 I was working at Otago Sound, writing jingles for radio.",
        }),
      ],
    }),
    aSection({
      id: "scores",
      title: "Scores",
      description: "Game soundtracks",
      entries: [
        anEntry({
          id: "lantern",
          title: "Lantern Keep",
          summary: "My current project: the score for a lighthouse puzzle game by Gullwing.",
        }),
        anEntry({
          id: "moth",
          title: "Moth Choir",
          summary: "A choral score for a 2021 platformer by Gullwing.",
        }),
      ],
    }),
  ],
});

describe("offline answers read 'what is she into' as her interests", () => {
  it("GIVEN a section of interests WHEN asked what she is into THEN her interests answer, not the lab", async () => {
    const engine = await testEngine({ knowledge: chemist });
    const result = await engine.answer("what is she really into");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Mirror dinghy");
  });
});

describe("offline answers to 'what are you working on right now'", () => {
  it("GIVEN an old job that says 'working' and a current project WHEN asked what u r working on rn THEN the current project answers", async () => {
    const engine = await testEngine({ knowledge: composer });
    for (const q of ["what r u working on rn", "what are you working on at the moment"]) {
      const result = await engine.answer(q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toContain("Lantern Keep");
      expect(result.answer, q).not.toContain("jingles");
    }
  });
});

describe("offline answers read 'in charge of' as leading", () => {
  it("GIVEN a chief engineer since 2019 WHEN asked how long she has been in charge of the engineers THEN that entry answers", async () => {
    const engineer = aPersonWith(
      {
        headline: "Marine engineer in Liverpool",
        summary: "I keep ferries running.",
        voice: "third-person",
      },
      { id: "career", title: "Career", description: "Jobs at sea and ashore" },
      anEntry({
        id: "chief",
        title: "Chief engineer, Mersey Ferries",
        summary: "Since May 2019 she has been chief engineer at Mersey Ferries, with 9 engineers.",
      }),
      anEntry({
        id: "cadet",
        title: "Engine cadet",
        summary: "From 2008 to 2011 she was an engine cadet on tankers.",
      }),
    );
    const result = await (await testEngine({ knowledge: engineer })).answer(
      "how long has she been in charge of the engineers there",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Since May 2019");
  });
});

describe("offline answers read 'recognised for' as an award", () => {
  it("GIVEN a teaching award and a course she teaches WHEN asked if she was ever recognized for her teaching THEN the award answers", async () => {
    const lecturer = aPersonWith(
      {
        headline: "Law lecturer in Leeds",
        summary: "She teaches criminal law.",
        voice: "third-person",
      },
      { id: "teaching", title: "Teaching", description: "Courses and awards" },
      anEntry({
        id: "course",
        title: "Criminal Law I",
        summary: "She has taught the first-year criminal law course since 2015.",
      }),
      anEntry({
        id: "award",
        title: "Faculty Teaching Award",
        summary: "Her students voted her the winner of the Faculty Teaching Award in 2022.",
      }),
    );
    const engine = await testEngine({ knowledge: lecturer });
    for (const q of [
      "has she ever been recognized for her teaching",
      "was she recognised for teaching",
    ]) {
      const result = await engine.answer(q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toContain("Faculty Teaching Award");
    }
  });
});

describe("offline answers read a label ending on a preposition into its value", () => {
  it("GIVEN an entry titled 'Grew up in' whose summary is 'Gdańsk, Poland' WHEN asked which country she is from THEN it answers with Poland", async () => {
    const astronomer = aPersonWith(
      { headline: "Radio astronomer", summary: "I study pulsars.", voice: "first-person" },
      { id: "about", title: "About", description: "Facts about me" },
      anEntry({ id: "based", title: "Based in", summary: "Cape Town, South Africa" }),
      anEntry({ id: "grew-up", title: "Grew up in", summary: "Gdańsk, Poland" }),
    );
    const result = await (await testEngine({ knowledge: astronomer })).answer(
      "which country r u originally from",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Poland");
    expect(result.answer).not.toContain("South Africa");
  });
});

describe("offline answers read a chat word for a dog", () => {
  it("GIVEN 'her dog Pulver' WHEN asked the name of her pup THEN Pulver answers; a profile about seal pups keeps its pups", async () => {
    const forecaster = aPersonWith(
      {
        headline: "Avalanche forecaster",
        summary: "She forecasts snow.",
        voice: "third-person",
      },
      { id: "life", title: "Life", description: "Outside work" },
      anEntry({
        id: "dog",
        title: "Her dog Pulver",
        summary: "Her border collie, Pulver, is a trained avalanche search dog.",
      }),
    );
    const named = await (await testEngine({ knowledge: forecaster })).answer(
      "whats the name of her pup",
    );
    expect(named.abstained).toBe(false);
    expect(named.answer).toContain("Pulver");
    const biologist = aPersonWith(
      { headline: "Seal biologist", summary: "She counts seals.", voice: "third-person" },
      { id: "work", title: "Work", description: "Surveys" },
      anEntry({
        id: "pups",
        title: "Pup census",
        summary: "In 2023 she counted 2,300 grey seal pups born on the Farne Islands.",
      }),
    );
    const counted = await (await testEngine({ knowledge: biologist })).answer(
      "how many pups were born in 2023",
    );
    expect(counted.abstained).toBe(false);
    expect(counted.answer).toContain("2,300");
  });
});

describe("offline answers to 'did she ever work abroad'", () => {
  it("GIVEN jobs in London and in Switzerland WHEN asked whether she ever worked outside the UK THEN the answer gives where she worked, the Swiss job among them, not a refusal", async () => {
    const conservator = aKnowledge({
      person: {
        headline: "Textile conservator in London",
        summary: "She looks after historic textiles.",
        voice: "third-person",
      },
      sections: [
        aSection({
          id: "career",
          title: "Career",
          description: "Where she has worked",
          entries: [
            anEntry({
              id: "museum",
              title: "Conservator, Example Museum",
              summary: "Since 2015 she has been a conservator at a museum in London.",
            }),
            anEntry({
              id: "intern",
              title: "Intern, Example Foundation",
              summary:
                "In 2012 she spent ten months as an intern at a foundation in Riggisberg, Switzerland.",
            }),
          ],
        }),
      ],
    });
    const engine = await testEngine({ knowledge: conservator });
    for (const q of [
      "did she ever work abroad, like outside the uk?",
      "has she worked outside london",
    ]) {
      const result = await engine.answer(q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toContain("Switzerland");
    }
  });
});

describe("offline answers read 'for ur work' closing a question as any of it", () => {
  it("GIVEN the midwife fixture, whose award entry never says 'work' WHEN asked whether she has won anything for her work THEN the award answers", async () => {
    const engine = await testEngine({ knowledge: fixtureKnowledge("szczeplik") });
    const result = await engine.answer("have u won anything for ur work");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Midwife of the Year");
  });
});

describe("offline answers look up in WordNet a noun rarer than the word lists", () => {
  it("GIVEN the midwife fixture, whose allotment grows beetroot, dill and courgettes WHEN asked what veg she grows THEN the allotment answers, not where she grew up", async () => {
    const engine = await testEngine({ knowledge: fixtureKnowledge("szczeplik") });
    const result = await engine.answer("what veg do u grow");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("beetroot");
  });
});

describe("offline answers read 'link up' as connecting", () => {
  it("GIVEN 'In March 2020 our team connected Sistema Example with Sistema Other' WHEN asked when they linked up the two THEN the date answers", async () => {
    const diver = aPersonWith(
      { headline: "Cave diver in Tulum", summary: "I map flooded caves.", voice: "first-person" },
      { id: "surveys", title: "Surveys", description: "Cave surveys" },
      anEntry({
        id: "connection",
        title: "Examplewitz connection",
        summary:
          "In March 2020 our team connected Sistema Examplewitz with the neighbouring Sistema Otherchen on a six-hour dive.",
      }),
    );
    const result = await (await testEngine({ knowledge: diver })).answer(
      "when did u link up examplewitz and otherchen",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("March 2020");
  });
});

describe("offline answers read clipped chat words: eps, cert, wher", () => {
  const forecaster = aKnowledge({
    person: {
      headline: "Avalanche forecaster in Tromsø",
      summary: "I forecast avalanches for northern Norway.",
      voice: "first-person",
    },
    sections: [
      aSection({
        id: "work",
        title: "Work",
        description: "Jobs I have held",
        entries: [
          anEntry({
            id: "teacher",
            title: "Geography teacher",
            summary:
              "From 2008 to 2012 I taught geography at the upper secondary school in Kroken.",
          }),
          anEntry({
            id: "podcast",
            title: "Snow podcast",
            summary: "I co-host a podcast about snow and risk; 64 episodes are out so far.",
          }),
          anEntry({
            id: "certificate",
            title: "Professional avalanche certificate",
            summary:
              "In 2014 I earned the professional certificate of the Canadian Avalanche Association in Revelstoke.",
          }),
        ],
      }),
      aSection({
        id: "outdoors",
        title: "Outdoors",
        description: "What I do in the mountains for fun",
        entries: [
          anEntry({
            id: "glacier",
            title: "Glacier hiking",
            summary: "Each summer I guide friends across the Lyngen glaciers.",
          }),
        ],
      }),
    ],
  });
  const ask = async (q: string) => (await testEngine({ knowledge: forecaster })).answer(q);

  it("GIVEN a podcast with 64 episodes, a certificate and a teaching job WHEN asked in clipped words THEN each is answered", async () => {
    const eps = await ask("how many eps of ur podcast are out");
    expect(eps.answer).toContain("64 episodes");
    const cert = await ask("where'd u get ur avalanche cert");
    expect(cert.abstained).toBe(false);
    expect(cert.answer).toContain("Revelstoke");
    const taught = await ask("wher did u teach geography");
    expect(taught.abstained).toBe(false);
    expect(taught.answer).toContain("Kroken");
  });

  it("GIVEN a section for fun WHEN asked what they do when there's no snow THEN the answer is the pastime", async () => {
    const result = await ask("what do u do when theres no snow lol");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("glaciers");
  });
});

describe("offline yes/no answers to 'does he have any X' read the section an entry is filed in", () => {
  it("GIVEN a trumpet entry filed under 'Family and pastimes' WHEN asked whether he has any hobbies THEN the trumpet answers; asked whether he has a boat THEN the profile does not say", async () => {
    const glazier = aKnowledge({
      person: {
        headline: "Stained-glass conservator in Puebla",
        summary: "He restores church windows.",
        voice: "third-person",
      },
      sections: [
        aSection({
          id: "restorations",
          title: "Restorations",
          description: "Historic windows he has restored",
          entries: [
            anEntry({
              id: "cathedral",
              title: "Cathedral rose window",
              summary: "In 2019 he restored the rose window of the cathedral.",
            }),
          ],
        }),
        aSection({
          id: "life",
          title: "Life outside the workshop",
          description: "Family and pastimes",
          entries: [
            anEntry({
              id: "trumpet",
              title: "Trumpet",
              summary: "On Sundays he plays trumpet in the brass band of his barrio.",
            }),
          ],
        }),
      ],
    });
    const engine = await testEngine({ knowledge: glazier });
    const hobbies = await engine.answer("does he have any hobbies");
    expect(hobbies.abstained).toBe(false);
    expect(hobbies.answer).toContain("trumpet");
    const boat = await engine.answer("does he have a boat");
    expect(boat.abstained).toBe(true);
  });
});

describe("offline yes/no answers to 'do you have X' read the tags the owner gave an entry", () => {
  const beekeeper = aKnowledge({
    person: {
      headline: "Beekeeper in the Huon Valley",
      summary: "I keep 300 hives.",
      voice: "first-person",
    },
    sections: [
      aSection({
        id: "away",
        title: "Away from the bees",
        description: "What I do on weekends",
        entries: [
          anEntry({
            id: "sailing",
            title: "Sailing",
            summary: "I sail a 1970s wooden dinghy on the channel.",
            tags: ["boat", "dinghy"],
          }),
          anEntry({
            id: "school",
            title: "School visits",
            summary: "I take an observation hive to primary schools, about 30 visits a year.",
            tags: ["kids", "children", "schools"],
          }),
          anEntry({
            id: "bee-kids",
            title: "Bee Kids",
            summary:
              "Bee Kids, the club I founded in 2015, brings an observation hive into classrooms.",
          }),
        ],
      }),
    ],
  });

  it("GIVEN a dinghy entry tagged 'boat' WHEN asked 'do u have a boat' THEN the dinghy answers", async () => {
    const result = await (await testEngine({ knowledge: beekeeper })).answer("do u have a boat");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("dinghy");
  });

  it("GIVEN school visits tagged 'kids' and a club named 'Bee Kids' WHEN asked 'do u have kids' THEN the profile does not say: a tag says what an entry is about, and a name holds no kids of the owner's", async () => {
    const result = await (await testEngine({ knowledge: beekeeper })).answer("do u have kids");
    expect(result.abstained).toBe(true);
  });
});

describe("offline answers about someone else the profile names", () => {
  it("GIVEN a boat restored 'with her brother Sjoerd', filed under 'Life outside work' WHEN asked what her brother's job is THEN the profile does not give it: the section's 'work' is no job of his", async () => {
    const inspector = aKnowledge({
      person: {
        headline: "Dike inspector in Friesland",
        summary: "She inspects sea dikes.",
        voice: "third-person",
      },
      sections: [
        aSection({
          id: "career",
          title: "Career",
          description: "Jobs she has held",
          entries: [
            anEntry({
              id: "inspector",
              title: "Dike inspector",
              summary: "Since 2013 she has inspected the sea dikes of Friesland.",
            }),
          ],
        }),
        aSection({
          id: "life",
          title: "Life",
          description: "Life outside work",
          entries: [
            anEntry({
              id: "boat",
              title: "De Hoop",
              summary:
                "She sails De Hoop, a tjalk built in 1912, which she restored with her brother Sjoerd.",
            }),
          ],
        }),
      ],
    });
    const result = await (await testEngine({ knowledge: inspector })).answer(
      "whats her brother sjoerd's job",
    );
    expect(result.abstained).toBe(true);
  });
});

describe("offline answers to 'did you ever work outside X'", () => {
  it("GIVEN a job in Lisbon and a secondment in Brussels that the profile files as abroad WHEN asked whether she worked outside Portugal THEN the secondment answers; the Lisbon job alone does not", async () => {
    const controller = aKnowledge({
      person: {
        headline: "Air traffic controller in Lisbon",
        summary: "I keep aircraft apart.",
        voice: "first-person",
      },
      sections: [
        aSection({
          id: "career",
          title: "Career",
          description: "Where I have worked",
          entries: [
            anEntry({
              id: "lisbon",
              title: "En-route controller, Lisbon Area Control Centre",
              summary: "Since 2015 I have worked the upper sectors over mainland Portugal.",
            }),
            anEntry({
              id: "secondment",
              title: "Secondment to EUROCONTROL",
              summary:
                "In 2019 I spent six months working on capacity planning at EUROCONTROL in Brussels.",
              tags: ["brussels", "secondment", "abroad"],
            }),
          ],
        }),
      ],
    });
    const result = await (await testEngine({ knowledge: controller })).answer(
      "did u ever work outside portugal",
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain("Brussels");
    expect(result.sources.map((s) => s.id)).toEqual(["secondment"]);
  });
});

describe("offline answers to 'do you have kids' need the people said as the owner's", () => {
  const planner = (family: string) =>
    aKnowledge({
      person: {
        headline: "Community planner in Philadelphia",
        summary:
          "I help neighbours redesign the streets they live on so that kids can cross safely.",
        voice: "first-person",
      },
      sections: [
        aSection({
          id: "work",
          title: "Work",
          description: "What I do",
          entries: [
            anEntry({
              id: "bike-bus",
              title: "Bike Bus",
              summary: "A group ride to school. It started with nine children in 2021.",
            }),
            anEntry({ id: "home", title: "Home", summary: family }),
          ],
        }),
      ],
    });

  it("GIVEN kids named only as those streets are safe for and nine children on a ride WHEN asked 'do u have kids' THEN the profile does not say; GIVEN 'our two kids' THEN that entry answers", async () => {
    const none = await testEngine({
      knowledge: planner("I live in Fishtown with a rescue greyhound."),
    });
    expect((await none.answer("do u have kids")).abstained).toBe(true);
    const some = await testEngine({
      knowledge: planner("I live in Fishtown with my wife and our two kids."),
    });
    const kids = await some.answer("do u have kids");
    expect(kids.abstained).toBe(false);
    expect(kids.answer).toContain("our two kids");
  });
});

describe("offline answers to a degree's major, payroll and which-is-better", () => {
  it("GIVEN fixture owners with degrees and a company WHEN asked what they majored in, what their major was, or how many are on the payroll THEN the degree or the company answers; WHEN asked which of two things is better THEN it is an opinion no profile gives", async () => {
    const hacker = await testEngine({ knowledge: await fixtureProfile("ellingboe") });
    for (const q of ["what did u major in at uni", "what was ur major"]) {
      const result = await hacker.answer(q);
      expect(result.abstained, q).toBe(false);
      expect(result.answer, q).toContain("Information Security");
    }
    const professor = await testEngine({ knowledge: await fixtureProfile("quennell") });
    const payroll = await professor.answer("how many ppl are on payroll at her company");
    expect(payroll.abstained).toBe(false);
    expect(payroll.answer).toContain("Tessel Care");
    const maintainer = await testEngine({ knowledge: await fixtureProfile("wierzbicki") });
    expect((await maintainer.answer("react or svelte, which one is better")).abstained).toBe(true);
  });
});
