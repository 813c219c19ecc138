import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { createCore } from "../core.ts";
import { loadQuestionSet } from "../eval/cases.ts";
import { diffRuns, formatDiff } from "../eval/diff.ts";
import {
  type CaseResult,
  lastRunPath,
  loadLastRun,
  type SavedRun,
  saveRun,
} from "../eval/last-run.ts";
import { type CaseOutcome, scoreCase, summarize } from "../eval/score.ts";
import { exitWithError } from "./fail.ts";

const DEFAULT_SET = "tests/fixtures/profile-qa.json";

const USAGE = `Usage: npm run eval -- [--knowledge FILE] [QUESTION_SET]
  Asks every question in the set (default ${DEFAULT_SET}), prints each case and the score,
  and what changed since the last run of the same set (kept in DATA_DIR/eval/).
  --knowledge FILE  answer from another knowledge file (default: KNOWLEDGE_FILE)`;

/** `npm run eval [FILE]`: runs a question set, prints each case, the score and the change. */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      knowledge: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = positionals[0] ?? DEFAULT_SET;
  const core = await createCore(
    loadConfig(values.knowledge ? { KNOWLEDGE_FILE: values.knowledge } : {}),
  );
  const cases = await loadQuestionSet(file);
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const outcome = scoreCase(c, await core.engine.answer(c.q));
    outcomes.push(outcome);
    const flat = outcome.answer.replace(/\s+/g, " ").slice(0, 100);
    process.stdout.write(
      `${outcome.pass ? "PASS" : "FAIL"} ${c.id} [${c.kind}] ${c.q}\n     ${outcome.why}: ${flat}\n`,
    );
  }
  const totals = summarize(outcomes);
  process.stdout.write(`\n${file} (${core.engine.mode} mode)\n`);
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

main().catch(exitWithError);
