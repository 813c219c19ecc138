import { ConfigError } from "../config.ts";
import { KnowledgeError } from "../knowledge/load.ts";

/** Prints a failure the user can act on (no stack for known problems) and exits 1. */
export function exitWithError(err: unknown): never {
  const known = err instanceof ConfigError || err instanceof KnowledgeError;
  const message = known
    ? err.message
    : err instanceof Error
      ? (err.stack ?? err.message)
      : String(err);
  process.stderr.write(`askme: ${message}\n`);
  process.exit(1);
}
