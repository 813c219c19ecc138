import { readFile } from "node:fs/promises";
import { loadConfig } from "../config.ts";
import { formatProblems, KnowledgeError, parseKnowledge } from "../knowledge/load.ts";
import { CliError, exitWithError, parseCommandLine } from "./fail.ts";

const USAGE = `Usage: npm run knowledge:check -- [FILE]
  Validates a knowledge file (default: KNOWLEDGE_FILE) and prints every problem with its line.`;

/** `npm run knowledge:check [FILE]`: every problem with its line, column and expected shape. */
async function main() {
  const { values, positionals } = parseCommandLine(
    { allowPositionals: true, options: { help: { type: "boolean", short: "h", default: false } } },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1) throw new CliError(`one file at a time. ${USAGE.split("\n")[0]}`);
  const file = positionals[0] ?? loadConfig().KNOWLEDGE_FILE;
  const source = await readFile(file, "utf8").catch((err: unknown) => {
    throw KnowledgeError.unreadable(file, err);
  });
  const result = parseKnowledge(source);
  if (!result.ok) {
    process.stderr.write(`${formatProblems(file, result.problems)}\n`);
    process.stderr.write(`${result.problems.length} problem(s) in ${file}\n`);
    process.exit(1);
  }
  const { sections } = result.knowledge;
  const entries = sections.reduce((n, s) => n + s.entries.length, 0);
  process.stdout.write(`${file} is valid: ${sections.length} sections, ${entries} entries\n`);
}

main().catch(exitWithError);
