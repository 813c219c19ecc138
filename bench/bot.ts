/** The real bot (createCore + startBot) in the suite's process, logged in to the fake Discord. */
import { Writable } from "node:stream";
import { buildRegistry } from "../commands/index.ts";
import { parseConfig } from "../src/config.ts";
import { type Core, createCore } from "../src/core.ts";
import { type Bot, startBot } from "../src/discord/bot.ts";
import { type DiscordProcess, startDiscordProcess } from "./discord-control.ts";

/** What a suite measuring the bot works with. */
export type BenchBot = { discord: DiscordProcess; core: Core; bot: Bot };

/**
 * Starts the fake Discord in its own process and the bot on the shipped profile, offline unless
 * `env` configures an LLM; runs `measure`, then stops both.
 */
export async function withBot<T>(
  measure: (b: BenchBot) => Promise<T>,
  env: (discord: DiscordProcess) => Promise<Record<string, string>> = async () => ({}),
): Promise<T> {
  const discord = await startDiscordProcess();
  let bot: Bot | undefined;
  try {
    const config = parseConfig({
      DISCORD_TOKEN: discord.info.token,
      DISCORD_CLIENT_ID: discord.info.applicationId,
      DISCORD_GUILD_ID: discord.info.guildId,
      DISCORD_API_URL: discord.info.apiUrl,
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      ...(await env(discord)),
    });
    // The bench measures the bot, not the terminal: log lines are swallowed.
    const logDestination = new Writable({ write: (_chunk, _encoding, done) => done() });
    const core = await createCore(config, { logDestination });
    bot = await startBot(core, { registry: (k) => buildRegistry(config, k) });
    return await measure({ discord, core, bot });
  } finally {
    await bot?.stop().catch(() => {});
    await discord.close();
  }
}
