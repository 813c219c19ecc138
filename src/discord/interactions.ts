import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import type { Command, CommandContext } from "../../commands/index.ts";
import { findEntry } from "../../commands/section.ts";
import { runCommand } from "../dispatch.ts";
import type { AnswerResult } from "../engine/types.ts";
import type { Section } from "../knowledge/schema.ts";
import { fingerprint, type Logger } from "../logger.ts";
import { reportText } from "../report/text.ts";
import { streamToInteraction } from "./ask-stream.ts";
import { type AskingDeps, admit, observe, SLOW_DOWN } from "./asking.ts";
import { logFailure } from "./errors.ts";
import { answerMessage, handleAnswerButton, isAnswerButton } from "./feedback.ts";
import { respond } from "./respond.ts";

/** What interaction handling needs; commands are read per interaction so reloads apply at once. */
export interface InteractionDeps extends AskingDeps {
  commands: () => Map<string, Command>;
  ownerIds: readonly string[];
}

/** Routes every interaction to its command; logs and swallows what Discord rejects. */
export function createInteractionHandler(deps: InteractionDeps) {
  return async (interaction: Interaction): Promise<void> => {
    // One child logger per interaction, carrying the command name when there is one.
    const log = deps.logger.child({
      interaction: interaction.id,
      user: fingerprint(interaction.user.id),
      ...(interaction.isCommand() || interaction.isAutocomplete()
        ? { command: interaction.commandName }
        : {}),
    });
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
      else if (interaction.isChatInputCommand()) await chatInput(interaction, deps, log);
      else if (interaction.isButton() && isAnswerButton(interaction.customId)) {
        await handleAnswerButton(interaction, deps.store, deps.engine.knowledge);
      }
    } catch (err) {
      logFailure(log, err, "interaction failed");
    }
  };
}

async function chatInput(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps,
  log: Logger,
) {
  const command = deps.commands().get(interaction.commandName);
  if (!command) {
    await respond(interaction, {
      content: "That command is no longer available.",
      ephemeral: true,
    });
    return;
  }
  const options: Record<string, string | undefined> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null)
      options[option.name] = String(option.value);
  }
  const ctx: CommandContext = {
    surface: "slash",
    userId: interaction.user.id,
    options,
    engine: deps.engine,
    log: log,
    reply: (message) => respond(interaction, message),
    answer: (question) => answerSlash(interaction, question, deps, log),
    forget: () => deps.memory.forget(interaction.user.id),
    isOwner: deps.ownerIds.includes(interaction.user.id),
    usageSummary: (days) =>
      deps.store?.available ? reportText(deps.store.summary(days)) : undefined,
  };
  const started = Date.now();
  await runCommand(command, ctx);
  const section = deps.engine.knowledge.sections.find((s) => s.id === interaction.commandName);
  if (section) recordSection(interaction, section, options.entry, Date.now() - started, deps, log);
}

// Section commands count too: the owner's report shows which sections and entries people open.
function recordSection(
  interaction: ChatInputCommandInteraction,
  section: Section,
  wanted: string | undefined,
  latencyMs: number,
  deps: InteractionDeps,
  log: Logger,
) {
  // Resolved as the command resolves it; an unknown entry counts as the section alone.
  const entry = wanted ? findEntry(section, wanted.trim()) : undefined;
  const sources = entry ? [{ id: entry.id, title: entry.title }] : [];
  const result = { answer: "", abstained: false, sources, mode: "offline" as const };
  const sectionId = section.id;
  const question = `/${sectionId}${entry ? ` ${entry.id}` : ""}`;
  observe(
    {
      surface: "slash",
      command: sectionId,
      question,
      userId: interaction.user.id,
      result,
      latencyMs,
    },
    deps,
    log,
  );
}

async function answerSlash(
  interaction: ChatInputCommandInteraction,
  raw: string,
  deps: InteractionDeps,
  log: Logger,
) {
  const admission = admit(interaction.user.id, raw, deps, log);
  if (!admission.ok) {
    // A slash command must be answered; the refusal is private, so repeating it spams nobody.
    await respond(interaction, { content: admission.message ?? SLOW_DOWN, ephemeral: true });
    return;
  }
  const started = Date.now();
  // Offline answers take under a millisecond, so they are the first response. An LLM answer is
  // acknowledged first (Discord drops an interaction not answered within 3 s), then streamed.
  let result: AnswerResult;
  if (deps.engine.mode === "offline") {
    result = await deps.engine.answer(admission.question, { log });
  } else {
    await interaction.deferReply();
    result = await streamToInteraction(
      interaction,
      deps.engine.stream(admission.question, { log }),
      log,
    );
  }
  const answerId = observe(
    {
      surface: "slash",
      command: "ask",
      question: admission.question,
      userId: interaction.user.id,
      result,
      latencyMs: Date.now() - started,
    },
    deps,
    log,
  );
  await respond(interaction, answerMessage(result, answerId));
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps) {
  const command = deps.commands().get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.autocomplete?.(focused.name, String(focused.value)) ?? [];
  await interaction.respond(choices);
}
