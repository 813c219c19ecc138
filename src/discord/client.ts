import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import { NO_MENTIONS } from "./outgoing.ts";

/** Settings the Discord client needs. */
export interface ClientSettings {
  apiUrl?: string | undefined;
}

/**
 * A discord.js client with only what askme needs: guild, guild-message and DM events (mentions
 * and DMs carry their content without the privileged MessageContent intent), and small caches.
 */
export function createClient(settings: ClientSettings): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are not cached until used; without this partial, DMs never fire messageCreate.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: settings.apiUrl ? { api: settings.apiUrl } : {},
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: {
        maxSize: 0,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      GuildBanManager: 0,
      GuildInviteManager: 0,
      StageInstanceManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      threads: { interval: 3600, lifetime: 1800 },
    },
  });
}
