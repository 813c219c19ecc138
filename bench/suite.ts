/** What a bench suite is: what it runs in its own process, and how its result reads in the report. */

/** One row of the report's Figures table. */
export interface Figure {
  figure: string;
  target: string;
  result: string;
  status: "PASS" | "MISS" | "info" | "n/a";
}

/** How a suite is run: `--quick` asks for smaller counts. */
export interface RunOptions {
  quick: boolean;
}

/** A suite: bench/<name>.ts default-exports one, and bench/run.ts lists its name. */
export interface BenchSuite<R> {
  /** Where its result goes in latest.json's `results`. */
  key: string;
  /** It is killed, and reported as an error, after this long. */
  limitS: number;
  /** Node flags for its process (e.g. --expose-gc). */
  nodeFlags?: string[];
  /** Measures, in a fresh process running the suite bundled on plain Node (as `npm start` runs). */
  run(options: RunOptions): Promise<R>;
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
export const judged = (figure: string, target: string, result: string, pass: boolean): Figure => ({
  figure,
  target,
  result,
  status: pass ? "PASS" : "MISS",
});

/** A figure for information, with no target. */
export const info = (figure: string, result: string): Figure => ({
  figure,
  target: "(info)",
  result,
  status: "info",
});

/** A Markdown table of rows with the same keys, which make its header. */
export function table<T extends object>(rows: T[]): string {
  const head = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => head.map((k) => String((r as Record<string, unknown>)[k])));
  return [head, head.map(() => "---"), ...cells].map((c) => `| ${c.join(" | ")} |`).join("\n");
}
