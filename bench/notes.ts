/**
 * Notes on bottlenecks for the report: each is written only when its evidence shows in this run,
 * and points at the code by file and line (looked up now, so edits to src/ do not leave it stale).
 */
import type { Results } from "./figures.ts";
import { discordNotes } from "./notes-discord.ts";
import { memoryNote } from "./notes-memory.ts";
import { at } from "./source.ts";
import { round } from "./stats.ts";

export function notes(r: Results): string[] {
  const out: string[] = [];
  const large = r.retrieval?.profiles.find((x) => x.label === "large");
  if (large && large.search.p99 >= 0.8) {
    const verdict = large.search.p99 >= 1 ? "over" : "just under";
    out.push(
      `**Retrieval p99 ${large.search.p99} ms on the large profile, ${verdict} the 1 ms target (runs: ${large.searchP99Runs.join(", ")} ms; p50 ${large.search.p50} ms).** Profile it with \`node --import tsx --cpu-prof\` on a loop of \`createRetriever(...).search\` and \`tsx bench/profile-summary.ts\`.`,
    );
  }
  out.push(...discordNotes(r));
  const m = r.memory;
  const memory = m && memoryNote(m, r.startup);
  if (memory) out.push(memory);
  const t = r.tokens?.find((x) => x.label === "large");
  if (t) {
    const flat = t.sweep.filter((x) => x.contextBudget >= 1000);
    const p50s = flat.map((x) => x.promptTokens.p50);
    const capped =
      flat.length > 1 && Math.max(...p50s) - Math.min(...p50s) <= 0.02 * Math.max(...p50s);
    out.push(
      `**How the context budget applies:** LLM_CONTEXT_TOKENS (here ${t.contextBudget}) bounds only the profile entries, estimated at 4 characters a token (${at("src/engine/prompt.ts", "export function estimateTokens")}; real o200k count ${t.contextTokensReal.p50} vs estimated ${t.contextTokensEstimated.p50} at the median), not the rules and headline (${t.rulesTokens} tokens) or the question. ` +
        (capped
          ? `On the large profile it never binds: \`selectContext\` only ranks the retriever's hits, and \`search\` returns at most 8 (${at("src/engine/retrieve.ts", "search(question, limit = 8)")}), so budgets from 1,000 to 3,000 give the same prompts (${flat.map((x) => `${x.contextBudget}: p50 ${x.promptTokens.p50}`).join(", ")}). The prompt size is set by the hit limit; the whole file goes in only while it fits the budget (the shipped profile always does).`
          : "The sweep above shows how the prompt follows the budget."),
    );
  }
  const o = r.askOverhead;
  if (o) {
    out.push(
      `**/ask streaming:** the first edit comes ${o.firstTokenToFirstEditMs.p50} ms after the LLM's first token; ${o.holdBackMs} ms of that is by design (${at("src/engine/stream-text.ts", "const HOLD_BACK")}: 24 characters are held back, at this pace ${o.holdBackMs / o.pace.chunkMs} chunks), so the bot's own overhead is ~${round(o.firstTokenToFirstEditMs.p50 - o.holdBackMs)} ms. The final edit follows the end of the stream by ${o.streamEndToFinalEditMs.p50} ms (the fake sends its finish chunk ${o.pace.chunkMs} ms after the last token).`,
    );
  }
  return out;
}
