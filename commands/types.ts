import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Engine } from "../src/engine/engine.ts";
import type { Logger } from "../src/logger.ts";
import type { OutgoingMessage } from "../src/present/message.ts";

/** Where a command was invoked; the console runs the same handlers as Discord. */
export type Surface = "slash" | "console";

/** What a handler may use; each surface (Discord, console) provides its own. */
export interface CommandContext {
  surface: Surface;
  userId: string;
  /** Options by name, as text. */
  options: Readonly<Record<string, string | undefined>>;
  engine: Engine;
  log: Logger;
  /** Sends the first (and only) response. */
  reply(message: OutgoingMessage): Promise<void>;
  /** Answers a free-form question: acknowledges, shows text as it streams, ends with sources. */
  answer(question: string): Promise<void>;
  /** Clears this user's conversation memory; false when there was nothing to clear. */
  forget(): boolean;
  /** Whether the caller is one of the bot's owners (OWNER_IDS). */
  isOwner: boolean;
  /** The owner's usage summary for the last `days` days, or undefined with no usage store. */
  usageSummary(days: number): string | undefined;
}

/** An autocomplete suggestion. */
export interface Choice {
  name: string;
  value: string;
}

/** One slash command: its registration payload and its behaviour. */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  handler(ctx: CommandContext): Promise<void>;
  autocomplete?(option: string, typed: string): Choice[];
}
