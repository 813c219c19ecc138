import type { Guarded } from "../guard/output.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import { citedSources, soundsLikeAbstention } from "./citations.ts";
import { abstention } from "./offline.ts";
import { NOT_COVERED } from "./prompt.ts";
import type { TextEvent } from "./stream-text.ts";
import type { AnswerResult, Doc, FallbackReason } from "./types.ts";

/** How a model's stream ended, with all its raw text. */
export type StreamEnd = Extract<TextEvent, { type: "end" }>;

const FALLBACK_NOTES: Record<FallbackReason, string> = {
  "llm-error": "The language model is unavailable right now",
  "llm-timeout": "The language model took too long",
  "llm-circuit-open": "The language model is unavailable right now",
  "llm-busy": "I'm answering a lot of questions right now",
  "llm-budget": "Today's budget for the language model is spent",
};

/** An offline answer given in place of the LLM's, saying why. */
export function asFallback(offline: AnswerResult, why: FallbackReason): AnswerResult {
  const note = `_(${FALLBACK_NOTES[why]}, so this comes straight from my profile.)_`;
  return { ...offline, answer: `${note}\n\n${offline.answer}`, fallback: why };
}

// A leaking answer is replaced by the plain abstention: it says nothing and points back to the profile.
export function withheld(knowledge: Knowledge): AnswerResult {
  return { ...abstention(knowledge), mode: "llm" };
}

/** Turns a finished stream into the answer: guarded, with fixed texts for refusals and cut-offs. */
export function finishLlmAnswer(
  end: StreamEnd,
  guard: (raw: string) => Guarded,
  knowledge: Knowledge,
  context: Doc[],
): AnswerResult {
  const usage = end.usage ? { usage: end.usage } : {};
  const guarded = guard(end.raw);
  if (guarded.leaked) return { ...withheld(knowledge), ...usage };
  if (end.refusal || end.finishReason === "content_filter") {
    return {
      answer: "I can't help with that one.",
      abstained: false,
      sources: [],
      mode: "llm",
      ...usage,
    };
  }
  let text = guarded.text;
  if (text.startsWith(NOT_COVERED) || text === "") {
    const said = text.slice(NOT_COVERED.length).trim();
    const answer = said && soundsLikeAbstention(said) ? said : abstention(knowledge).answer;
    return { answer, abstained: true, sources: [], mode: "llm", ...usage };
  }
  if (end.finishReason === "length") text += "\n\n_(This answer was cut short.)_";
  return {
    answer: text,
    abstained: soundsLikeAbstention(text),
    sources: citedSources(text, context),
    mode: "llm",
    ...usage,
  };
}
