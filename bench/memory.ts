/**
 * Memory of the running bot (offline mode, in this process, started with --expose-gc): RSS idle,
 * then while 10,000 distinct users hold 2-turn DM conversations through the fake Discord, then
 * 5,000 more (past MEMORY_MAX_USERS) to see whether it keeps growing. Also how fast DMs are
 * answered under discord.js's default global limit of 50 requests/s.
 */

import { setTimeout as sleep } from "node:timers/promises";
import { startBenchBot } from "./bot.ts";
import { startDiscordProcess } from "./discord-control.ts";
import { attribute } from "./memory-attribute.ts";
import type { DmReport } from "./protocol.ts";
import { findInSrc } from "./source.ts";
import { round, roundSummary, type Summary, summarize } from "./stats.ts";

export interface MemoryPoint {
  users: number;
  rssMb: number;
  heapUsedMb: number;
  /** V8 heap reserved (used or not) and memory outside it (Buffers, native), MB. */
  heapTotalMb: number;
  externalMb: number;
  dmChannelsCached: number;
}

export interface MemoryResult {
  idle: MemoryPoint;
  /** After the 10,000 users, once idle keep-alive sockets have closed. */
  afterConversations: MemoryPoint;
  /** Highest RSS seen at a checkpoint right after a step of conversations. */
  peakRssMb: number;
  points: MemoryPoint[];
  defaultLimit: { dms: number; repliesPerSec: number; typingRequests: number };
  conversations: { replies: number; timeouts: number; repliesPerSec: number; replyMs: Summary };
  /** Heap growth per 1,000 new users once the conversation memory is full (users 10k → 16k). */
  heapKbPerThousandUsersAfterCap: number;
  /** How this process runs the bot: bundled on plain Node (as `npm start`), or under tsx. */
  runtime: "plain node" | "tsx";
  /** What bounds the per-user caches: discord.js's REST handler sweep, and src's DM sweep. */
  restHandlerSweepMin: number;
  dmChannelSweep: string | null;
  /** Heap freed by dropping each kind of per-user state at the end, KB per user seen. */
  perUserKb: { restHandlers: number; dmChannels: number; remainder: number; handlers: number };
}

const mb = (bytes: number) => round(bytes / 1_048_576);

export async function run(options: { quick?: boolean } = {}): Promise<MemoryResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("memory suite needs --expose-gc");
  const discord = await startDiscordProcess();
  const { bot } = await startBenchBot(discord.info);
  const point = async (users: number, settleMs = 200): Promise<MemoryPoint> => {
    await sleep(settleMs);
    gc();
    gc();
    const m = process.memoryUsage();
    const dmChannelsCached = bot.client.channels.cache.filter((c) => c.isDMBased()).size;
    return {
      users,
      rssMb: mb(m.rss),
      heapUsedMb: mb(m.heapUsed),
      heapTotalMb: mb(m.heapTotal),
      externalMb: mb(m.external),
      dmChannelsCached,
    };
  };
  // Idle keep-alive sockets close after ~5 s; RSS then still moves a little: median of 3 reads.
  const settled = async (users: number) => {
    const reads = [await point(users, 5_000), await point(users, 1_000), await point(users, 1_000)];
    return reads.sort((a, b) => a.rssMb - b.rssMb)[1] as MemoryPoint;
  };
  try {
    const idle = await settled(0);
    const dms = (users: number, userBase: number, concurrency = 50) =>
      discord.call<DmReport>({ type: "dms", users, turns: 2, concurrency, userBase }, 300_000);

    // With discord.js's defaults: every DM answer costs a typing request and a reply.
    const limited = await discord.call<DmReport>({
      type: "dms",
      users: 300,
      turns: 1,
      concurrency: 300,
      userBase: 900_000,
    });
    // Lifted for the rest (the client-side limit only paces; it does not change what is kept).
    bot.client.rest.options.globalRequestsPerSecond = 1_000_000;

    const total = options.quick ? 2_000 : 10_000;
    const step = total / 5;
    const points: MemoryPoint[] = [];
    const reports: DmReport[] = [];
    const converse = async (from: number, to: number) => {
      for (let done = from; done < to; done += step) {
        reports.push(await dms(step, done));
        points.push(await point(done + step));
      }
    };
    await converse(0, total);
    const afterConversations = await settled(total);
    // More users once conversation memory is full (MEMORY_MAX_USERS): any growth here is the rest.
    const extra = 3 * step;
    await converse(total, total + extra);
    const last = await settled(total + extra);
    const perUserKb = await attribute(bot, point, total + extra, idle);
    const replyMs = reports.flatMap((r) => r.replyMs);
    const seconds = reports.reduce((s, r) => s + r.durationMs, 0) / 1000;
    return {
      idle,
      afterConversations,
      runtime: process.execArgv.some((a) => a.includes("tsx")) ? "tsx" : "plain node",
      restHandlerSweepMin: round(bot.client.rest.options.handlerSweepInterval / 60_000),
      dmChannelSweep: findInSrc("src/discord", /channels\.cache\.sweep/),
      peakRssMb: Math.max(...points.map((p) => p.rssMb)),
      points,
      perUserKb,
      defaultLimit: {
        dms: limited.replies,
        repliesPerSec: round(limited.replies / (limited.durationMs / 1000)),
        typingRequests: limited.typing,
      },
      conversations: {
        replies: reports.reduce((s, r) => s + r.replies, 0),
        timeouts: reports.reduce((s, r) => s + r.timeouts, 0),
        repliesPerSec: round(replyMs.length / seconds),
        replyMs: roundSummary(summarize(replyMs)),
      },
      heapKbPerThousandUsersAfterCap: round(
        ((last.heapUsedMb - afterConversations.heapUsedMb) * 1024) / (extra / 1000),
      ),
    };
  } finally {
    await bot.stop().catch(() => {});
    await discord.close();
  }
}
