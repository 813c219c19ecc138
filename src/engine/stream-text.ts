import type { Llm } from "./llm.ts";
import { type ChatMessage, NOT_COVERED } from "./prompt.ts";
import type { Usage } from "./types.ts";

/** The model's raw text so far, or how it ended. */
export type TextEvent =
  | { type: "text"; raw: string }
  | { type: "end"; raw: string; finishReason: string | null; refusal: boolean; usage?: Usage };

/** Accumulates the model's stream into raw text snapshots. */
export async function* streamText(llm: Llm, messages: ChatMessage[], signal: AbortSignal) {
  let raw = "";
  for await (const chunk of llm.stream(messages, signal)) {
    if (chunk.type === "end") {
      const { type: _, ...end } = chunk;
      yield { type: "end", raw, ...end } satisfies TextEvent;
      return;
    }
    raw += chunk.text;
    yield { type: "text", raw } satisfies TextEvent;
  }
}

// Withheld while streaming, so a half-written link, tag or marker is never shown.
const HOLD_BACK = 24;

/**
 * The part of an unfinished answer that may be shown: nothing while it may still turn out to be
 * the not-covered marker, and never the last few characters or an unclosed <think> block.
 */
export function visiblePart(raw: string): string {
  const head = raw.trimStart();
  if (head.startsWith(NOT_COVERED) || NOT_COVERED.startsWith(head)) return "";
  const open = raw.toLowerCase().lastIndexOf("<think>");
  const upTo = open >= 0 && raw.toLowerCase().indexOf("</think>", open) < 0 ? open : raw.length;
  const cut = Math.max(0, Math.min(upTo, raw.length - HOLD_BACK));
  const space = raw.lastIndexOf(" ", cut);
  return space > 0 ? raw.slice(0, space) : "";
}
