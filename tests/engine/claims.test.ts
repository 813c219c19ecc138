import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimIndex, indexClaims } from "../../src/engine/claim-index.ts";
import { type ClaimScope, checkClaims, createClaimCheck } from "../../src/engine/claims.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";

// Two made-up profiles in different fields and voices, so nothing here leans on one owner's words.
const SYSTEMS = "tests/fixtures/profiles/profile-shipped.yaml";
const REEFS = "tests/fixtures/profiles/profile-ecologist.yaml";
const ROBOTICS = "tests/fixtures/profiles/profile-professor.yaml";

let systems: ClaimIndex;
let reefs: ClaimIndex;
let robotics: ClaimIndex;
beforeAll(async () => {
  robotics = indexClaims(await loadKnowledge(ROBOTICS));
  systems = indexClaims(await loadKnowledge(SYSTEMS));
  reefs = indexClaims(await loadKnowledge(REEFS));
});

function scope(index: ClaimIndex, question: string, context?: string[]): ClaimScope {
  return { index, context: context ?? index.docs.map((d) => d.entry.id), asked: [question] };
}

describe("claim check: invented details are removed", () => {
  const invented: [string, string, string][] = [
    [
      "another university",
      "Where did you do your PhD?",
      "I did my PhD at Stanford University, advised by Gianni Antichi [phd].",
    ],
    ["a university as an acronym", "Where did you study?", "I studied at MIT before my PhD [phd]."],
    [
      "a university opening the sentence",
      "Where did you study?",
      "Stanford awarded my PhD in Computer Systems [phd].",
    ],
    [
      "a year off by one",
      "When was Backdraft published?",
      "Backdraft appeared at NSDI 2021 [backdraft].",
    ],
    [
      "a graduation year",
      "When did you finish your PhD?",
      "I finished my PhD at Queen Mary in 2019 [phd].",
    ],
    ["a co-author", "Who wrote Backdraft?", "I wrote Backdraft with John Smith [backdraft]."],
    [
      "a co-author from two real names",
      "Who advised you?",
      "I was advised by Gianni Stephens [phd].",
    ],
    ["a percentage", "How fast is Morpheus?", "Morpheus improved throughput by 47% [morpheus]."],
    ["a figure", "How fast is machnet?", "machnet reaches 900K RPS [machnet]."],
    [
      "a figure written out",
      "How fast is machnet?",
      "machnet reaches 900,000 requests a second [machnet].",
    ],
    ["a duration", "How long was your PhD?", "I spent 5 years on my PhD at Queen Mary [phd]."],
    [
      "a link",
      "Where is the code?",
      "The code is at https://github.com/someone/backdraft [backdraft].",
    ],
    ["a bare link", "Where is the code?", "See github.com/someone/backdraft for the code."],
    [
      "a markdown link",
      "Where is the paper?",
      "Read [the paper](https://papers.example.com/backdraft.pdf) [backdraft].",
    ],
    ["an email", "How can I reach you?", "You can write to me at owner@example.com."],
    ["a city", "Where do you live?", "I live in Berlin and work on CXL [cxl-experience]."],
    [
      "a quoted title",
      "What did you publish?",
      'My paper "Scaling CXL Memory Pools" appeared at ASPLOS [morpheus].',
    ],
    ["a company", "Where do you work?", "I work at Google on RDMA networking [rdma-networking]."],
    ["a venue", "Where was Morpheus published?", "Morpheus appeared at SIGCOMM [morpheus]."],
    [
      "a month",
      "When was Backdraft published?",
      "Backdraft appeared at NSDI in April 2022 [backdraft].",
    ],
  ];

  it.each(invented)(
    "GIVEN an answer inventing %s WHEN checked THEN the sentence is gone and nothing is left to show",
    (_kind, question, answer) => {
      const checked = checkClaims(answer, scope(systems, question));
      expect(checked.text).toBe("");
      expect(checked.dropped).toBe(1);
      expect(checked.survived).toBe(false);
    },
  );

  const reefInvented: [string, string, string][] = [
    ["an email", "How can I contact her?", "Write to her at amara@sri.example.org [contact]."],
    [
      "a link one letter off",
      "Where is her page?",
      "Her lab page is https://sri.example.org/people/okafor2 [sri].",
    ],
    [
      "a percentage",
      "What did the programme achieve?",
      "It restored 15% of the damaged coral [sri].",
    ],
    ["a cost", "What do drone surveys cost?", "Drone surveys cost $2,000 a day [drones]."],
    ["a co-author", "Who wrote the drone paper?", "She co-authored it with Tomás Chen [drones]."],
    [
      "another university",
      "Where did she study?",
      "She studied at the University of Nairobi [msc].",
    ],
    [
      "a year",
      "When did she graduate?",
      "She studied at the University of Cape Town until 2014 [msc].",
    ],
    ["a town", "Where does she live?", "She has lived in Mombasa since 2016."],
  ];

  it.each(reefInvented)(
    "GIVEN a third-person profile and an answer inventing %s WHEN checked THEN the sentence is gone",
    (_kind, question, answer) => {
      const checked = checkClaims(answer, scope(reefs, question));
      expect(checked.text).toBe("");
      expect(checked.dropped).toBe(1);
    },
  );

  it("GIVEN one invented sentence among true ones WHEN checked THEN only that sentence goes and the rest reads as written", () => {
    const answer =
      "I did my PhD in Computer Systems at Queen Mary University of London [phd]. I defended it in 2015 at Oxford [phd]. My advisors were Gianni Antichi and Brent Stephens [phd].";
    const checked = checkClaims(answer, scope(systems, "Tell me about your PhD"));
    expect(checked.text).toBe(
      "I did my PhD in Computer Systems at Queen Mary University of London [phd]. My advisors were Gianni Antichi and Brent Stephens [phd].",
    );
    expect(checked.dropped).toBe(1);
    expect(checked.survived).toBe(true);
    expect(checked.unsupported.map((u) => u.kind).sort()).toEqual(["figure", "name"]);
  });

  it("GIVEN a list with an invented item WHEN checked THEN that line goes and the others keep their markers", () => {
    const answer = [
      "My papers:",
      "",
      "- **Backdraft** (NSDI 2022): a lossless virtual switch [backdraft]",
      "- **Ghost** (SIGCOMM 2019): a congestion controller [ghost]",
      "- **Morpheus** (ASPLOS 2022): run-time data-plane optimization [morpheus]",
    ].join("\n");
    const checked = checkClaims(answer, scope(systems, "What have you published?"));
    expect(checked.text).toBe(
      [
        "My papers:",
        "",
        "- **Backdraft** (NSDI 2022): a lossless virtual switch [backdraft]",
        "- **Morpheus** (ASPLOS 2022): run-time data-plane optimization [morpheus]",
      ].join("\n"),
    );
    expect(checked.cited).toEqual(["backdraft", "morpheus"]);
  });

  it("GIVEN only a pleasantry survives WHEN checked THEN nothing counts as surviving", () => {
    const checked = checkClaims("Sure! I studied at MIT.", scope(systems, "Where did you study?"));
    expect(checked.text).toBe("Sure!");
    expect(checked.survived).toBe(false);
  });

  it("GIVEN an entry trimmed from the prompt WHEN the answer uses its details THEN they count as unsupported", () => {
    const context = ["phd", "cambridge"];
    const checked = checkClaims(
      "Backdraft appeared at NSDI [backdraft].",
      scope(systems, "What is Backdraft?", context),
    );
    expect(checked.text).toBe("");
  });
});

describe("claim check: true answers pass as written", () => {
  const faithful: [string, string, string][] = [
    [
      "the profile's own words",
      "Where did you do your PhD?",
      "I did my PhD in Computer Systems at Queen Mary University of London, advised by Gianni Antichi and Brent Stephens [phd].",
    ],
    [
      "a figure written out in full",
      "How fast is machnet?",
      "machnet handles about 750,000 requests per second with a 61µs P99.9 on Azure [machnet].",
    ],
    [
      "a figure as the profile writes it",
      "How fast is machnet?",
      "It reaches ~750K RPS [machnet].",
    ],
    [
      "a figure in millions",
      "How fast is machnet?",
      "That is roughly 0.75 million RPS, and 61 µs at the P99.9 [machnet].",
    ],
    [
      "a figure in words",
      "How fast is machnet?",
      "It handles 750 thousand requests per second [machnet].",
    ],
    [
      "venue, year and role",
      "When was Backdraft published?",
      "Backdraft was published at USENIX NSDI in 2022, where I was first author [backdraft].",
    ],
    [
      "an abbreviation the profile uses",
      "Where was your doctorate?",
      "I did my doctorate at QMUL [phd].",
    ],
    [
      "a possessive and a shortened word",
      "Where do you work?",
      "I'm a visiting researcher at Cambridge's Computer Lab, working with Andrew Moore [cambridge].",
    ],
    [
      "British spelling and an inflection",
      "What is Morpheus?",
      "Morpheus (ASPLOS 2022) specialises data planes to their workloads at run time [morpheus].",
    ],
    [
      "a count of a section",
      "How many papers have you written?",
      "I have 2 publications: Backdraft and Morpheus [backdraft][morpheus].",
    ],
    [
      "a quoted title in other words",
      "What is your NSDI paper?",
      'My paper "Backdraft: a lossless virtual switch" appeared at NSDI [backdraft].',
    ],
    [
      "an acronym spelled out",
      "What is CXL?",
      "I work with Compute Express Link (CXL) in QEMU and the Linux kernel [cxl-experience].",
    ],
    [
      "the question's own words",
      "Did you ever work with Intel?",
      "My profile doesn't mention Intel.",
    ],
    [
      "a hyphenated name",
      "What is httpd-ab?",
      "httpd-ab extends ApacheBench (ab) with nanosecond timing and per-request tracing [httpd-ab].",
    ],
    [
      "a sentence opened by a name",
      "What is QEMU used for?",
      "QEMU is where I added a non-interleaved CXL memory emulation path [qemu-cxl]. It also covers MHSLD and dynamic capacity experiments [qemu-cxl].",
    ],
    [
      "a title-cased entry title",
      "What are your interests?",
      "My interests include Datacenter Energy Efficiency and Systems for AI/ML [energy-efficiency][ml-systems].",
    ],
    [
      "an ordinal",
      "What was your role in Backdraft?",
      "I was the 1st author of Backdraft [backdraft].",
    ],
    [
      "a year with two digits",
      "When was Backdraft out?",
      "Backdraft came out at NSDI '22 [backdraft].",
    ],
    [
      "a generic word joined to a profile name",
      "Where do you work?",
      "I'm a visiting researcher at Cambridge University's Computer Lab [cambridge].",
    ],
    [
      "a German answer",
      "Wo hast du promoviert?",
      "Ich habe an der Queen Mary University of London in Informatik promoviert [phd].",
    ],
    [
      "a French answer",
      "Où as-tu fait ton doctorat ?",
      "J'ai fait mon doctorat à Queen Mary University of London, avec Gianni Antichi et Brent Stephens [phd].",
    ],
  ];

  it.each(faithful)(
    "GIVEN an answer using %s WHEN checked THEN it is kept word for word",
    (_kind, question, answer) => {
      const checked = checkClaims(answer, scope(systems, question));
      expect(checked.unsupported).toEqual([]);
      expect(checked.text).toBe(answer);
      expect(checked.survived).toBe(true);
    },
  );

  const reefFaithful: [string, string, string][] = [
    [
      "an email from the profile",
      "How can I contact her?",
      "You can email her at amara.okafor@sri.example.org [contact].",
    ],
    [
      "a link from the profile",
      "Where is her page?",
      "Her lab page is https://sri.example.org/people/okafor [sri].",
    ],
    [
      "a link with a trailing slash",
      "Where is her page?",
      "Her lab page is [here](https://sri.example.org/people/okafor/) [sri].",
    ],
    [
      "a shorter form of a profile link",
      "Which institute's site?",
      "The institute's site is sri.example.org [sri].",
    ],
    [
      "percent in words",
      "What did the programme achieve?",
      "The programme covers 42 sites and restored 12 percent of the damaged coral [sri].",
    ],
    [
      "a large figure with separators",
      "What did the study track?",
      "The study tracked 1,200,000 colonies; recovery was 35% faster on protected reefs [reef-heat].",
    ],
    [
      "a large figure with a suffix",
      "What did the study track?",
      "The study tracked 1.2M colonies over three years [reef-heat].",
    ],
    [
      "money",
      "What do drone surveys cost?",
      "Drones counted fish four times faster than divers, at $1,500 per day [drones].",
    ],
    [
      "accented co-authors",
      "Who wrote the drone paper?",
      "She co-authored it with Tomás Ruiz and Mei Chen [drones].",
    ],
    [
      "an abbreviation from the tags",
      "Where did she study?",
      "She studied at UCT, supervised by Peter Ndlovu [msc].",
    ],
    [
      "a form of address",
      "Who leads the programme?",
      "Dr. Okafor leads the reef monitoring programme [sri].",
    ],
  ];

  it.each(reefFaithful)(
    "GIVEN a third-person profile and an answer using %s WHEN checked THEN it is kept word for word",
    (_kind, question, answer) => {
      const checked = checkClaims(answer, scope(reefs, question));
      expect(checked.unsupported).toEqual([]);
      expect(checked.text).toBe(answer);
    },
  );
});

describe("claim check on a named owner's profile", () => {
  it("GIVEN the owner's name, a thesis title and a postdoc from the summary WHEN checked THEN they pass", () => {
    const answer =
      'Miriam Adeyemi earned her PhD in Robotics at ETH Zurich in 2011, advised by Prof. Rolf Keller [phd-eth]. Her thesis was "Compliant Grasping with Pneumatic Fingers" [phd-eth]. She was a postdoctoral fellow at Carnegie Mellon University before joining Edinburgh in 2014.';
    expect(checkClaims(answer, scope(robotics, "Where did Miriam do her PhD?")).text).toBe(answer);
  });

  it.each([
    ["another university and year", "She did her PhD at MIT in 2010 [phd-eth]."],
    ["an advisor made of two real names", "Her advisor was Rolf Mellon [phd-eth]."],
    ["a home town", "She grew up in Lagos [background]."],
  ])("GIVEN %s WHEN checked THEN the sentence is gone", (_kind, answer) => {
    expect(checkClaims(answer, scope(robotics, "Tell me about Miriam")).text).toBe("");
  });
});

describe("claim check: citations", () => {
  it("GIVEN a citation to an id that was not in the prompt WHEN checked THEN that citation is dropped and the rest stays", () => {
    const checked = checkClaims("I did my PhD at QMUL [phd][made-up].", scope(systems, "PhD?"));
    expect(checked.text).toBe("I did my PhD at QMUL [phd].");
    expect(checked.cited).toEqual(["phd"]);
  });

  it("GIVEN a citation inside a group WHEN one id is unknown THEN only that id goes", () => {
    const checked = checkClaims("I did my PhD at QMUL [phd, nowhere].", scope(systems, "PhD?"));
    expect(checked.text).toBe("I did my PhD at QMUL [phd].");
  });

  it("GIVEN a citation to an entry the sentence's details do not come from WHEN checked THEN it is dropped", () => {
    const checked = checkClaims(
      "Backdraft appeared at NSDI [morpheus].",
      scope(systems, "Backdraft?"),
    );
    expect(checked.text).toBe("Backdraft appeared at NSDI.");
    expect(checked.cited).toEqual([]);
  });

  it("GIVEN a real entry that was trimmed from the prompt WHEN cited by a sentence without details THEN the citation is dropped", () => {
    const checked = checkClaims(
      "It is lossless [backdraft].",
      scope(systems, "Is it lossless?", ["phd"]),
    );
    expect(checked.text).toBe("It is lossless.");
  });

  it("GIVEN citations after the full stop WHEN checked THEN they stay with their sentence", () => {
    const answer =
      "Backdraft is a lossless virtual switch. [backdraft] Morpheus optimizes data planes. [morpheus]";
    const checked = checkClaims(answer, scope(systems, "Papers?"));
    expect(checked.text).toBe(answer);
    expect(checked.cited).toEqual(["backdraft", "morpheus"]);
  });
});

describe("claim check: what is not a detail", () => {
  it("GIVEN Discord mentions and custom emoji with ids WHEN checked THEN their ids are not taken for figures", () => {
    const answer =
      "@everyone <@&123456789012345678> I build systems for datacenters <:wave:998877665544332211> [focus].";
    expect(checkClaims(answer, scope(systems, "hi")).text).toBe(answer);
  });
});

describe("claim check while streaming", () => {
  it("GIVEN an answer arriving a character at a time WHEN checked after each THEN no invented detail is ever in the checked text, and true sentences appear once complete", () => {
    const answer =
      "machnet reaches 61µs at P99.9 on Azure. [machnet] I did my PhD at MIT in 2015 [phd]. Dr. Moore and I work at the Cambridge Computer Laboratory [cambridge].\n\n- It runs on DPDK [machnet].\n- It handles 3.5M RPS.";
    const check = createClaimCheck(scope(systems, "Tell me about your work"));
    const shown: string[] = [];
    for (let n = 1; n <= answer.length; n++) {
      const { text } = check.check(answer.slice(0, n), false);
      if (text !== shown.at(-1)) shown.push(text);
    }
    const final = check.check(answer, true);
    for (const text of [...shown, final.text]) {
      expect(text).not.toMatch(/MIT|2015|3\.5M/);
    }
    expect(shown[1]).toBe("machnet reaches 61µs at P99.9 on Azure. [machnet]");
    expect(final.text).toBe(
      "machnet reaches 61µs at P99.9 on Azure. [machnet] Dr. Moore and I work at the Cambridge Computer Laboratory [cambridge].\n\n- It runs on DPDK [machnet].",
    );
    // Every streamed text is a prefix of the next one: a shown sentence is never taken back.
    for (let i = 1; i < shown.length; i++)
      expect(shown[i]?.startsWith(shown[i - 1] ?? "")).toBe(true);
  });

  it("GIVEN a half-written sentence WHEN checked before it ends THEN nothing of it is shown", () => {
    const check = createClaimCheck(scope(systems, "PhD?"));
    expect(check.check("I did my PhD at Queen Mary University of London [phd", false).text).toBe(
      "",
    );
    expect(check.check("I did my PhD at Queen Mary University of London [phd].", false).text).toBe(
      "",
    );
    expect(check.check("I did my PhD at Queen Mary University of London [phd].", true).text).toBe(
      "I did my PhD at Queen Mary University of London [phd].",
    );
  });

  it("GIVEN a think block WHEN checked THEN its text is never part of the answer", () => {
    const check = createClaimCheck(scope(systems, "PhD?"));
    expect(
      check.check("<think>maybe MIT in 2015?</think>I studied at QMUL [phd]. And", false).text,
    ).toBe("I studied at QMUL [phd].");
    expect(check.check("<think>MIT. Stanford. 2015. More", false).text).toBe("");
  });
});
