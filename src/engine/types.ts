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
}

/** What every front end gets back for a question, in either mode. */
export interface AnswerResult {
  answer: string;
  /** True exactly when the answer says the profile does not cover the question. */
  abstained: boolean;
  sources: Source[];
  mode: "llm" | "offline";
  usage?: Usage;
  /** Set when the LLM was tried and failed, so the offline answer was given instead. */
  fallback?: "llm-error" | "llm-timeout" | "llm-unavailable";
}

/** A prior exchange in a conversation, oldest first. */
export interface Turn {
  question: string;
  answer: string;
}

/** Streamed progress of an answer: text as it comes, then the final result. */
export type AnswerEvent =
  | { type: "delta"; text: string }
  /** The text streamed so far must be discarded (e.g. the LLM broke off and we fell back). */
  | { type: "reset" }
  | { type: "done"; result: AnswerResult };
