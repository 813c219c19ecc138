/** The load the fake Discord child generates: paced or burst interactions, and LLM /asks. */
import { setTimeout as sleep } from "node:timers/promises";
import { chatInputInteraction, type FakeDiscord } from "../tests/fakes/discord/index.ts";
import type { Tracker } from "./fake-tracker.ts";
import type { TimedOpenAI } from "./openai-timing.ts";
import type { Command, InteractionsReport, LlmAskTiming } from "./protocol.ts";

type Of<T extends Command["type"]> = Extract<Command, { type: T }>;

// One new user (19-digit id, away from the fake's fixed ones and from bench/dm-load.ts's) per
// interaction, so the per-user rate limit (5 questions a minute) never turns load into refusals.
const INTERACTION_USER_BASE = 1_191_000_000_000_000_000n;
let interactionUsers = 0n;
const nextUser = () => (INTERACTION_USER_BASE + interactionUsers++).toString();

export async function sendInteractions(
  fake: FakeDiscord,
  tracker: Tracker,
  cmd: Of<"interactions">,
): Promise<InteractionsReport> {
  tracker.forget();
  const payloads = Array.from({ length: cmd.count }, (_, i) => {
    const inv = cmd.invocations[i % cmd.invocations.length] ?? { name: "help" };
    return chatInputInteraction({
      name: inv.name,
      userId: nextUser(),
      ...(inv.options && { options: inv.options }),
    });
  });
  const delivered: number[] = [];
  const send = (i: number) => {
    const d = fake.sendInteraction(payloads[i] as (typeof payloads)[number]);
    tracker.track(d.id, d.token, d.deliveredAt);
    delivered.push(d.deliveredAt);
  };
  if (cmd.rate) {
    // Paced from this process's own timer: the i-th interaction goes out at start + i / rate.
    const start = performance.now();
    const rate = cmd.rate;
    let i = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.min(
          cmd.count,
          Math.floor(((performance.now() - start) * rate) / 1000) + 1,
        );
        while (i < due) send(i++);
        if (i >= cmd.count) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
  } else {
    for (let i = 0; i < cmd.count; i++) send(i);
  }
  // Discord expires an interaction 3 s after delivery; a late callback is counted as expired.
  await tracker.until(() => tracker.acked + tracker.expired >= cmd.count, 10_000 + 2 * cmd.count);
  if (cmd.answerWaitMs) {
    await tracker.until(() => tracker.finals >= tracker.acked, cmd.answerWaitMs);
  }
  const tracks = [...tracker.interactions.values()];
  const acked = tracks.filter((t) => t.ackAt !== undefined);
  const report: InteractionsReport = {
    sent: cmd.count,
    ackMs: acked.map((t) => (t.ackAt as number) - t.deliveredAt),
    expired: tracker.expired,
    unanswered: cmd.count - acked.length - tracker.expired,
    firstDeliveredAt: delivered[0] ?? 0,
    lastDeliveredAt: delivered.at(-1) ?? 0,
    lastAckAt: Math.max(...acked.map((t) => t.ackAt as number)),
    awaitingAnswer: acked.filter((t) => t.deferred && !t.edits.some((e) => e.final)).length,
  };
  if (cmd.answerWaitMs) {
    const finals = acked.flatMap((t) => {
      if (t.answeredAt !== undefined)
        return [{ ms: t.answeredAt - t.deliveredAt, at: t.answeredAt, edits: 0 }];
      const final = t.edits.find((e) => e.final);
      return final ? [{ ms: final.at - t.deliveredAt, at: final.at, edits: t.edits.length }] : [];
    });
    report.answerMs = finals.map((f) => f.ms);
    report.lastAnswerAt = Math.max(...finals.map((f) => f.at));
    report.editsPerAnswer = finals.map((f) => f.edits);
  }
  return report;
}

/** Sequential `/ask`s against the timed fake LLM: when tokens left it, when edits arrived. */
export async function askLlm(
  fake: FakeDiscord,
  tracker: Tracker,
  llm: TimedOpenAI,
  cmd: Of<"ask-llm">,
): Promise<LlmAskTiming[]> {
  const out: LlmAskTiming[] = [];
  for (let i = 0; i < cmd.count; i++) {
    tracker.forget();
    const before = llm.log.length;
    const options = { question: cmd.question };
    const payload = chatInputInteraction({ name: "ask", userId: nextUser(), options });
    const d = fake.sendInteraction(payload);
    const t = tracker.track(d.id, d.token, d.deliveredAt);
    await tracker.until(() => tracker.finals >= 1, 20_000);
    const call = llm.log[before];
    out.push({
      deliveredAt: t.deliveredAt,
      ...(t.ackAt !== undefined && { ackAt: t.ackAt }),
      ...(call && {
        llmRequestAt: call.requestAt,
        ...(call.firstTokenAt !== undefined && { firstTokenAt: call.firstTokenAt }),
        ...(call.lastTokenAt !== undefined && { lastTokenAt: call.lastTokenAt }),
        ...(call.endAt !== undefined && { endAt: call.endAt }),
      }),
      edits: [...t.edits],
    });
    await sleep(100);
  }
  return out;
}
