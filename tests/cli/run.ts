import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { onTestFinished } from "vitest";
import { cleanEnv, REPO, TSX } from "../builders/child-env.ts";

export { cleanEnv, REPO, TSX };

const exec = promisify(execFile);

/** Result of running one of the project's CLIs as a child process. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
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
