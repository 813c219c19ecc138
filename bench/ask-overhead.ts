/**
 * `/ask` with an LLM of known pace (first token after 200 ms, then 8 characters every 50 ms): from
 * the LLM's first token leaving the fake to the first visible edit of the answer at the fake
 * Discord, and from its last token to the final edit. The fake LLM runs in the fake Discord's
 * process, so all these times come from one clock.
 */
import { visiblePart } from "../src/engine/stream-text.ts";
import { type BenchBot, withBot } from "./bot.ts";
import type { DiscordProcess } from "./discord-control.ts";
import type { LlmAskTiming, Pace } from "./protocol.ts";
import { median, type Summary, summarize } from "./stats.ts";
import { defineSuite, info, table } from "./suite.ts";

const PACE: Pace = {
  firstTokenMs: 200,
  chunkMs: 50,
  chunkSize: 8,
  text:
    "Backdraft is a software virtual switch that removes the slow-receiver problem in data " +
    "planes, using per-flow queues, dynamic buffering and backpressure-aware scheduling. It was " +
    "published at USENIX NSDI 2022, where I was first author [backdraft].",
};

/** Intervals (ms) over the asks that completed. */
export interface AskOverheadResult {
  asks: number;
  incomplete: number;
  editsPerAnswer: number;
  /** By design: how long after the first token the engine starts showing text (its hold-back). */
  holdBackMs: number;
  intervals: ({ interval: string } & Summary)[];
}

async function measure({ discord }: BenchBot, quick: boolean): Promise<AskOverheadResult> {
  const question = "What is Backdraft and where was it published?";
  await discord.call({ type: "ask-llm", count: 2, question }); // warm-up
  const count = quick ? 4 : 12;
  const asks = await discord.call<LlmAskTiming[]>({ type: "ask-llm", count, question });
  const done = asks.flatMap(({ firstTokenAt: first, lastTokenAt: last, endAt: end, ...r }) => {
    const final = r.edits.find((e) => e.final)?.at;
    return final && first && last && end ? [{ ...r, final, first, last, end }] : [];
  });
  const interval = (name: string, f: (r: (typeof done)[number]) => number) => ({
    interval: name,
    ...summarize(done.map(f)),
  });
  return {
    asks: asks.length,
    incomplete: asks.length - done.length,
    editsPerAnswer: median(done.map((r) => r.edits.length)),
    holdBackMs: holdBack(),
    intervals: [
      interval("delivery → ack (defer)", (r) => (r.ackAt ?? Number.NaN) - r.deliveredAt),
      interval("first token → first visible edit", (r) => (r.edits[0]?.at ?? 0) - r.first),
      interval("last token → final edit", (r) => r.final - r.last),
      interval("stream end → final edit", (r) => r.final - r.end),
      interval("delivery → final edit", (r) => r.final - r.deliveredAt),
    ],
  };
}

// The fake LLM, in the fake Discord's process, and the bot's settings for it.
async function llm(discord: DiscordProcess) {
  const { baseURL } = await discord.call<{ baseURL: string }>({ type: "openai", ...PACE });
  const key = "sk-bench-0123456789abcdefghijkl";
  return { OPENAI_API_KEY: key, OPENAI_BASE_URL: baseURL, OPENAI_MODEL: "gpt-fake" };
}

// When, at this pace, the engine's streaming hold-back first lets some text through.
function holdBack(): number {
  for (let i = 0; i * PACE.chunkSize < PACE.text.length; i++) {
    if (visiblePart(PACE.text.slice(0, (i + 1) * PACE.chunkSize))) return i * PACE.chunkMs;
  }
  return Number.NaN;
}

export default defineSuite({
  key: "askOverhead",
  limitS: 120,
  run: ({ quick }) => withBot((b) => measure(b, quick), llm),
  figures: (r) => {
    const p50 = (name: string) => r.intervals.find((i) => i.interval === name)?.p50;
    return [
      info(
        "/ask LLM first token → first visible edit",
        `${p50("first token → first visible edit")} ms median (${r.holdBackMs} ms of it is the streaming hold-back)`,
      ),
      info(
        "/ask LLM last token → final edit",
        `${p50("last token → final edit")} ms median (stream end → final edit ${p50("stream end → final edit")} ms)`,
      ),
    ];
  },
  details: (r) => [
    `### /ask with a paced LLM (first token after ${PACE.firstTokenMs} ms, ${PACE.chunkSize} characters every ${PACE.chunkMs} ms; ${r.asks} asks, one at a time; ms)`,
    table(r.intervals),
    `Edits per answer: ${r.editsPerAnswer}. Incomplete: ${r.incomplete}.`,
  ],
});
