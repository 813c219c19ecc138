/** Samples and how reports show them: percentiles (ms unless said otherwise), timing, memory. */

/** A sample's distribution. */
export type Summary = Record<"p50" | "p95" | "p99" | "max", number>;

// The p-th percentile (0..100) of sorted values, linearly interpolated between ranks.
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const [a, b] = [sorted[Math.floor(rank)] as number, sorted[Math.ceil(rank)] as number];
  return a + (b - a) * (rank - Math.floor(rank));
}

const sorted = (values: readonly number[]) => [...values].sort((x, y) => x - y);

/** The median of the values. */
export const median = (values: readonly number[]) => percentile(sorted(values), 50);

/** The distribution of the values, rounded. */
export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  const at = (p: number) => round(percentile(s, p));
  return { p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

/** Rounds for reports: 3 decimals below 1, 2 below 10, 1 below 100, none above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const f = 10 ** (abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
  return Math.round(value * f) / f;
}

/** Times `fn` once in milliseconds with the monotonic clock. */
export function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** "median of 1, 2, 3": the values a median was taken of, for reports. */
export const medianOf = (values: readonly number[]) => `median of ${values.join(", ")}`;

/** process.memoryUsage() after two full GCs; the suite runs with --expose-gc. */
export function memoryAfterGc(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("this suite needs --expose-gc");
  gc();
  gc();
  return process.memoryUsage();
}

/** Of runs of the same measure, the one with the median p99 (tails move with GC and the machine). */
export const medianRun = (runs: Summary[]) =>
  [...runs].sort((a, b) => a.p99 - b.p99)[runs.length >> 1] as Summary;
