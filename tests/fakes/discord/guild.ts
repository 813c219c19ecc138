/** The fake guild as delivered in GUILD_CREATE after READY (channels, roles, the bot's member). */

import type { APITextChannel, GatewayGuildCreateDispatchData } from "discord.js";
import { FAKE_IDS } from "./ids.ts";
import { ALL_PERMISSIONS, botUser, JOINED_AT, memberNoUser } from "./payloads.ts";

/** The full GUILD_CREATE payload for the fake guild, with the bot as a member. */
export function guildCreatePayload(channels: APITextChannel[]): GatewayGuildCreateDispatchData {
  const everyone = {
    id: FAKE_IDS.everyoneRoleId,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: ALL_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0,
  };
  const guild = {
    id: FAKE_IDS.guildId,
    name: "Fake Guild",
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: FAKE_IDS.guildOwnerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [everyone],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: FAKE_IDS.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: "en-US",
    nsfw_level: 0,
    hub_type: null,
    incidents_data: null,
    joined_at: JOINED_AT,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ ...memberNoUser(), user: botUser() }],
    channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
  return guild as unknown as GatewayGuildCreateDispatchData;
}
