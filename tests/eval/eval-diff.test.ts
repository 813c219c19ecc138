import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalCase } from "../../src/eval/cases.ts";
import { diffRuns, formatDiff } from "../../src/eval/diff.ts";
import type { CaseResult } from "../../src/eval/last-run.ts";
import { knowledgeYaml } from "../builders/knowledge-yaml.ts";
import { runCli } from "../cli/run.ts";
import { tempDir } from "../store/builders.ts";

const ALPHA = {
  id: "alpha",
  title: "Alpha",
  summary: "A compiler for spreadsheets.",
  year: "2020",
};
const BETA = { id: "beta", title: "Beta", summary: "A tiny kernel for robots.", year: "2022" };

const ASK_ALPHA: EvalCase = {
  id: "c-alpha",
  kind: "fact",
  q: "What is Alpha?",
  must: [["spreadsheet"]],
};
const ASK_BETA: EvalCase = { id: "c-beta", kind: "fact", q: "What is Beta?", must: [["robot"]] };
const ASK_COLOUR: EvalCase = {
  id: "c-colour",
  kind: "abstain",
  q: "What is your favourite colour?",
};
const ASK_FOOTBALL: EvalCase = {
  id: "c-football",
  kind: "abstain",
  q: "Which football team do you support?",
};

/** Writes the knowledge file and question set for one run, then runs `npm run eval` on them. */
async function evalRun(dir: string, entries: Record<string, string>[], cases: EvalCase[]) {
  writeFileSync(join(dir, "profile.yaml"), knowledgeYaml({ sections: [{ entries }] }));
  writeFileSync(join(dir, "owner-qa.json"), JSON.stringify({ cases }));
  return runCli("eval", [join(dir, "owner-qa.json")], {
    KNOWLEDGE_FILE: join(dir, "profile.yaml"),
    DATA_DIR: join(dir, "data"),
  });
}

describe("npm run eval, compared with the last run", () => {
  it("GIVEN a first run and then a changed knowledge file and question set WHEN run again THEN it prints what broke, what got fixed, new and removed cases and the score change", async () => {
    const dir = tempDir();

    const first = await evalRun(dir, [ALPHA], [ASK_ALPHA, ASK_BETA, ASK_COLOUR]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^PASS c-alpha \[fact\]/m);
    expect(first.stdout).toMatch(/^FAIL c-beta \[fact\]/m);
    expect(first.stdout).toMatch(/this one is the baseline/);
    expect(existsSync(join(dir, "data", "eval", "owner-qa.last.json"))).toBe(true);

    const second = await evalRun(dir, [BETA], [ASK_ALPHA, ASK_BETA, ASK_FOOTBALL]);
    expect(second.code, second.stderr).toBe(0);
    // The existing output is still there: every case, then the totals.
    expect(second.stdout).toMatch(/^FAIL c-alpha \[fact\]/m);
    expect(second.stdout).toMatch(/^ {2}fact {5}1\/2 \(50%\)$/m);
    const diff = second.stdout.slice(second.stdout.indexOf("Compared with the last run"));
    expect(diff).toMatch(/score {2}2\/3 \(67%\) -> 2\/3 \(67%\) \(±0\)/);
    expect(diff).toMatch(/now failing \(1\):\n {4}FAIL c-alpha \[fact\] What is Alpha\?/);
    expect(diff).toMatch(/now passing \(1\):\n {4}PASS c-beta \[fact\] What is Beta\?/);
    expect(diff).toMatch(/new \(1\):\n {4}PASS c-football \[abstain\]/);
    expect(diff).toMatch(/removed \(1\):\n {4}PASS c-colour \[abstain\]/);

    const saved = JSON.parse(readFileSync(join(dir, "data", "eval", "owner-qa.last.json"), "utf8"));
    expect(saved.cases.map((c: CaseResult) => c.id)).toEqual(["c-alpha", "c-beta", "c-football"]);
  });

  it("GIVEN a corrupt saved run WHEN run THEN the scores still print and the run is saved afresh", async () => {
    const dir = tempDir();
    await evalRun(dir, [ALPHA], [ASK_ALPHA]);
    writeFileSync(join(dir, "data", "eval", "owner-qa.last.json"), "{ not json");

    const run = await evalRun(dir, [ALPHA], [ASK_ALPHA]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^PASS c-alpha/m);
    expect(run.stderr).toMatch(/cannot compare with the last run/);
    expect(
      JSON.parse(readFileSync(join(dir, "data", "eval", "owner-qa.last.json"), "utf8")).cases,
    ).toHaveLength(1);
  });
});

describe("comparing runs", () => {
  const result = (id: string, pass: boolean): CaseResult => ({
    id,
    kind: "fact",
    question: `Q ${id}?`,
    pass,
  });

  it("GIVEN the same results twice WHEN compared THEN it says no case changed", () => {
    const cases = [result("a", true), result("b", false)];
    const text = formatDiff(
      diffRuns(cases, cases),
      { at: "2025-03-10T12:00:00.000Z", mode: "offline" },
      "offline",
    );
    expect(text).toContain("score  1/2 (50%) -> 1/2 (50%) (±0)");
    expect(text).toContain("no case changed");
  });

  it("GIVEN the last run was in another mode WHEN compared THEN the header says which", () => {
    const text = formatDiff(
      diffRuns([result("a", false)], [result("a", true)]),
      { at: "2025-03-10T12:00:00.000Z", mode: "llm" },
      "offline",
    );
    expect(text).toMatch(/^Compared with the last run \(2025-03-10 12:00 UTC, llm mode\):/);
    expect(text).toContain("(+1)");
  });
});
