/**
 * Kinds of detail a piece of profile text holds, recognised by their form, not by the words of
 * any one profile: years and dates, durations, counts and amounts, places and people.
 */
import { CALENDAR_WORDS, NUMBER_WORDS, ORGANISATION_WORDS, rarity, TIME_UNITS } from "./lexicon.ts";

/** A kind of detail a question can ask for. */
export type DetailKind =
  | "date"
  | "duration"
  | "count"
  | "place"
  | "person"
  | "organisation"
  | "age"
  | "money"
  | "future";

const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")}|a|an|several|few|many)`;
const UNIT = `(?:${TIME_UNITS.join("|")})s?`;
const YEAR = "(?:1[89]|20)\\d\\d";

const PATTERNS: Record<DetailKind, RegExp[]> = {
  date: [
    new RegExp(`\\b${YEAR}\\b`),
    /\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b/i,
    /\b(?:every|each|once a|twice a|since|until)\b/i,
  ],
  duration: [
    new RegExp(`\\b${NUMBER}[-\\s]+(?:and a half[-\\s]+)?${UNIT}\\b`, "i"),
    new RegExp(
      `\\b(?:from|between)\\s+(?:\\w+\\s+)?${YEAR}\\s+(?:to|and|until|till)\\s+(?:\\w+\\s+)?${YEAR}\\b`,
      "i",
    ),
    new RegExp(`\\b${YEAR}\\s*[-–—]\\s*(?:${YEAR}|\\d\\d)\\b`),
    new RegExp(`\\bsince\\s+(?:\\w+\\s+)?${YEAR}\\b`, "i"),
  ],
  count: [
    new RegExp(`(?<![\\d.])(?!${YEAR}(?!\\d))\\d[\\d,]*(?:\\.\\d+)?`),
    new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b`, "i"),
    /[$€£¥]\s?\d/,
  ],
  place: [
    // A capitalised name after a preposition of place: "in Munich", "at the Easter Bush campus".
    /\b(?:in|at|from|near|across|outside|around|to|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*/u,
    /\b\p{Lu}[\p{L}-]+,\s+\p{Lu}[\p{L}-]+/u,
  ],
  person: [],
  organisation: [],
  money: [
    /[$€£¥]\s?\d/,
    /\d\s?(?:euros?|dollars?|pounds?|usd|eur|gbp)\b/i,
    /\b\d+-(?:euro|dollar|pound)\b/i,
  ],
  future: [
    /\b(?:will|plans? to|planning|expects? to|upcoming|next|soon|due (?:in|to)|later this)\b/i,
  ],
  age: [
    /\b\d+[-\s]years?[-\s]old\b/i,
    /\baged?\s+\d+\b/i,
    /\bborn\s+(?:in|on)\b/i,
    /\bat\s+\d{1,2}\b/,
  ],
};

const CAPITALISED_RUN =
  /\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?(?:\s+(?:de|van|von|da|di|del|le|la)?\s*\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?)+/gu;

/** Names of people in a text: runs of capitalised words, not a place, organisation or phrase of common words. */
export function peopleIn(text: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const name = match[0];
    const parts = name.toLowerCase().split(/[\s-]+/);
    const last = parts.at(-1) ?? "";
    if (ORGANISATION_WORDS.has(last) || parts.some((p) => CALENDAR_WORDS.has(p))) continue;
    // "Best Paper", "Early Access": ordinary words capitalised, not a name.
    if (parts.every((p) => rarity(p) < 4)) continue;
    if (parts.some((p) => exclude.has(p))) continue;
    const before = text.slice(Math.max(0, (match.index ?? 0) - 12), match.index);
    if (/\b(?:in|at|from|near|to)\s+(?:the\s+)?$/.test(before)) continue;
    found.push(name);
  }
  return found;
}

const ORGANISATION_RUN = /\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** Whether a text names an organisation: "Northloop Games", or a name no dictionary holds ("Microsoft"). */
export function organisationIn(text: string): boolean {
  for (const match of text.matchAll(ORGANISATION_RUN)) {
    const parts = match[0].toLowerCase().split(/\s+/);
    if (ORGANISATION_WORDS.has(parts.at(-1) ?? "")) return true;
    const sentenceStart = /(?:^|[.!?:]\s+)$/.test(text.slice(0, match.index));
    if (!sentenceStart && parts.length === 1 && rarity(parts[0] ?? "") === 4) return true;
  }
  return false;
}

/** The kinds of detail a text holds; `ownName` words are not counted as other people. */
export function detailKinds(text: string, ownName: ReadonlySet<string>): Set<DetailKind> {
  const kinds = new Set<DetailKind>();
  for (const [kind, patterns] of Object.entries(PATTERNS) as [DetailKind, RegExp[]][]) {
    if (patterns.some((p) => p.test(text))) kinds.add(kind);
  }
  const calendar = text
    .match(/\b\p{Lu}\p{Ll}+\b/gu)
    ?.some((w) => CALENDAR_WORDS.has(w.toLowerCase()));
  if (calendar || /\b(?:spring|summer|autumn|winter|weekly|monthly|yearly|annually)\b/i.test(text))
    kinds.add("date");
  if (peopleIn(text, ownName).length > 0) kinds.add("person");
  if (organisationIn(text)) kinds.add("organisation");
  return kinds;
}

/**
 * Whether a number stands next to one of `wanted` words ("300 temperature sensors",
 * "a four-person data desk", "€1.5 million ERC Starting Grant"), as keyed by `keyOf`.
 */
export function countsNear(
  text: string,
  wanted: ReadonlySet<string>,
  keyOf: (word: string) => string,
): boolean {
  const ws = text.toLowerCase().match(/[$€£¥]?[\p{L}\p{N}][\p{L}\p{N}.,%]*/gu) ?? [];
  const isNumber = (w: string) => /\d/.test(w) || Object.hasOwn(NUMBER_WORDS, w);
  for (let i = 0; i < ws.length; i++) {
    if (!isNumber(ws[i] ?? "")) continue;
    for (let j = Math.max(0, i - 2); j <= i + 4 && j < ws.length; j++) {
      if (j !== i && wanted.has(keyOf(ws[j] ?? ""))) return true;
    }
  }
  return false;
}
