import type { CaseResult, SavedRun } from "./last-run.ts";

/** Passed and total cases of a run. */
export interface Score {
  passed: number;
  total: number;
}

/** What changed between two runs of a question set, case by case. */
export interface RunDiff {
  /** Passed last time, fail now. */
  broken: CaseResult[];
  /** Failed last time, pass now. */
  fixed: CaseResult[];
  added: CaseResult[];
  removed: CaseResult[];
  before: Score;
  after: Score;
}

/** Compares two runs by case id. */
export function diffRuns(before: CaseResult[], after: CaseResult[]): RunDiff {
  const previous = new Map(before.map((c) => [c.id, c]));
  const current = new Set(after.map((c) => c.id));
  const kept = after.filter((c) => previous.has(c.id));
  return {
    broken: kept.filter((c) => previous.get(c.id)?.pass && !c.pass),
    fixed: kept.filter((c) => previous.get(c.id)?.pass === false && c.pass),
    added: after.filter((c) => !previous.has(c.id)),
    removed: before.filter((c) => !current.has(c.id)),
    before: score(before),
    after: score(after),
  };
}

/** The comparison as the lines printed under the totals. */
export function formatDiff(
  diff: RunDiff,
  last: Pick<SavedRun, "at" | "mode">,
  mode: string,
): string {
  const change = diff.after.passed - diff.before.passed;
  const lines = [
    `Compared with the last run (${last.at.slice(0, 16).replace("T", " ")} UTC${last.mode === mode ? "" : `, ${last.mode} mode`}):`,
    `  score  ${scoreText(diff.before)} -> ${scoreText(diff.after)} (${change > 0 ? "+" : change < 0 ? "" : "±"}${change})`,
    ...group("now failing", diff.broken),
    ...group("now passing", diff.fixed),
    ...group("new", diff.added),
    ...group("removed", diff.removed),
  ];
  if (diff.broken.length + diff.fixed.length + diff.added.length + diff.removed.length === 0) {
    lines.push("  no case changed");
  }
  return `${lines.join("\n")}\n`;
}

function group(title: string, cases: CaseResult[]): string[] {
  if (cases.length === 0) return [];
  return [
    `  ${title} (${cases.length}):`,
    ...cases.map((c) => `    ${c.pass ? "PASS" : "FAIL"} ${c.id} [${c.kind}] ${c.question}`),
  ];
}

function score(cases: CaseResult[]): Score {
  return { passed: cases.filter((c) => c.pass).length, total: cases.length };
}

function scoreText(s: Score): string {
  return `${s.passed}/${s.total} (${s.total ? Math.round((100 * s.passed) / s.total) : 0}%)`;
}
