import { type Kind, kindOfEntry } from "./classify.ts";
import type { SourceLink } from "./markdown.ts";
import {
  findDateSpan,
  findNames,
  findPeople,
  findVenueYear,
  findYears,
  segmentsOf,
  splitNamed,
  splitRole,
  splitRunOn,
} from "./pieces.ts";
import { type Group, linksOf } from "./structure.ts";
import { chunkText, joinSentences, sentences, shorten, splitEmoji } from "./text.ts";

/** An entry on its way into the draft, before ids are given. */
export interface EntryDraft {
  /** The name it goes by ("qemu-cxl"), for its id and for merging repeats. */
  name?: string;
  title: string;
  summary: string;
  details?: string;
  venue?: string | undefined;
  year?: number | undefined;
  role?: string | undefined;
  tags: string[];
  links: SourceLink[];
  kind: Kind;
}

// A named line this short is a title as it stands ("qemu-lab — QEMU sandbox for experiments").
const WHOLE_TITLE = 120;
// An unnamed line this short is a title as it stands.
const SHORT_LINE = 90;
const TAGLINE = 80;
const SUMMARY_MAX = 1000;
const DETAILS_MAX = 2000;

interface Head {
  name?: string;
  title: string;
  /** What the line says beyond its title. */
  rest: string;
  venue?: string;
  year?: number;
  role?: string;
}

/** Reads an entry's first line: its name, title, venue and year, role, and the rest. */
export function readHead(text: string, lead?: string): Head {
  const named = splitNamed(text, lead);
  const body = named ? named.rest : text;
  const parts: { text: string; joiner: string }[] = [];
  for (const [i, segment] of segmentsOf(body).entries()) {
    for (const [j, sentence] of sentences(segment).entries()) {
      parts.push({ text: sentence, joiner: i > 0 && j === 0 ? " · " : " " });
    }
  }
  const head: Omit<Head, "title" | "rest"> = {};
  const kept: typeof parts = [];
  for (const part of parts) {
    let rest = part.text;
    // A venue and year, or a role, that stand as their own piece go to their own fields.
    if (!head.venue && (named || parts.length > 1)) {
      const vy = findVenueYear(rest);
      if (vy && vy.index === 0) {
        const after = splitRole(rest.slice(vy.text.length).replace(/^[\s,.;]+/, ""));
        if (!after.rest || after.role) {
          head.venue = vy.venue;
          head.year = vy.year;
          if (after.role) head.role = after.role;
          rest = after.rest;
        }
      }
    }
    if (!head.role && (named || parts.length > 1)) {
      const role = splitRole(rest);
      if (role.role) {
        head.role = role.role;
        rest = role.rest;
      }
    }
    if (rest) kept.push({ text: rest, joiner: part.joiner });
  }
  const lifted = Boolean(head.venue || head.role);
  if (!lifted && named && text.length <= WHOLE_TITLE) {
    return { name: named.name, title: text, rest: "" };
  }
  if (!lifted && !named) return leadOf(text);
  const join = (list: typeof parts) =>
    list
      .map((p, i) => (i === 0 ? p.text : `${p.joiner}${p.text}`))
      .join("")
      .trim();
  if (named) {
    let tagline: string | undefined;
    let rest = kept;
    const first = kept[0];
    if (first && first.text.length <= TAGLINE && kept.length > 1) {
      tagline = first.text.replace(/[.;,]$/, "");
      rest = kept.slice(1);
    } else if (first) {
      const runOn = splitRunOn(first.text);
      if (runOn) {
        tagline = runOn.tagline;
        rest = [{ text: runOn.rest, joiner: "" }, ...kept.slice(1)];
      }
    }
    const title = tagline ? `${named.name} — ${tagline}` : named.name;
    return { ...head, name: named.name, title, rest: join(rest) };
  }
  return { ...head, ...leadOf(join(kept) || text) };
}

/**
 * A line without a name: short, it is its own title; longer, its first clause is the title
 * and the whole line the summary, so that no fact is split between the two.
 */
function leadOf(text: string): { title: string; rest: string } {
  if (text.length <= SHORT_LINE) return { title: text, rest: "" };
  const clause = /^(.{12,80}?)(?:,\s|;\s|:\s|\s[—–]\s|\.\s)/u.exec(text);
  const title = clause?.[1] ?? shorten(text, 80);
  return { title: title.replace(/[.;,:]$/, ""), rest: text };
}

/** Builds the entry of a group of lines; text beyond one entry's limits goes on in more entries. */
export function buildEntries(group: Group): EntryDraft[] {
  const { emoji, rest: text } = splitEmoji(group.head.text);
  const lead = group.head.lead ? splitEmoji(group.head.lead).rest : undefined;
  const head = readHead(text, lead);
  const bodyTexts = group.body.map((l) => l.text).filter(Boolean);
  const own = head.rest ? [head.rest, ...bodyTexts] : bodyTexts;
  const full = joinSentences([text, ...bodyTexts]);
  const links = linksOf([group.head, ...group.body]);
  const kind = kindOfEntry(full, { emoji, name: head.name, links });

  const preset = group.preset ?? {};
  const venue = preset.venue ?? head.venue;
  const role = preset.role ?? head.role;
  const year = preset.year ?? head.year ?? yearOf(full, kind) ?? group.year;
  const tags = [
    ...(group.label ? [group.label] : []),
    ...findPeople(full),
    ...findNames(full).filter((n) => !head.title.includes(n)),
  ];
  // Each entry holds a summary and details; a longer text continues under the same title.
  const pieces = chunkText(joinSentences(own) || head.title, SUMMARY_MAX);
  const entries: EntryDraft[] = [];
  for (let i = 0; i < pieces.length; ) {
    const summary = pieces[i] as string;
    const details =
      pieces
        .slice(i + 1, i + 3)
        .join(" ")
        .slice(0, DETAILS_MAX) || undefined;
    i += details ? 3 : 1;
    entries.push({
      ...(head.name && entries.length === 0 ? { name: head.name } : {}),
      title: head.title,
      summary,
      ...(details ? { details } : {}),
      ...(venue ? { venue } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(role ? { role } : {}),
      tags: entries.length === 0 ? tags : [],
      links: entries.length === 0 ? links : [],
      kind,
    });
  }
  return entries;
}

/** The year an entry is about: when a degree was earned, when a job or anything else began, else the first named. */
function yearOf(text: string, kind: Kind): number | undefined {
  const span = findDateSpan(text);
  if (span) return kind === "education" ? (span.to ?? span.from) : span.from;
  if (kind === "publications") return findVenueYear(text)?.year ?? findYears(text)[0];
  // "Dead Ends (2022). … between 2015 and 2021 …": the year that comes first is the entry's.
  return findYears(text)[0];
}
