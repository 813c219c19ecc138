/** Notes on the Discord-facing figures: burst drain, /ask answer delivery, DM throughput. */
import type { Results } from "./figures.ts";
import { at, has } from "./source.ts";
import { median, round } from "./stats.ts";

export function discordNotes(r: Results): string[] {
  const out: string[] = [];
  for (const kind of ["section", "ask"] as const) {
    const bursts = r.ack?.filter((p) => p.kind === kind && p.sent === 300 && p.rate === null) ?? [];
    const rate = median(bursts.map((b) => b.drainPerSec));
    if (!bursts.length || rate >= 2000) continue;
    const viewCached = has("src/present/views.ts", /WeakMap|cache/i);
    out.push(
      `**Burst of 300 ${kind === "ask" ? "/ask" : "section commands"} drained at ${round(rate)}/s (runs: ${bursts.map((b) => b.drainPerSec).join(", ")}).** ` +
        "The bot spends ~0.35–0.5 ms of one core per interaction, most of it in discord.js (gateway JSON, interaction structures, REST through undici) and GC (~16% of CPU; `node --import tsx --cpu-prof bench/profile-burst.ts section`, then `tsx bench/profile-summary.ts`). A cold process drains its first burst at about half the warm rate, and other processes on these 2 cores move this figure a lot. " +
        (viewCached
          ? ""
          : `Avoidable per-interaction work in src/: ${at("src/present/views.ts", "export function sectionView")} re-renders the whole section on every command (\`renderEntry\` → \`same()\` runs a Unicode regex twice per entry): cache the view per section object. `) +
        `Two pino child loggers are built per interaction even at LOG_LEVEL=warn (${at("src/discord/interactions.ts", "const log = deps.logger.child")}).`,
    );
  }
  const answered = (r.ack ?? []).flatMap((p) => (p.answers ? [p.answers] : []));
  const perSec = round(median(answered.map((a) => a.perSec)));
  const edits = median(answered.map((a) => a.editsPerAnswer));
  if (answered.length && edits >= 2) {
    out.push(
      `**Each offline /ask costs ${edits} edits of @original.** ${at("src/discord/ask-stream.ts", "const due =")}: a streaming edit goes out on the first \`progress\` event even when \`done\` follows at once (offline answers, fallbacks), then the final edit replaces it. **Fix:** send the streaming edit from \`setImmediate\` and cancel it when \`done\` arrives first; LLM streaming is unchanged (its next event needs I/O).`,
    );
  }
  const sustained = r.ack?.find((p) => p.kind === "ask" && p.rate === 200);
  if (answered.length && sustained && sustained.awaitingAnswer > 0.05 * sustained.sent) {
    const deferred = has("src/discord/interactions.ts", /await interaction\.deferReply\(\)/);
    out.push(
      `**/ask answers are delivered at ${perSec}/s at most, so sustained /ask load outruns them:** after 10 s at 200/s, ${sustained.awaitingAnswer} of ${sustained.sent} interactions still had no answer, and that queue (with its memory) grows for as long as the load lasts. ` +
        "The answer is an edit of @original through the interaction webhook, and discord.js paces those with its client-side global limit of 50 requests/s, although Discord exempts interaction endpoints from the global limit; the initial callback is not paced (it is acknowledged at thousands per second). " +
        (deferred
          ? `**Fix:** in offline mode, answer /ask in the initial response instead of \`deferReply\` + edit (${at("src/discord/interactions.ts", "await interaction.deferReply()")}): offline answers take well under a millisecond, so there is nothing to wait for, and the callback is not rate limited by discord.js. Keep defer + streaming edits for the LLM.`
          : "**Fix:** answer offline /asks in the initial response, not by editing a deferred one."),
    );
  }
  const m = r.memory;
  if (m && m.defaultLimit.repliesPerSec < 40) {
    out.push(
      `**DM answers are capped at ${m.defaultLimit.repliesPerSec}/s** by discord.js's global 50 requests/s (Discord's real limit for channel messages), ${m.defaultLimit.typingRequests} typing requests for ${m.defaultLimit.dms} answers: ${at("src/discord/messages.ts", "const stopTyping = keepTyping")} sends typing before every answer, even offline ones that take under a millisecond. **Fix:** start typing only if the answer is not ready after ~300 ms.`,
    );
  }
  return out;
}
