/**
 * The claim check's cost on a ~600-token answer, how soon a streamed answer's first checked
 * sentence is shown, and how often the system message repeats the previous one (prefix caching).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { encode } from "gpt-tokenizer";
import { indexClaims } from "../src/engine/claim-index.ts";
import { createClaimCheck } from "../src/engine/claims.ts";
import { createEngine } from "../src/engine/engine.ts";
import type { Llm } from "../src/engine/llm.ts";
import type { Knowledge } from "../src/knowledge/schema.ts";
import {
  capturingEngine,
  LARGE_BUDGET,
  largeProfile,
  shippedProfile,
  silentLogger,
} from "./profiles.ts";
import { medianOf, medianRun, round, summarize, timeMs } from "./stats.ts";
import { defineSuite, info, judged, table } from "./suite.ts";

// An answer of about `tokens` tokens built from the profile's own entries, with citations.
function answerFrom(knowledge: Knowledge, tokens: number, variant: number): string {
  const entries = knowledge.sections.flatMap((s) => s.entries);
  const openers = ["", "Also, ", "In short, ", "Besides, ", "Then, ", "As well, "];
  const sentences: string[] = [];
  for (let i = 0; encode(sentences.join(" ")).length < tokens; i++) {
    const e = entries[(i + variant) % entries.length];
    if (!e) break;
    const opener = openers[Math.floor(i / entries.length + variant) % openers.length];
    sentences.push(`${opener}${e.title}: ${e.summary.replace(/\.$/, "")} [${e.id}].`);
  }
  return sentences.join(" ");
}

// Ms from the model's first full stop to the engine's first progress (its first checked
// sentence); the model writes 8 characters every 20 ms (~100 tokens/s), pausing `pauseMs` there.
async function firstVisible(knowledge: Knowledge, text: string, pauseMs: number) {
  let stop: number | undefined;
  const llm: Llm = {
    async *stream() {
      for (let i = 0; i < text.length; i += 8) {
        // The first full stop that ends a sentence (not the point in "99.9").
        const ends = stop === undefined && /\D[.!?](\s|$)/.test(text.slice(0, i + 8));
        if (ends) stop = performance.now();
        yield { type: "text", text: text.slice(i, i + 8) };
        await sleep(ends && pauseMs ? pauseMs : 20);
      }
      yield { type: "end", finishReason: "stop", refusal: false };
    },
  };
  const engine = createEngine({ knowledge, logger: silentLogger(), llm, contextTokens: 3000 });
  const controller = new AbortController();
  const signal = controller.signal;
  for await (const event of engine.stream("Tell me about your work", { signal })) {
    if (event.type !== "progress") continue;
    controller.abort();
    return performance.now() - (stop ?? Number.NaN);
  }
  throw new Error("no progress");
}

// The share of requests whose system message equals the previous request's.
async function sameSystemShare(label: string, knowledge: Knowledge, budget: number, qs: string[]) {
  const { engine, last } = capturingEngine(knowledge, budget);
  let [previous, same] = ["", 0];
  for (const q of qs) {
    await engine.answer(q);
    const system = last()[0]?.content ?? "";
    if (system === previous) same++;
    previous = system;
  }
  return { label, requests: qs.length, share: round(same / Math.max(1, qs.length - 1)) };
}

async function run({ quick }: { quick: boolean }) {
  const shipped = await shippedProfile();
  const index = indexClaims(shipped.knowledge);
  const scope = {
    index,
    context: index.docs.map((d) => d.entry.id),
    asked: ["Tell me about your work"],
  };
  const answers = Array.from({ length: 20 }, (_, v) => answerFrom(shipped.knowledge, 600, v));
  const answer = (i: number) => answers[i % answers.length] ?? "";
  const samples = quick ? 300 : 1000;
  for (let i = 0; i < 300; i++) createClaimCheck(scope).check(answer(i), true); // warm-up
  // A fresh check each time, so nothing is cached. The tail is set by GC and other processes:
  // the run with the median p99 of three.
  const runs = [0, 1, 2].map(() => {
    const ms = Array.from({ length: samples }, (_, i) =>
      timeMs(() => createClaimCheck(scope).check(answer(i), true)),
    );
    return summarize(ms);
  });
  // Every check of one answer streamed in 8-character chunks, added up.
  const streamed: number[] = [];
  for (let i = 0; i < samples; i += 5) {
    const [check, text] = [createClaimCheck(scope), answer(i)];
    let total = 0;
    for (let n = 8; n < text.length; n += 8)
      total += timeMs(() => check.check(text.slice(0, n), false));
    streamed.push(total + timeMs(() => check.check(text, true)));
  }
  const [writing, paused]: [number[], number[]] = [[], []];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    writing.push(await firstVisible(shipped.knowledge, answer(i), 0));
    paused.push(await firstVisible(shipped.knowledge, answer(i), 2_000));
  }
  const large = await largeProfile();
  return {
    answerTokens: encode(answer(0)).length,
    checkMs: medianRun(runs),
    checkP99Runs: runs.map((r) => r.p99),
    streamedCheckMs: summarize(streamed),
    sentenceToVisibleMs: summarize(writing),
    sentenceToVisiblePausedMs: summarize(paused),
    sameSystemShare: [
      await sameSystemShare("shipped", shipped.knowledge, 3_000, shipped.questions),
      await sameSystemShare(
        "large (trimmed to the budget)",
        large.knowledge,
        LARGE_BUDGET,
        large.questions.slice(0, quick ? 50 : 200),
      ),
    ],
  };
}

export default defineSuite({
  key: "claims",
  limitS: 120,
  run,
  figures: (r) => [
    judged(
      `Claim check p99 on a ${r.answerTokens}-token answer`,
      "< 1 ms",
      `${r.checkMs.p99} ms (${medianOf(r.checkP99Runs)}; p50 ${r.checkMs.p50})`,
      r.checkMs.p99 < 1,
    ),
    info(
      "Every check while one answer streams, p50 / p99",
      `${r.streamedCheckMs.p50} / ${r.streamedCheckMs.p99} ms`,
    ),
    judged(
      "Model's first full stop → first checked sentence (writing / pausing 2 s)",
      "≤ 1.1 s",
      `max ${r.sentenceToVisibleMs.max} / ${r.sentenceToVisiblePausedMs.max} ms`,
      Math.max(r.sentenceToVisibleMs.max, r.sentenceToVisiblePausedMs.max) <= 1100,
    ),
    ...r.sameSystemShare.map((s) =>
      info(
        `Same system message as the previous request, ${s.label}`,
        `${Math.round(s.share * 100)}% of ${s.requests}`,
      ),
    ),
  ],
  details: (r) => [
    `### Claim check (shipped profile; ms; answers of about ${r.answerTokens} tokens)`,
    table([
      { step: "whole answer, checked at once", ...r.checkMs },
      { step: "every check while it streams, added up", ...r.streamedCheckMs },
      { step: "first full stop → first checked sentence, model writing", ...r.sentenceToVisibleMs },
      { step: "the same, model pausing 2 s after it", ...r.sentenceToVisiblePausedMs },
    ]),
  ],
});
