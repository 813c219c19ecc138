import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { knowledgeYaml, positionOf } from "../builders/knowledge-yaml.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run knowledge:check -- FILE`, without npm's start-up cost. */
function knowledgeCheck(file: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ["src/cli/knowledge-check.ts", file], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "askme-check-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run knowledge:check", () => {
  it("GIVEN a file with a wrong year and an unknown field WHEN it is checked THEN it exits 1 and names FILE:LINE:COL and the field path of each", async () => {
    const file = join(dir, "broken.yaml");
    const source = knowledgeYaml({
      sections: [{ entries: [{ year: '"twenty"', colour: "red" }] }],
    });
    await writeFile(file, source);
    const year = positionOf(source, '"twenty"');
    const entry = positionOf(source, "id: alpha");

    const run = await knowledgeCheck(file);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${file}:${year.line}:${year.column} sections[0].entries[0].year: expected number`,
    );
    expect(run.stderr).toContain(
      `${file}:${entry.line}:${entry.column} sections[0].entries[0]: unknown field "colour"`,
    );
    expect(run.stderr).toContain(`2 problem(s) in ${file}`);
    expect(run.stdout).toBe("");
  });

  it("GIVEN a path with no file WHEN it is checked THEN it exits 1 and says file not found", async () => {
    const file = join(dir, "absent.yaml");

    const run = await knowledgeCheck(file);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:1:1 file not found`);
  });

  it("GIVEN the shipped knowledge file WHEN it is checked THEN it exits 0 and says the file is valid", async () => {
    const run = await knowledgeCheck("knowledge/profile.yaml");

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^knowledge\/profile\.yaml is valid: \d+ sections, \d+ entries\n$/);
    expect(run.stderr).toBe("");
  });
});
