import type { Count, ReportData } from "../store/report-data.ts";
import { commandLabel, formatMs, formatWhen, questionLabel } from "./format.ts";

/** The report as plain text for the terminal. */
export function reportText(data: ReportData): string {
  const t = data.totals;
  const lines = [
    `askme usage: last ${data.days} days (${data.from.slice(0, 10)} to ${data.to.slice(0, 10)}, UTC)`,
    `  answers   ${t.answers} (${t.abstained} not covered by the profile), from ${t.askers} people`,
    `  feedback  ${t.up} up, ${t.down} down`,
    `  latency   p50 ${formatMs(data.latencyMs.p50)}, p95 ${formatMs(data.latencyMs.p95)}`,
    `  tokens    ${t.promptTokens} prompt (${t.cachedPromptTokens} cached), ${t.completionTokens} completion`,
    "",
    "Questions the profile could not answer:",
    ...orNone(
      data.unanswered.map((q) => `  ${String(q.count).padStart(4)}x  ${oneLine(questionLabel(q))}`),
    ),
    "",
    "Answers voted down:",
    ...orNone(
      data.downvoted.map(
        (a) =>
          `  ${formatWhen(a.at)}  ${commandLabel(a)}  [${a.sources.join(", ")}]  ${a.down} down  ${oneLine(questionLabel(a))}`,
      ),
    ),
    "",
    `Most asked sections: ${countList(data.topSections)}`,
    `Most cited entries:  ${countList(data.topEntries)}`,
  ];
  return `${lines.join("\n")}\n`;
}

function orNone(lines: string[]): string[] {
  return lines.length > 0 ? lines : ["  none"];
}

function countList(counts: Count[]): string {
  return counts.length > 0 ? counts.map((c) => `${c.id} ${c.count}`).join(", ") : "none";
}

// Stored question text may hold newlines; one question stays on one line.
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").slice(0, 120);
}
