/** The headline figures: each result against its target (PASS/MISS), or for information. */
import type { AckPhase } from "./ack.ts";
import type { AskOverheadResult } from "./ask-overhead.ts";
import { loadFigures, processFigures } from "./figures-discord.ts";
import type { HeapResult } from "./heap.ts";
import type { MemoryResult } from "./memory.ts";
import type { RetrievalSuite } from "./retrieval.ts";
import type { StartupSuite } from "./startup.ts";
import { round } from "./stats.ts";
import type { TokenProfileResult } from "./tokens.ts";

export interface Results {
  ack?: AckPhase[];
  askOverhead?: AskOverheadResult;
  retrieval?: RetrievalSuite;
  tokens?: TokenProfileResult[];
  memory?: MemoryResult;
  heap?: HeapResult[];
  startup?: StartupSuite;
}

export interface Figure {
  figure: string;
  target: string;
  result: string;
  status: "PASS" | "MISS" | "info" | "n/a";
}

export type AddFigure = (
  figure: string,
  target: string,
  result: string,
  status: Figure["status"] | boolean,
) => void;

export function figures(r: Results): Figure[] {
  const rows: Figure[] = [];
  const add: AddFigure = (figure, target, result, status) => {
    const judged = typeof status === "boolean" ? (status ? "PASS" : "MISS") : status;
    rows.push({ figure, target, result, status: judged });
  };
  loadFigures(r, add);
  offlineFigures(r, add);
  processFigures(r, add);
  return rows;
}

function offlineFigures(r: Results, add: AddFigure): void {
  const large = r.retrieval?.profiles.find((x) => x.label === "large");
  if (large) {
    const s = large.search;
    const runs = `median of ${large.searchP99Runs.join(", ")}`;
    add(
      "Retrieval p99, large profile",
      "< 1 ms",
      `${s.p99} ms (${runs}; p50 ${s.p50}; ${large.entries} entries)`,
      s.p99 < 1,
    );
    const a = large.offlineAnswer;
    add("Offline answer p50 / p99, large profile", "(info)", `${a.p50} / ${a.p99} ms`, "info");
  } else add("Retrieval p99, large profile", "< 1 ms", "not measured", "n/a");
  const shipped = r.retrieval?.profiles.find((x) => x.label === "shipped");
  if (shipped) {
    const s = shipped.search;
    add("Retrieval p50 / p99, shipped profile", "(info)", `${s.p50} / ${s.p99} ms`, "info");
  }
  const t = r.tokens?.find((x) => x.label === "large");
  if (t) {
    const p = t.promptTokens;
    add(
      "Prompt tokens, large profile (budget 1,500)",
      "≤ 1,500",
      `max ${p.max}, p50 ${p.p50}`,
      p.max <= 1500,
    );
    add(
      "Context recall, large profile",
      "≥ 95%",
      `${round(t.recall * 100)}% of ${t.questions} questions`,
      t.recall >= 0.95,
    );
    const base = `${t.baselineTokens} vs ${p.p50} tokens = ${t.baselineRatio}×`;
    add("Whole-file baseline vs prompt (median)", "≥ 30×", base, t.baselineRatio >= 30);
  } else add("Prompt tokens / recall, large profile", "≤ 1,500 at ≥ 95%", "not measured", "n/a");
  const ts = r.tokens?.find((x) => x.label === "shipped");
  if (ts) {
    const text = `p50 ${ts.promptTokens.p50}, recall ${round(ts.recall * 100)}%, baseline ${ts.baselineTokens} (${ts.baselineRatio}×)`;
    add("Prompt tokens / recall, shipped profile (eval set)", "(info)", text, "info");
  }
  const h = r.heap?.find((x) => x.label === "shipped");
  if (h) {
    const text = `${h.growthKb} KB (${h.heapMb.join(" → ")} MB)`;
    add(
      `Heap growth over ${h.answers.toLocaleString("en")} offline answers`,
      "bounded (< 1 MB)",
      text,
      h.growthKb < 1024,
    );
  }
}
