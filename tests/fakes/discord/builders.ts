/** Typed INTERACTION_CREATE payload builders for the fake's world (types 2, 4 and 3). */

import type {
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIMessageApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
} from "discord.js";
import { FAKE_IDS } from "./ids.ts";
import {
  type CommandOptions,
  type InteractionContextOptions,
  interactionContext,
  toDataOptions,
} from "./interaction-context.ts";
import { newMessage } from "./messages.ts";
import { botUser, humanUser } from "./payloads.ts";

export { dmChannelIdFor, FAKE_IDS, newSnowflake } from "./ids.ts";
export type { CommandOptions, InteractionContextOptions } from "./interaction-context.ts";
export { toDataOptions } from "./interaction-context.ts";

export interface ChatInputOptions extends InteractionContextOptions {
  name: string;
  options?: CommandOptions;
  commandId?: string;
}

/** INTERACTION_CREATE type 2 (APPLICATION_COMMAND, chat input). */
export function chatInputInteraction(
  opts: ChatInputOptions,
): APIChatInputApplicationCommandInteraction {
  const ctx = interactionContext(opts);
  const options = toDataOptions(opts.options);
  const data = {
    id: opts.commandId ?? FAKE_IDS.defaultCommandId,
    name: opts.name,
    type: 1 as const,
    ...(options.length > 0 && { options }),
    ...("guild_id" in ctx && { guild_id: ctx.guild_id }),
  };
  return { ...ctx, type: 2, data };
}

export interface MessageCommandOptions extends InteractionContextOptions {
  name: string;
  /** The text of the message the command is run on ("" for one with only an attachment). */
  content: string;
  /** Who wrote that message (default FAKE_IDS.otherUserId). */
  authorId?: string;
  commandId?: string;
}

/** INTERACTION_CREATE type 2 (APPLICATION_COMMAND, message context menu: "Apps → …"). */
export function messageCommandInteraction(
  opts: MessageCommandOptions,
): APIMessageApplicationCommandInteraction {
  const ctx = interactionContext(opts);
  const target = newMessage({
    channelId: ctx.channel_id,
    author: humanUser(opts.authorId ?? FAKE_IDS.otherUserId),
    content: opts.content,
    ...("guild_id" in ctx && { guildId: ctx.guild_id }),
  });
  const data = {
    id: opts.commandId ?? FAKE_IDS.defaultCommandId,
    name: opts.name,
    type: 3 as const,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
    ...("guild_id" in ctx && { guild_id: ctx.guild_id }),
  };
  return { ...ctx, type: 2, data };
}

export interface AutocompleteOptions extends InteractionContextOptions {
  name: string;
  /** Options with exactly one `focused: true`; or a value record plus `focused` naming the option. */
  options: CommandOptions;
  focused?: string;
  commandId?: string;
}

/** INTERACTION_CREATE type 4 (APPLICATION_COMMAND_AUTOCOMPLETE). */
export function autocompleteInteraction(
  opts: AutocompleteOptions,
): APIApplicationCommandAutocompleteInteraction {
  const options = toDataOptions(opts.options, opts.focused);
  if (!JSON.stringify(options).includes('"focused":true')) {
    throw new Error("autocompleteInteraction: one option must be focused");
  }
  const ctx = interactionContext(opts);
  const data = {
    id: opts.commandId ?? FAKE_IDS.defaultCommandId,
    name: opts.name,
    type: 1 as const,
    options,
    ...("guild_id" in ctx && { guild_id: ctx.guild_id }),
  };
  return { ...ctx, type: 4, data };
}

export interface ButtonOptions extends InteractionContextOptions {
  customId: string;
  /** The message carrying the button; the fake substitutes its stored copy when it has one. */
  messageId?: string;
}

/** INTERACTION_CREATE type 3 (MESSAGE_COMPONENT, button). */
export function buttonInteraction(opts: ButtonOptions): APIMessageComponentButtonInteraction {
  const ctx = interactionContext(opts);
  const components = [
    { type: 1, components: [{ type: 2, style: 1, label: "Button", custom_id: opts.customId }] },
  ];
  const message = {
    ...newMessage({
      channelId: ctx.channel_id,
      author: botUser(),
      content: "A message with a button",
      components,
      ...("guild_id" in ctx && { guildId: ctx.guild_id }),
    }),
    ...(opts.messageId !== undefined && { id: opts.messageId }),
  };
  const data = { custom_id: opts.customId, component_type: 2 as const };
  return { ...ctx, type: 3, data, message };
}
