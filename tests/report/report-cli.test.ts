import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run.ts";
import { tempDir, testStore } from "../store/builders.ts";
import { metricsIn } from "./chromium.ts";
import { SEEDED, seedUsage } from "./seed.ts";

/** A data dir holding the seeded usage, recorded just now so the CLI's own clock sees it. */
function seededDataDir(): string {
  const { store, dataDir } = testStore({ storeQuestions: "all" });
  seedUsage(store, new Date());
  store.close();
  return dataDir;
}

describe("npm run report", () => {
  it("GIVEN recorded usage WHEN run with --json THEN stdout is one JSON object with the figures and the HTML page is written to the data dir", async () => {
    const dataDir = seededDataDir();
    const run = await runCli("report", ["--json", "--days", "7"], { DATA_DIR: dataDir });

    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const data = JSON.parse(lines[0] ?? "");
    expect(data.days).toBe(7);
    expect(data.totals).toEqual({
      answers: SEEDED.answers,
      abstained: SEEDED.abstained,
      askers: SEEDED.askers,
      up: SEEDED.up,
      down: SEEDED.down,
      promptTokens: SEEDED.promptTokens,
      completionTokens: SEEDED.completionTokens,
      cachedPromptTokens: SEEDED.cachedPromptTokens,
    });
    expect(data.latencyMs).toEqual({ p50: SEEDED.p50, p95: SEEDED.p95 });
    expect(data.unanswered[0]).toMatchObject({ text: "Do you like jazz?", count: 2 });
    expect(data.perDay).toHaveLength(7);
    const html = readFileSync(join(dataDir, "report.html"), "utf8");
    expect(metricsIn(html).answers).toEqual([String(SEEDED.answers)]);
  });

  it("GIVEN --out WHEN run without --json THEN the text summary names the page it wrote there", async () => {
    const dataDir = seededDataDir();
    const out = join(tempDir(), "nested", "usage.html");
    const run = await runCli("report", ["--out", out], { DATA_DIR: dataDir });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/answers\s+8 \(3 not covered/);
    expect(run.stdout).toContain(`HTML report: ${out}`);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(dataDir, "report.html"))).toBe(false);
  });

  it("GIVEN a data dir with no database WHEN run THEN it exits 1 saying nothing was recorded there, and creates nothing", async () => {
    const dataDir = join(tempDir(), "empty");
    const run = await runCli("report", [], { DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no usage recorded yet: .*askme\.db does not exist/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("GIVEN a bad --days WHEN run THEN it exits 1 and says what it takes", async () => {
    const run = await runCli("report", ["--days", "0"], { DATA_DIR: seededDataDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--days must be a whole number from 1 to 3660/);
  });

  it("GIVEN an unknown flag WHEN run THEN it prints one line naming it and exits 1", async () => {
    const run = await runCli("report", ["--weeks", "2"], { DATA_DIR: seededDataDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--weeks'/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
