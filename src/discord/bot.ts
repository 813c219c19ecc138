import { Events } from "discord.js";
import { loadCommands, registrationPayload } from "../../commands/index.ts";
import { requireSettings } from "../config.ts";
import { createMemory } from "../conversation/memory.ts";
import type { Core } from "../core.ts";
import { createClient } from "./client.ts";
import { createInteractionHandler, errorSummary } from "./interactions.ts";
import { createMessageHandler } from "./messages.ts";
import { createRest, syncCommands } from "./register.ts";

/** A running bot. */
export interface Bot {
  client: ReturnType<typeof createClient>;
  stop(): Promise<void>;
}

/** Connects to Discord, syncs commands when they changed, and answers until stopped. */
export async function startBot(core: Core): Promise<Bot> {
  const { config, engine } = core;
  const logger = core.logger.child({ front: "discord" });
  const { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: clientId } = requireSettings(config, [
    "DISCORD_TOKEN",
    "DISCORD_CLIENT_ID",
  ]);
  const client = createClient({ apiUrl: config.DISCORD_API_URL });
  const memory = createMemory({
    turns: config.MEMORY_TURNS,
    ttlMs: config.MEMORY_TTL_MINUTES * 60_000,
    maxUsers: config.MEMORY_MAX_USERS,
  });
  const registry = { questionMaxLength: config.QUESTION_MAX_LENGTH };
  const commands = loadCommands(engine.knowledge, registry);
  const logText = config.LOG_MESSAGE_TEXT;

  client.on(
    Events.InteractionCreate,
    createInteractionHandler({ engine, memory, commands: () => commands, logger, logText }),
  );
  client.on(
    Events.MessageCreate,
    createMessageHandler({
      client,
      engine,
      memory,
      logger,
      maxLength: config.QUESTION_MAX_LENGTH,
      logText,
    }),
  );
  client.on(Events.Error, (err) =>
    logger.error({ err: errorSummary(err) }, "discord client error"),
  );
  client.on(Events.ShardResume, () => logger.info("gateway resumed"));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  logger.info({ user: client.user?.tag, mode: engine.mode }, "connected to Discord");

  const rest = createRest(token, config.DISCORD_API_URL);
  await syncCommands(
    { rest, clientId, guildId: config.DISCORD_GUILD_ID },
    registrationPayload(commands),
    logger,
  ).catch((err) =>
    logger.error({ err: errorSummary(err) }, "could not sync commands; run `npm run register`"),
  );

  return {
    client,
    async stop() {
      await client.destroy();
      logger.info("disconnected");
    },
  };
}
