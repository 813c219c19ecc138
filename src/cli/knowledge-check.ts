import { readFile } from "node:fs/promises";
import { loadConfig } from "../config.ts";
import { formatProblems, KnowledgeError, parseKnowledge } from "../knowledge/load.ts";
import { untracedValues } from "../knowledge/trace.ts";
import { CliError, exitWithError, parseCommandLine } from "./fail.ts";

const USAGE = `Usage: npm run knowledge:check -- [FILE] [--source SOURCE]
  Validates a knowledge file (default: KNOWLEDGE_FILE) and prints every problem with its line.
  --source SOURCE  also check that every number, name, link and email in it appears in SOURCE
                   (the text it was curated from, e.g. your profile README)`;

/** `npm run knowledge:check [FILE]`: every problem with its line, column and expected shape. */
async function main() {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        source: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    },
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
  if (values.source === undefined) return;
  const sourceFile = values.source;
  const text = await readFile(sourceFile, "utf8").catch((err: { code?: string }) => {
    throw new CliError(`cannot read the source ${sourceFile}: ${err.code ?? "unreadable"}`);
  });
  const untraced = untracedValues(result.knowledge, text);
  for (const u of untraced)
    process.stderr.write(`${file} ${u.path}: "${u.value}" is not in ${sourceFile}\n`);
  if (untraced.length > 0) {
    process.stderr.write(`${untraced.length} value(s) not in the source\n`);
    process.exit(1);
  }
  process.stdout.write(`every number, name, link and email in it is in ${sourceFile}\n`);
}

main().catch(exitWithError);
