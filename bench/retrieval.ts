/**
 * Per-question latency of retrieval (`createRetriever(knowledge).search`) and of the offline answer
 * built from it (`offlineAnswer`) on the generated 355-entry profile, and the index build time.
 */
import { offlineAnswer } from "../src/engine/offline.ts";
import { createRetriever } from "../src/engine/retrieve.ts";
import { largeProfile } from "./profiles.ts";
import { median, medianOf, medianRun, round, summarize, timeMs } from "./stats.ts";
import { defineSuite, info, judged, table } from "./suite.ts";

async function run({ quick }: { quick: boolean }) {
  const { knowledge, yaml, questions } = await largeProfile();
  const retriever = createRetriever(knowledge);
  const answer = (q: string) => offlineAnswer(knowledge, q, retriever.search(q));
  // Every question as often, at least this many calls in all.
  const rounds = Math.max(5, Math.ceil((quick ? 2_000 : 10_000) / questions.length));
  const sample = (f: (q: string) => unknown) => {
    const ms: number[] = [];
    for (let r = 0; r < rounds; r++) for (const q of questions) ms.push(timeMs(() => f(q)));
    return summarize(ms);
  };
  for (let r = 0; r < 3; r++) questions.forEach(answer); // warm-up: let the JIT settle
  // The tail is set by GC, so it moves between runs: the run with the median p99 of three.
  const runs = [0, 1, 2].map(() => sample((q) => retriever.search(q)));
  const builds = [0, 1, 2, 3, 4].map(() => timeMs(() => createRetriever(knowledge)));
  return {
    entries: retriever.docs.length,
    yamlKb: Math.round(Buffer.byteLength(yaml) / 1000),
    questions: questions.length,
    search: medianRun(runs),
    searchP99Runs: runs.map((r) => r.p99),
    offlineAnswer: sample(answer),
    buildIndexMs: round(median(builds)),
  };
}

export default defineSuite({
  key: "retrieval",
  limitS: 180,
  run,
  figures: ({ entries, yamlKb, search, searchP99Runs, offlineAnswer: a }) => [
    judged(
      `Retrieval p99, generated profile of ${entries} entries (${yamlKb} KB)`,
      "< 1 ms",
      `${search.p99} ms (${medianOf(searchP99Runs)}; p50 ${search.p50})`,
      search.p99 < 1,
    ),
    info("Offline answer p50 / p99, same profile", `${a.p50} / ${a.p99} ms`),
  ],
  details: (r) => [
    `### Retrieval and offline answers (ms per question; ${r.questions} questions; index built in ${r.buildIndexMs} ms)`,
    table([
      { step: "search", ...r.search },
      { step: "offline answer", ...r.offlineAnswer },
    ]),
  ],
});
