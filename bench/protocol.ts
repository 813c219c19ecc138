/**
 * The IPC protocol between a bench process and the fake Discord child (bench/discord-process.ts).
 * Every timestamp in a reply is performance.now() in the child: one clock for delivery and acks.
 */

/** What the bot needs to log in to the fake. */
export interface FakeInfo {
  apiUrl: string;
  token: string;
  applicationId: string;
  guildId: string;
}

export interface Invocation {
  name: string;
  options?: Record<string, string>;
}

export type Command =
  | {
      type: "interactions";
      /** Slash commands to send, cycled through (e.g. `/projects`, `/ask question:…`). */
      invocations: Invocation[];
      count: number;
      /** Interactions per second; omitted: a burst, all sent back to back. */
      rate?: number;
      /** For /ask: also wait (at most this long) for each answer's edit of @original. */
      answerWaitMs?: number;
    }
  | { type: "dms"; users: number; turns: number; concurrency: number; userBase: number }
  | { type: "openai"; firstTokenMs: number; chunkMs: number; chunkSize: number; text: string }
  | { type: "ask-llm"; count: number; question: string }
  | { type: "stats" }
  | { type: "close" };

export interface InteractionsReport {
  sent: number;
  /** Delivery to first accepted callback, ms, for each acknowledged interaction. */
  ackMs: number[];
  /** Callbacks rejected with 10062 because they came after the fake's 3 s expiry. */
  expired: number;
  /** Neither acknowledged nor rejected by the deadline. */
  unanswered: number;
  firstDeliveredAt: number;
  lastDeliveredAt: number;
  lastAckAt: number;
  /** For /ask: delivery to the first edit of @original (the answer), ms. */
  answerMs?: number[];
  lastAnswerAt?: number;
  /** Deferred interactions whose final answer had not been edited in yet when this reported. */
  awaitingAnswer: number;
  /** For /ask: how many times each answered interaction's @original was edited. */
  editsPerAnswer?: number[];
}

export interface DmReport {
  replies: number;
  timeouts: number;
  durationMs: number;
  /** Message delivery to the bot's reply reaching the fake, ms. */
  replyMs: number[];
  typing: number;
}

export interface LlmAskTiming {
  deliveredAt: number;
  ackAt?: number;
  llmRequestAt?: number;
  firstTokenAt?: number;
  lastTokenAt?: number;
  /** The response's end ([DONE] written). */
  endAt?: number;
  edits: { at: number; final: boolean }[];
}

export interface Stats {
  rss: number;
  heapUsed: number;
  requests: number;
}

export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };
