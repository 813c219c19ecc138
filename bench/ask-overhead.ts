/**
 * `/ask` with an LLM of known pace (first token after 200 ms, then 8 characters every 50 ms): the
 * engine shows a sentence once it is complete and has passed the claim check, and Discord's reply
 * is edited at most once a second. Timed from the LLM's tokens leaving the fake to the edits
 * reaching the fake Discord, in one process, so on one clock.
 */
import { type BenchBot, withBot } from "./bot.ts";
import type { DiscordProcess } from "./discord-control.ts";
import type { LlmAskTiming, Pace } from "./protocol.ts";
import { median, summarize } from "./stats.ts";
import { defineSuite, info, table } from "./suite.ts";

// Four sentences the shipped profile supports (none is dropped by the claim check); the first is
// complete after about a second, the next two within the following edit interval.
const PACE: Pace = {
  firstTokenMs: 200,
  chunkMs: 50,
  chunkSize: 8,
  text:
    "Backdraft is a software virtual switch that removes the slow-receiver problem in data " +
    "planes, using per-flow queues, dynamic buffering and backpressure-aware scheduling. It was " +
    "published at USENIX NSDI 2022, where I was first author [backdraft]. I led the design, the " +
    "DPDK implementation and the evaluation. It is lossless: a slow receiver no longer holds " +
    "back the rest of the data plane [backdraft].",
};

async function measure({ discord }: BenchBot, quick: boolean) {
  const question = "What is Backdraft and where was it published?";
  await discord.call({ type: "ask-llm", count: 2, question }); // warm-up
  const count = quick ? 4 : 12;
  const asks = await discord.call<LlmAskTiming[]>({ type: "ask-llm", count, question });
  // Complete: the LLM's answer was shown while it streamed, and finished.
  const done = asks.flatMap(({ firstTokenAt: first, sentenceAt: sentence, ...r }) => {
    const final = r.edits.find((e) => e.final)?.at;
    const shown = r.edits.filter((e) => !e.final).map((e) => e.at);
    const [last, end, firstShown] = [r.lastTokenAt, r.endAt, shown[0]];
    const times = final && first && sentence && last && end && firstShown;
    return times ? [{ ...r, final, shown, first, sentence, last, end, firstShown }] : [];
  });
  const spans: [string, (r: (typeof done)[number]) => number][] = [
    ["delivery → ack (defer)", (r) => (r.ackAt ?? Number.NaN) - r.deliveredAt],
    ["first token → first sentence complete", (r) => r.sentence - r.first],
    ["first sentence complete → first visible edit", (r) => r.firstShown - r.sentence],
    ["first token → first visible edit", (r) => r.firstShown - r.first],
    ["last token → final edit", (r) => r.final - r.last],
    ["stream end → final edit", (r) => r.final - r.end],
    ["delivery → final edit", (r) => r.final - r.deliveredAt],
  ];
  const gaps = done.flatMap(({ shown }) => shown.slice(1).map((at, i) => at - (shown[i] ?? 0)));
  return {
    asks: asks.length,
    incomplete: asks.length - done.length,
    shownPerAnswer: median(done.map((r) => r.shown.length)),
    intervals: [
      ...spans.map(([interval, f]) => ({ interval, ...summarize(done.map(f)) })),
      { interval: "visible edit → next visible edit", ...summarize(gaps) },
    ],
  };
}

// The fake LLM, in the fake Discord's process, and the bot's settings for it.
async function llm(discord: DiscordProcess) {
  const { baseURL } = await discord.call<{ baseURL: string }>({ type: "openai", ...PACE });
  const key = "sk-bench-0123456789abcdefghijkl";
  return { OPENAI_API_KEY: key, OPENAI_BASE_URL: baseURL, OPENAI_MODEL: "gpt-fake" };
}

export default defineSuite({
  key: "askOverhead",
  limitS: 120,
  run: ({ quick }) => withBot((b) => measure(b, quick), llm),
  figures: (r) => {
    const p50 = (name: string) => r.intervals.find((i) => i.interval.startsWith(name))?.p50;
    const [model, edit] = [p50("first token → first sentence"), p50("first sentence complete →")];
    const first = `${p50("first token → first visible")} ms median (${model} ms of it the model writing its first sentence, then ${edit} ms to the edit)`;
    const last = `${p50("last token")} ms median (stream end → final edit ${p50("stream end")} ms)`;
    return [
      info("/ask LLM first token → first visible edit", first),
      info("/ask LLM last token → final edit", last),
    ];
  },
  details: (r) => [
    `### /ask with a paced LLM (first token after ${PACE.firstTokenMs} ms, ${PACE.chunkSize} characters every ${PACE.chunkMs} ms; ${r.asks} asks, one at a time; ms)`,
    table(r.intervals),
    `Visible edits before the final one, per answer: ${r.shownPerAnswer} (Discord's reply is edited at most once a second). Incomplete: ${r.incomplete}.`,
  ],
});
