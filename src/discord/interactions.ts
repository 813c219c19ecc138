import {
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from "discord.js";
import type { FlowDeps } from "../flow/answer-question.ts";
import type { Surface } from "../flow/types.ts";
import { fingerprint, type Logger } from "../logger.ts";
import { type Registry, runCommand } from "../registry.ts";
import { logFailure } from "./api-errors.ts";
import { handleAnswerButton } from "./feedback.ts";
import { interactionReply } from "./interaction-reply.ts";
import { respond } from "./respond.ts";

/** What interaction handling needs; the registry is read per interaction so reloads apply at once. */
export interface InteractionDeps {
  flow: FlowDeps;
  registry: () => Registry;
  ownerIds: readonly string[];
  logger: Logger;
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
      else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
        await applicationCommand(interaction, deps, log);
      else if (interaction.isButton()) await handleAnswerButton(interaction, deps.flow);
    } catch (err) {
      logFailure(log, err, "interaction failed");
    }
  };
}

async function applicationCommand(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  deps: InteractionDeps,
  log: Logger,
) {
  const command = deps.registry().commands.get(interaction.commandName);
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
  const menu = interaction.isMessageContextMenuCommand();
  await runCommand(command, {
    surface: surfaceOf(interaction, menu ? "menu" : "slash"),
    userId: interaction.user.id,
    options,
    ...(menu ? { targetText: interaction.targetMessage.content } : {}),
    locale: interaction.locale,
    remembers: false,
    isOwner: deps.ownerIds.includes(interaction.user.id),
    log,
    reply: interactionReply(interaction, log),
    flow: deps.flow,
  });
}

/**
 * A user-installed app used where no server installed it (a server the bot is not in, a group
 * DM) counts as its own surface; it is answered through the interaction alone either way.
 */
function surfaceOf(interaction: Interaction, inServer: Surface): Surface {
  const owners = interaction.authorizingIntegrationOwners;
  const byUser = owners[ApplicationIntegrationType.UserInstall] !== undefined;
  const byServer = owners[ApplicationIntegrationType.GuildInstall] !== undefined;
  return byUser && !byServer ? "user-app" : inServer;
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps) {
  const command = deps.registry().commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = command?.autocomplete?.(focused.name, String(focused.value)) ?? [];
  await interaction.respond(choices);
}
