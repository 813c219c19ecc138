import type { Draft } from "./draft.ts";
import { shorten } from "./phrases.ts";
import type { Dropped } from "./provenance.ts";

/** What an import took and what it left out, for the owner to review. */
export interface ImportReport {
  mode: "offline" | "llm";
  sections: number;
  entries: number;
  leftOut: string[];
  dropped: Dropped[];
  /** Why the LLM was not used after all, when it was asked for. */
  fallback?: string;
}

/** Counts a draft's sections and entries. */
export function countDraft(draft: Draft): { sections: number; entries: number } {
  return {
    sections: draft.sections.length,
    entries: draft.sections.reduce((n, s) => n + s.entries.length, 0),
  };
}

// Left-out lines are many in a README full of badges; every dropped value is always named.
const LEFT_OUT_SHOWN = 8;

/**
 * One line: "6 sections, 16 entries; left out: 2 lines (…); dropped as not in the source:
 * 1 value (…)".
 */
export function formatSummary(report: ImportReport): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const list = (items: string[], max = items.length) => {
    if (items.length === 0) return "";
    const shown = items.slice(0, max).join("; ");
    const more = items.length > max ? `; and ${items.length - max} more` : "";
    return ` (${shown}${more})`;
  };
  const leftOut = report.leftOut.map((l) => `"${shorten(l, 60)}"`);
  const dropped = report.dropped.map((d) => {
    const missing = d.missing.length ? ` [${d.missing.join(", ")}]` : "";
    return `${d.where}: "${shorten(d.value, 60)}"${missing}`;
  });
  return [
    `${plural(report.sections, "section")}, ${plural(report.entries, "entry", "entries")}`,
    `left out: ${plural(report.leftOut.length, "line")}${list(leftOut, LEFT_OUT_SHOWN)}`,
    `dropped as not in the source: ${plural(report.dropped.length, "value")}${list(dropped)}`,
  ].join("; ");
}
