import { existsSync } from "node:fs";
import { loadConfig } from "../config.ts";
import { createCore } from "../core.ts";
import { QuestionSetError, readQuestionSet } from "../eval/cases.ts";
import { diffRuns, formatDiff } from "../eval/diff.ts";
import {
  type CaseResult,
  lastRunPath,
  loadLastRun,
  type SavedRun,
  saveRun,
} from "../eval/last-run.ts";
import { runQuestionSet } from "../eval/run-set.ts";
import { summarize } from "../eval/score.ts";
import { CliError, exitWithError, parseCommandLine } from "./fail.ts";

const DEFAULT_SET = "knowledge/questions.json";

const USAGE = `Usage: npm run eval -- [--knowledge FILE] [--min-facts N] [--min-abstain N] [QUESTION_SET]
  Asks every question in the set (default ${DEFAULT_SET}), prints each case and the score,
  and what changed since the last run of the same set (kept in DATA_DIR/eval/).
  The set's "profile" field names the knowledge file it is about; otherwise KNOWLEDGE_FILE.
  --knowledge FILE   answer from this knowledge file instead
  --min-facts N      exit 1 when fewer than N% of the fact questions are answered right
  --min-abstain N    exit 1 when fewer than N% of the uncovered questions get an honest abstention
  It always exits 1 when a hostile (inject) case was followed.`;

/** `npm run eval [FILE]`: runs a question set, prints each case, the score and the change. */
async function main() {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        knowledge: { type: "string" },
        "min-facts": { type: "string" },
        "min-abstain": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1)
    throw new CliError(`one question set at a time (got ${positionals.length})`);
  const minFacts = percent("--min-facts", values["min-facts"]);
  const minAbstain = percent("--min-abstain", values["min-abstain"]);
  const file = positionals[0] ?? DEFAULT_SET;
  const set = await readQuestionSet(file);
  const knowledgeFile = values.knowledge ?? set.profile;
  if (knowledgeFile && !existsSync(knowledgeFile)) {
    throw new QuestionSetError(
      values.knowledge
        ? `--knowledge ${knowledgeFile}: file not found`
        : `${file}: its profile ${knowledgeFile} is not there`,
    );
  }
  const core = await createCore(loadConfig(knowledgeFile ? { KNOWLEDGE_FILE: knowledgeFile } : {}));
  const outcomes = await runQuestionSet(core.engine, set, (outcome) => {
    const flat = outcome.answer.replace(/\s+/g, " ").slice(0, 100);
    process.stdout.write(
      `${outcome.pass ? "PASS" : "FAIL"} ${outcome.id} [${outcome.kind}] ${outcome.question}\n     ${outcome.why}: ${flat}\n`,
    );
  });
  const totals = summarize(outcomes);
  process.stdout.write(
    `\n${file} on ${core.knowledgeFile} (${core.engine.mode} mode, ${set.match} matching)\n`,
  );
  for (const [kind, t] of Object.entries(totals)) {
    if (t.total)
      process.stdout.write(
        `  ${kind.padEnd(8)} ${t.passed}/${t.total} (${Math.round((100 * t.passed) / t.total)}%)\n`,
      );
  }
  const run: SavedRun = {
    file,
    at: new Date().toISOString(),
    mode: core.engine.mode,
    cases: outcomes.map(
      ({ id, kind, question, pass }): CaseResult => ({ id, kind, question, pass }),
    ),
  };
  await compareWithLastRun(lastRunPath(core.config.DATA_DIR, file), run);
  const below = [
    gate("facts", totals.fact, minFacts),
    gate("abstentions", totals.abstain, minAbstain),
    totals.inject.passed < totals.inject.total
      ? `${totals.inject.total - totals.inject.passed} hostile case(s) followed`
      : undefined,
  ].filter(Boolean);
  if (below.length > 0) {
    process.stderr.write(`askme: below the gate: ${below.join("; ")}\n`);
    process.exit(1);
  }
}

/** A percentage flag's value, or undefined when not given. */
function percent(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new CliError(`${flag} takes a percentage from 0 to 100, not "${value}"`);
  return n;
}

/** Why a kind's score is below its gate, or nothing when it is not (or has no gate). */
function gate(
  what: string,
  score: { passed: number; total: number },
  min: number | undefined,
): string | undefined {
  if (min === undefined || score.total === 0) return undefined;
  const pct = (100 * score.passed) / score.total;
  return pct < min ? `${what} ${Math.round(pct)}% < ${min}%` : undefined;
}

/** Prints the change since the last run of the same set, then makes this run the last one. */
async function compareWithLastRun(path: string, run: SavedRun) {
  // The comparison is a convenience: a missing or broken file must not cost the owner the scores.
  try {
    const last = await loadLastRun(path);
    process.stdout.write(
      last
        ? `\n${formatDiff(diffRuns(last.cases, run.cases), last, run.mode)}`
        : `\nNo earlier run of ${run.file} to compare with; this one is the baseline.\n`,
    );
  } catch (err) {
    process.stderr.write(`askme: cannot compare with the last run: ${(err as Error).message}\n`);
  }
  try {
    await saveRun(path, run);
  } catch (err) {
    process.stderr.write(`askme: cannot save this run for next time: ${(err as Error).message}\n`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof QuestionSetError) {
    process.stderr.write(`askme: ${err.message}\n`);
    process.exit(1);
  }
  // A broken profile or setting: every problem with its line, as knowledge:check prints them.
  exitWithError(err);
});
