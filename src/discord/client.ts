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
    // Rate-limit handlers are kept per route and channel; with many DM users the default hourly
    // sweep lets thousands pile up.
    rest: {
      handlerSweepInterval: 5 * 60_000,
      ...(settings.apiUrl ? { api: settings.apiUrl } : {}),
    },
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

/**
 * Drops cached DM channels now and then: discord.js keeps every DM channel forever, and the
 * Channel partial brings one back when its user writes again. Returns a stop function.
 */
export function sweepDmChannels(client: Client, everyMs: number): () => void {
  const timer = setInterval(() => client.channels.cache.sweep((c) => c.isDMBased()), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
