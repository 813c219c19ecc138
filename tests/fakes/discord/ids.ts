/**
 * Snowflakes and the fixed ids of the fake's world (application, bot, guild, channel, users).
 * Fixed ids let the standalone builders and a running fake agree without sharing an instance.
 */

import { randomBytes } from "node:crypto";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh 19-digit snowflake (timestamp-based, unique within the process). */
export function newSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  const ms = BigInt(Date.now()) - DISCORD_EPOCH;
  return ((ms << 22n) | (BigInt(process.pid & 0x3ff) << 12n) | increment).toString();
}

/** Ids of the fake's fixed world; every one is an 18–19 digit snowflake. */
export const FAKE_IDS = {
  applicationId: "1180000000000000001",
  botUserId: "1180000000000000002",
  guildId: "1180000000000000003",
  channelId: "1180000000000000004",
  everyoneRoleId: "1180000000000000003",
  guildOwnerId: "1180000000000000005",
  /** The default human user of builders and sendMessage. */
  userId: "1180000000000000006",
  /** A second, distinct human user for multi-user tests. */
  otherUserId: "1180000000000000007",
  defaultCommandId: "1180000000000000008",
  /** A server the bot is not a member of, where a user-installed app can still be used. */
  foreignGuildId: "1180000000000000009",
  /** A text channel of that server; the bot may not touch it over REST. */
  foreignChannelId: "1180000000000000010",
  /** A group DM the bot is not in. */
  groupDmId: "1180000000000000011",
} as const;

export const FAKE_BOT_USERNAME = "askme";

const dmChannels = new Map<string, string>();

/** The DM channel id between the bot and a user: stable for the whole process. */
export function dmChannelIdFor(userId: string): string {
  let id = dmChannels.get(userId);
  if (id === undefined) {
    id = newSnowflake();
    dmChannels.set(userId, id);
  }
  return id;
}

/** A random interaction / webhook token, shaped like Discord's (long, URL-safe). */
export function newToken(prefix = "aW50ZXJhY3Rpb24"): string {
  return `${prefix}${randomBytes(48).toString("base64url")}`;
}
