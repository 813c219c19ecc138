import { type ParseArgsConfig, parseArgs } from "node:util";
import { ConfigError } from "../config.ts";
import { KnowledgeError } from "../knowledge/load.ts";

/** A mistake in how a command line was used, or in a file it was given: one line, no stack. */
export class CliError extends Error {}

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
};

/** Prints a failure the user can act on (no stack for their mistakes) and exits 1. */
export function exitWithError(err: unknown): never {
  process.stderr.write(`askme: ${describeFailure(err)}\n`);
  process.exit(1);
}

/** The line a failure is reported as; a stack only for what must be a bug in askme itself. */
export function describeFailure(err: unknown): string {
  if (err instanceof ConfigError || err instanceof KnowledgeError || err instanceof CliError)
    return err.message;
  const { code, path } = err as { code?: string; path?: string };
  if (code && FS_PROBLEMS[code]) return `cannot read ${path ?? "a file"}: ${FS_PROBLEMS[code]}`;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/** `util.parseArgs`, with unknown flags and missing values reported as a CliError naming the usage. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs(config);
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    if (!code?.startsWith("ERR_PARSE_ARGS")) throw err;
    // Node's messages end with advice on `--` that does not fit npm scripts; the first line is the point.
    throw new CliError(`${message.split(/\.\s|\n/)[0]}. ${usage.split("\n")[0]}`);
  }
}

/** For commands that take no arguments: rejects any, prints the usage on --help and says so. */
export function printedHelpOnly(usage: string): boolean {
  const { values } = parseCommandLine(
    { options: { help: { type: "boolean", short: "h", default: false } } },
    usage,
  );
  if (values.help) process.stdout.write(`${usage}\n`);
  return values.help;
}
