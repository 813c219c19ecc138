/** Payload shapes of the fake's fixed world: users, members, channels, the guild, the app. */

import type {
  APIDMChannel,
  APIGuildMember,
  APIInteractionGuildMember,
  APITextChannel,
  APIUser,
  GuildMemberFlags,
} from "discord.js";
import { dmChannelIdFor, FAKE_BOT_USERNAME, FAKE_IDS } from "./ids.ts";

/** All permissions a member of the fake guild has (Administrator included). */
export const ALL_PERMISSIONS = "2251799813685247";
export const JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

export function botUser(): APIUser {
  return {
    id: FAKE_IDS.botUserId,
    username: FAKE_BOT_USERNAME,
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
    verified: true,
    mfa_enabled: false,
  };
}

/** A human user; the name is derived from the id so it stays stable. */
export function humanUser(id: string = FAKE_IDS.userId): APIUser {
  if (id === FAKE_IDS.botUserId) return botUser();
  const tag = id.slice(-4);
  return {
    id,
    username: `user${tag}`,
    discriminator: "0",
    global_name: `User ${tag}`,
    avatar: null,
  };
}

/** A guild member without `user` (as embedded in MESSAGE_CREATE). */
export function memberNoUser(): Omit<APIGuildMember, "user"> {
  return {
    roles: [],
    joined_at: JOINED_AT,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    nick: null,
  };
}

/** A guild member as embedded in INTERACTION_CREATE. */
export function interactionMember(user: APIUser): APIInteractionGuildMember {
  return { ...memberNoUser(), user, permissions: ALL_PERMISSIONS, pending: false };
}

export function guildTextChannel(
  id: string = FAKE_IDS.channelId,
  name = "general",
): APITextChannel {
  return {
    id,
    type: 0,
    guild_id: FAKE_IDS.guildId,
    name,
    position: 0,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
  };
}

export function dmChannel(recipientId: string): APIDMChannel {
  return {
    id: dmChannelIdFor(recipientId),
    type: 1,
    name: null,
    last_message_id: null,
    recipients: [humanUser(recipientId)],
  };
}

export function applicationPayload(): Record<string, unknown> {
  return {
    id: FAKE_IDS.applicationId,
    name: FAKE_BOT_USERNAME,
    icon: null,
    description: "Fake application",
    summary: "",
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: "0".repeat(64),
    flags: 0,
    bot: botUser(),
    owner: humanUser(FAKE_IDS.guildOwnerId),
    team: null,
    integration_types_config: { "0": {} },
  };
}
