import { createInterface } from "node:readline/promises";
import { type Command, type CommandContext, loadCommands } from "../../commands/index.ts";
import { createMemory } from "../conversation/memory.ts";
import type { Core } from "../core.ts";
import { runCommand } from "../dispatch.ts";
import type { AnswerResult } from "../engine/types.ts";
import { prepareQuestion } from "../guard/input.ts";
import { messageToText } from "../present/text.ts";
import { sourcesLine } from "../present/views.ts";

const USER = "console";

/** The local console: free text is a question, `/name …` runs a command, like in Discord. */
export async function runConsole(core: Core, input = process.stdin, output = process.stdout) {
  const { engine, config, logger } = core;
  const commands = loadCommands(engine.knowledge, {
    questionMaxLength: config.QUESTION_MAX_LENGTH,
  });
  const memory = createMemory({
    turns: config.MEMORY_TURNS,
    ttlMs: config.MEMORY_TTL_MINUTES * 60_000,
    maxUsers: 1,
  });
  const print = (text: string) => output.write(`${text}\n`);
  const names = [...commands.keys()].map((n) => `/${n}`).join(" ");
  print(`askme console (${engine.mode} mode). Ask a question, or try: ${names} /quit`);

  const rl = createInterface({
    input,
    output,
    terminal: Boolean((input as { isTTY?: boolean }).isTTY),
  });
  rl.setPrompt("> ");
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text) {
      const [command, rest] = parse(text, commands);
      if (command) {
        await runCommand(command, context(command, rest));
      } else if (text.startsWith("/")) {
        print(`Unknown command. Try: ${names}`);
      } else {
        await answer(text);
      }
    }
    rl.prompt();
  }
  rl.close();

  async function answer(raw: string): Promise<void> {
    const prepared = prepareQuestion(raw, config.QUESTION_MAX_LENGTH);
    if (!prepared.ok) {
      print(prepared.message);
      return;
    }
    const question = prepared.question;
    let result: AnswerResult | undefined;
    let printed = "";
    for await (const event of engine.stream(question, {
      history: memory.history(USER),
      log: logger,
    })) {
      if (event.type === "done") {
        result = event.result;
        continue;
      }
      // Progress is the whole text so far; print what is new, or start over if it was replaced.
      if (event.text.startsWith(printed)) output.write(event.text.slice(printed.length));
      else output.write(`\n[the answer was replaced]\n${event.text}`);
      printed = event.text;
    }
    if (!result) throw new Error("no answer");
    const sources = sourcesLine(result);
    print(sources ? `\n\n${sources}` : "");
    memory.remember(USER, { question, answer: result.answer });
  }

  function context(command: Command, rest: string): CommandContext {
    const first = command.definition.options?.[0]?.name;
    return {
      surface: "console",
      userId: USER,
      options: first ? { [first]: rest || undefined } : {},
      engine,
      log: logger.child({ command: command.definition.name }),
      reply: async (message) => {
        print(messageToText(message));
      },
      answer,
      forget: () => memory.forget(USER),
      isOwner: true,
      usageSummary: () => undefined,
    };
  }
}

function parse(text: string, commands: Map<string, Command>): [Command | undefined, string] {
  const match = /^\/(\S+)\s*(.*)$/s.exec(text);
  if (!match) return [undefined, ""];
  return [commands.get(match[1]?.toLowerCase() ?? ""), match[2]?.trim() ?? ""];
}
