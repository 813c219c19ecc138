/**
 * Acknowledgement latency and throughput through the real discord.js client: delivery on the
 * gateway to the first callback at the fake Discord (which runs in its own process), for section
 * commands and for `/ask` (offline, answered in its first response); paced at 200/s and in bursts.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { startBenchBot } from "./bot.ts";
import { startDiscordProcess } from "./discord-control.ts";
import type { InteractionsReport, Invocation } from "./protocol.ts";
import { median, round, roundSummary, type Summary, summarize } from "./stats.ts";

export interface AckPhase {
  name: string;
  kind: "section" | "ask";
  sent: number;
  rate: number | null;
  ack: Summary;
  expired: number;
  unanswered: number;
  /** Acknowledged per second, from the first delivery to the last ack. */
  drainPerSec: number;
  drainMs: number;
  answers?: { answered: number; answer: Summary; perSec: number; editsPerAnswer: number };
  /** Deferred interactions still without their answer when the phase ended. */
  awaitingAnswer: number;
}

const ASK_QUESTIONS = [
  "Where did you get your PhD?",
  "What is Backdraft?",
  "Which venue published Backdraft?",
  "What performance does machnet get?",
  "What is your date of birth?",
];

function phase(
  name: string,
  kind: "section" | "ask",
  rate: number | null,
  r: InteractionsReport,
): AckPhase {
  const drainMs = r.lastAckAt - r.firstDeliveredAt;
  const out: AckPhase = {
    name,
    kind,
    sent: r.sent,
    rate,
    ack: roundSummary(summarize(r.ackMs)),
    expired: r.expired,
    unanswered: r.unanswered,
    drainPerSec: round((r.ackMs.length / drainMs) * 1000),
    drainMs: round(drainMs),
    awaitingAnswer: r.awaitingAnswer,
  };
  if (r.answerMs && r.lastAnswerAt !== undefined) {
    out.answers = {
      answered: r.answerMs.length,
      answer: roundSummary(summarize(r.answerMs)),
      perSec: round((r.answerMs.length / (r.lastAnswerAt - r.firstDeliveredAt)) * 1000),
      editsPerAnswer: median(r.editsPerAnswer ?? []),
    };
  }
  return out;
}

export async function run(options: { quick?: boolean } = {}): Promise<AckPhase[]> {
  const discord = await startDiscordProcess();
  const { core, bot } = await startBenchBot(discord.info);
  try {
    const sections: Invocation[] = core.engine.knowledge.sections.map((s) => ({ name: s.id }));
    const asks: Invocation[] = ASK_QUESTIONS.map((question) => ({
      name: "ask",
      options: { question },
    }));
    const seconds = options.quick ? 3 : 10;
    const send = (invocations: Invocation[], count: number, rate?: number, answerWaitMs?: number) =>
      discord.call<InteractionsReport>({
        type: "interactions",
        invocations,
        count,
        ...(rate && { rate }),
        ...(answerWaitMs && { answerWaitMs }),
      });
    // Warm-up (JIT, connection pools): a cold process drains bursts at about half the warm rate.
    await send(sections, 200, 100);
    await send(sections, 3000);
    await send(asks, 100, undefined, 30_000);
    await sleep(1_000);

    const phases: AckPhase[] = [];
    const runs = options.quick ? 1 : 3;
    const record = async (
      name: string,
      kind: "section" | "ask",
      rate: number | null,
      report: Promise<InteractionsReport>,
    ) => {
      phases.push(phase(name, kind, rate, await report));
      await sleep(500);
    };
    for (let i = 1; i <= runs; i++) {
      await record(`section, 200/s (#${i})`, "section", 200, send(sections, 200 * seconds, 200));
    }
    for (let i = 1; i <= runs; i++) {
      await record(`section, burst 300 (#${i})`, "section", null, send(sections, 300));
    }
    await record("section, burst 3000", "section", null, send(sections, 3000));
    // Each /ask burst waits for its answers (in the first response offline, as edits with an LLM),
    // so the next starts with nothing queued.

    for (let i = 1; i <= runs; i++) {
      await record(`ask, burst 300 (#${i})`, "ask", null, send(asks, 300, undefined, 60_000));
    }
    // Sustained /ask load outruns answer delivery, so these two share a growing edit backlog.
    await record("ask, 200/s", "ask", 200, send(asks, 200 * seconds, 200));
    await record("ask, burst 3000", "ask", null, send(asks, 3000));
    return phases;
  } finally {
    await bot.stop().catch(() => {});
    await discord.close();
  }
}
