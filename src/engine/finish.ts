import type { Guarded } from "../guard/output.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import { citedSources, soundsLikeAbstention } from "./citations.ts";
import { type ClaimCheck, unsupportedNote } from "./claims.ts";
import { detectLanguage, languageName } from "./language.ts";
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
  "llm-unsupported": "The language model's answer went beyond what my profile says",
};

/** An offline answer given in place of the LLM's, saying why. */
export function asFallback(offline: AnswerResult, why: FallbackReason): AnswerResult {
  const note = `_(${FALLBACK_NOTES[why]}, so this comes straight from my profile.)_`;
  return { ...offline, answer: `${note}\n\n${offline.answer}`, fallback: why };
}

/**
 * An offline answer to a question clearly in another language than the profile's: it stays in
 * the profile's language, and one line says so.
 */
export function withLanguageNote(
  result: AnswerResult,
  question: string,
  knowledge: Knowledge,
  profileLanguage: string | undefined,
): AnswerResult {
  const asked = detectLanguage(question);
  if (!asked || !profileLanguage || asked === profileLanguage) return result;
  const { voice, name } = knowledge.person;
  const whose =
    voice === "first-person" ? "my profile is" : `${name ? `${name}'s profile` : "the profile"} is`;
  const note = `_(Your question looks like ${languageName(asked)}; ${whose} in ${languageName(profileLanguage)}, so this answer is too.)_`;
  return { ...result, answer: `${note}\n\n${result.answer}` };
}

// A leaking answer is replaced by the plain abstention: it says nothing and points back to the profile.
export function withheld(knowledge: Knowledge): AnswerResult {
  return { ...abstention(knowledge), mode: "llm" };
}

/**
 * Turns a finished stream into the answer: claim-checked and guarded, with fixed texts for
 * refusals and cut-offs. Undefined when no sentence of it survives the claim check.
 */
export function finishLlmAnswer(
  end: StreamEnd,
  guard: (raw: string) => Guarded,
  knowledge: Knowledge,
  context: Doc[],
  check: ClaimCheck,
): AnswerResult | undefined {
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
  if (guarded.text.startsWith(NOT_COVERED) || guarded.text === "") {
    // The model's own words for "not covered" are used only when they invent nothing.
    const said = guarded.text.slice(NOT_COVERED.length).trim();
    const own = said && soundsLikeAbstention(said) && check.check(said, true).dropped === 0;
    const answer = own ? said : abstention(knowledge).answer;
    return { answer, abstained: true, sources: [], mode: "llm", ...usage };
  }
  const checked = check.check(end.raw, true);
  if (!checked.survived) return undefined;
  let text = guard(checked.text).text;
  if (checked.dropped > 0) text += `\n\n${unsupportedNote(knowledge)}`;
  if (end.finishReason === "length") text += "\n\n_(This answer was cut short.)_";
  return {
    answer: text,
    abstained: soundsLikeAbstention(text),
    sources: citedSources(text, context),
    mode: "llm",
    ...usage,
  };
}
