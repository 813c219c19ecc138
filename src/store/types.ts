import type { QuestionStorage } from "../config.ts";
import type { Surface } from "../flow/types.ts";
import type { Logger } from "../logger.ts";
import type { ReportData } from "./report-data.ts";

/** A 👍 or 👎 on one answer. */
export type Vote = "up" | "down";

/** One answered question, as the front end knows it. */
export interface AnswerRecord {
  surface: Surface;
  /** "ask", a section id, "mention" or "dm". */
  command: string;
  /** Raw text; stored (redacted) only as the store's `storeQuestions` allows, else only hashed. */
  question: string;
  /** Raw Discord user id; only ever stored as a keyed hash. */
  userId: string;
  /** Ids of the entries the answer cited. */
  sources: string[];
  abstained: boolean;
  mode: "llm" | "offline";
  latencyMs: number;
  promptTokens?: number;
  completionTokens?: number;
  /** Prompt tokens the LLM server served from its prefix cache, where it reports them. */
  cachedPromptTokens?: number;
  /** When it was answered; now by default. */
  at?: Date;
}

/** What happened to a vote: counted, already cast by that user, for no known answer, or not stored. */
export type FeedbackResult = "recorded" | "duplicate" | "unknown" | "unavailable";

/** Usage records kept on disk; every method is a safe no-op when the database is unusable. */
export interface Store {
  /** Records an answer; returns a short url-safe id for it, or undefined when not recorded. */
  recordAnswer(record: AnswerRecord): string | undefined;
  /** Counts one vote per user per answer. */
  recordFeedback(answerId: string, userId: string, vote: Vote): FeedbackResult;
  /** The entry ids an answer cited, or undefined for an unknown answer. */
  answerSources(answerId: string): string[] | undefined;
  /** Everything the report needs about the last `days` days. */
  summary(days: number, now?: Date): ReportData;
  /** Deletes answers (and their feedback) older than the retention period; returns how many. */
  purgeExpired(now?: Date): number;
  /** False when the database could not be opened, so nothing is recorded. */
  readonly available: boolean;
  close(): void;
}

/** Where the store lives and what it may keep. */
export interface StoreOptions {
  dataDir: string;
  /** Which question texts to keep (redacted); the others are kept only as a keyed hash. */
  storeQuestions: QuestionStorage;
  retentionDays: number;
  logger: Logger;
  now?: () => Date;
  /** How long to wait for another process's lock before giving up; 5 s by default. */
  busyTimeoutMs?: number;
  /** How often expired rows are purged while open; hourly by default. */
  purgeIntervalMs?: number;
}
