/** The real bot, in this process, logged into the fake Discord child: createCore + startBot. */
import { Writable } from "node:stream";
import { buildRegistry } from "../commands/index.ts";
import { parseConfig } from "../src/config.ts";
import { type Core, createCore } from "../src/core.ts";
import { type Bot, startBot } from "../src/discord/bot.ts";
import type { FakeInfo } from "./protocol.ts";

/** Swallows log lines: the bench measures the bot, not the terminal. */
export const nullStream = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

export async function startBenchBot(
  fake: FakeInfo,
  env: Record<string, string> = {},
): Promise<{ core: Core; bot: Bot }> {
  const config = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: "warn",
    LOG_FORMAT: "json",
    ...env,
  });
  const core = await createCore(config, { logDestination: nullStream() });
  return { core, bot: await startBot(core, { registry: (k) => buildRegistry(config, k) }) };
}
