import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { onTestFinished } from "vitest";
import { SETTING_NAMES } from "../../src/config.ts";
import { fixturePath } from "../builders/knowledge.ts";

const exec = promisify(execFile);

/** The repository root, so children run the project's code from any working directory. */
export const REPO = resolve(import.meta.dirname, "../..");
/** tsx, by absolute path. */
export const TSX = join(REPO, "node_modules/.bin/tsx");

/** Result of running one of the project's CLIs as a child process. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment a child gets: the machine's, with every askme setting set empty, so neither the
 * developer's environment nor a `.env` (dotenv never overrides a set variable) leaks in, and the
 * fixture researcher profile as the knowledge file.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  const blank = Object.fromEntries(SETTING_NAMES.map((name) => [name, ""]));
  const machine = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return {
    ...machine,
    ...blank,
    KNOWLEDGE_FILE: join(REPO, fixturePath("researcher")),
    ...env,
  };
}

/** A fresh temporary working directory, removed when the test ends. */
export function tempCwd(): string {
  const dir = mkdtempSync(join(tmpdir(), "askme-cwd-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Runs `tsx src/cli/<script>.ts` in a temporary working directory (so nothing lands in the
 * checkout's ./data) with a clean askme environment.
 */
export async function runCli(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  cwd: string = tempCwd(),
): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(TSX, [join(REPO, `src/cli/${script}.ts`), ...args], {
      cwd,
      env: cleanEnv(env),
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === "number" ? e.code : 1,
      stdout: e.stdout ?? "",
      stderr: e.stderr ?? "",
    };
  }
}
