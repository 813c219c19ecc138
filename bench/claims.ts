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
import { capturingEngine, largeProfile, shippedProfile, silentLogger } from "./profiles.ts";
import { round, type Summary, summarize, timeMs } from "./stats.ts";
import { defineSuite, info, judged } from "./suite.ts";

export interface ClaimsResult {
  answerTokens: number;
  answerSentences: number;
  /**
   * One whole answer checked at once (a fresh check each time, so nothing is cached): the run with
   * the median p99 of three, since the tail is set by garbage collection and other processes.
   */
  checkMs: Summary;
  checkP99Runs: number[];
  /** Every check of one answer streamed in 8-character chunks, added up. */
  streamedCheckMs: Summary;
  /** Model's first token → first progress the engine yields (the first checked sentence). */
  firstTokenToVisibleMs: Summary;
  /** Model's first full stop → that progress; the model keeps writing at ~100 tokens/s. */
  sentenceToVisibleMs: Summary;
  /** The same, when the model goes quiet for 2 s after its first sentence. */
  sentenceToVisiblePausedMs: Summary;
  /** Share of LLM requests whose system message equals the previous request's. */
  sameSystemShare: { label: string; requests: number; share: number }[];
}

/** An answer of about `tokens` tokens built from the profile's own entries, with citations. */
function answerFrom(knowledge: Knowledge, tokens: number, variant: number): string {
  const entries = knowledge.sections.flatMap((s) => s.entries);
  const openers = ["", "Also, ", "In short, ", "Besides, ", "Then, ", "As well, "];
  const sentences: string[] = [];
  for (let i = 0; encode(sentences.join(" ")).length < tokens; i++) {
    const e = entries[(i + variant) % entries.length];
    if (!e) break;
    const opener = openers[Math.floor(i / entries.length + variant) % openers.length];
    const summary = e.summary.replace(/\.$/, "");
    sentences.push(`${opener}${e.title}: ${summary} [${e.id}].`);
  }
  return sentences.join(" ");
}

/** An in-process model that streams `text` in 8-character chunks every 20 ms. */
function pacedLlm(text: string, marks: { first?: number; stop?: number }, pauseMs = 0): Llm {
  return {
    async *stream() {
      for (let i = 0; i < text.length; i += 8) {
        const chunk = text.slice(i, i + 8);
        marks.first ??= performance.now();
        // The first full stop that ends a sentence (not the point in "99.9").
        if (marks.stop === undefined && /\D[.!?](\s|$)/.test(text.slice(0, i + 8)))
          marks.stop = performance.now();
        yield { type: "text", text: chunk };
        await sleep(marks.stop !== undefined && pauseMs ? pauseMs : 20);
        if (pauseMs && marks.stop !== undefined) pauseMs = 0;
      }
      yield { type: "end", finishReason: "stop", refusal: false };
    },
  };
}

async function firstVisible(knowledge: Knowledge, answer: string, pauseMs: number) {
  const marks: { first?: number; stop?: number } = {};
  const engine = createEngine({
    knowledge,
    logger: silentLogger(),
    llm: pacedLlm(answer, marks, pauseMs),
    contextTokens: 3000,
  });
  const controller = new AbortController();
  for await (const event of engine.stream("Tell me about your work", {
    signal: controller.signal,
  })) {
    if (event.type !== "progress") continue;
    const now = performance.now();
    controller.abort();
    return { fromFirst: now - (marks.first ?? now), fromStop: now - (marks.stop ?? now) };
  }
  throw new Error("no progress");
}

async function sameSystemShare(label: string, knowledge: Knowledge, budget: number, qs: string[]) {
  const { engine, last } = capturingEngine(knowledge, budget);
  let previous: string | undefined;
  let same = 0;
  for (const q of qs) {
    await engine.answer(q);
    const system = last()[0]?.content;
    if (system === previous) same++;
    previous = system;
  }
  return { label, requests: qs.length, share: round(same / Math.max(1, qs.length - 1)) };
}

async function run(options: { quick?: boolean } = {}): Promise<ClaimsResult> {
  const shipped = await shippedProfile();
  const index = indexClaims(shipped.knowledge);
  const context = index.docs.map((d) => d.entry.id);
  const answers = Array.from({ length: 20 }, (_, v) => answerFrom(shipped.knowledge, 600, v));
  const scope = { index, context, asked: ["Tell me about your work"] };
  const samples = options.quick ? 300 : 1000;
  for (let i = 0; i < 300; i++) createClaimCheck(scope).check(answers[i % 20] ?? "", true);
  const runs = [0, 1, 2].map(() => {
    const whole: number[] = [];
    for (let i = 0; i < samples; i++) {
      const answer = answers[i % 20] ?? "";
      whole.push(timeMs(() => createClaimCheck(scope).check(answer, true)));
    }
    return summarize(whole);
  });
  const byP99 = [...runs].sort((a, b) => a.p99 - b.p99);
  const streamed: number[] = [];
  for (let i = 0; i < samples; i++) {
    const answer = answers[i % 20] ?? "";
    if (i % 5 === 0) {
      const check = createClaimCheck(scope);
      let total = 0;
      for (let n = 8; n < answer.length; n += 8)
        total += timeMs(() => check.check(answer.slice(0, n), false));
      streamed.push(total + timeMs(() => check.check(answer, true)));
    }
  }
  const paced = [];
  const paused = [];
  for (let i = 0; i < (options.quick ? 3 : 10); i++) {
    paced.push(await firstVisible(shipped.knowledge, answers[i] ?? "", 0));
    paused.push(await firstVisible(shipped.knowledge, answers[i] ?? "", 2_000));
  }
  const large = await largeProfile();
  const first = answers[0] ?? "";
  return {
    answerTokens: encode(first).length,
    answerSentences: (first.match(/\] ?\./g) ?? []).length,
    checkMs: byP99[1] as Summary,
    checkP99Runs: runs.map((r) => r.p99),
    streamedCheckMs: summarize(streamed),
    firstTokenToVisibleMs: summarize(paced.map((p) => p.fromFirst)),
    sentenceToVisibleMs: summarize(paced.map((p) => p.fromStop)),
    sentenceToVisiblePausedMs: summarize(paused.map((p) => p.fromStop)),
    sameSystemShare: [
      await sameSystemShare("shipped", shipped.knowledge, 3_000, shipped.questions),
      await sameSystemShare(
        "large (trimmed to the budget)",
        large.knowledge,
        3_000,
        large.questions.slice(0, options.quick ? 50 : 200),
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
      `${r.checkMs.p99} ms (median of ${r.checkP99Runs.join(", ")}; p50 ${r.checkMs.p50})`,
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
});
