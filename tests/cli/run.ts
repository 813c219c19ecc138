import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** Result of running one of the project's CLIs as a child process. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx src/cli/<script>.ts` from the repo root with a clean askme environment. */
export async function runCli(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(OPENAI_|DISCORD_|KNOWLEDGE_FILE|LOG_)/.test(k)),
  );
  try {
    const { stdout, stderr } = await exec(
      "node_modules/.bin/tsx",
      [`src/cli/${script}.ts`, ...args],
      {
        // Empty values count as unset and stop a developer's .env from leaking into the run.
        env: { ...clean, OPENAI_API_KEY: "", DISCORD_TOKEN: "", ...env },
        timeout: 20_000,
      },
    );
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
