import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  eventually,
  fakeLlm,
  type SentMessage,
  sentMessages,
  startTestBot,
  type TestBot,
} from "../builders/bot.ts";
import { chatInputInteraction } from "../fakes/discord/index.ts";
import { reply } from "../fakes/openai/index.ts";

// The bot answers from tests/fixtures/profiles/profile-shipped.yaml (see tests/builders/bot.ts).
let t: TestBot;
const llm = () => fakeLlm(t);

beforeAll(async () => {
  t = await startTestBot({
    llm: true,
    env: { LLM_FIRST_TOKEN_TIMEOUT_MS: "10000", LLM_TIMEOUT_MS: "20000" },
  });
});
afterAll(() => t.stop());
beforeEach(() => {
  llm().reset();
  llm().acceptTokenParams(["max_tokens", "max_completion_tokens"]);
});

type Via = "ask" | "mention" | "dm";
const SURFACES: Via[] = ["ask", "mention", "dm"];
let nextUser = 734_829_174_628_190_000n;

/** Asks through one surface; resolves with the final text and every payload sent meanwhile. */
async function askVia(surface: Via, question: string) {
  const before = t.discord.requests.length;
  const sent = () => sentMessages(t.discord.requests.slice(before));
  const text = (m: SentMessage) =>
    [
      m.content ?? "",
      ...(m.embeds ?? []).map((e) => `${e.title ?? ""} ${e.description ?? ""}`),
    ].join(" ");
  if (surface === "ask") {
    const { token } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question } }),
    );
    // The final message carries the answer's buttons; streamed edits do not.
    const final = await eventually(() => {
      const edits = t.discord.requests
        .slice(before)
        .filter((r) => r.method === "PATCH" && r.path.includes(token));
      return edits.find((r) => "components" in (r.body as object));
    }, 15_000);
    return { final: (final.body as { content: string }).content, sent: sent().map(text) };
  }
  nextUser += 1n;
  const message = t.discord.sendMessage({
    content: question,
    ...(surface === "mention"
      ? { mentionsBot: true }
      : { guild: false, authorId: String(nextUser) }),
  });
  const posted = await eventually(
    () =>
      t.discord.requests
        .slice(before)
        .find((r) => r.method === "POST" && r.path === `/channels/${message.channel_id}/messages`),
    15_000,
  );
  return { final: (posted.body as { content: string }).content, sent: sent().map(text) };
}

describe("invented facts never reach Discord", () => {
  // Each answer mixes true sentences with invented ones; the invented detail must never be sent.
  const invented: { kind: string; q: string; answer: string; never: RegExp; kept?: RegExp }[] = [
    {
      kind: "another university",
      q: "Where did you do your PhD?",
      answer:
        "I did my PhD in Computer Systems at Queen Mary University of London [phd]. Before that I studied at the University of Toronto [phd].",
      never: /Toronto/,
      kept: /Queen Mary University of London/,
    },
    {
      kind: "a university, as an acronym",
      q: "Where did you study?",
      answer: "I studied at MIT and then did my PhD in Computer Systems [phd].",
      never: /MIT/,
    },
    {
      kind: "an invented year",
      q: "When did you finish your PhD?",
      answer:
        "My PhD is in Computer Systems from Queen Mary University of London [phd]. I finished it in 2018 [phd].",
      never: /2018/,
      kept: /Queen Mary/,
    },
    {
      kind: "a year off by one",
      q: "When was Backdraft published?",
      answer:
        "Backdraft was published at USENIX NSDI in 2021 [backdraft]. It is a lossless virtual switch [backdraft].",
      never: /2021/,
      kept: /lossless virtual switch/,
    },
    {
      kind: "an invented co-author",
      q: "Who did you write Backdraft with?",
      answer:
        "I was first author of Backdraft [backdraft]. I wrote it with Jennifer Rexford and Scott Shenker [backdraft].",
      never: /Rexford|Shenker/,
      kept: /first author/,
    },
    {
      kind: "a co-author made of two real names",
      q: "Who advised you?",
      answer: "My PhD advisor was Andrew Antichi [phd].",
      never: /Andrew Antichi/,
    },
    {
      kind: "a link that is not in the profile",
      q: "Where can I find Backdraft?",
      answer:
        "Backdraft is a software virtual switch [backdraft]. The code is at https://github.com/backdraft-switch/backdraft [backdraft].",
      never: /github\.com\/backdraft-switch/,
      kept: /software virtual switch/,
    },
    {
      kind: "a bare link",
      q: "Do you have a homepage?",
      answer: "Yes, see owner-homepage.dev/about for everything.",
      never: /owner-homepage/,
    },
    {
      kind: "an invented email",
      q: "How can I contact you?",
      answer: "You can email me at researcher@cam.ac.uk [cambridge].",
      never: /researcher@cam/,
    },
    {
      kind: "a made-up number",
      q: "How fast is machnet?",
      answer:
        "machnet is DPDK-based messaging for public-cloud VMs [machnet]. It reaches 2.5M RPS with 12µs tail latency [machnet].",
      never: /2\.5M|12µs/,
      kept: /DPDK-based messaging/,
    },
    {
      kind: "a made-up percentage",
      q: "How much faster is Morpheus?",
      answer: "Morpheus improves throughput by 38% on average [morpheus].",
      never: /38%/,
    },
    {
      kind: "a city",
      q: "Where are you based?",
      answer:
        "I'm a visiting researcher at the Cambridge Computer Laboratory [cambridge]. I live in Berlin.",
      never: /Berlin/,
      kept: /Cambridge Computer Laboratory/,
    },
    {
      kind: "a quoted title",
      q: "What is your ASPLOS paper called?",
      answer: 'My ASPLOS paper is "Adaptive Kernels for Elastic Dataplanes" [morpheus].',
      never: /Adaptive Kernels|Elastic Dataplanes/,
    },
    {
      kind: "an award",
      q: "Did Backdraft win anything?",
      answer: "Backdraft won the Best Paper Award at NSDI [backdraft].",
      never: /Award/,
    },
    {
      kind: "a company",
      q: "Where did you intern?",
      answer: "I interned at Google on datacenter networking [rdma-networking].",
      never: /Google/,
    },
  ];

  it.each(SURFACES.flatMap((surface) => invented.map((c) => ({ surface, ...c }))))(
    "GIVEN a model inventing $kind WHEN asked through $surface THEN no message or streamed edit carries it",
    async ({ surface, q, answer, never, kept }) => {
      llm().respond(reply(answer, { chunkSize: 5, chunkDelayMs: surface === "ask" ? 25 : 0 }));
      const { final, sent } = await askVia(surface, q);
      for (const text of sent) expect(text).not.toMatch(never);
      if (kept) expect(final).toMatch(kept);
      else expect(final).toMatch(/straight from my profile|left out a detail/);
    },
  );
});

describe("no over-blocking", () => {
  // Correct answers in other words than the profile's, with citations: every fact must arrive.
  const faithful: { q: string; answer: string; facts: RegExp[] }[] = [
    {
      q: "Where did you do your PhD?",
      answer: "I did my doctorate in Computer Systems at Queen Mary University of London [phd].",
      facts: [/Queen Mary University of London/, /Computer Systems/],
    },
    {
      q: "Who were your advisors?",
      answer: "I was advised by Gianni Antichi and Brent Stephens during my PhD [phd].",
      facts: [/Gianni Antichi/, /Brent Stephens/],
    },
    {
      q: "Where did you get your PhD?",
      answer: "At QMUL, Queen Mary's university in London [phd].",
      facts: [/QMUL/],
    },
    {
      q: "Where do you work now?",
      answer:
        "I'm a visiting researcher at Cambridge's Computer Lab, where I work with Andrew Moore [cambridge].",
      facts: [/Cambridge's Computer Lab/, /Andrew Moore/],
    },
    {
      q: "What is your job?",
      answer: "Visiting researcher at the Cambridge Computer Laboratory [cambridge].",
      facts: [/Visiting researcher/, /Cambridge Computer Laboratory/],
    },
    {
      q: "How fast is machnet?",
      answer:
        "machnet reaches about 750,000 requests per second, with a P99.9 of 61µs on Azure [machnet].",
      facts: [/750,000/, /61µs/, /Azure/],
    },
    {
      q: "What throughput does machnet get?",
      answer: "Around 750K RPS [machnet].",
      facts: [/750K RPS/],
    },
    {
      q: "What latency does machnet have?",
      answer: "Its tail latency is 61 µs at the 99.9th percentile, on Microsoft Azure [machnet].",
      facts: [/61 µs/, /99\.9th/, /Microsoft Azure/],
    },
    {
      q: "What did you do on machnet?",
      answer:
        "I worked on its SACK-based reliable transport and hardened the packet-processing fast path [machnet].",
      facts: [/SACK-based/, /fast path/],
    },
    {
      q: "What is Backdraft?",
      answer:
        "Backdraft is a lossless software virtual switch; per-flow queues and backpressure-aware scheduling remove the slow-receiver problem [backdraft].",
      facts: [/lossless software virtual switch/, /slow-receiver/],
    },
    {
      q: "When and where was Backdraft published?",
      answer: "At USENIX NSDI in 2022, and I was its first author [backdraft].",
      facts: [/USENIX NSDI/, /2022/, /first author/],
    },
    {
      q: "What was your role in Backdraft?",
      answer:
        "I was the 1st author: I led the design, the DPDK implementation and the evaluation [backdraft].",
      facts: [/1st author/, /DPDK/],
    },
    {
      q: "What is Morpheus?",
      answer:
        "Morpheus specialises software data planes to the workload they actually see, at run time [morpheus].",
      facts: [/Morpheus/, /run time/],
    },
    {
      q: "Where did Morpheus appear?",
      answer: "Morpheus appeared at ASPLOS 2022, where I was a co-author [morpheus].",
      facts: [/ASPLOS 2022/, /co-author/],
    },
    {
      q: "How many papers have you published?",
      answer:
        "My profile lists 2 papers: Backdraft (NSDI 2022) and Morpheus (ASPLOS 2022) [backdraft][morpheus].",
      facts: [/2 papers/, /NSDI 2022/, /ASPLOS 2022/],
    },
    {
      q: "What is the title of your NSDI paper?",
      answer: 'It is "Backdraft — Lossless virtual switch" [backdraft].',
      facts: [/Backdraft — Lossless virtual switch/],
    },
    {
      q: "What is qemu-cxl?",
      answer:
        "qemu-cxl is my CXL emulation work in QEMU: a correct, performant path for non-interleaved Compute Express Link memory [qemu-cxl].",
      facts: [/non-interleaved/, /Compute Express Link/],
    },
    {
      q: "What else does qemu-cxl cover?",
      answer: "It also covers MHSLD and dynamic-capacity experiments [qemu-cxl].",
      facts: [/MHSLD/, /dynamic-capacity/],
    },
    {
      q: "What is httpd-ab?",
      answer:
        "httpd-ab extends ApacheBench (ab) with nanosecond timing and per-request tracing [httpd-ab].",
      facts: [/ApacheBench/, /nanosecond/],
    },
    {
      q: "What is Cook-RDMA?",
      answer: "Cook-RDMA is a curated set of tested RDMA examples [cook-rdma].",
      facts: [/Cook-RDMA/, /RDMA examples/],
    },
    {
      q: "What are your research interests?",
      answer:
        "CXL and memory systems, RDMA and high-performance networking, systems for AI/ML, and datacenter energy efficiency [cxl-memory][rdma-networking][ml-systems][energy-efficiency].",
      facts: [/CXL and memory systems/, /AI\/ML/, /energy efficiency/],
    },
    {
      q: "What do you build?",
      answer:
        "High-performance systems for modern datacenters, making AI/ML workloads efficient at scale across networking, memory and runtime layers [focus].",
      facts: [/High-performance systems/, /AI\/ML workloads/],
    },
    {
      q: "Do you know the Linux kernel?",
      answer:
        "Yes: I have deep experience with CXL across QEMU and the Linux kernel [cxl-experience].",
      facts: [/Linux kernel/, /QEMU/],
    },
    {
      q: "Did you ever work with Intel?",
      answer: "My profile doesn't mention Intel, so I can't say.",
      facts: [/Intel/],
    },
    {
      q: "Is machnet from Microsoft?",
      answer:
        "Yes, machnet is Microsoft's low-latency cloud messaging; I was a contributor [machnet].",
      facts: [/Microsoft's/, /contributor/],
    },
  ];

  it(`GIVEN ${faithful.length} correct answers in other words, with citations WHEN asked across /ask, mentions and DMs THEN at least 95% arrive with every fact intact`, async () => {
    const missing: string[] = [];
    for (const [i, c] of faithful.entries()) {
      llm().respond(reply(c.answer, { chunkSize: 12 }));
      const { final } = await askVia(SURFACES[i % SURFACES.length] as Via, c.q);
      const lost = c.facts.filter((f) => !f.test(final));
      if (lost.length > 0) missing.push(`${c.q} → ${final}`);
    }
    expect(missing.length / faithful.length, missing.join("\n")).toBeLessThanOrEqual(0.05);
    expect(missing).toEqual([]);
  }, 60_000);
});

describe("a stable prompt prefix", () => {
  it("GIVEN 20 different questions across surfaces WHEN each reaches the model THEN every chat request carries the same system message, and none of the questions is in it", async () => {
    const questions = [
      "Where did you do your PhD?",
      "Who advised you?",
      "What is Backdraft?",
      "How fast is machnet?",
      "What is Morpheus?",
      "Where do you work?",
      "What are your interests?",
      "Tell me about qemu-cxl",
      "What did you add to ApacheBench?",
      "Do you know RDMA?",
      "What is Cook-RDMA?",
      "Which papers did you write?",
      "When was Backdraft published?",
      "What is qemu-lab?",
      "Who do you work with?",
      "What do you build?",
      "Are you comfortable with kernels?",
      "Did you work for Microsoft?",
      "What is CXL?",
      "Où as-tu fait ton doctorat ?",
    ];
    llm().setDefault(reply("I build high-performance systems for modern datacenters [focus]."));
    for (const [i, q] of questions.entries()) await askVia(SURFACES[i % 3] as Via, q);
    const systems = llm().requests.map((r) => r.body.messages[0]?.content);
    expect(systems).toHaveLength(20);
    expect(new Set(systems).size).toBe(1);
    for (const q of questions) expect(String(systems[0])).not.toContain(q);
  }, 60_000);
});

describe("both token parameters", () => {
  const limitField = (i: number) =>
    Object.keys(llm().requests[i]?.body ?? {}).find((k) => /^max_(completion_)?tokens$/.test(k));

  it("GIVEN a server that rejects max_tokens with a 400 naming it WHEN asked THEN the answer still comes from the LLM", async () => {
    llm().acceptTokenParams(["max_completion_tokens"]);
    llm().respond(
      reply("Backdraft is my lossless virtual switch from USENIX NSDI 2022 [backdraft]."),
    );
    const { final } = await askVia("ask", "What is Backdraft?");
    expect(final).toMatch(/^Backdraft is my lossless virtual switch from USENIX NSDI 2022/);
    expect([limitField(0), limitField(1)]).toEqual(["max_tokens", "max_completion_tokens"]);
  });

  it("GIVEN a server that knows only max_tokens WHEN asked THEN the answer still comes from the LLM", async () => {
    llm().acceptTokenParams(["max_tokens"]);
    llm().respond(
      reply("Morpheus is my ASPLOS 2022 work on run-time data-plane optimization [morpheus]."),
      reply("I did my PhD at Queen Mary University of London [phd]."),
    );
    const first = await askVia("dm", "What is Morpheus?");
    expect(first.final).toMatch(/^Morpheus is my ASPLOS 2022 work/);
    const second = await askVia("mention", "Where did you do your PhD?");
    expect(second.final).toMatch(/^I did my PhD at Queen Mary University of London/);
    expect(llm().requests.every((_r, i) => i === 0 || limitField(i) === "max_tokens")).toBe(true);
  });
});
