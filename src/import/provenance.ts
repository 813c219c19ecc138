import { stemmer } from "stemmer";
import { KIND_DESCRIPTIONS, KIND_TITLES } from "./classify.ts";
import type { Draft, DraftEntry, DraftSection } from "./draft.ts";
import { describeSection } from "./ids.ts";
import { stripTags } from "./markdown.ts";
import { emojiWords, sentences, shorten } from "./phrases.ts";

// Words any sentence may use without the source having them: they carry no fact.
const GLUE = new Set(
  `a an the and or but nor of in on at to for with by from as is are was were be been being am
  has have had do does did it its this that these those which who whom whose where when while
  also both each other such than then there their they them he she his her hers him i my me mine
  we our us you your not no into onto over under about after before during since until via per
  between across through including include includes included s t ll re ve m d here what how
  all any some more most very so if one`
    .split(/\s+/)
    .filter(Boolean),
);

// Words a section's title or description may use: they name what a section holds.
const STRUCTURE = new Set(
  [
    ...Object.values(KIND_TITLES),
    ...Object.values(KIND_DESCRIPTIONS).map((d) => d.replace(/,/g, "")),
    "experience work research selected open source recent current past other more continued",
    "profile overview background highlights academic professional career degrees papers",
    "interest area areas topic topics contact links note",
  ]
    .join(" ")
    .toLowerCase()
    .split(/\s+/),
);

/** What the source says, in the forms a draft's values are checked against. */
export interface Vocabulary {
  words: Set<string>;
  stems: Set<string>;
  /** Abbreviations the source writes with a period ("adv."), which a draft may spell out. */
  abbreviations: string[];
  urls: Set<string>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Indexes a source's words, stems, abbreviations and URLs. */
export function vocabularyOf(source: string): Vocabulary {
  const text = source.normalize("NFKC");
  const words = new Set((text.toLowerCase().match(TOKEN) ?? []) as string[]);
  // "⭐" is how a README says "stars".
  for (const word of emojiWords(text)) words.add(word);
  const stems = new Set([...words].map((w) => stemmer(w)));
  const abbreviations = [...text.matchAll(/(?<![\p{L}.])(\p{L}{2,5})\.(?=\s)/gu)]
    .map((m) => (m[1] ?? "").toLowerCase())
    .filter((a) => !GLUE.has(a));
  const urls = new Set(
    [...text.matchAll(/https?:\/\/[^\s)<>"'\]]+/g)].map((m) => normalizeUrl(m[0])),
  );
  for (const m of text.matchAll(/(?<![/\w@.])(?:www\.)[^\s)<>"'\]]+/g)) {
    urls.add(normalizeUrl(`http://${m[0]}`));
    urls.add(normalizeUrl(`https://${m[0]}`));
  }
  return { words, stems, abbreviations: [...new Set(abbreviations)], urls };
}

function normalizeUrl(url: string): string {
  return url.replace(/[.,;:!?]+$/, "").replace(/\/+$/, "");
}

/** The words of a value that the source does not have (numbers exactly, words by their stem). */
export function untraceable(text: string, vocab: Vocabulary, allowed?: Set<string>): string[] {
  const out: string[] = [];
  for (const match of text.normalize("NFKC").matchAll(TOKEN)) {
    const written = match[0];
    const word = written.toLowerCase();
    if (vocab.words.has(word)) continue;
    if (!/\d/.test(word)) {
      if (GLUE.has(word) || allowed?.has(word) || vocab.stems.has(stemmer(word))) continue;
      if (vocab.abbreviations.some((a) => word.startsWith(a))) continue;
    }
    if (!out.includes(written)) out.push(written);
  }
  return out;
}

/** True when the source links to this URL. */
export function urlInSource(url: string, vocab: Vocabulary): boolean {
  return vocab.urls.has(normalizeUrl(url));
}

/** A value taken out of the draft because the source does not support it. */
export interface Dropped {
  /** Where it was: "education/msc title". */
  where: string;
  value: string;
  /** The words, numbers or link the source does not have. */
  missing: string[];
}

/**
 * Removes from a draft every value the source cannot account for: sentences of long text,
 * whole short fields, links to URLs the source never gives. Entries left without a title or a
 * summary, and sections left without entries, go too.
 */
export function enforceProvenance(
  draft: Draft,
  source: string,
): { draft: Draft | undefined; dropped: Dropped[] } {
  const vocab = vocabularyOf(source);
  const dropped: Dropped[] = [];
  const note = (where: string, value: string, missing: string[]) =>
    dropped.push({ where, value, missing });

  const keepText = (where: string, text: string | undefined): string | undefined => {
    if (!text) return undefined;
    const kept: string[] = [];
    for (const sentence of sentences(text)) {
      const missing = untraceable(sentence, vocab);
      if (missing.length) note(where, sentence, missing);
      else kept.push(sentence);
    }
    return kept.length ? kept.join(" ") : undefined;
  };
  const keepShort = (where: string, text: string | undefined, allowed?: Set<string>) => {
    if (!text) return undefined;
    const missing = untraceable(text, vocab, allowed);
    if (missing.length === 0) return text;
    note(where, text, missing);
    return undefined;
  };

  const headline = keepText("person headline", draft.person.headline);
  const summary = keepText("person summary", draft.person.summary);
  const sections: DraftSection[] = [];
  for (const section of draft.sections) {
    const entries = section.entries
      .map((e) => keepEntry(e, `${section.id}/${e.id}`))
      .filter((e): e is DraftEntry => e !== undefined);
    if (entries.length === 0) continue;
    const title =
      keepShort(`${section.id} title`, section.title, STRUCTURE) ?? titleFromId(section.id);
    const description =
      keepShort(`${section.id} description`, section.description, STRUCTURE) ??
      describeSection(title, entries);
    sections.push({ ...section, title, description, entries });
  }
  if (sections.length === 0 || !(headline ?? summary)) return { draft: undefined, dropped };
  // Anything else said about the person (a name, a contact) is kept whole or not at all.
  const extras = Object.entries(draft.person).filter(([key, value]) => {
    if (["headline", "summary", "voice"].includes(key)) return false;
    const missing = stringsIn(value).flatMap((text) =>
      /^(https?|mailto):/.test(text)
        ? urlInSource(text, vocab)
          ? []
          : [text]
        : untraceable(text, vocab),
    );
    if (missing.length) note(`person ${key}`, stringsIn(value).join(" "), missing);
    return missing.length === 0;
  });
  const person = {
    ...Object.fromEntries(extras),
    voice: draft.person.voice,
    headline: headline ?? shorten(summary ?? "", 300),
    summary: summary ?? headline ?? "",
  } as Draft["person"];
  return { draft: { person, sections }, dropped };

  function keepEntry(entry: DraftEntry, where: string): DraftEntry | undefined {
    let body = keepText(`${where} summary`, entry.summary);
    let details = keepText(`${where} details`, entry.details);
    if (!body && details) {
      body = details;
      details = undefined;
    }
    if (!body) {
      note(`${where} entry`, entry.title, untraceable(entry.title, vocab));
      return undefined;
    }
    const title = keepShort(`${where} title`, entry.title) ?? shorten(body, 100);
    const venue = keepShort(`${where} venue`, entry.venue);
    const role = keepShort(`${where} role`, entry.role);
    const year =
      entry.year === undefined
        ? undefined
        : keepShort(`${where} year`, String(entry.year)) && entry.year;
    const tags = (entry.tags ?? []).filter((t) => keepShort(`${where} tag`, t) !== undefined);
    const links = (entry.links ?? []).flatMap((l) => {
      if (!urlInSource(l.url, vocab)) {
        note(`${where} link`, l.url, [l.url]);
        return [];
      }
      const label = keepShort(`${where} link label`, l.label) ?? new URL(l.url).hostname;
      return [{ label, url: l.url }];
    });
    return {
      id: entry.id,
      title,
      summary: body,
      ...(details ? { details } : {}),
      ...(venue ? { venue } : {}),
      ...(year ? { year } : {}),
      ...(role ? { role } : {}),
      ...(tags.length ? { tags } : {}),
      ...(links.length ? { links } : {}),
    };
  }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

function titleFromId(id: string): string {
  const words = id.split(/[-_]+/).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SYNTAX_ONLY = /^[\s\-=*_#>|:`~+.]*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Source lines that went into no entry: fewer than half of their words (URLs aside) are found
 * anywhere in the draft.
 */
export function leftOutLines(source: string, draft: Draft): string[] {
  const values = JSON.stringify(draft).normalize("NFKC").toLowerCase();
  const inDraft = new Set((values.match(TOKEN) ?? []).map((w) => stemmer(w)));
  const out: string[] = [];
  const lines = source.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || SYNTAX_ONLY.test(line)) continue;
    // A table's header names its columns; the rows hold what it says.
    if (TABLE_RULE.test(lines[i + 1] ?? "") && line.includes("|")) continue;
    const text = stripTags(line.replace(/!\[([^\]]*)\]\([^)]*\)/g, " $1 "));
    if (SYNTAX_ONLY.test(text) && !/!\[/.test(line)) continue;
    const words = (
      text
        .replace(/https?:\/\/\S+/g, " ")
        .normalize("NFKC")
        .toLowerCase()
        .match(TOKEN) ?? []
    ).filter((w) => !GLUE.has(w));
    const found = words.filter((w) => inDraft.has(stemmer(w))).length;
    const urls = line.match(/https?:\/\/[^\s)<>"'\]]+/g) ?? [];
    const linked =
      urls.length > 0 && urls.every((u) => values.includes(normalizeUrl(u).toLowerCase()));
    // A line with no words and no link (an emoji heading, a rule) holds nothing to leave out.
    if (words.length === 0 ? urls.length > 0 && !linked : found * 2 < words.length) out.push(line);
  }
  return out;
}
