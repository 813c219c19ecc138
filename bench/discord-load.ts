/** The load the fake Discord's process sends the bot: interactions, LLM `/ask`s and DMs. */
import { setTimeout as sleep } from "node:timers/promises";
import {
  chatInputInteraction,
  dmChannelIdFor,
  type FakeDiscord,
} from "../tests/fakes/discord/index.ts";
import type { Tracker } from "./fake-tracker.ts";
import type { TimedOpenAI } from "./openai-timing.ts";
import type { Command, LlmAskTiming } from "./protocol.ts";

type Of<T extends Command["type"]> = Extract<Command, { type: T }>;
/** What the load is sent through: the fake, the tracker on it, and the fake LLM once started. */
export type Fakes = { fake: FakeDiscord; tracker: Tracker; llm?: TimedOpenAI };

// A new user (19-digit ids, away from the fake's fixed ones) for every interaction and DM, so
// the per-user rate limit (5 questions a minute) never turns load into refusals.
let interactionUsers = 1_191_000_000_000_000_000n;
const nextUser = () => (interactionUsers++).toString();
const dmUser = (n: number) => (1_190_000_000_000_000_000n + BigInt(n)).toString();
// In pairs: a 2-turn conversation asks a question and then a follow-up.
const DM_QUESTIONS = [
  "Where did you get your PhD?",
  "Who were your advisors?",
  "What is Backdraft?",
  "Where was it published?",
  "What are your research areas?",
  "What did you do on machnet?",
];

/** Sends interactions, paced from this process's timer or back to back, and times their acks. */
export async function sendInteractions({ fake, tracker }: Fakes, cmd: Of<"interactions">) {
  const { invocations, count, rate } = cmd;
  tracker.forget();
  const payloads = Array.from({ length: count }, (_, i) => {
    const { name, options } = invocations[i % invocations.length] ?? { name: "help" };
    return chatInputInteraction({ name, userId: nextUser(), ...(options && { options }) });
  });
  let sent = 0;
  const sendUpTo = (due: number) => {
    for (; sent < Math.min(due, count); sent++) {
      tracker.track(fake.sendInteraction(payloads[sent] as (typeof payloads)[number]));
    }
  };
  // Paced: the i-th interaction goes out at start + i / rate.
  const start = performance.now();
  if (!rate) sendUpTo(count);
  while (sent < count) {
    sendUpTo(Math.floor(((performance.now() - start) * (rate ?? 0)) / 1000) + 1);
    await sleep(1);
  }
  // Discord expires an interaction 3 s after delivery; a late callback is counted as expired.
  await tracker.until(
    () => tracker.count.acked + tracker.count.expired >= count,
    10_000 + 2 * count,
  );
  const tracks = [...tracker.interactions.values()];
  const acks = tracks.flatMap((t) => (t.ackAt === undefined ? [] : [[t.deliveredAt, t.ackAt]]));
  return {
    sent: count,
    /** Delivery to first accepted callback, ms, for each acknowledged interaction. */
    ackMs: acks.map(([delivered = 0, ack = 0]) => ack - delivered),
    expired: tracker.count.expired,
    /** Neither acknowledged nor expired by the deadline. */
    unanswered: count - acks.length - tracker.count.expired,
    firstDeliveredAt: tracks[0]?.deliveredAt ?? 0,
    lastAckAt: Math.max(...acks.map(([, ack = 0]) => ack)),
  };
}

/** Sequential `/ask`s against the timed fake LLM: when tokens left it, when edits arrived. */
export async function askLlm({ fake, tracker, llm }: Fakes, { count, question }: Of<"ask-llm">) {
  if (!llm) throw new Error("start the fake OpenAI first");
  const out: LlmAskTiming[] = [];
  for (let i = 0; i < count; i++) {
    tracker.forget();
    const call = llm.log.length;
    const ask = { name: "ask", userId: nextUser(), options: { question } };
    const t = tracker.track(fake.sendInteraction(chatInputInteraction(ask)));
    await tracker.until(() => tracker.count.finals >= 1, 20_000);
    out.push({ ...llm.log[call], ...t, edits: [...t.edits] });
    await sleep(100);
  }
  return out;
}

/** New users DM the bot, `turns` questions each, each waiting for its reply before the next. */
export async function runDms({ fake, tracker }: Fakes, cmd: Of<"dms">) {
  const start = performance.now();
  const { requests, typing } = tracker.count;
  const report = { sent: 0, replies: 0, replyMs: [] as number[] };
  let next = 0;
  const user = async () => {
    for (let n = next++; n < cmd.users; n = next++) {
      const authorId = dmUser(cmd.userBase + n);
      for (let turn = 0; turn < cmd.turns; turn++) {
        const reply = tracker.nextMessage(dmChannelIdFor(authorId), 20_000);
        const sentAt = performance.now();
        const content = DM_QUESTIONS[(n * cmd.turns + turn) % DM_QUESTIONS.length] ?? "Hi";
        fake.sendMessage({ content, authorId, guild: false });
        report.sent++;
        const at = await reply;
        if (at === undefined) break; // a timeout: this user asks no more
        report.replies++;
        report.replyMs.push(at - sentAt);
      }
    }
  };
  await Promise.all(Array.from({ length: cmd.concurrency }, user));
  return {
    ...report,
    timeouts: report.sent - report.replies,
    durationMs: performance.now() - start,
    requests: tracker.count.requests - requests,
    typing: tracker.count.typing - typing,
  };
}

/** How the bot acknowledged a run of interactions. */
export type InteractionsReport = Awaited<ReturnType<typeof sendInteractions>>;
/** How the bot answered a run of DMs: replies (ms from message delivery), REST requests, typing. */
export type DmReport = Awaited<ReturnType<typeof runDms>>;
