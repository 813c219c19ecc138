import { createInterface, type Interface } from "node:readline";
import { ApplicationCommandType } from "discord-api-types/v10";
import type { Core } from "../core.ts";
import { createFlowDeps } from "../flow/deps.ts";
import type { ReplyChannel } from "../flow/types.ts";
import { watchKnowledge } from "../knowledge/watch.ts";
import { messageMarkdown } from "../present/message-markdown.ts";
import { type Command, type Registry, type RegistryBuilder, runCommand } from "../registry.ts";
import { renderMarkdown } from "./terminal-markdown.ts";

const USER = "console";

/** Where the console reads and writes; the terminal by default, streams in tests. */
export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * The local console: free text is a question, `/name …` runs a command, as in Discord, through
 * the same registry and ask flow. Edits to the knowledge file apply at once, as in the bot.
 */
export async function runConsole(
  core: Core,
  buildRegistry: RegistryBuilder,
  io: ConsoleIo = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const { engine, logger } = core;
  const terminal = Boolean((io.output as { isTTY?: boolean }).isTTY);
  const interactive = Boolean((io.input as { isTTY?: boolean }).isTTY) && terminal;
  const print = (markdown: string) => io.output.write(`${renderMarkdown(markdown, terminal)}\n`);
  const flow = createFlowDeps(core, { local: true });
  let registry = buildRegistry(engine.knowledge);
  const stopWatching = watchKnowledge(
    core.knowledgeFile,
    (knowledge) => {
      engine.setKnowledge(knowledge);
      registry = buildRegistry(knowledge);
      print(`_(${core.knowledgeFile} changed: answering from the new version.)_`);
    },
    logger,
  );

  // Message commands ("Ask askme") run on a Discord message; there is none here.
  const names = () =>
    registry.definitions
      .filter((d) => d.type === undefined || d.type === ApplicationCommandType.ChatInput)
      .map((d) => `/${d.name}`)
      .join(" ");
  print(`**askme console** (${engine.mode} mode). Ask a question, or try: ${names()} /quit`);

  // With a terminal, readline keeps a history that the arrow keys recall.
  const rl: Interface = createInterface({
    input: io.input,
    output: io.output,
    terminal: interactive,
    historySize: 200,
  });
  rl.setPrompt("> ");
  rl.prompt();
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (text === "/quit" || text === "/exit") break;
      if (text) await run(text);
      rl.prompt();
    }
  } finally {
    stopWatching();
    rl.close();
  }

  async function run(text: string) {
    const parsed = text.startsWith("/") ? parseCommand(text, registry) : undefined;
    if (text.startsWith("/") && !parsed) {
      print(`Unknown command. Try: ${names()} /quit`);
      return;
    }
    const [command, options] = parsed ?? askFor(text, registry);
    if (!command) return;
    await runCommand(command, {
      surface: "console",
      userId: USER,
      options,
      remembers: true,
      isOwner: true,
      log: logger.child({ command: command.definition.name }),
      reply: consoleReply(print, io.output, terminal),
      flow,
    });
  }
}

// Free text is the /ask command's question: one path for every question.
function askFor(text: string, registry: Registry): [Command | undefined, Record<string, string>] {
  return [registry.commands.get("ask"), { question: text }];
}

/**
 * `/name value`, `/name option:value` or several `option:value` pairs: a bare value goes to the
 * command's first option, as Discord's own hint (`/section entry:<name>`) is also accepted.
 */
export function parseCommand(
  text: string,
  registry: Registry,
): [Command, Record<string, string>] | undefined {
  const match = /^\/(\S+)\s*(.*)$/s.exec(text);
  const command = registry.commands.get(match?.[1]?.toLowerCase() ?? "");
  if (!command) return undefined;
  const rest = match?.[2]?.trim() ?? "";
  const optionNames = (
    "options" in command.definition ? (command.definition.options ?? []) : []
  ).map((o) => o.name);
  const options: Record<string, string> = {};
  const named = new RegExp(`(?:^|\\s)(${optionNames.join("|") || "$^"}):`, "g");
  const marks = [...rest.matchAll(named)];
  if (marks.length === 0) {
    if (rest && optionNames[0]) options[optionNames[0]] = rest;
    return [command, options];
  }
  const lead = rest.slice(0, marks[0]?.index ?? 0).trim();
  if (lead && optionNames[0]) options[optionNames[0]] = lead;
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[mark[1] ?? ""] = rest.slice(start, end).trim();
  });
  return [command, options];
}

// The console shows the final message only: a "…" while the model writes, no streamed drafts.
function consoleReply(
  print: (markdown: string) => void,
  output: NodeJS.WritableStream,
  terminal: boolean,
): ReplyChannel {
  let waiting = false;
  const clearWaiting = () => {
    if (waiting && terminal) output.write("\r\x1b[K");
    waiting = false;
  };
  return {
    async acknowledge() {
      if (terminal) output.write("…");
      waiting = true;
    },
    progress() {},
    async finish(message) {
      clearWaiting();
      print(messageMarkdown(message));
    },
    async refuse(text) {
      clearWaiting();
      print(text);
    },
  };
}
