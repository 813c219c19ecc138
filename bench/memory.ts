/**
 * Memory of the running bot (offline, in the suite's process, with --expose-gc): RSS idle, then
 * while 10,000 new users each hold a 2-turn DM conversation through the fake Discord, 50 at a
 * time, and once the load is over and idle sockets have closed.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { type BenchBot, withBot } from "./bot.ts";
import type { DmReport } from "./discord-load.ts";
import { memoryAfterGc, round } from "./stats.ts";
import { defineSuite, judged, table } from "./suite.ts";

const mb = (bytes: number) => round(bytes / 1_048_576);

async function measure({ discord, bot }: BenchBot, quick: boolean) {
  // The bot's memory (MB) after some number of users; heapTotal is V8's heap, used or not.
  const point = async (users: number | string, settleMs = 200) => {
    await sleep(settleMs);
    const { rss, heapUsed, heapTotal } = memoryAfterGc();
    const dmChannelsCached = bot.client.channels.cache.filter((c) => c.isDMBased()).size;
    const heap = { heapUsedMb: mb(heapUsed), heapTotalMb: mb(heapTotal) };
    return { users, rssMb: mb(rss), ...heap, dmChannelsCached };
  };
  // Idle keep-alive sockets close after ~5 s; RSS then still moves a little: median of 3 reads.
  const settled = async (users: string) => {
    const reads = [await point(users, 5_000), await point(users, 1_000), await point(users, 1_000)];
    return reads.sort((a, b) => a.rssMb - b.rssMb)[1] as Awaited<ReturnType<typeof point>>;
  };
  const idle = await settled("0 (idle)");
  // discord.js's client-side limit of 50 requests/s only paces; it does not change what is kept.
  bot.client.rest.options.globalRequestsPerSecond = 1_000_000;
  const [users, step] = quick ? [2_000, 400] : [10_000, 2_000];
  const points = [];
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
