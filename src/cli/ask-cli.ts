import { buildRegistry } from "../../commands/index.ts";
import { loadConfig } from "../config.ts";
import { createCore } from "../core.ts";
import { answerText } from "../present/answer.ts";
import { runConsole } from "./console.ts";
import { CliError, exitWithError, parseCommandLine } from "./fail.ts";
import { renderMarkdown } from "./terminal-markdown.ts";

const USAGE = `Usage: npm run ask -- [--json] [--knowledge FILE] ["question"]
  With a question, prints the answer and its sources. Without one, opens the console.
  --json            print one JSON object: {answer, abstained, sources, mode}
  --knowledge FILE  answer from another knowledge file (default: KNOWLEDGE_FILE)`;

/** `npm run ask`: one question from the shell, or the console when none is given. */
async function main() {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        knowledge: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const question = positionals.join(" ").trim();
  // JSON output is for scripts: opening a console there would write prompts where JSON belongs.
  if (values.json && !question)
    throw new CliError(`--json needs a question. ${USAGE.split("\n")[0]}`);
  const config = loadConfig(values.knowledge ? { KNOWLEDGE_FILE: values.knowledge } : {});
  if (!question) {
    const core = await createCore(config, { quietLogs: true });
    await runConsole(core, (knowledge) => buildRegistry(config, knowledge));
    return;
  }
  const core = await createCore(config);
  const result = await core.engine.answer(question, { log: core.logger.child({ surface: "cli" }) });
  if (values.json) {
    const { answer, abstained, sources, mode } = result;
    process.stdout.write(`${JSON.stringify({ answer, abstained, sources, mode })}\n`);
  } else {
    const color = Boolean(process.stdout.isTTY);
    process.stdout.write(`${renderMarkdown(answerText(result), color)}\n`);
  }
}

main().catch(exitWithError);
