/**
 * Acknowledgement latency and throughput through the real discord.js client: gateway delivery to
 * the first callback at the fake Discord (in its own process), for section commands and for
 * offline `/ask` (answered in its first response); paced at 200/s, and in bursts of 300 and 3,000.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { type BenchBot, withBot } from "./bot.ts";
import type { InteractionsReport } from "./discord-load.ts";
import type { Invocation } from "./protocol.ts";
import { median, medianOf, round, summarize } from "./stats.ts";
import { defineSuite, info, judged, table } from "./suite.ts";

const KINDS = ["section", "ask"] as const;
const ASK_QUESTIONS = [
  "Where did you get your PhD?",
  "What is Backdraft?",
  "Which venue published Backdraft?",
  "What performance does machnet get?",
  "What is your date of birth?",
];

async function measure({ discord, core }: BenchBot, quick: boolean) {
  const invocations = {
    section: core.engine.knowledge.sections.map((s): Invocation => ({ name: s.id })),
    ask: ASK_QUESTIONS.map((question): Invocation => ({ name: "ask", options: { question } })),
  };
  const send = (kind: (typeof KINDS)[number], count: number, rate?: number) => {
    const cmd = { type: "interactions", invocations: invocations[kind], count, rate } as const;
    return discord.call<InteractionsReport>(cmd);
  };
  // Warm-up (JIT, connection pools): a cold process drains bursts at about half the warm rate.
  await send("section", 200, 100);
  await send("section", 3000);
  await send("ask", 300);
  await sleep(1_000);
  const record = async (kind: (typeof KINDS)[number], sent: number, rate?: number, i = 0) => {
    const r = await send(kind, sent, rate);
    const phase = `${kind}, ${rate ? `${rate}/s` : `burst ${sent}`}${i ? ` (#${i})` : ""}`;
    const ackedPerSec = round((r.ackMs.length / (r.lastAckAt - r.firstDeliveredAt)) * 1000);
    const { expired, unanswered } = r;
    const row = { phase, kind, rate: rate ?? ("burst" as const), sent, ...summarize(r.ackMs) };
    await sleep(500);
    return { ...row, ackedPerSec, expired, unanswered };
  };
  const phases: Awaited<ReturnType<typeof record>>[] = [];
  const runs = quick ? 1 : 3;
  for (const kind of KINDS) {
    for (let i = 1; i <= runs; i++) phases.push(await record(kind, quick ? 600 : 2000, 200, i));
    for (let i = 1; i <= runs; i++) phases.push(await record(kind, 300, undefined, i));
    phases.push(await record(kind, 3000));
  }
  return phases;
}

export default defineSuite({
  key: "ack",
  limitS: 300,
  run: ({ quick }) => withBot((b) => measure(b, quick)),
  figures: (phases) =>
    KINDS.flatMap((kind) => {
      const label =
        kind === "ask" ? "/ask (offline, answered in the first response)" : "section command";
      const of = (rate: number | "burst", sent?: number) =>
        phases.filter((p) => p.kind === kind && p.rate === rate && (!sent || p.sent === sent));
      const paced = of(200).map((p) => p.p99);
      const p99 = round(median(paced));
      const ack = `${p99} ms (${medianOf(paced)}; p50 ${round(median(of(200).map((p) => p.p50)))})`;
      const bursts = of("burst", 300).map((p) => p.ackedPerSec);
      const rate = round(median(bursts));
      const drain = `${rate}/s (${medianOf(bursts)})`;
      return [
        judged(`Ack p99 at 200/s, ${label}`, "< 20 ms", ack, p99 < 20),
        judged(`Burst of 300 drained, ${label}`, "≥ 2,000/s", drain, rate >= 2000),
        ...of("burst", 3000).map((p) =>
          info(
            `Burst of 3,000 drained, ${label}`,
            `${p.ackedPerSec}/s, p99 ack ${p.p99} ms, ${p.expired} expired, ${p.unanswered} unanswered`,
          ),
        ),
      ];
    }),
  details: (phases) => [
    "### Acknowledgements (ms from gateway delivery to first callback)",
    table(phases.map(({ kind, rate, ...row }) => row)),
  ],
});
