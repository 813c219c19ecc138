/**
 * Acknowledgement latency and throughput through the real discord.js client: gateway delivery to
 * the first callback at the fake Discord (in its own process), for section commands and for
 * offline `/ask` (answered in its first response); paced at 200/s, and in bursts of 300 and 3,000.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { type BenchBot, withBot } from "./bot.ts";
import type { InteractionsReport, Invocation } from "./protocol.ts";
import { median, round, summarize } from "./stats.ts";
import { defineSuite, type Figure, info, judged, table } from "./suite.ts";

/** One run of load, and how it was acknowledged (ms from delivery). */
export interface AckPhase {
  phase: string;
  kind: "section" | "ask";
  /** Interactions a second, or "burst". */
  rate: number | "burst";
  sent: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Acknowledged per second, from the first delivery to the last ack. */
  ackedPerSec: number;
  expired: number;
  unanswered: number;
}

const ASK_QUESTIONS = [
  "Where did you get your PhD?",
  "What is Backdraft?",
  "Which venue published Backdraft?",
  "What performance does machnet get?",
  "What is your date of birth?",
];

async function measure({ discord, core }: BenchBot, quick: boolean): Promise<AckPhase[]> {
  const invocations = {
    section: core.engine.knowledge.sections.map((s): Invocation => ({ name: s.id })),
    ask: ASK_QUESTIONS.map((question): Invocation => ({ name: "ask", options: { question } })),
  };
  const send = (kind: AckPhase["kind"], count: number, rate?: number) =>
    discord.call<InteractionsReport>({
      type: "interactions",
      invocations: invocations[kind],
      count,
      ...(rate && { rate }),
    });
  // Warm-up (JIT, connection pools): a cold process drains bursts at about half the warm rate.
  await send("section", 200, 100);
  await send("section", 3000);
  await send("ask", 300);
  await sleep(1_000);
  const phases: AckPhase[] = [];
  const record = async (kind: AckPhase["kind"], count: number, rate?: number, i = 0) => {
    const r = await send(kind, count, rate);
    const label = `${kind}, ${rate ? `${rate}/s` : `burst ${count}`}${i ? ` (#${i})` : ""}`;
    const ackedPerSec = round((r.ackMs.length / (r.lastAckAt - r.firstDeliveredAt)) * 1000);
    const { expired, unanswered } = r;
    const row = { phase: label, kind, rate: rate ?? ("burst" as const), sent: count };
    phases.push({ ...row, ...summarize(r.ackMs), ackedPerSec, expired, unanswered });
    await sleep(500);
  };
  const runs = quick ? 1 : 3;
  for (const kind of ["section", "ask"] as const) {
    for (let i = 1; i <= runs; i++) await record(kind, quick ? 600 : 2000, 200, i);
    for (let i = 1; i <= runs; i++) await record(kind, 300, undefined, i);
    await record(kind, 3000);
  }
  return phases;
}

function figures(phases: AckPhase[]): Figure[] {
  return (["section", "ask"] as const).flatMap((kind) => {
    const label =
      kind === "ask" ? "/ask (offline, answered in the first response)" : "section command";
    const of = (rate: AckPhase["rate"], sent?: number) =>
      phases.filter((p) => p.kind === kind && p.rate === rate && (!sent || p.sent === sent));
    const runs = (values: number[]) => `median of ${values.join(", ")}`;
    const paced = of(200).map((p) => p.p99);
    const p99 = round(median(paced));
    const ack = `${p99} ms (${runs(paced)}; p50 ${round(median(of(200).map((p) => p.p50)))})`;
    const bursts = of("burst", 300).map((p) => p.ackedPerSec);
    const rate = round(median(bursts));
    const drain = `${rate}/s (${runs(bursts)})`;
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
  });
}

export default defineSuite({
  key: "ack",
  limitS: 300,
  run: ({ quick }) => withBot((b) => measure(b, quick)),
  figures,
  details: (phases) => [
    "### Acknowledgements (ms from gateway delivery to first callback)",
    table(phases.map(({ kind, rate, ...row }) => row)),
  ],
});
