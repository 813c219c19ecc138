import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { DeliveryError, ReplyableError } from "./errors.ts";
import type { FlowDeps } from "./flow/answer-question.ts";
import type { ReplyChannel, Surface } from "./flow/types.ts";
import type { Knowledge } from "./knowledge/schema.ts";
import type { Logger } from "./logger.ts";

/** What a command handler may use; each surface (Discord, the console) provides its own. */
export interface CommandContext {
  surface: Surface;
  userId: string;
  /** Options by name, as text. */
  options: Readonly<Record<string, string | undefined>>;
  /** The text of the message a message command was run on. */
  targetText?: string;
  /** The asker's locale, where the surface knows it. */
  locale?: string;
  /** Whether this surface keeps a conversation per user (the console does; slash commands don't). */
  remembers: boolean;
  /** Whether the caller is one of the bot's owners (OWNER_IDS). */
  isOwner: boolean;
  log: Logger;
  /** How this surface replies; a command's single reply is `reply.finish(message)`. */
  reply: ReplyChannel;
  /** The ask flow's dependencies: the engine, memory, limits and the owner's store. */
  flow: FlowDeps;
}

/**
 * Where a command may be installed and used: by a server or by a user on their own account, and
 * in servers, the bot's DMs and other DMs or group DMs. A user install answers through the
 * interaction alone, so it works where the bot is not a member.
 */
export const EVERYWHERE = {
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/** Only in servers that installed the app (the owner's /stats). */
export const SERVER_ONLY = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
};

/** Only in the bot's DMs, where conversations are remembered (/forget). */
export const BOT_DM_ONLY = {
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [InteractionContextType.BotDM],
};

/** An autocomplete suggestion. */
export interface Choice {
  name: string;
  value: string;
}

/** One application command: its registration payload and its behaviour. */
export interface Command {
  definition: RESTPostAPIApplicationCommandsJSONBody;
  handler(ctx: CommandContext): Promise<void>;
  autocomplete?(option: string, typed: string): Choice[];
}

/** The one list of commands, feeding both registration and dispatch. */
export interface Registry {
  commands: ReadonlyMap<string, Command>;
  /** The payload Discord's bulk-overwrite endpoint takes. */
  definitions: RESTPostAPIApplicationCommandsJSONBody[];
}

/** Builds the registry for a knowledge file; the entry point hands it to every front end. */
export type RegistryBuilder = (knowledge: Knowledge) => Registry;

/** The single catch site for command handlers on every surface. */
export async function runCommand(command: Command, ctx: CommandContext): Promise<void> {
  const name = command.definition.name;
  try {
    await command.handler(ctx);
  } catch (err) {
    if (err instanceof ReplyableError) {
      ctx.log.info({ command: name, reason: err.message }, "command refused");
      await ctx.reply.finish(err.toReply());
      return;
    }
    if (err instanceof DeliveryError) {
      ctx.log.warn({ ...err.details, command: name }, "reply not delivered");
      return;
    }
    ctx.log.error({ err, command: name }, "command failed");
    await ctx.reply.finish({
      content: "Something went wrong while answering. Please try again.",
      ephemeral: true,
    });
  }
}
