import type { Server } from "node:http";
import { Events, Status } from "discord.js";
import { requireSettings } from "../config.ts";
import type { Core } from "../core.ts";
import { createFlowDeps } from "../flow/deps.ts";
import { watchKnowledge } from "../knowledge/watch.ts";
import { startHealthServer } from "../ops/health.ts";
import { createMetrics } from "../ops/metrics.ts";
import type { Registry, RegistryBuilder } from "../registry.ts";
import type { Store } from "../store/types.ts";
import { errorSummary } from "./api-errors.ts";
import { createClient, sweepDmChannels } from "./client.ts";
import { createRest, sameCommands, syncCommands } from "./command-sync.ts";
import { type Backoff, loginWithRetry } from "./connect.ts";
import { createInteractionHandler } from "./interactions.ts";
import { createMessageHandler } from "./messages.ts";

/** A running bot. */
export interface Bot {
  client: ReturnType<typeof createClient>;
  /** Address of /healthz and /metrics, when HEALTH_PORT is set. */
  healthUrl?: string;
  stop(): Promise<void>;
}

/** What the bot is given beyond the core. */
export interface BotOptions {
  /** Builds the command registry for a knowledge file (the entry point owns the commands). */
  registry: RegistryBuilder;
  /** The owner's usage store; answers are recorded there and the 👍 👎 buttons need it. */
  store?: Store | undefined;
  /** Waits between login attempts while Discord cannot be reached. */
  backoff?: Backoff;
  /** Aborts a login that is still retrying (a shutdown signal). */
  signal?: AbortSignal;
}

/** Connects to Discord, syncs commands when they changed, and answers until stopped. */
export async function startBot(core: Core, options: BotOptions): Promise<Bot> {
  const { config, engine } = core;
  const logger = core.logger.child({ front: "discord" });
  const { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: clientId } = requireSettings(config, [
    "DISCORD_TOKEN",
    "DISCORD_CLIENT_ID",
  ]);
  const client = createClient({ apiUrl: config.DISCORD_API_URL });
  const gatewayConnected = () => client.ws.status === Status.Ready;
  // Gauges are read at scrape time, by when `flow` exists.
  const metrics = createMetrics({
    gatewayConnected,
    llm: () => core.gate.state,
    conversations: () => flow.memory.size,
  });
  const flow = createFlowDeps(core, { metrics, store: options.store });
  let registry: Registry = options.registry(engine.knowledge);
  const target = {
    rest: createRest(token, config.DISCORD_API_URL),
    clientId,
    guildId: config.DISCORD_GUILD_ID,
  };

  client.on(
    Events.InteractionCreate,
    createInteractionHandler({
      flow,
      registry: () => registry,
      ownerIds: config.OWNER_IDS,
      logger,
    }),
  );
  client.on(Events.MessageCreate, createMessageHandler({ flow, client, logger }));
  client.on(Events.Error, (err) =>
    logger.error({ err: errorSummary(err) }, "discord client error"),
  );
  client.on(Events.ShardResume, () => logger.info("gateway resumed"));
  client.on(Events.ShardDisconnect, (event) =>
    logger.warn({ code: event.code }, "gateway disconnected"),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await loginWithRetry(client, token, logger, options.backoff, options.signal);
  await ready;
  logger.info({ user: client.user?.tag, mode: engine.mode }, "connected to Discord");
  const sync = () =>
    syncCommands(target, registry.definitions, logger).catch((err) =>
      logger.error({ err: errorSummary(err) }, "could not sync commands; run `npm run register`"),
    );
  await sync();

  const stopSweeping = sweepDmChannels(client, 10 * 60_000);
  const stopWatching = watchKnowledge(
    core.knowledgeFile,
    (knowledge) => {
      const next = options.registry(knowledge);
      const changed = !sameCommands(next.definitions, registry.definitions);
      engine.setKnowledge(knowledge);
      registry = next;
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
      gatewayConnected,
      knowledgeLoaded: () => engine.knowledge.sections.length > 0,
      metrics: () => metrics.render(),
      metricsContentType: metrics.contentType,
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
