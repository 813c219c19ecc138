import type { Doc } from "../engine/types.ts";
import type { Entry } from "../knowledge/schema.ts";
import type { EmbedView } from "./message.ts";

/** The venue, year and role of an entry, as written in the file. */
function facts(entry: Entry) {
  return { venue: entry.venue, year: entry.year, role: entry.role };
}

/** What the entry says: its summary, then its details. */
export function entryBody(entry: Entry): string {
  return [entry.summary, entry.details].filter(Boolean).join(" ");
}

/** One entry as a line: bold title, its venue/year/role, then what it says. */
export function entryLine({ entry }: Doc): string {
  const { venue, year, role } = facts(entry);
  // Imported titles often carry their own year or venue ("PhD at X (2018)"): said once is enough.
  const unsaid = (v: string | number | undefined) =>
    v !== undefined && !entry.title.toLowerCase().includes(String(v).toLowerCase());
  const meta = [[venue, year].filter(unsaid).join(" "), role].filter(Boolean);
  const head = `**${entry.title}**${meta.length ? ` (${meta.join(", ")})` : ""}`;
  // Short entries ("CXL and memory systems.") only repeat their title.
  const body = entryBody(entry);
  if (same(body, entry.title)) return head;
  // A title cut from the text's first words ("By the time I retired…") would be said twice.
  const opening = entry.title.replace(/\s*(?:…|\.\.\.)$/u, "");
  if (opening.length >= 20 && body.toLowerCase().startsWith(opening.toLowerCase()))
    return meta.length ? `${body} (${meta.join(", ")})` : body;
  return `${head}: ${body}`;
}

/** One entry in full, as an embed: everything the file says about it. */
export function entryEmbed({ entry, section }: Doc): EmbedView {
  const { venue, year, role } = facts(entry);
  const meta = [
    venue && `**Venue:** ${venue}`,
    year && `**Year:** ${year}`,
    role && `**Role:** ${role}`,
  ].filter(Boolean);
  const parts = [meta.join(" · "), entry.summary, entry.details, linksLine(entry)];
  const embed: EmbedView = {
    title: entry.title,
    description: parts.filter(Boolean).join("\n\n"),
    footer: `${section.title} · ${entry.id}`,
  };
  const url = entry.links?.[0]?.url;
  return url ? { ...embed, url } : embed;
}

/** One entry as the model sees it: its id first, so it can cite it. */
export function entryPromptBlock({ entry, section }: Doc): string {
  const { venue, year, role } = facts(entry);
  const meta = [venue, year, role].filter(Boolean).join(", ");
  const lines = [
    `[${entry.id}] ${section.title} › ${entry.title}${meta ? ` (${meta})` : ""}`,
    entry.summary,
    entry.details,
    entry.links?.map((l) => `${l.label}: ${l.url}`).join("\n"),
  ];
  return lines.filter(Boolean).join("\n");
}

/** One entry in a list of an answer's sources: title, section, links, then its summary. */
export function entrySourceLine({ entry, section }: Doc): string {
  const links = linksLine(entry);
  return `• **${entry.title}** (${section.title})${links ? ` — ${links}` : ""}\n  ${entry.summary}`;
}

function linksLine(entry: Entry): string {
  return (entry.links ?? []).map((l) => `[${l.label}](${l.url})`).join(" · ");
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return norm(a) === norm(b);
}
