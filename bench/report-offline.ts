/** Detail tables for the offline suites: retrieval, tokens and heap. */
import type { Results } from "./figures.ts";
import { table } from "./md-table.ts";

export function offlineDetails(r: Results): string[] {
  const out: string[] = [];
  if (r.retrieval) {
    out.push("### Retrieval and offline answers (ms per question)");
    out.push(
      table(
        [
          "profile",
          "entries",
          "questions",
          "search p50",
          "search p99",
          "answer p50",
          "answer p99",
          "index build",
          "YAML parse",
        ],
        r.retrieval.profiles.map((p) => [
          p.label,
          p.entries,
          p.questions,
          p.search.p50,
          p.search.p99,
          p.offlineAnswer.p50,
          p.offlineAnswer.p99,
          p.buildIndexMs,
          p.parseYamlMs,
        ]),
      ),
    );
  }
  if (r.tokens) {
    out.push(
      "### Prompt tokens (gpt-tokenizer, o200k_base, gpt-4o-mini chat framing) and context recall",
    );
    const rows = r.tokens.flatMap((t) =>
      [t, ...t.sweep].map((x) => [
        t.label,
        x.contextBudget,
        x.promptTokens.p50,
        x.promptTokens.p95,
        x.promptTokens.max,
        `${x.contextTokensReal.p50} (est. ${x.contextTokensEstimated.p50})`,
        x.entriesInContext.p50,
        `${Math.round(x.recall * 1000) / 10}%`,
        x.misses.slice(0, 5).join(" ") || "—",
      ]),
    );
    out.push(
      table(
        [
          "profile",
          "budget",
          "prompt p50",
          "p95",
          "max",
          "context p50 (chars/4 est.)",
          "entries",
          "recall",
          "misses",
        ],
        rows,
      ),
    );
    for (const t of r.tokens) {
      out.push(
        `${t.label}: ${t.questions} questions; rules and headline ${t.rulesTokens} tokens; whole-file baseline ${t.baselineTokens} tokens (${t.yamlBytes} bytes of YAML), ${t.baselineRatio}× the median prompt.${t.entryRecall !== null ? ` Target entry in the prompt: ${Math.round(t.entryRecall * 1000) / 10}%.` : ""}`,
      );
    }
  }
  if (r.heap) {
    out.push("### Heap over many offline answers (after a full GC)");
    out.push(
      table(
        ["profile", "answers", "heap MB (warm-up, then every 10,000)", "growth KB", "answers/s"],
        r.heap.map((h) => [h.label, h.answers, h.heapMb.join(" → "), h.growthKb, h.answersPerSec]),
      ),
    );
  }
  return out;
}
