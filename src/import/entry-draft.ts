import { type Kind, labelKind, weighKind } from "./classify.ts";
import { isDateOnly } from "./date-text.ts";
import { whereAndWhen } from "./field-line.ts";
import { readHead } from "./head.ts";
import type { SourceLink } from "./markdown.ts";
import { chunkText, joinSentences, sentences, spellEmoji, splitEmoji } from "./phrases.ts";
import {
  findDateSpan,
  findNames,
  findPeople,
  findVenueYear,
  findYears,
  segmentsOf,
} from "./pieces.ts";
import { type Group, linksOf } from "./structure.ts";

// A post held to this day, as prose tells it: "Since 2020 I have led the … group at …".
const HELD_SINCE =
  /^since (?:19|20)\d\d,? (?:I|she|he|they) (?:have|has) (?:been \w+ing|\w+ed|led|run|held)\b[^.]{0,80}? at \p{Lu}/iu;

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
  /** How strongly its words say its kind (0 for "about"). */
  strength?: number;
  /** Made from an item of a Markdown list, which is never a repeat of another item. */
  item?: boolean;
}

/** How strongly a label ("Languages:", "Stack:") says the kind of the line it opens. */
export const LABELLED = 3;

// As sure as a job word: enough to leave a heading that names no kind.
const HELD = 1.5;
const SUMMARY_MAX = 1000;
// A summary is a sentence or two: what follows goes to the details.
const SUMMARY_SOFT = 300;
const DETAILS_MAX = 2000;

/**
 * Builds the entry of a group of lines, under a heading of a kind; text beyond one entry's
 * limits goes on in more entries.
 */
export function buildEntries(group: Group, owner?: string, under?: Kind): EntryDraft[] {
  const { emoji, rest: text } = splitEmoji(group.head.text);
  const lead = group.head.lead ? splitEmoji(group.head.lead).rest : undefined;
  // "Sept 2019 – present" under a job says since when.
  const bodyTexts = group.body
    .map((l) => (isDateOnly(segmentsOf(l.text)[0] ?? "") ? whereAndWhen(l.text) : l.text))
    .filter(Boolean);
  const full = joinSentences([text, ...bodyTexts]);
  const head = readHead(text, lead, {
    hasBody: bodyTexts.length > 0,
    ...(group.table ? { cell: true } : {}),
    ...(group.paragraph ? { prose: true } : {}),
    ...(group.head.titled ? { titled: splitEmoji(group.head.titled).rest } : {}),
    ...(group.head.italic ? { italic: group.head.italic } : {}),
    ...(group.head.italics ? { works: group.head.italics } : {}),
    ...(group.head.bold ? { bold: group.head.bold.map((b) => splitEmoji(b).rest) } : {}),
    text: full,
    ...(owner ? { owner } : {}),
    ...(under === "positions" ? { jobs: true } : {}),
  });
  // "in Chicago" and "since Sept 2019" (or "Sept 2019 – present") are one clause: where and when.
  const [firstLine, ...otherLines] = bodyTexts;
  const own =
    head.rest &&
    firstLine &&
    /^in\s/.test(head.rest) &&
    (/^since\s/.test(firstLine) || isDateOnly(firstLine))
      ? [`${head.rest}, ${firstLine}`, ...otherLines]
      : head.rest
        ? [head.rest, ...bodyTexts]
        : bodyTexts;
  const links = linksOf([group.head, ...group.body]);
  const weighed = weighKind(full, { emoji, name: head.name, links });
  // "Languages: …", "Stack: …": a label says the kind of what it lists.
  const label = head.name && text.startsWith(`${head.name}:`) ? labelKind(head.name) : undefined;
  // "Partner at Halvorsen Lund Arkitekter": a line read as a role at a place is a job.
  // ("Since 2020 I have led the genomics group at the Plant Health Institute": one too.)
  const held =
    !label &&
    weighed.kind === "about" &&
    ((head.role && / at /.test(head.title)) || HELD_SINCE.test(text));
  const kind = label ?? (held ? "positions" : weighed.kind);
  const strength = label ? LABELLED : held ? HELD : weighed.score;

  const preset = group.preset ?? {};
  const venue = preset.venue ?? head.venue;
  const role = preset.role ?? head.role;
  // A paragraph's sentences may name other years; the entry's is the first sentence's.
  const dateLine =
    bodyTexts[0] && isDateOnly(segmentsOf(bodyTexts[0])[0] ?? "") ? bodyTexts[0] : "";
  const dated = group.paragraph ? `${text} ${dateLine}` : full;
  // Under "Experience" a span says when a job began, under "Education" when a degree was earned.
  const year = preset.year ?? head.year ?? yearOf(dated, under ?? kind) ?? group.year;
  // Each entry holds a summary and details; a longer text continues under the same title.
  const said = spellEmoji(spelledOut(joinSentences(own))) || head.title;
  const people = findPeople(full);
  const tags = [
    ...(group.label ? [group.label] : []),
    // "grew up in" before "Aveiro" in a sentence the summary says whole tags nothing.
    ...leadIn(text, head.title).filter((t) => !said.includes(t)),
    ...people,
    // "Ana Ruiz and Ben Carter" is two people, not a third name.
    ...findNames(full)
      .flatMap(splitPair)
      .filter((n) => !head.title.includes(n)),
  ];
  const entries: EntryDraft[] = [];
  for (const { summary, details } of summaryAndDetails(said)) {
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
      strength,
      ...(group.item ? { item: true } : {}),
    });
  }
  return entries;
}

/** "Ana Ruiz and Ben Carter" as the two names it joins; a name of one thing stays whole. */
function splitPair(name: string): string[] {
  const parts = name.split(/\s+(?:and|&)\s+/u);
  const named = (p: string) => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(p);
  return parts.length === 2 && parts.every(named) ? parts : [name];
}

/**
 * "I'm currently working on Sehat Sathi, …" titled "Sehat Sathi": what the line says about it
 * ("currently working on") is a tag, so that "what are you working on" still finds it.
 */
function leadIn(text: string, title: string): string[] {
  const at = title.length >= 3 ? text.indexOf(title) : -1;
  if (at <= 0) return [];
  const before = text
    .slice(0, at)
    .replace(/^(?:I['’]m|I am|I|we['’]re|we are|we)\s+/iu, "")
    .replace(/[\s.,:;—–"“”'‘’(-]+$/u, "")
    .trim();
  const words = before.split(/\s+/);
  return words.length >= 1 && words.length <= 5 && /^\p{L}/u.test(before) ? [before] : [];
}

/** A sentence or two as the summary, the rest as details; past one entry's room, more entries. */
function summaryAndDetails(text: string): { summary: string; details?: string }[] {
  const out: { summary: string; details?: string }[] = [];
  const parts = chunkText(text, SUMMARY_MAX).flatMap((chunk) => sentences(chunk));
  let i = 0;
  while (i < parts.length) {
    let summary = parts[i++] as string;
    while (i < parts.length && summary.length + (parts[i] as string).length < SUMMARY_SOFT) {
      summary = `${summary} ${parts[i++]}`;
    }
    let details = "";
    while (i < parts.length && details.length + (parts[i] as string).length < DETAILS_MAX) {
      details = details ? `${details} ${parts[i++]}` : (parts[i++] as string);
    }
    out.push({ summary: summary.slice(0, SUMMARY_MAX), ...(details ? { details } : {}) });
  }
  return out;
}

/** "adv. Ana Ruiz & Ben Lee" as "advised by Ana Ruiz and Ben Lee": CV shorthand, spelled out. */
function spelledOut(text: string): string {
  const name = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
  return text
    .replace(
      new RegExp(String.raw`\badv\.\s+(${name})(?:\s*&\s*(${name}))?`, "gu"),
      (_, a: string, b?: string) => `advised by ${a}${b ? ` and ${b}` : ""}`,
    )
    .replace(/\.\s+advised by/g, ", advised by");
}

/** The year an entry is about: when a degree was earned, when a job or anything else began, else the first named. */
function yearOf(text: string, kind: Kind): number | undefined {
  const span = findDateSpan(text);
  if (span) return kind === "education" ? (span.to ?? span.from) : span.from;
  if (kind === "publications") return findVenueYear(text)?.year ?? findYears(text)[0];
  // "Dead Ends (2022). … between 2015 and 2021 …": the year that comes first is the entry's.
  return findYears(text)[0];
}
