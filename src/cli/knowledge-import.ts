import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { ImportError, importProfile } from "../import/import.ts";
import { formatSummary } from "../import/import-report.ts";
import { exists, FileExistsError, writeAtomically } from "../import/save.ts";
import { readSource, SourceError } from "../import/source.ts";
import { exitWithError } from "./fail.ts";

const USAGE = `Usage: npm run knowledge:import -- SOURCE [--out FILE] [--force] [--llm|--offline]
  Drafts a knowledge file from a Markdown profile (a file, or - for stdin).
  --out FILE   write the draft there (default: print it on stdout)
  --force      replace FILE if it exists
  --llm        draft with the LLM (OPENAI_*), offline if it fails; the default when OPENAI_API_KEY is set
  --offline    draft from the Markdown alone, with no LLM`;

class UsageError extends Error {}

function options() {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (err) {
    throw new UsageError((err as Error).message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  if (positionals.length !== 1)
    throw new UsageError("give exactly one SOURCE (a Markdown file, or - for stdin)");
  if (values.llm && values.offline) throw new UsageError("--llm and --offline exclude each other");
  const { out, force, llm, offline } = values;
  return { help: false as const, source: positionals[0] as string, out, force, llm, offline };
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      force: { type: "boolean", default: false },
      llm: { type: "boolean", default: false },
      offline: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

/** `npm run knowledge:import -- SOURCE`: a draft knowledge file and what it took and left out. */
async function main() {
  const args = options();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const useLlm = !args.offline && (args.llm || config.OPENAI_API_KEY !== undefined);
  if (useLlm && config.OPENAI_API_KEY === undefined) {
    throw new UsageError(
      "--llm needs OPENAI_API_KEY (any value for a local server that takes none)",
    );
  }
  // Checked before any work, so a slow LLM draft is never thrown away.
  if (args.out && !args.force && (await exists(args.out))) {
    throw new FileExistsError(
      `${args.out} already exists; nothing written (pass --force to replace it)`,
    );
  }
  const source = await readSource(args.source);
  const result = await importProfile(source, {
    outFile: args.out,
    llm:
      useLlm && config.OPENAI_API_KEY
        ? {
            apiKey: config.OPENAI_API_KEY,
            baseURL: config.OPENAI_BASE_URL,
            model: config.OPENAI_MODEL,
            timeoutMs: config.LLM_TIMEOUT_MS,
            maxRetries: config.LLM_MAX_RETRIES,
            tokenParam: config.LLM_TOKEN_PARAM,
          }
        : undefined,
  });
  if (result.report.fallback) {
    process.stderr.write(
      `askme: LLM draft not used: ${result.report.fallback}; drafted offline instead\n`,
    );
  }
  if (args.out) await writeAtomically(args.out, result.yaml, args.force);
  else process.stdout.write(result.yaml);
  process.stderr.write(`${formatSummary(result.report)}\n`);
  if (args.out) {
    process.stderr.write(
      `wrote ${args.out} (${result.report.mode}). Review it, then: npm run knowledge:check -- ${args.out}\n`,
    );
  }
}

main().catch((err: unknown) => {
  const known = [UsageError, SourceError, FileExistsError, ImportError].some(
    (k) => err instanceof k,
  );
  if (!known) exitWithError(err);
  process.stderr.write(`askme: ${(err as Error).message}\n`);
  if (err instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exit(1);
});
