import type { Entry, Section } from "../knowledge/schema.ts";

/** An entry as retrieval sees it: the entry plus the section it sits in. */
export interface Doc {
  entry: Entry;
  section: Section;
}

/** An entry an answer drew on. */
export interface Source {
  id: string;
  title: string;
}

/** Token counts reported by the LLM provider. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** Prompt tokens the server served from its prefix cache, where it reports them. */
  cachedPromptTokens?: number;
}

/** What every front end gets back for a question, in either mode. */
export interface AnswerResult {
  answer: string;
  /** True exactly when the answer says the profile does not cover the question. */
  abstained: boolean;
  sources: Source[];
  mode: "llm" | "offline";
  usage?: Usage;
  /** Set when the LLM could not be used, so the offline answer was given instead. */
  fallback?: FallbackReason;
}

/**
 * Why an LLM-mode answer came from the offline engine; `llm-unsupported`: the model's answer held
 * no sentence the profile supports.
 */
export const FALLBACK_REASONS = [
  "llm-error",
  "llm-timeout",
  "llm-busy",
  "llm-budget",
  "llm-circuit-open",
  "llm-unsupported",
] as const;

/** Why an LLM-mode answer came from the offline engine. */
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** A prior exchange in a conversation, oldest first. */
export interface Turn {
  question: string;
  answer: string;
}

/**
 * Streamed progress of an answer: the whole (guarded) text so far, then the final result. A
 * progress text that does not extend the previous one replaces it (e.g. after a fallback).
 */
export type AnswerEvent =
  | { type: "progress"; text: string }
  | { type: "done"; result: AnswerResult };
