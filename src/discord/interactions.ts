import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import type { Command, CommandContext } from "../../commands/index.ts";
import type { ConversationMemory } from "../conversation/memory.ts";
import { runCommand } from "../dispatch.ts";
import type { Engine } from "../engine/engine.ts";
import { describeText, fingerprint, type Logger } from "../logger.ts";
import { streamToInteraction } from "./ask-stream.ts";
import { respond } from "./respond.ts";

/** What interaction handling needs; commands are read per interaction so reloads apply at once. */
export interface InteractionDeps {
  engine: Engine;
  memory: ConversationMemory;
  commands: () => Map<string, Command>;
  logger: Logger;
  logText: boolean;
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
      log.error({ err: errorSummary(err) }, "interaction failed");
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
    async answer(question) {
      // Acknowledge first: Discord drops an interaction not answered within 3 s.
      await interaction.deferReply();
      commandLog.info({ question: describeText(question, deps.logText) }, "question");
      const started = Date.now();
      const events = deps.engine.stream(question, { log: commandLog });
      const result = await streamToInteraction(interaction, events, commandLog);
      commandLog.info(
        { mode: result.mode, abstained: result.abstained, ms: Date.now() - started },
        "answered",
      );
      return result;
    },
    forget: () => deps.memory.forget(interaction.user.id),
  };
  await runCommand(command, ctx);
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps) {
  const command = deps.commands().get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.autocomplete?.(focused.name, String(focused.value)) ?? [];
  await interaction.respond(choices);
}

/** The parts of an error worth logging: never a request body or URL token. */
export function errorSummary(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const { code, status } = err as { code?: unknown; status?: unknown };
  return { name: err.name, message: err.message, code, status };
}
