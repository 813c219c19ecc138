// The pieces of one already-isolated line: "name — description", venues and years, roles,
// dates, the people named with it. Every regex here runs over one line, cell or sentence.

import { NUMBERS_BELOW_TWENTY } from "../engine/numbers.ts";

const YEAR = String.raw`(?:19|20)\d{2}`;
/** A month's name, in full or cut short ("Sept."). */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const OPEN_END = "present|now|today|current|ongoing|date";
const RANGE = new RegExp(
  String.raw`(?:${MONTH}\s+|\b\d{1,2}\/)?(${YEAR})\s*(?:[–—-]|\bto\b|\buntil\b|\btill\b)\s*(?:${MONTH}\s+|\d{1,2}\/)?(${YEAR}\b|${OPEN_END}\b|(?=\s*(?:\)|$)))`,
  "iu",
);
const RANGES = new RegExp(RANGE.source, "giu");
// Stand-ins, one per dash, for the dash inside a date range: no field separator matches them.
const STAND_INS: Record<string, string> = { "–": "\uE000", "—": "\uE001", "-": "\uE002" };
const DASHES = Object.fromEntries(Object.entries(STAND_INS).map(([d, s]) => [s, d]));

/**
 * The text with the dash of every date range ("2014 – 2017") swapped for a stand-in of one
 * character, so that splitting fields at " – " keeps the range whole; positions are unchanged.
 */
export function maskRanges(text: string): string {
  return text.replace(RANGES, (range) => range.replace(/[–—-]/gu, (d) => STAND_INS[d] ?? d));
}

/** A masked text (or a piece of one) with its dashes back. */
export function unmaskRanges(text: string): string {
  return text.replace(/[\uE000-\uE002]/gu, (s) => DASHES[s] ?? s);
}

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

const ROLE_ADJECTIVE =
  "(?:first|second|third|last|lead|sole|senior|corresponding|co-first|joint first|equal|main|core|principal|primary)";
// "First and corresponding author" is one role.
const ROLE = `(?:${ROLE_ADJECTIVE}(?:\\s+and\\s+${ROLE_ADJECTIVE})?[- ])?(?:co-?)?(?:author|contributor|maintainer|creator|developer|founder|inventor|investigator|editor|organi[sz]er)`;
const ROLE_ALONE = new RegExp(`^(${ROLE})[.;,]?$`, "iu");
const ROLE_AT_START = new RegExp(String.raw`^(${ROLE})(?:[.;,:]\s+|\s*$)`, "iu");
const ROLE_AT_END = new RegExp(String.raw`(?<=[)\]·|,;]|\d)\s+(${ROLE})[.;,]?$`, "iu");

/** A role that stands on its own in a segment: "First author.", "… (Microsoft) Contributor." */
export function splitRole(segment: string): { role?: string; rest: string } {
  // "(first author)": a role in brackets stands alone too.
  const alone = ROLE_ALONE.exec(segment.trim().replace(/^\((.+)\)([.;,]?)$/u, "$1$2"));
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
  String.raw`\b(?:with|adv\.?|[Aa]dvisors?:?|advised by|co-advised by|supervised by|[Ss]upervisors?:?|mentored by|under|alongside|together with|and)\s+(${NAME_WORD}(?:\s*(?:&|and|,)\s*${NAME_WORD})*)`,
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
    // "Prof. Ana Ruiz and Dr. Ben Lee": a title with its period opens the next name, so the
    // run ends before it.
    const end = (match.index ?? 0) + match[0].length;
    const titled = text[end] === "." ? TITLE_END.exec(match[0]) : null;
    const found = titled ? match[0].slice(0, titled.index) : match[0];
    let words = found.replace(glueEnd, "").trim().split(/\s+/);
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

// Titles written before a name ("Dr.", "Prof."), at the end of a run of capitalised words.
const TITLE_END = /(?:^|\s)(?:Dr|Prof|Mr|Mrs|Ms|Mx)$/u;

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
  // A bold run longer than a name is a name still when a dash follows it: a paper's whole title
  // ("**Three seconds: early estimates for …** — *Journal*, 2022").
  const dashed = lead !== undefined && /^\s+[—–]\s/u.test(text.slice(lead.length));
  if (lead && text.startsWith(lead) && (lead.length <= 80 || (dashed && lead.length <= 200))) {
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
  // "Member, Advisory Panel, 2019 – 2022": the dash of a date range separates nothing.
  const match = /^(.{1,60}?)(?:\s+[—–|]\s+|\s+-\s+|(?<=\S)[—](?=\S)|:\s+)(.+)$/u.exec(
    maskRanges(text),
  );
  if (!match) return undefined;
  const name = unmaskRanges(match[1] ?? "").trim();
  const rest = unmaskRanges(match[2] ?? "").trim();
  if (!rest || name.split(/\s+/).length > 7 || GLUE_END.test(name)) return undefined;
  // "Designer at Intertrack Design, Wrocław (2013 – 2019)": a dash inside a bracket is a range.
  if (name.split("(").length > name.split(")").length) return undefined;
  if (/[.!?]\s/.test(name) || /^[\d\s–—/-]+$/.test(name) || RANGE.test(name)) return undefined;
  if (/\b(?:https?|mailto)$/i.test(name)) return undefined;
  // "I study how pathogens of wheat — above all yellow rust — evolve": a statement's own dash
  // sets off an aside; what comes before it is no name.
  if (/^(?:I|I['’]m|I['’]ve|We|She|He|They)\s/u.test(name)) return undefined;
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
