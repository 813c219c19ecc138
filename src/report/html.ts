import {
  type Count,
  REPORTED_SURFACES,
  type ReportData,
  type ReportedSurface,
} from "../store/report-data.ts";
import { stackedBarChart } from "./chart.ts";
import { commandLabel, escapeHtml as e, formatWhen, questionLabel } from "./format.ts";
import { REPORT_CSS } from "./style.ts";

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, no links out.
 * Key numbers carry `data-metric` attributes so tests (and scrapers) can read them back.
 */
// How each surface is named in the legend, and the CSS class that colours it.
const SURFACE_SERIES: Record<ReportedSurface, { name: string; className: string }> = {
  slash: { name: "slash commands", className: "slash" },
  mention: { name: "mentions", className: "mention" },
  dm: { name: "DMs", className: "dm" },
  menu: { name: "“Ask askme” on a message", className: "menu" },
  "user-app": { name: "user-installed app", className: "user-app" },
};

export function reportHtml(data: ReportData): string {
  const title = `askme usage: last ${data.days} days`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p class="period">${e(formatWhen(data.from))} to ${e(formatWhen(data.to))} UTC</p>
${cards(data)}
<section><h2>Answers per day</h2>
${stackedBarChart(
  "Answers per day by surface",
  REPORTED_SURFACES.map((surface) => SURFACE_SERIES[surface]),
  data.perDay.map((d) => ({ label: d.day, values: REPORTED_SURFACES.map((s) => d[s]) })),
)}
</section>
${unanswered(data)}
${downvoted(data)}
<div class="columns">
${countTable("Most asked sections", "Section", "section", data.topSections)}
${countTable("Most cited entries", "Entry", "entry", data.topEntries)}
</div>
<section><h2>LLM tokens per day</h2>
${stackedBarChart(
  "LLM tokens per day",
  [
    { name: "prompt", className: "prompt" },
    { name: "completion", className: "completion" },
  ],
  data.tokensPerDay.map((d) => ({ label: d.day, values: [d.prompt, d.completion] })),
)}
</section>
</main>
</body>
</html>
`;
}

function cards(data: ReportData): string {
  const t = data.totals;
  const card = (label: string, metric: string, value: number | null, unit = "") =>
    `<div class="card"><div class="label">${e(label)}</div><div class="value"><span data-metric="${metric}">${value ?? "–"}</span>${unit && value !== null ? `<span class="unit">${unit}</span>` : ""}</div></div>`;
  return `<section class="cards">
${card("Answers", "answers", t.answers)}
${card("Not covered", "abstained", t.abstained)}
${card("People", "askers", t.askers)}
${card("Voted up", "up", t.up)}
${card("Voted down", "down", t.down)}
${card("Latency p50", "latency-p50", data.latencyMs.p50, "ms")}
${card("Latency p95", "latency-p95", data.latencyMs.p95, "ms")}
${card("Prompt tokens", "prompt-tokens", t.promptTokens)}
${card("Cached prompt tokens", "cached-prompt-tokens", t.cachedPromptTokens)}
${card("Completion tokens", "completion-tokens", t.completionTokens)}
</section>`;
}

function unanswered(data: ReportData): string {
  const rows = data.unanswered.map(
    (q) =>
      `<tr><td${q.text === null ? ' class="hash"' : ""}>${e(questionLabel(q))}</td><td class="num" data-metric="unanswered-count">${q.count}</td><td>${e(formatWhen(q.lastAt))}</td></tr>`,
  );
  return table(
    `Questions the profile could not answer (<span data-metric="unanswered-groups">${rows.length}</span>)`,
    ["Question", "#Times", "Last asked"],
    rows,
    "Every question was covered.",
  );
}

function downvoted(data: ReportData): string {
  const rows = data.downvoted.map(
    (a) =>
      `<tr><td>${e(formatWhen(a.at))}</td><td>${e(commandLabel(a))}</td><td${a.text === null ? ' class="hash"' : ""}>${e(questionLabel(a))}</td><td>${e(a.sources.join(", ") || "none")}</td><td class="num" data-metric="downvoted-down">${a.down}</td><td class="num">${a.up}</td></tr>`,
  );
  return table(
    `Answers voted down (<span data-metric="downvoted-answers">${rows.length}</span>)`,
    ["When", "Where", "Question", "Sources", "#Down", "#Up"],
    rows,
    "No answer was voted down.",
  );
}

function countTable(heading: string, column: string, metric: string, counts: Count[]): string {
  const rows = counts.map(
    (c) =>
      `<tr><td>${e(c.id)}</td><td class="num" data-metric="${metric}-count" data-id="${e(c.id)}">${c.count}</td></tr>`,
  );
  return table(e(heading), [column, "#Answers"], rows, "Nothing yet.");
}

/**
 * A section with a table, or a short note when there are no rows. `heading` is trusted HTML;
 * a column name starting with "#" holds numbers and is right-aligned.
 */
function table(heading: string, columns: string[], rows: string[], empty: string): string {
  const head = columns
    .map((c) => (c.startsWith("#") ? `<th class="num">${e(c.slice(1))}</th>` : `<th>${e(c)}</th>`))
    .join("");
  const body =
    rows.length > 0
      ? `<table><thead><tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table>`
      : `<p class="empty">${e(empty)}</p>`;
  return `<section><h2>${heading}</h2>\n${body}\n</section>`;
}
