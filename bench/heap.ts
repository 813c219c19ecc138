/**
 * Heap growth over 50,000 offline answers (engine.answer, with --expose-gc) on the shipped profile
 * after a warm-up: heap used after a full GC, every 10,000 answers.
 */
import { engineOn, shippedProfile } from "./profiles.ts";
import { memoryAfterGc, round } from "./stats.ts";
import { defineSuite, judged } from "./suite.ts";

async function run({ quick }: { quick: boolean }) {
  const shipped = await shippedProfile();
  const [engine, questions] = [engineOn(shipped), shipped.questions];
  const answer = (i: number) => engine.answer(questions[i % questions.length] as string);
  const used = () => memoryAfterGc().heapUsed;
  const answers = quick ? 10_000 : 50_000;
  for (let i = 0; i < 2_000; i++) await answer(i);
  const heap = [used()];
  const start = performance.now();
  for (let i = 1; i <= answers; i++) {
    await answer(i - 1);
    if (i % 10_000 === 0) heap.push(used());
  }
  return {
    answers,
    heapMb: heap.map((b) => round(b / 1_048_576)),
    growthKb: round(((heap.at(-1) as number) - (heap[0] as number)) / 1024),
    answersPerSec: round((answers / (performance.now() - start)) * 1000),
  };
}

export default defineSuite({
  key: "heap",
  limitS: 180,
  nodeFlags: ["--expose-gc"],
  run,
  figures: (h) => [
    judged(
      `Heap growth over ${h.answers.toLocaleString("en")} offline answers`,
      "bounded (< 1 MB)",
      `${h.growthKb} KB (${h.heapMb.join(" → ")} MB)`,
      h.growthKb < 1024,
    ),
  ],
  details: (h) => [
    "### Heap over many offline answers (after a full GC)",
    `${h.answers} answers on the shipped profile at ${h.answersPerSec}/s; heap MB after the warm-up, then every 10,000: ${h.heapMb.join(" → ")}.`,
  ],
});
