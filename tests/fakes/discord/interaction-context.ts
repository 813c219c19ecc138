/** The context every interaction payload shares: ids, token, and the guild or DM it happens in. */

import type {
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  Locale,
} from "discord.js";
import { FAKE_IDS, newSnowflake, newToken } from "./ids.ts";
import {
  ALL_PERMISSIONS,
  dmChannel,
  guildTextChannel,
  humanUser,
  interactionMember,
} from "./payloads.ts";

export interface InteractionContextOptions {
  /** The invoking user (default FAKE_IDS.userId). */
  userId?: string;
  /** In the fake guild (default) or in the user's DM with the bot. */
  guild?: boolean;
  /** Guild text channel id (default FAKE_IDS.channelId); ignored in DMs. */
  channelId?: string;
  locale?: string;
  /**
   * `user`: the app was installed by the user, and is used where the bot is not a member: a
   * server it is not in (FAKE_IDS.foreignGuildId), or with `guild: false`, a group DM.
   */
  install?: "guild" | "user";
}

type OptionValues = Record<string, string | number | boolean>;
export type CommandOptions = APIApplicationCommandInteractionDataOption[] | OptionValues;

/** Fields every interaction shares, for a guild or a DM context. */
export function interactionContext(opts: InteractionContextOptions) {
  const user = humanUser(opts.userId ?? FAKE_IDS.userId);
  const base = {
    id: newSnowflake(),
    application_id: FAKE_IDS.applicationId,
    token: newToken(),
    version: 1 as const,
    app_permissions: ALL_PERMISSIONS,
    locale: (opts.locale ?? "en-US") as Locale,
    entitlements: [],
    attachment_size_limit: 26_214_400,
  };
  if (opts.install === "user") return userInstallContext(base, user, opts.guild !== false);
  if (opts.guild === false) {
    const channel = dmChannel(user.id);
    return {
      ...base,
      user,
      channel,
      channel_id: channel.id,
      authorizing_integration_owners: { "0": "0" },
      context: 1 as const,
    };
  }
  const channel = guildTextChannel(opts.channelId ?? FAKE_IDS.channelId);
  return {
    ...base,
    guild_id: FAKE_IDS.guildId,
    guild: { id: FAKE_IDS.guildId, locale: "en-US" as Locale, features: [] },
    guild_locale: "en-US" as Locale,
    member: interactionMember(user),
    channel,
    channel_id: channel.id,
    authorizing_integration_owners: { "0": FAKE_IDS.guildId },
    context: 0 as const,
  };
}

// A user-installed app's interaction: only the user authorised it, in a place the bot is not in.
function userInstallContext<Base extends object>(
  base: Base,
  user: ReturnType<typeof humanUser>,
  inGuild: boolean,
) {
  const owners = { authorizing_integration_owners: { "1": user.id } };
  // The app gets only what a user install may do there: no channel access of its own.
  const limited = { ...base, app_permissions: "0" };
  if (!inGuild) {
    const channel = { id: FAKE_IDS.groupDmId, type: 3 as const, recipients: [user] };
    return { ...limited, user, channel, channel_id: channel.id, ...owners, context: 2 as const };
  }
  const channel = {
    ...guildTextChannel(FAKE_IDS.foreignChannelId),
    guild_id: FAKE_IDS.foreignGuildId,
  };
  return {
    ...limited,
    guild_id: FAKE_IDS.foreignGuildId,
    guild: { id: FAKE_IDS.foreignGuildId, locale: "en-US" as Locale, features: [] },
    guild_locale: "en-US" as Locale,
    member: interactionMember(user),
    channel,
    channel_id: channel.id,
    ...owners,
    context: 0 as const,
  };
}

/** `{question: "hi", count: 2}` → typed data options (string 3, integer 4, number 10, boolean 5). */
export function toDataOptions(options: CommandOptions | undefined, focused?: string) {
  if (options === undefined) return [];
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => {
    const type =
      typeof value === "string"
        ? 3
        : typeof value === "boolean"
          ? 5
          : Number.isInteger(value)
            ? 4
            : 10;
    return { name, type, value, ...(name === focused && { focused: true }) };
  }) as APIApplicationCommandInteractionDataBasicOption[];
}
