import type { AnswerResult } from "../engine/types.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import { entrySourceLine } from "./entry.ts";
import type { ButtonView, OutgoingMessage } from "./message.ts";
import { voiceOf } from "./voice.ts";

/** The sources line under an answer, or nothing when it cites none. */
export function sourcesLine(result: AnswerResult): string {
  if (result.sources.length === 0) return "";
  return `**Sources:** ${result.sources.map((s) => s.title).join(" · ")}`;
}

/** The final text of an answer: the answer, then its sources. */
export function answerText(result: AnswerResult): string {
  return [result.answer, sourcesLine(result)].filter(Boolean).join("\n\n");
}

/** What the buttons under an answer do; their ids carry the stored answer's id. */
export type AnswerAction = "up" | "down" | "sources";

// Custom ids carry the stored answer's id, so the buttons keep working after a restart.
const PREFIX: Record<AnswerAction, string> = {
  up: "askme:up:",
  down: "askme:down:",
  sources: "askme:src:",
};
/** The answer id of an answer that was not recorded. */
export const UNRECORDED = "-";

/**
 * A free-form answer as a message: the text, its sources, and 👍 👎 Sources buttons; with
 * `quoted`, the first line of the question it answers above it.
 */
export function answerMessage(
  result: AnswerResult,
  answerId: string | undefined,
  quoted?: string,
): OutgoingMessage {
  const id = answerId ?? UNRECORDED;
  const buttons: ButtonView[] = [
    { id: `${PREFIX.up}${id}`, label: "Helpful", emoji: "👍", style: "secondary" },
    { id: `${PREFIX.down}${id}`, label: "Not helpful", emoji: "👎", style: "secondary" },
    { id: `${PREFIX.sources}${id}`, label: "Sources", style: "secondary" },
  ];
  const text = answerText(result);
  return {
    content: quoted ? `${quoteLine(quoted)}\n${text}` : text,
    suppressEmbeds: result.mode === "llm" || quoted !== undefined,
    buttons,
  };
}

const QUOTE_LENGTH = 150;

/**
 * Someone else's words, quoted as one inert line: the first line, cut short, with Markdown,
 * mention syntax and links made plain text, so quoting never formats, pings or links anything.
 */
export function quoteLine(text: string): string {
  const first = text.trim().split("\n")[0] ?? "";
  const short = first.length > QUOTE_LENGTH ? `${first.slice(0, QUOTE_LENGTH - 1)}…` : first;
  const inert = short
    .replace(/<(@[!&]?|#)(\d+)>/g, "$1$2")
    .replace(/@(everyone|here)\b/gi, "@\u200b$1")
    .replace(/https?:\/\//gi, (scheme) => scheme.replace("://", ":\u200b//"))
    .replace(/[\\`*_~|>#[\]()-]/g, (c) => `\\${c}`);
  return `> ${inert}`;
}

/** Reads an answer button's id back: what it does and which answer it belongs to. */
export function parseAnswerButton(
  customId: string,
): { action: AnswerAction; answerId: string } | undefined {
  for (const action of Object.keys(PREFIX) as AnswerAction[]) {
    if (customId.startsWith(PREFIX[action]))
      return { action, answerId: customId.slice(PREFIX[action].length) };
  }
  return undefined;
}

/** The entries an answer cited, with their links; private to the person who asked for them. */
export function sourcesMessage(ids: string[] | undefined, knowledge: Knowledge): OutgoingMessage {
  const profile = voiceOf(knowledge).possessive;
  if (ids === undefined)
    return { content: "The sources of that answer are no longer kept.", ephemeral: true };
  if (ids.length === 0)
    return { content: `That answer didn't cite any entry of ${profile} profile.`, ephemeral: true };
  const lines = ids.map((id) => {
    for (const section of knowledge.sections) {
      const entry = section.entries.find((e) => e.id === id);
      if (entry) return entrySourceLine({ entry, section });
    }
    return `• ${id} (no longer in ${profile} profile)`;
  });
  return { embeds: [{ title: "Sources", description: lines.join("\n") }], ephemeral: true };
}
