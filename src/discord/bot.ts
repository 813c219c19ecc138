import type { Server } from "node:http";
import { Events, Status } from "discord.js";
import { type Command, loadCommands, registrationPayload } from "../../commands/index.ts";
import { requireSettings } from "../config.ts";
import { createMemory } from "../conversation/memory.ts";
import type { Core } from "../core.ts";
import { createRateLimiter } from "../guard/rate-limit.ts";
import { watchKnowledge } from "../knowledge/watch.ts";
import { startHealthServer } from "../ops/health.ts";
import { createMetrics } from "../ops/metrics.ts";
import type { Store } from "../store/types.ts";
import { createClient, sweepDmChannels } from "./client.ts";
import { errorSummary } from "./errors.ts";
import { createInteractionHandler } from "./interactions.ts";
import { createMessageHandler } from "./messages.ts";
import { createRest, sameCommands, syncCommands } from "./register.ts";

/** A running bot. */
export interface Bot {
  client: ReturnType<typeof createClient>;
  /** Address of /healthz and /metrics, when HEALTH_PORT is set. */
  healthUrl?: string;
  stop(): Promise<void>;
}

/** What the bot may use beyond the core. */
export interface BotOptions {
  /** The owner's usage store; answers are recorded there and the 👍 👎 buttons need it. */
  store?: Store;
}

/** Connects to Discord, syncs commands when they changed, and answers until stopped. */
export async function startBot(core: Core, options: BotOptions = {}): Promise<Bot> {
  const { config, engine } = core;
  const logger = core.logger.child({ front: "discord" });
  const { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: clientId } = requireSettings(config, [
    "DISCORD_TOKEN",
    "DISCORD_CLIENT_ID",
  ]);
  const client = createClient({ apiUrl: config.DISCORD_API_URL });
  const metrics = createMetrics();
  const registry = {
    questionMaxLength: config.QUESTION_MAX_LENGTH,
    withStats: config.OWNER_IDS.length > 0,
  };
  let commands: Map<string, Command> = loadCommands(engine.knowledge, registry);
  const target = {
    rest: createRest(token, config.DISCORD_API_URL),
    clientId,
    guildId: config.DISCORD_GUILD_ID,
  };
  const asking = {
    engine,
    memory: createMemory({
      turns: config.MEMORY_TURNS,
      ttlMs: config.MEMORY_TTL_MINUTES * 60_000,
      maxUsers: config.MEMORY_MAX_USERS,
    }),
    rateLimiter: createRateLimiter(config.RATE_LIMIT_PER_MINUTE),
    metrics,
    logger,
    maxLength: config.QUESTION_MAX_LENGTH,
    logText: config.LOG_MESSAGE_TEXT,
    store: options.store,
  };

  client.on(
    Events.InteractionCreate,
    createInteractionHandler({ ...asking, commands: () => commands, ownerIds: config.OWNER_IDS }),
  );
  client.on(Events.MessageCreate, createMessageHandler({ ...asking, client }));
  client.on(Events.Error, (err) =>
    logger.error({ err: errorSummary(err) }, "discord client error"),
  );
  client.on(Events.ShardResume, () => logger.info("gateway resumed"));
  client.on(Events.ShardDisconnect, (event) =>
    logger.warn({ code: event.code }, "gateway disconnected"),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  logger.info({ user: client.user?.tag, mode: engine.mode }, "connected to Discord");
  const sync = () =>
    syncCommands(target, registrationPayload(commands), logger).catch((err) =>
      logger.error({ err: errorSummary(err) }, "could not sync commands; run `npm run register`"),
    );
  await sync();

  const stopSweeping = sweepDmChannels(client, 10 * 60_000);
  const stopWatching = watchKnowledge(
    core.knowledgeFile,
    (knowledge) => {
      const next = loadCommands(knowledge, registry);
      const changed = !sameCommands(registrationPayload(next), registrationPayload(commands));
      engine.setKnowledge(knowledge);
      commands = next;
      logger.info(
        { sections: knowledge.sections.length, commandsChanged: changed },
        "knowledge reloaded",
      );
      if (changed) void sync();
    },
    logger,
  );

  let health: Server | undefined;
  if (config.HEALTH_PORT !== undefined) {
    health = await startHealthServer(config.HEALTH_PORT, config.HEALTH_HOST, {
      gatewayConnected: () => client.ws.status === Status.Ready,
      knowledgeLoaded: () => engine.knowledge.sections.length > 0,
      metrics: () =>
        metrics.render({
          askme_gateway_connected: client.ws.status === Status.Ready ? 1 : 0,
          askme_llm_active: core.gate.state.active,
          askme_llm_queued: core.gate.state.queued,
          askme_llm_tokens_today: core.gate.state.tokensToday,
          askme_llm_circuit_open: core.gate.state.circuitOpen ? 1 : 0,
          askme_conversations: asking.memory.size,
        }),
    });
  }
  const address = health?.address();
  const healthUrl =
    address && typeof address === "object"
      ? `http://${config.HEALTH_HOST}:${address.port}`
      : undefined;
  if (healthUrl) logger.info({ url: healthUrl }, "health endpoint listening");

  return {
    client,
    ...(healthUrl ? { healthUrl } : {}),
    async stop() {
      stopWatching();
      stopSweeping();
      health?.close();
      await client.destroy();
      logger.info("disconnected");
    },
  };
}
