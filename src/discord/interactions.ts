import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import type { Command, CommandContext } from "../../commands/index.ts";
import { runCommand } from "../dispatch.ts";
import { fingerprint, type Logger } from "../logger.ts";
import { streamToInteraction } from "./ask-stream.ts";
import { type AskingDeps, admit, observe, SLOW_DOWN } from "./asking.ts";
import { logFailure } from "./errors.ts";
import { respond } from "./respond.ts";

/** What interaction handling needs; commands are read per interaction so reloads apply at once. */
export interface InteractionDeps extends AskingDeps {
  commands: () => Map<string, Command>;
}

/** Routes every interaction to its command; logs and swallows what Discord rejects. */
export function createInteractionHandler(deps: InteractionDeps) {
  return async (interaction: Interaction): Promise<void> => {
    const log = deps.logger.child({
      interaction: interaction.id,
      user: fingerprint(interaction.user.id),
    });
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
      else if (interaction.isChatInputCommand()) await chatInput(interaction, deps, log);
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
  const commandLog = log.child({ command: interaction.commandName });
  if (!command) {
    await respond(interaction, {
      content: "That command is no longer available.",
      ephemeral: true,
    });
    return;
  }
  const options: Record<string, string | undefined> = {};
  for (const option of interaction.options.data) {
    if (typeof option.value === "string") options[option.name] = option.value;
  }
  const ctx: CommandContext = {
    surface: "slash",
    userId: interaction.user.id,
    options,
    engine: deps.engine,
    log: commandLog,
    reply: (message) => respond(interaction, message),
    answer: (question) => answerSlash(interaction, question, deps, commandLog),
    forget: () => deps.memory.forget(interaction.user.id),
  };
  await runCommand(command, ctx);
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
  // Acknowledge first: Discord drops an interaction not answered within 3 s.
  await interaction.deferReply();
  const started = Date.now();
  const events = deps.engine.stream(admission.question, { log });
  const result = await streamToInteraction(interaction, events, log);
  observe(
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
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps) {
  const command = deps.commands().get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.autocomplete?.(focused.name, String(focused.value)) ?? [];
  await interaction.respond(choices);
}
