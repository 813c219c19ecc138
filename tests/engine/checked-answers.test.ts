import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnswerEvent, AnswerResult } from "../../src/engine/types.ts";
import { testEngine } from "../builders/engine.ts";
import { type FakeOpenAI, reply, startFakeOpenAI } from "../fakes/openai/index.ts";

const PROFILE = "tests/fixtures/profiles/profile-shipped.yaml";

let llm: FakeOpenAI;
beforeAll(async () => {
  llm = await startFakeOpenAI();
});
afterAll(() => llm.close());
beforeEach(() => llm.reset());

async function ask(question: string, options: Parameters<typeof engineFor>[0] = {}) {
  const engine = await engineFor(options);
  const progress: { text: string; at: number }[] = [];
  let result: AnswerResult | undefined;
  for await (const event of engine.stream(question) as AsyncIterable<AnswerEvent>) {
    if (event.type === "progress") progress.push({ text: event.text, at: Date.now() });
    else result = event.result;
  }
  if (!result) throw new Error("no result");
  return { progress, result, lines: engine.lines };
}

function engineFor(options: { offline?: boolean } = {}) {
  return testEngine({
    knowledge: PROFILE,
    ...(options.offline ? {} : { baseURL: llm.baseURL }),
  });
}

describe("LLM answers are checked before they are shown", () => {
  it("GIVEN an answer with one invented sentence WHEN streamed THEN no progress ever shows it, and the final answer keeps the rest and says a detail was left out", async () => {
    llm.respond(
      reply(
        "I did my PhD in Computer Systems at Queen Mary University of London [phd]. I also spent a year at ETH Zurich in 2016 [phd]. My advisors were Gianni Antichi and Brent Stephens [phd].",
        { chunkSize: 5 },
      ),
    );
    const { progress, result, lines } = await ask("Tell me about your PhD");
    for (const { text } of progress) expect(text).not.toMatch(/ETH|Zurich|2016/);
    expect(result.answer).not.toMatch(/ETH|Zurich|2016/);
    expect(result.answer).toMatch(
      /^I did my PhD in Computer Systems at Queen Mary University of London \[phd\]\. My advisors were Gianni Antichi and Brent Stephens \[phd\]\./,
    );
    expect(result.answer).toMatch(/left out a detail that my profile doesn't support/);
    expect(result).toMatchObject({ mode: "llm", sources: [{ id: "phd" }] });
    expect(lines.join("")).toMatch(/claim check removed unsupported sentences/);
    expect(lines.join("")).not.toMatch(/Zurich/);
  });

  it("GIVEN an answer in which nothing is supported WHEN answered THEN the offline answer is given, marked as such", async () => {
    llm.respond(reply("I did my PhD at Stanford University in 2015 [phd].", { chunkSize: 4 }));
    const { progress, result } = await ask("Where did you do your PhD?");
    for (const { text } of progress) expect(text).not.toMatch(/Stanford|2015/);
    expect(result).toMatchObject({ mode: "offline", fallback: "llm-unsupported" });
    expect(result.answer).toMatch(/went beyond what my profile says/);
    expect(result.answer).toMatch(/Queen Mary/);
    expect(result.usage?.promptTokens).toBeGreaterThan(0);
  });

  it("GIVEN a faithful answer WHEN streamed THEN it arrives sentence by sentence and the final answer is the model's text", async () => {
    const text =
      "Backdraft is a lossless virtual switch [backdraft]. I was first author, and it appeared at USENIX NSDI 2022 [backdraft]. I led the design, the DPDK implementation and the evaluation [backdraft].";
    llm.respond(reply(text, { chunkSize: 7, chunkDelayMs: 5 }));
    const { progress, result } = await ask("What is Backdraft?");
    expect(progress.map((p) => p.text)).toEqual([
      "Backdraft is a lossless virtual switch [backdraft].",
      "Backdraft is a lossless virtual switch [backdraft]. I was first author, and it appeared at USENIX NSDI 2022 [backdraft].",
      text,
    ]);
    expect(result.answer).toBe(text);
  });

  it("GIVEN a model that goes quiet after its first sentence WHEN streamed THEN that sentence is shown before the model goes on", async () => {
    llm.respond(
      reply(
        "I work at the Cambridge Computer Laboratory [cambridge]. With Andrew Moore [cambridge].",
        {
          chunkSize: 57,
          chunkDelayMs: 3_000,
        },
      ),
    );
    const requested = Date.now();
    const engine = await testEngine({
      knowledge: PROFILE,
      baseURL: llm.baseURL,
      llm: { timeoutMs: 10_000 },
    });
    for await (const event of engine.stream("Where do you work?")) {
      if (event.type !== "progress") continue;
      expect(event.text).toBe("I work at the Cambridge Computer Laboratory [cambridge].");
      // The rest arrives 3 s after the first sentence; this came well before it.
      expect(Date.now() - requested).toBeLessThan(2_500);
      break;
    }
  }, 10_000);

  it("GIVEN an answer to a follow-up WHEN it uses a name from the earlier question THEN that name passes", async () => {
    llm.respond(reply("My profile doesn't say whether I worked with Nick McKeown."));
    const engine = await engineFor();
    const result = await engine.answer("Did you?", {
      history: [
        { question: "Do you know Nick McKeown?", answer: "My profile doesn't cover that." },
      ],
    });
    expect(result.answer).toBe("My profile doesn't say whether I worked with Nick McKeown.");
  });
});

describe("the asker's language", () => {
  it("GIVEN a Discord locale WHEN asked THEN the hint is in the user message and the system message is the same as without it", async () => {
    const engine = await engineFor();
    await engine.answer("Wo hast du promoviert?", { locale: "de" });
    await engine.answer("Where did you do your PhD?");
    const [withHint, without] = llm.requests.map((r) => r.body.messages);
    expect(withHint?.[0]?.content).toBe(without?.[0]?.content);
    expect(withHint?.at(-1)?.content).toMatch(/Asker's language setting: de$/);
    expect(without?.at(-1)?.content).not.toMatch(/language setting/);
  });

  it("GIVEN no LLM and a question clearly in another language WHEN answered THEN the answer stays in the profile's language with one line saying so", async () => {
    const engine = await engineFor({ offline: true });
    const german = await engine.answer("Wo hast du deinen Doktor gemacht? Was war das Thema?");
    expect(german.answer).toMatch(
      /^_\(Your question looks like German; my profile is in English, so this answer is too\.\)_\n\n/,
    );
    const english = await engine.answer("Where did you do your PhD?");
    expect(english.answer).not.toMatch(/looks like/);
    expect(english.answer).toMatch(/Queen Mary/);
  });
});

describe("prefix caching", () => {
  it("GIVEN a server with a prefix cache WHEN two different questions are asked THEN the second reports the shared system message as cached", async () => {
    const cached = await startFakeOpenAI({ prefixCache: true });
    try {
      const engine = await testEngine({ knowledge: PROFILE, baseURL: cached.baseURL });
      await engine.answer("What is Backdraft?");
      const second = await engine.answer("Where do you work?");
      const system = String(cached.requests[1]?.body.messages[0]?.content);
      expect(second.usage?.cachedPromptTokens).toBeGreaterThanOrEqual(
        Math.floor(system.length / 4),
      );
    } finally {
      await cached.close();
    }
  });
});
