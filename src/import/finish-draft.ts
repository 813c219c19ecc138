import type { Entry, Section } from "../knowledge/schema.ts";
import { KIND_DESCRIPTIONS, KIND_TITLES, type Kind } from "./classify.ts";
import type { EntryDraft } from "./entry-draft.ts";
import { IdRegistry, RESERVED_SECTION_IDS } from "./ids.ts";
import { shorten } from "./phrases.ts";

/** An entry as the knowledge file has it. */
export type DraftEntry = Entry;

/** A section as the knowledge file has it. */
export type DraftSection = Section;

/** A section being drafted: its title, kind and entries, before ids and limits. */
export interface SectionPlan {
  title: string;
  kind?: Kind | undefined;
  /** Further kinds its heading names ("Grants & awards"), for its description. */
  also?: Kind[];
  entries: EntryDraft[];
  /** The rows of one table: one list of one kind of thing, kept together. */
  rows?: boolean;
  /** What the section holds in words of its own, when its kind's words would say more. */
  description?: string;
}

const MAX_SECTIONS = 20;
const MAX_ENTRIES = 100;
const MAX_TAGS = 30;
const MAX_LINKS = 10;

/** At most 20 sections of at most 100 entries: overflow goes to sections of its own. */
export function fitLimits(plans: SectionPlan[]): SectionPlan[] {
  const split = plans.flatMap((plan) => {
    const parts: SectionPlan[] = [];
    for (let i = 0; i < plan.entries.length; i += MAX_ENTRIES) {
      parts.push({ ...plan, entries: plan.entries.slice(i, i + MAX_ENTRIES) });
    }
    return parts;
  });
  if (split.length <= MAX_SECTIONS) return split;
  const kept = split.slice(0, MAX_SECTIONS - 1);
  const rest = split.slice(MAX_SECTIONS - 1).flatMap((p) => p.entries);
  kept.push({ title: "More", entries: rest.slice(0, MAX_ENTRIES) });
  return kept;
}

/**
 * "Compute Express Link (CXL)" written once in the source: entries that use one form get the
 * other as a tag, so a question in either form finds them.
 */
export function addAcronymTags(plans: SectionPlan[], source: string): void {
  const pairs: [string, string][] = [];
  const defined = /((?:\p{Lu}[\p{L}-]*\s+){1,6}\p{Lu}[\p{L}-]*)\s+\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)/gu;
  for (const m of source.matchAll(defined)) {
    const [long, short] = [m[1] ?? "", m[2] ?? ""];
    const words = long.split(/\s+/);
    // Keep as many trailing words as the acronym has letters: "… across the Compute Express Link".
    const expansion = words.slice(-Math.max(short.length, 2)).join(" ");
    if (expansion[0]?.toUpperCase() === short[0]) pairs.push([expansion, short]);
  }
  const has = (text: string, term: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "iu").test(text);
  for (const entry of plans.flatMap((p) => p.entries)) {
    const text = [entry.title, entry.summary, entry.details ?? ""].join(" ");
    for (const [long, short] of pairs) {
      if (has(text, short) && !has(text, long)) entry.tags.push(long);
      if (has(text, long) && !has(text, short)) entry.tags.push(short);
    }
  }
}

/** The description of a section of one kind or more: "Grants & awards" says both. */
function describeKinds(kinds: Kind[]): string {
  let out = "";
  for (const kind of new Set(kinds)) {
    const next = out ? `${out}; ${KIND_DESCRIPTIONS[kind]}` : KIND_DESCRIPTIONS[kind];
    if (next.length > 100) break;
    out = next;
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The sections as the knowledge file has them: ids claimed, titles and tags within limits. */
export function finish(plans: SectionPlan[]): DraftSection[] {
  const ids = new IdRegistry();
  const sections = plans.map((plan) => {
    const title = shorten(plan.title || (plan.kind ? KIND_TITLES[plan.kind] : "More"), 100);
    const own = plan.description !== undefined;
    const preferred =
      plan.kind && !own && ids.free(plan.kind, RESERVED_SECTION_IDS) ? plan.kind : title;
    return {
      id: ids.claim(preferred, plan.kind ?? "section", RESERVED_SECTION_IDS),
      title,
      // A description listing entry names would make every entry answer to its siblings' names.
      description:
        plan.description ?? (plan.kind ? describeKinds([plan.kind, ...(plan.also ?? [])]) : title),
      plan,
    };
  });
  return sections.map(({ plan, ...section }) => ({
    ...section,
    entries: plan.entries.map((e) => finishEntry(e, ids)),
  }));
}

function finishEntry(entry: EntryDraft, ids: IdRegistry): DraftEntry {
  const title = shorten(entry.title, 256);
  const seen = new Set([title.toLowerCase()]);
  const tags = entry.tags
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= 60 && !/^\d+$/.test(t))
    .filter((t) => {
      const key = t.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_TAGS);
  const urls = new Set<string>();
  const links = entry.links
    .filter((l) => isHttpUrl(l.url) && !urls.has(l.url) && urls.add(l.url))
    .map((l) => ({ label: shorten(l.label || new URL(l.url).hostname, 100), url: l.url }))
    .slice(0, MAX_LINKS);
  return {
    id: ids.claim(entry.name ?? entry.title, "entry"),
    title,
    summary: entry.summary,
    ...(entry.details ? { details: entry.details } : {}),
    ...(entry.venue ? { venue: shorten(entry.venue, 100) } : {}),
    ...(entry.year !== undefined && entry.year >= 1900 && entry.year <= 2100
      ? { year: entry.year }
      : {}),
    ...(entry.role ? { role: shorten(entry.role, 100) } : {}),
    ...(tags.length ? { tags } : {}),
    ...(links.length ? { links } : {}),
  };
}

function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
