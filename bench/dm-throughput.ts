/**
 * DM throughput offline, through the real discord.js client with its default limit of 50 requests
 * a second: 10,000 new users each send one DM, 50 waiting for their reply at a time, in 5 runs of
 * 2,000. REST requests per DM (the reply alone: an offline answer shows no typing) and replies
 * per second, medians of the runs.
 */
import { type BenchBot, withBot } from "./bot.ts";
import type { DmReport } from "./discord-load.ts";
import { median, medianOf, round, summarize } from "./stats.ts";
import { defineSuite, judged, table } from "./suite.ts";

const WAITING = 50;

async function measure({ discord }: BenchBot, quick: boolean) {
  const send = (users: number, userBase: number) =>
    discord.call<DmReport>({ type: "dms", users, turns: 1, concurrency: WAITING, userBase });
  await send(100, 1_000_000); // warm-up: JIT and keep-alive connections
  const [runs, users] = quick ? [3, 300] : [5, 2_000];
  const out = [];
  for (let i = 0; i < runs; i++) {
    const { sent: dms, replies, timeouts, requests, typing, ...r } = await send(users, i * users);
    const [s, reply] = [r.durationMs / 1000, summarize(r.replyMs)];
    const counts = { dms, timeouts, requests, typing, seconds: round(s) };
    const rates = { requestsPerDm: round(requests / dms), repliesPerSec: round(replies / s) };
    out.push({ ...counts, ...rates, replyP50Ms: reply.p50, replyP99Ms: reply.p99 });
  }
  return out;
}

type DmRun = Awaited<ReturnType<typeof measure>>[number];
const total = (runs: DmRun[], f: (r: DmRun) => number) => runs.reduce((s, r) => s + f(r), 0);

export default defineSuite({
  key: "dmThroughput",
  limitS: 300,
  run: ({ quick }) => withBot((b) => measure(b, quick)),
  figures: (runs) => {
    const label = `${total(runs, (r) => r.dms)} DM users, ${WAITING} waiting at a time, offline`;
    const perDm = round(median(runs.map((r) => r.requestsPerDm)));
    const perSec = round(median(runs.map((r) => r.repliesPerSec)));
    const requests = `${perDm.toFixed(2)} (${medianOf(runs.map((r) => r.requestsPerDm))})`;
    const replies = `${perSec}/s (${medianOf(runs.map((r) => r.repliesPerSec))})`;
    return [
      judged(`REST requests per DM, ${label}`, "1.0", requests, perDm <= 1),
      judged(`DM replies per second, ${label}`, "≥ 45/s", replies, perSec >= 45),
    ];
  },
  details: (runs) => [
    "### DM throughput (offline; discord.js's default limit of 50 requests/s; one DM per user)",
    table(runs),
  ],
  notes: (runs) => {
    const [typing, dms] = [total(runs, (r) => r.typing), total(runs, (r) => r.dms)];
    const note = `**Offline DMs send typing** (${typing} requests for ${dms} DMs), each counted against discord.js's 50 requests/s: typing should show only while an LLM answer is written (\`acknowledge\` in src/discord/messages.ts, called from src/flow/answer-question.ts).`;
    return typing ? [note] : [];
  },
});
