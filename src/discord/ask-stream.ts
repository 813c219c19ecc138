import type { RepliableInteraction } from "discord.js";
import type { AnswerEvent, AnswerResult } from "../engine/types.ts";
import type { Logger } from "../logger.ts";
import { editOriginal } from "./respond.ts";
import { CONTENT_LIMIT, truncate } from "./split.ts";

/** How often a streaming answer may edit its message; Discord rate-limits edits. */
export const EDIT_INTERVAL_MS = 1000;

/**
 * Shows a streamed answer in a deferred interaction reply: edits as text arrives, at most one edit
 * a second and never two at once. Returns the result; the caller sends the final message.
 */
export async function streamToInteraction(
  interaction: RepliableInteraction,
  events: AsyncIterable<AnswerEvent>,
  log: Logger,
  intervalMs = EDIT_INTERVAL_MS,
): Promise<AnswerResult> {
  let text = "";
  let shown = "";
  let lastEdit = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;
  let result: AnswerResult | undefined;

  const edit = () => {
    shown = text;
    lastEdit = Date.now();
    inFlight = editOriginal(interaction, { content: truncate(`${text} …`, CONTENT_LIMIT) })
      .catch((err) => log.warn({ err: String(err) }, "streaming edit failed"))
      .finally(() => {
        inFlight = undefined;
      });
  };

  // An edit waits one turn of the event loop: when the answer is already complete (offline, or a
  // fallback) the final message replaces it, and the needless edit is never sent.
  let pending: NodeJS.Immediate | undefined;
  for await (const event of events) {
    if (event.type === "done") {
      result = event.result;
      clearImmediate(pending);
      continue;
    }
    text = event.text;
    const due = Date.now() - lastEdit >= intervalMs;
    if (text.trim() && text !== shown && due && !inFlight && !pending) {
      pending = setImmediate(() => {
        pending = undefined;
        edit();
      });
    }
  }
  await inFlight;
  if (!result) throw new Error("answer stream ended without a result");
  return result;
}
