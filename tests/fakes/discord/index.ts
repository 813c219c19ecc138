/**
 * A fake Discord (REST over HTTP + Gateway over WebSocket on one 127.0.0.1 port) that the real
 * discord.js client logs into: `new Client({ rest: { api: fake.apiUrl } })`, `login(fake.token)`.
 * Plain Node (no vitest), so benchmark/soak scripts can run it in their own process.
 */

import type { APIApplicationCommand, APIInteraction } from "discord.js";
import { type DeliveredInteraction, sendInteraction, sendMessage } from "./events.ts";
import { Gateway, type GatewayStats } from "./gateway.ts";
import { guildCreatePayload } from "./guild.ts";
import { FAKE_IDS } from "./ids.ts";
import type { StoredMessage } from "./messages.ts";
import { applicationPayload, botUser } from "./payloads.ts";
import { Recorder } from "./recorder.ts";
import { buildRouter } from "./rest-routes.ts";
import { startServer, stopServer } from "./server.ts";
import { loadDiscordSpec } from "./spec.ts";
import { FakeState } from "./state.ts";
import type {
  FailResponse,
  FakeDiscordOptions,
  RecordedRequest,
  RequestMatch,
  SendMessageOptions,
  Violation,
} from "./types.ts";

export * from "./builders.ts";
export type { DeliveredInteraction } from "./events.ts";
export type { GatewayStats } from "./gateway.ts";
export type { StoredMessage } from "./messages.ts";
export type * from "./types.ts";
export { describeViolations } from "./violations.ts";

export interface FakeDiscord {
  readonly port: number;
  /** `http://127.0.0.1:PORT/api` — pass as `rest.api`; discord.js appends `/v10`. */
  readonly apiUrl: string;
  /** `ws://127.0.0.1:PORT` — what GET /gateway/bot returns. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  /** The guild text channel. */
  readonly channelId: string;
  /** Default human user of builders and sendMessage. */
  readonly userId: string;
  readonly requests: RecordedRequest[];
  /**
   * Requests Discord would have refused (a body against its spec or documented limits, an
   * IDENTIFY with unapproved intents, …), oldest first. Each was also answered with Discord's
   * error, which discord.js only surfaces as a logged DiscordAPIError: tests check this list.
   */
  readonly violations: Violation[];
  readonly messages: Map<string, StoredMessage[]>;
  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  sendInteraction(payload: APIInteraction): DeliveredInteraction;
  sendMessage(opts: SendMessageOptions): StoredMessage;
  /** performance.now() when the interaction's first accepted callback arrived. */
  ackTime(interactionId: string): number | undefined;
  failNext(match: RequestMatch, response: FailResponse, times?: number): void;
  /** Closes the gateway socket (4000 is resumable); the client RESUMEs and missed dispatches replay. */
  dropGateway(code?: number): void;
  gatewayStats(): GatewayStats;
  /** Registered application commands: global, or for a guild. */
  commands(guildId?: string): APIApplicationCommand[];
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? "fake-bot-token.for-tests.only";
  const spec = await loadDiscordSpec();
  const state = new FakeState();
  const recorder = new Recorder();
  const violations: Violation[] = [];
  let gatewayUrl = "";
  const gateway = new Gateway({
    token,
    allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0,
    onViolation: (violation) => violations.push(violation),
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    ready: (sessionId) => ({
      v: 10,
      user: botUser(),
      guilds: [{ id: FAKE_IDS.guildId, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: gatewayUrl,
      shard: [0, 1],
      application: { id: applicationPayload().id, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      auth: {},
    }),
    guildCreates: () => {
      const channels = [...state.channels.values()].filter((c) => "guild_id" in c);
      return [guildCreatePayload(channels as Parameters<typeof guildCreatePayload>[0])];
    },
  });
  const router = buildRouter({
    state,
    gateway,
    gatewayUrl: () => gatewayUrl,
    interactionTimeoutMs:
      options.interactionTimeoutMs === undefined ? 3000 : options.interactionTimeoutMs,
    echoBotMessages: options.echoBotMessages ?? false,
  });
  const { server, port } = await startServer(
    { router, recorder, gateway, token, spec, violations },
    options.port,
  );
  gatewayUrl = `ws://127.0.0.1:${port}`;

  return {
    port,
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    token,
    applicationId: FAKE_IDS.applicationId,
    botUserId: FAKE_IDS.botUserId,
    guildId: FAKE_IDS.guildId,
    channelId: FAKE_IDS.channelId,
    userId: FAKE_IDS.userId,
    requests: recorder.requests,
    violations,
    messages: state.messages,
    waitForRequest: (predicate, timeoutMs = 5000) => recorder.waitFor(predicate, timeoutMs),
    sendInteraction: (payload) => sendInteraction(state, gateway, payload),
    sendMessage: (opts) => sendMessage(state, gateway, opts),
    ackTime: (id) => state.interactions.get(id)?.ackAt,
    failNext: (match, response, times = 1) => recorder.failNext(match, response, times),
    dropGateway: (code = 4000) => gateway.drop(code),
    gatewayStats: () => gateway.snapshot(),
    commands: (guildId) => state.commandList(guildId),
    close: async () => {
      await gateway.close();
      await stopServer(server);
    },
  };
}
