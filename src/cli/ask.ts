import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { createCore } from "../core.ts";
import { answerText } from "../present/views.ts";
import { runConsole } from "./console.ts";
import { exitWithError } from "./fail.ts";

const USAGE = `Usage: npm run ask -- [--json] [--knowledge FILE] ["question"]
  With a question, prints the answer and its sources. Without one, opens the console.
  --json            print one JSON object: {answer, abstained, sources, mode}
  --knowledge FILE  answer from another knowledge file (default: KNOWLEDGE_FILE)`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      knowledge: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig(values.knowledge ? { KNOWLEDGE_FILE: values.knowledge } : {});
  const core = await createCore(config);
  const question = positionals.join(" ").trim();
  if (!question) {
    await runConsole(core);
    return;
  }
  const result = await core.engine.answer(question, { log: core.logger.child({ surface: "cli" }) });
  if (values.json) {
    const { answer, abstained, sources, mode } = result;
    process.stdout.write(`${JSON.stringify({ answer, abstained, sources, mode })}\n`);
  } else {
    process.stdout.write(`${answerText(result)}\n`);
  }
}

main().catch(exitWithError);
