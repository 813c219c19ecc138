import { loadConfig } from "../config.ts";
import { createCore } from "../core.ts";
import { loadQuestionSet } from "../eval/cases.ts";
import { scoreCase, summarize } from "../eval/score.ts";
import { exitWithError } from "./fail.ts";

const DEFAULT_SET = "tests/fixtures/profile-qa.json";

/** `npm run eval [FILE]`: runs a question set and prints each case and the score. */
async function main() {
  const file = process.argv[2] ?? DEFAULT_SET;
  const core = await createCore(loadConfig());
  const cases = await loadQuestionSet(file);
  const outcomes = [];
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
}

main().catch(exitWithError);
