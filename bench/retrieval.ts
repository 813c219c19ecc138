/**
 * Per-question latency of `createRetriever(...).search` and of the engine's offline `answer`,
 * on the shipped and the large profile; plus index build and YAML parse time.
 */
import { createEngine } from "../src/engine/engine.ts";
import { createRetriever } from "../src/engine/retrieve.ts";
import { parseKnowledge } from "../src/knowledge/load.ts";
import { type BenchProfile, largeProfile, shippedProfile, silentLogger } from "./profiles.ts";
import { median, round, roundSummary, type Summary, summarize, timeMs } from "./stats.ts";

export interface RetrievalResult {
  label: string;
  entries: number;
  questions: number;
  /** The run with the median p99 of three (the tail is set by GC, so it moves between runs). */
  search: Summary;
  searchP99Runs: number[];
  offlineAnswer: Summary;
  buildIndexMs: number;
  parseYamlMs: number;
}

/** Rounds over every question so each one is sampled as often; at least `samples` calls. */
function rounds(p: BenchProfile, samples: number): number {
  return Math.max(5, Math.ceil(samples / p.questions.length));
}

async function measure(p: BenchProfile, samples: number): Promise<RetrievalResult> {
  const retriever = createRetriever(p.knowledge);
  const engine = createEngine({
    knowledge: p.knowledge,
    logger: silentLogger(),
    contextTokens: p.contextTokens,
  });
  const n = rounds(p, samples);
  // Warm-up: let the JIT settle before sampling.
  for (let r = 0; r < 3; r++) {
    for (const q of p.questions) {
      retriever.search(q);
      await engine.answer(q);
    }
  }
  const runs = [0, 1, 2].map(() => {
    const search: number[] = [];
    for (let r = 0; r < n; r++) {
      for (const q of p.questions) search.push(timeMs(() => retriever.search(q)));
    }
    return roundSummary(summarize(search));
  });
  const byP99 = [...runs].sort((a, b) => a.p99 - b.p99);
  const answer: number[] = [];
  for (let r = 0; r < n; r++) {
    for (const q of p.questions) {
      const start = performance.now();
      await engine.answer(q);
      answer.push(performance.now() - start);
    }
  }
  const builds = Array.from({ length: 5 }, () => timeMs(() => createRetriever(p.knowledge)));
  const parses = Array.from({ length: 5 }, () => timeMs(() => parseKnowledge(p.yaml)));
  return {
    label: p.label,
    entries: retriever.docs.length,
    questions: p.questions.length,
    search: byP99[1] as Summary,
    searchP99Runs: runs.map((r) => r.p99),
    offlineAnswer: roundSummary(summarize(answer)),
    buildIndexMs: round(median(builds)),
    parseYamlMs: round(median(parses)),
  };
}

export interface RetrievalSuite {
  profiles: RetrievalResult[];
}

export async function run(options: { quick?: boolean } = {}): Promise<RetrievalSuite> {
  const samples = options.quick ? 2_000 : 10_000;
  const profiles = [
    await measure(await shippedProfile(), samples),
    await measure(largeProfile(), samples),
  ];
  return { profiles };
}
