/**
 * Heap growth over 50,000 offline answers (engine.answer in this process, started with
 * --expose-gc), after a warm-up: heap used after a full GC at each checkpoint.
 */
import { createEngine } from "../src/engine/engine.ts";
import { type BenchProfile, largeProfile, shippedProfile, silentLogger } from "./profiles.ts";
import { round } from "./stats.ts";

export interface HeapResult {
  label: string;
  answers: number;
  /** Heap used (MB) after a full GC: after the warm-up, then every 10,000 answers. */
  heapMb: number[];
  growthKb: number;
  answersPerSec: number;
}

async function measure(p: BenchProfile, answers: number, gc: () => void): Promise<HeapResult> {
  const engine = createEngine({
    knowledge: p.knowledge,
    logger: silentLogger(),
    contextTokens: 3000,
  });
  const qs = p.questions;
  const used = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  for (let i = 0; i < 2_000; i++) await engine.answer(qs[i % qs.length] as string);
  const heap = [used()];
  const start = performance.now();
  for (let i = 0; i < answers; i++) {
    await engine.answer(qs[i % qs.length] as string);
    if ((i + 1) % 10_000 === 0) {
      heap.push(used());
    }
  }
  const elapsed = performance.now() - start;
  return {
    label: p.label,
    answers,
    heapMb: heap.map((b) => round(b / 1_048_576)),
    growthKb: round(((heap.at(-1) as number) - (heap[0] as number)) / 1024),
    answersPerSec: round((answers / elapsed) * 1000),
  };
}

export async function run(options: { quick?: boolean } = {}): Promise<HeapResult[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("heap suite needs --expose-gc");
  const answers = options.quick ? 10_000 : 50_000;
  return [
    await measure(await shippedProfile(), answers, gc),
    await measure(largeProfile(), options.quick ? 10_000 : 20_000, gc),
  ];
}
