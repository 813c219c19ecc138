/**
 * Memory of the running bot (offline, in the suite's process, with --expose-gc): RSS idle, then
 * while 10,000 new users each hold a 2-turn DM conversation through the fake Discord, 50 at a
 * time, and once the load is over and idle sockets have closed.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { type BenchBot, withBot } from "./bot.ts";
import type { DmReport } from "./protocol.ts";
import { round } from "./stats.ts";
import { defineSuite, judged, table } from "./suite.ts";

/** The bot's memory (MB) after some number of users. */
export interface MemoryPoint {
  users: number | string;
  rssMb: number;
  heapUsedMb: number;
  /** V8 heap reserved, used or not. */
  heapTotalMb: number;
  dmChannelsCached: number;
}

/** Memory idle, after each 2,000 users, and settled after the last. */
export interface MemoryResult {
  users: number;
  idle: MemoryPoint;
  points: MemoryPoint[];
  settled: MemoryPoint;
  timeouts: number;
}

const mb = (bytes: number) => round(bytes / 1_048_576);

async function measure({ discord, bot }: BenchBot, quick: boolean): Promise<MemoryResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("the memory suite needs --expose-gc");
  const point = async (users: number | string, settleMs = 200): Promise<MemoryPoint> => {
    await sleep(settleMs);
    gc();
    gc();
    const { rss, heapUsed, heapTotal } = process.memoryUsage();
    const dmChannelsCached = bot.client.channels.cache.filter((c) => c.isDMBased()).size;
    return {
      users,
      rssMb: mb(rss),
      heapUsedMb: mb(heapUsed),
      heapTotalMb: mb(heapTotal),
      dmChannelsCached,
    };
  };
  // Idle keep-alive sockets close after ~5 s; RSS then still moves a little: median of 3 reads.
  const settled = async (users: string) => {
    const reads = [await point(users, 5_000), await point(users, 1_000), await point(users, 1_000)];
    return reads.sort((a, b) => a.rssMb - b.rssMb)[1] as MemoryPoint;
  };
  const idle = await settled("0 (idle)");
  // discord.js's client-side limit of 50 requests/s only paces; it does not change what is kept.
  bot.client.rest.options.globalRequestsPerSecond = 1_000_000;
  const [users, step] = quick ? [2_000, 400] : [10_000, 2_000];
  const points: MemoryPoint[] = [];
  let timeouts = 0;
  for (let done = 0; done < users; done += step) {
    const cmd = { type: "dms", users: step, turns: 2, concurrency: 50, userBase: done } as const;
    timeouts += (await discord.call<DmReport>(cmd)).timeouts;
    points.push(await point(done + step));
  }
  return { users, idle, points, settled: await settled(`${users} (settled)`), timeouts };
}

export default defineSuite({
  key: "memory",
  limitS: 300,
  nodeFlags: ["--expose-gc"],
  run: ({ quick }) => withBot((b) => measure(b, quick)),
  figures: (m) => [
    judged(
      `RSS after ${m.users.toLocaleString("en")} DM conversations`,
      "< 150 MB",
      `${m.settled.rssMb} MB (idle ${m.idle.rssMb} MB; peak under load ${Math.max(...m.points.map((p) => p.rssMb))} MB)`,
      m.settled.rssMb < 150,
    ),
  ],
  details: (m) => [
    `### Memory of the running bot (offline; 2-turn DM conversations, 50 at a time; ${m.timeouts} timeouts; settled = median of 3 reads 5–7 s after the load)`,
    table([m.idle, ...m.points, m.settled]),
  ],
});
