import { readFile } from "node:fs/promises";
import { loadConfig } from "../config.ts";
import { formatProblems, KnowledgeError, parseKnowledge } from "../knowledge/load.ts";
import { exitWithError } from "./fail.ts";

/** `npm run knowledge:check [FILE]`: every problem with its line, column and expected shape. */
async function main() {
  const file = process.argv[2] ?? loadConfig().KNOWLEDGE_FILE;
  const source = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    const message = err.code === "ENOENT" ? "file not found" : err.message;
    throw new KnowledgeError(file, [{ line: 1, column: 1, path: "", message }]);
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
