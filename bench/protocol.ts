/**
 * The IPC protocol between a suite and the fake Discord's process (bench/discord-process.ts); the
 * load's reports are what bench/discord-load.ts returns. Every timestamp in a reply is
 * performance.now() there: one clock for delivery and answers.
 */
import type { FakeDiscord } from "../tests/fakes/discord/index.ts";
import type { Track } from "./fake-tracker.ts";

/** What the bot needs to log in to the fake. */
export type FakeInfo = Pick<FakeDiscord, "apiUrl" | "token" | "applicationId" | "guildId">;

/** A slash command to send (e.g. `/projects`, `/ask question:…`). */
export type Invocation = { name: string; options?: Record<string, string> };

/** The pace of the fake LLM's answer: first token after `firstTokenMs`, then a chunk every `chunkMs`. */
export type Pace = { firstTokenMs: number; chunkMs: number; chunkSize: number; text: string };

/** What a suite asks of the fake Discord's process. */
export type Command =
  /** `count` interactions cycling through `invocations`, at `rate` a second or as one burst. */
  | { type: "interactions"; invocations: Invocation[]; count: number; rate?: number | undefined }
  /** `users` new users (ids from `userBase`) DM the bot `turns` times, `concurrency` waiting at once. */
  | { type: "dms"; users: number; turns: number; concurrency: number; userBase: number }
  | ({ type: "openai" } & Pace)
  /** `/ask`s one after another, answered by the fake LLM. */
  | { type: "ask-llm"; count: number; question: string }
  | { type: "close" };

/** When the fake LLM was asked for one completion and wrote it (`*TokenAt`: content chunks). */
export interface LlmCall {
  llmRequestAt: number;
  firstTokenAt?: number;
  /** The chunk that showed the first sentence complete: a full stop, then the next word. */
  sentenceAt?: number;
  lastTokenAt?: number;
  /** The response's end ([DONE] written). */
  endAt?: number;
}

/** One `/ask` answered by the fake LLM: when it was delivered, streamed and edited. */
export type LlmAskTiming = Partial<LlmCall> & Track;

/** The process's answer to a command. */
export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };
