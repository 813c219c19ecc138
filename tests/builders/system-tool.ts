import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** A Debian tool some tests need: where it is, or why the tests that need it skip. */
export interface SystemTool {
  /** The executable, or undefined when it is not on this machine. */
  path?: string;
  /** Whether tests that need it should be skipped here (never under CI=true). */
  skip: boolean;
}

/**
 * Finds a tool: an explicit path from `envVar` first, then each name on PATH. Where it is missing
 * the tests that need it skip with one line saying why, except under CI=true, where `.ci/run`
 * installs it, so a missing tool fails them instead.
 */
export function systemTool(what: string, names: string[], envVar?: string): SystemTool {
  const explicit = envVar ? process.env[envVar] : undefined;
  const candidates = [
    ...(explicit ? [explicit] : []),
    ...(process.env.PATH ?? "")
      .split(delimiter)
      .filter(Boolean)
      .flatMap((dir) => names.map((name) => join(dir, name))),
  ];
  const path = candidates.find(executable);
  if (path) return { path, skip: false };
  const ci = process.env.CI === "true";
  if (!ci) {
    const hint = envVar ? ` or set ${envVar}` : "";
    process.stderr.write(
      `skipped: ${what} tests need ${names.join(", ")} on PATH${hint}; none found (.ci/run installs it; under CI=true they are required)\n`,
    );
  }
  return { skip: !ci };
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
