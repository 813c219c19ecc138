import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanEnv } from "../builders/child-env.ts";
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
    execFile(
      TSX,
      ["src/cli/knowledge-check.ts", file],
      { cwd: ROOT, env: cleanEnv() },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
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
    expect(run.stderr).toContain(`cannot read the knowledge file ${file}: file not found`);
  });

  it("GIVEN a valid knowledge file WHEN it is checked THEN it exits 0 and says the file is valid, with its counts", async () => {
    const run = await knowledgeCheck("tests/fixtures/profiles/profile-shipped.yaml");

    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "tests/fixtures/profiles/profile-shipped.yaml is valid: 6 sections, 16 entries\n",
    );
    expect(run.stderr).toBe("");
  });

  it("GIVEN --source and a file with a name its source lacks WHEN checked THEN it names the value and where it is, and exits 1", async () => {
    const source = join(dir, "source.md");
    await writeFile(source, "I build systems. Alpha (2020) is the first thing I built.\n");
    const file = join(dir, "profile.yaml");
    await writeFile(
      file,
      knowledgeYaml().replace(
        "The first thing I built.",
        "The first thing I built with Grace Hopper.",
      ),
    );

    const run = await new Promise<Run>((resolve) => {
      execFile(
        TSX,
        ["src/cli/knowledge-check.ts", file, "--source", source],
        { cwd: ROOT, env: cleanEnv() },
        (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`"Grace" is not in ${source}`);
    expect(run.stderr).toContain(`"Hopper" is not in ${source}`);
  });

  it.each([
    ["an unknown flag", ["--strict"], /Unknown option '--strict'/],
    ["two files", ["a.yaml", "b.yaml"], /one file at a time/],
    ["a folder", ["tests"], /cannot read the knowledge file tests: is a folder/],
  ])("GIVEN %s WHEN checked THEN it prints one line and exits 1", async (_case, args, message) => {
    const run = await new Promise<Run>((resolve) => {
      execFile(
        TSX,
        ["src/cli/knowledge-check.ts", ...args],
        { cwd: ROOT, env: cleanEnv() },
        (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
