/** What a bench suite is: what it runs in its own process, and how its result reads in the report. */

/** One row of the report's Figures table. */
export interface Figure {
  figure: string;
  target: string;
  result: string;
  status: "PASS" | "MISS" | "info" | "n/a";
}

/** A suite: bench/<name>.ts default-exports one, and bench/run.ts lists its name. */
export interface BenchSuite<R> {
  /** Where its result goes in latest.json's `results`. */
  key: string;
  /** It is killed, and reported as an error, after this long. */
  limitS: number;
  /** Node flags for its process (e.g. --expose-gc). */
  nodeFlags?: string[];
  /** Measures, in a fresh process on the suite's bundle (as `npm start` runs); `quick`: less. */
  run(options: { quick: boolean }): Promise<R>;
  /** Its rows of the Figures table. */
  figures(result: R): Figure[];
  /** Sections for the report's Details: a heading, a table or a sentence each. */
  details?(result: R): string[];
  /** Where to look when a target is missed, written only when this run shows it. */
  notes?(result: R): string[];
}

/** Declares a suite (typed; the runner finds it by its file name). */
export const defineSuite = <R>(suite: BenchSuite<R>) => suite;

/** A figure against its target: PASS or MISS as `pass` says. */
export function judged(figure: string, target: string, result: string, pass: boolean): Figure {
  return { figure, target, result, status: pass ? "PASS" : "MISS" };
}

/** A figure for information, with no target. */
export function info(figure: string, result: string): Figure {
  return { figure, target: "(info)", result, status: "info" };
}

/** A Markdown table of rows with the same keys, which make its header. */
export function table<T extends object>(rows: T[]): string {
  const head = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => head.map((k) => String((r as Record<string, unknown>)[k])));
  return [head, head.map(() => "---"), ...cells].map((c) => `| ${c.join(" | ")} |`).join("\n");
}
