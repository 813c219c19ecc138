import { join, resolve } from "node:path";
import { SETTING_NAMES } from "../../src/config.ts";
import { fixturePath } from "./knowledge.ts";

/** The repository root, so children run the project's code from any working directory. */
export const REPO = resolve(import.meta.dirname, "../..");
/** tsx, by absolute path. */
export const TSX = join(REPO, "node_modules/.bin/tsx");

/**
 * The environment a child process gets: the machine's, with every askme setting set empty, so
 * neither the developer's environment nor a `.env` (dotenv never overrides a set variable)
 * leaks in, and the fixture researcher profile as the knowledge file.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  const blank = Object.fromEntries(SETTING_NAMES.map((name) => [name, ""]));
  const machine = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return { ...machine, ...blank, KNOWLEDGE_FILE: join(REPO, fixturePath("shipped")), ...env };
}
