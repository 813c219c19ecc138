// The pieces of one already-isolated line: "name — description", venues and years, roles,
// dates, the people named with it. Every regex here runs over one line, cell or sentence.

import { NUMBERS_BELOW_TWENTY } from "../engine/numbers.ts";

const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const OPEN_END = "present|now|today|current|ongoing|date";
const RANGE = new RegExp(
  String.raw`(?:${MONTH}\s+|\b\d{1,2}\/)?(${YEAR})\s*(?:[–—-]|\bto\b|\buntil\b|\btill\b)\s*(?:${MONTH}\s+|\d{1,2}\/)?(${YEAR}\b|${OPEN_END}\b|(?=\s*(?:\)|$)))`,
  "iu",
);
const SINCE = new RegExp(String.raw`\bsince\s+(?:${MONTH}\s+)?(${YEAR})\b`, "iu");
// "the 1970s" is a decade, no year.
const YEARS = new RegExp(String.raw`(?<![\d.])(${YEAR})(?![\d]|['’]?s\b)`, "gu");

/** A date or date range as written ("Sept 2019 – present"). */
export interface DateSpan {
  text: string;
  from: number;
  /** Undefined for an open range ("– present"). */
  to?: number;
  open: boolean;
}

/** The first date range in a text, or "since YEAR". */
export function findDateSpan(text: string): DateSpan | undefined {
  const range = RANGE.exec(text);
  if (range) {
    const to = /^\d/.test(range[2] ?? "") ? Number(range[2]) : undefined;
    return { text: range[0], from: Number(range[1]), ...(to ? { to } : {}), open: !to };
  }
  const since = SINCE.exec(text);
  if (since) return { text: since[0], from: Number(since[1]), open: true };
  return undefined;
}

/** Every year a text names, in order. */
export function findYears(text: string): number[] {
  return [...text.matchAll(YEARS)].map((m) => Number(m[1]));
}

const VENUE_WORDS =
  /^(conference|conf\.?|journal|symposium|workshop|transactions|proceedings|proc\.?|review|letters|magazine|annals|forum|summit|congress|meeting|colloquium|arxiv|preprint)$/i;
const CONNECTOR = /^(of|on|in|for|and|the|&|de|der|on)$/i;

/** A venue and year as cited ("USENIX NSDI 2022", "IEEE Transactions on Robotics 2019"). */
export interface VenueYear {
  venue: string;
  year: number;
  /** The venue and year as written, to lift out of the text. */
  text: string;
  index: number;
}

/**
 * The venue and year a line cites: a run of capitalised words with an acronym or a venue word
 * ("Conference", "Journal") right before a year that does not open a date range.
 */
export function findVenueYear(text: string): VenueYear | undefined {
  const year = new RegExp(
    String.raw`(?<![\d.–—-])(${YEAR}|'\d{2})(?![\d])(?!\s*(?:[–—-]|to\b))`,
    "gu",
  );
  for (const match of text.matchAll(year)) {
    const index = match.index ?? 0;
    const before = text.slice(0, index).trimEnd();
    const words = before.split(/\s+/);
    const venue: string[] = [];
    for (let i = words.length - 1; i >= 0 && venue.length < 8; i--) {
      const word = (words[i] ?? "").replace(/^[(“"]/, "");
      const trailing = /[,.;:·|)]$/.test(words[i] ?? "") && venue.length > 0;
      if (trailing || !(isCapitalised(word) || CONNECTOR.test(word))) break;
      venue.unshift(word.replace(/,$/, ""));
      if (/^[(“"]/.test(words[i] ?? "")) break;
    }
    while (venue.length && CONNECTOR.test(venue[0] ?? "")) venue.shift();
    const acronym = venue.some((w) => /\p{Lu}.*\p{Lu}/u.test(w) && !/^\p{Lu}\p{Ll}+$/u.test(w));
    if (venue.length === 0 || !(acronym || venue.some((w) => VENUE_WORDS.test(w)))) continue;
    const raw = match[1] ?? "";
    const y = raw.startsWith("'") ? 2000 + Number(raw.slice(1)) : Number(raw);
    const name = venue.join(" ");
    const start = before.lastIndexOf(name);
    return {
      venue: name,
      year: y,
      text: text.slice(start, index + raw.length),
      index: start,
    };
  }
  return undefined;
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}][\p{L}\p{N}&+.'’/-]*,?$/u.test(word) && !/^\d+$/.test(word);
}

const ROLE =
  "(?:(?:first|second|third|last|lead|sole|senior|corresponding|co-first|joint first|equal|main|core|principal|primary)[- ])?(?:co-?)?(?:author|contributor|maintainer|creator|developer|founder|inventor|investigator|editor|organi[sz]er)";
const ROLE_ALONE = new RegExp(`^(${ROLE})[.;,]?$`, "iu");
const ROLE_AT_START = new RegExp(String.raw`^(${ROLE})(?:[.;,:]\s+|\s*$)`, "iu");
const ROLE_AT_END = new RegExp(String.raw`(?<=[)\]·|,;]|\d)\s+(${ROLE})[.;,]?$`, "iu");

/** A role that stands on its own in a segment: "First author.", "… (Microsoft) Contributor." */
export function splitRole(segment: string): { role?: string; rest: string } {
  const alone = ROLE_ALONE.exec(segment.trim());
  if (alone?.[1]) return { role: alone[1], rest: "" };
  const start = ROLE_AT_START.exec(segment);
  if (start?.[1]) return { role: start[1], rest: segment.slice(start[0].length).trim() };
  const end = ROLE_AT_END.exec(segment);
  if (end?.[1]) return { role: end[1], rest: segment.slice(0, end.index).trim() };
  return { rest: segment };
}

// An initial ("J.") ends with its period; a word does not ("Aeneas. Period-instrument").
const NAME_WORD = String.raw`(?:(?:Prof|Dr)\.?\s+)?\p{Lu}(?:\.|[\p{L}'’-]*)(?:\s+(?:van|von|de|da|del|di|le|la)?\s*\p{Lu}[\p{L}'’-]+)+`;
const PEOPLE = new RegExp(
  String.raw`\b(?:with|adv\.?|advisors?:?|advised by|co-advised by|supervised by|supervisors?:?|mentored by|under|alongside|together with|and)\s+(${NAME_WORD}(?:\s*(?:&|and|,)\s*${NAME_WORD})*)`,
  "gu",
);

/** People a line names as collaborators or advisors ("with Andrew Moore", "adv. A & B"). */
export function findPeople(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(PEOPLE)) {
    for (const name of (match[1] ?? "").split(/\s*(?:&|\band\b|,)\s*/u)) {
      const clean = name.replace(/^(?:Prof|Dr)\.?\s+/, "").trim();
      if (clean.split(/\s+/).length >= 2 && !out.includes(clean)) out.push(clean);
    }
  }
  return out;
}

// Small words inside names: "Queen Mary University of London", "Escola de Hotelaria e Turismo
// do Porto", "Clann na Sgadain".
const NAME_GLUE =
  "of|for|on|and|&|the|de|e|do|da|dos|das|du|des|der|den|del|della|di|van|von|y|la|le|na";

/** Runs of capitalised words and acronyms: the names an entry mentions ("Queen Mary University of London"). */
export function findNames(text: string): string[] {
  const out: string[] = [];
  const word = String.raw`\p{Lu}[\p{L}\p{N}'’&+-]*`;
  const run = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${word}(?:\s+(?:(?:${NAME_GLUE})\s+){0,2}${word})*`,
    "gu",
  );
  const glueEnd = new RegExp(String.raw`(?:\s+(?:${NAME_GLUE}))+$`, "u");
  for (const match of text.matchAll(run)) {
    let words = match[0].replace(glueEnd, "").trim().split(/\s+/);
    const atStart = (match.index ?? 0) === 0 || /[.!?:;]\s*$/.test(text.slice(0, match.index));
    // "When I'm", "Every Monday", "Thursday I": a sentence's opening word or "I" is no part of a name.
    if (atStart && isCommon(words[0])) words = words.slice(1);
    while (words.length > 0 && /^I(?:['’]m)?$/u.test(words.at(-1) ?? ""))
      words = words.slice(0, -1);
    while (words.length > 0 && new RegExp(`^(?:${NAME_GLUE})$`, "iu").test(words[0] ?? ""))
      words = words.slice(1);
    // "the British Library's studio": the name is the library's.
    const name = words.join(" ").replace(/['’]s$/u, "");
    const acronym = /\p{Lu}.*\p{Lu}/u.test(name) && words.length === 1;
    if (words.length >= 2 || acronym) {
      if (name.length <= 60 && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

const COMMON_OPENERS = new Set([
  "i",
  "i'm",
  "i’m",
  "every",
  "when",
  "after",
  "before",
  "since",
  "during",
  "while",
  "outside",
  "most",
  "once",
  "today",
  "last",
  "next",
  "each",
  "all",
  "both",
  "some",
  "many",
  // "Three of us…", "Eleven years ago…": a number word opening a sentence is no name.
  ...NUMBERS_BELOW_TWENTY,
  "from",
  "with",
  "for",
  "on",
  "so",
  "but",
  "and",
  "if",
  "then",
  "here",
  "there",
  "also",
  "its",
  "it",
  "among",
  "regular",
  "my",
  "the",
  "a",
  "an",
  "this",
  "in",
  "at",
  "as",
  "she",
  "he",
  "we",
  "our",
  "her",
  "his",
  "they",
  "their",
]);

function isCommon(word: string | undefined): boolean {
  return COMMON_OPENERS.has((word ?? "").toLowerCase());
}

/** "name — description": the name, the separator and what follows it. */
export interface Named {
  name: string;
  rest: string;
}

const GLUE_END = /\b(the|a|an|of|in|on|at|for|and|or|with|to|by|my|our|is|are|was|i)$/i;

/**
 * Splits "name — description" (also "–", " - ", ":", "|"), or a bold or linked lead followed by
 * any of these or a comma. The name is short and is not a date.
 */
export function splitNamed(text: string, lead?: string): Named | undefined {
  if (lead && text.startsWith(lead) && lead.length <= 80) {
    const after = text.slice(lead.length);
    // "**Lanternfall** (2021) — …": what the parenthesis says stays with the description.
    const sep = /^\s*(?:\([^)]{1,60}\)\s*)?(?:[—–:|,]|\s-\s|\.\s)\s*/u.exec(after);
    const aside = /^\s*(\([^)]{1,60}\))/u.exec(after)?.[1];
    if (sep && after.slice(sep[0].length).trim()) {
      const rest = after.slice(sep[0].length).trim();
      // "(2022)" alone is the entry's year, which its field holds.
      const said = aside && !/^\(\s*(?:19|20)\d{2}\s*\)$/.test(aside) ? `${aside} ${rest}` : rest;
      return { name: lead.replace(/[:.]$/, "").trim(), rest: said };
    }
  }
  const match = /^(.{1,60}?)(?:\s+[—–|]\s+|\s+-\s+|(?<=\S)[—](?=\S)|:\s+)(.+)$/u.exec(text);
  if (!match) return undefined;
  const name = (match[1] ?? "").trim();
  const rest = (match[2] ?? "").trim();
  if (!rest || name.split(/\s+/).length > 7 || GLUE_END.test(name)) return undefined;
  // "Designer at Intertrack Design, Wrocław (2013 – 2019)": a dash inside a bracket is a range.
  if (name.split("(").length > name.split(")").length) return undefined;
  if (/[.!?]\s/.test(name) || /^[\d\s–—/-]+$/.test(name) || RANGE.test(name)) return undefined;
  if (/\b(?:https?|mailto)$/i.test(name)) return undefined;
  return { name, rest };
}

/** True for a name written like code or a product ("qemu-cxl", "httpd-ab", "Backdraft"). */
export function isCodeLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 2) return false;
  return words.some(
    (w) => /[-_./]/.test(w.slice(1)) || /^\p{Ll}+\p{Lu}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w),
  )
    ? true
    : words.length === 1;
}

/**
 * A line of short items separated by "·", "|" or "•" ("CXL · RDMA · systems for AI/ML"):
 * its items, or undefined.
 */
export function listItems(text: string): string[] | undefined {
  const parts = text.split(/\s+[·|•]\s+/u).map((p) => p.trim());
  if (parts.length < 3) return undefined;
  if (parts.some((p) => !p || p.length > 60 || /[.!?]\s/.test(p))) return undefined;
  // "2022 · Granite and Fog · Solo show at …": a dated line is one thing, not a list.
  if (parts.some((p) => /^\(?(?:19|20)\d{2}\)?$/.test(p) || findDateSpan(p)?.text === p))
    return undefined;
  return parts.map((p) => p.replace(/[.;,]$/, ""));
}

/** Splits a text into its "·"/"|"-separated segments, then each into sentences. */
export function segmentsOf(text: string): string[] {
  return text
    .split(/\s+[·|•]\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// A run-on where a description starts without punctuation: "… for systems research Added a …".
const RUN_ON =
  /^(.{8,80}?\p{Ll})\s+(\p{Lu}\p{Ll}{2,}ed|Built|Wrote|Led|Ran|Won|Taught|Made|Grew|Began)\s+(?=\p{Ll})/u;

/** Splits a tagline glued to the sentence after it, at a capitalised past-tense verb. */
export function splitRunOn(text: string): { tagline: string; rest: string } | undefined {
  const match = RUN_ON.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { tagline: match[1], rest: text.slice(match[1].length).trim() };
}
