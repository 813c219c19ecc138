import type { RepliableInteraction } from "discord.js";
import { DeliveryError } from "../errors.ts";
import type { ReplyChannel } from "../flow/types.ts";
import type { Logger } from "../logger.ts";
import { errorSummary } from "./api-errors.ts";
import { editOriginal, respond } from "./respond.ts";
import { CONTENT_LIMIT, truncate } from "./split.ts";

/** How often a streaming answer may edit its message; Discord rate-limits edits. */
export const EDIT_INTERVAL_MS = 1000;

/**
 * An interaction as a reply channel: acknowledging defers it, progress edits the deferred reply
 * at most once a second and never two edits at once, and the final message replaces it.
 */
export function interactionReply(
  interaction: RepliableInteraction,
  log: Logger,
  intervalMs = EDIT_INTERVAL_MS,
): ReplyChannel {
  let shown = "";
  let latest = "";
  let lastEdit = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;
  let finished = false;
  // An edit waits at least one turn of the event loop: when the answer is already complete (a
  // fallback) the final message replaces it, and the needless edit is never sent.
  let pending: NodeJS.Immediate | undefined;
  // Text that arrives between edits is shown when the interval is up, not dropped.
  let timer: NodeJS.Timeout | undefined;

  const schedule = () => {
    if (finished || pending || timer || inFlight || !interaction.deferred) return;
    if (!latest.trim() || latest === shown) return;
    const wait = lastEdit + intervalMs - Date.now();
    if (wait <= 0) pending = setImmediate(edit);
    else
      timer = setTimeout(() => {
        timer = undefined;
        schedule();
      }, wait);
  };
  const edit = () => {
    pending = undefined;
    shown = latest;
    lastEdit = Date.now();
    inFlight = editOriginal(interaction, { content: truncate(`${latest} …`, CONTENT_LIMIT) })
      .catch((err) => log.warn({ err: String(err) }, "streaming edit failed"))
      .finally(() => {
        inFlight = undefined;
        schedule();
      });
  };

  return {
    async acknowledge() {
      try {
        await interaction.deferReply();
      } catch (err) {
        throw new DeliveryError(errorSummary(err));
      }
    },
    progress(text) {
      // Shown only on an acknowledged (deferred) reply; otherwise the final message is the first.
      latest = text;
      schedule();
    },
    async finish(message) {
      finished = true;
      clearImmediate(pending);
      clearTimeout(timer);
      await inFlight;
      await respond(interaction, message);
    },
    async refuse(text) {
      // A slash command must be answered; the refusal is private, so repeating it spams nobody.
      await respond(interaction, { content: text, ephemeral: true });
    },
  };
}
