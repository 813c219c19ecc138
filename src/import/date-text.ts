import { findDateSpan, findYears, MONTH } from "./pieces.ts";

// A month's or season's name, as a date may open with one ("Sept 2019", "Summer 2021").
const MONTH_NAME = `(?:Spring|Summer|Autumn|Fall|Winter|${MONTH})`;

const SEASON_OR_MONTH =
  /\b(summer|spring|autumn|fall|winter|present|now|today|since|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/gi;

/** True when a text says only when ("2019", "Sept 2019 – present", "(2021)"). */
export function isDateOnly(text: string): boolean {
  if (!text.trim()) return true;
  const has = findDateSpan(text) !== undefined || findYears(text).length > 0;
  const left = text.replace(/\b(?:\d{1,2}\/)?(?:19|20)\d{2}\b/g, "").replace(SEASON_OR_MONTH, "");
  return has && !/[\p{L}\p{N}]/u.test(left.replace(/\b(?:to|until|till)\b/g, ""));
}

const OPEN_RANGE =
  /^\(?((?:[A-Z][a-z]{2,8}\.?\s+|\d{1,2}\/)?(?:19|20)\d{2})\s*(?:[–—-]|to)\s*(?:present|now|today|current|date|(?=\)|$))\)?\.?$/iu;

/**
 * A date that says only when, with an open end said in words: "Sept 2019 – present" stays as
 * the source writes it (a reader and a fact check find it there); a range left open by its dash
 * alone, "2015–", is said "since 2015", which the bare dash only implies.
 */
export function sinceForm(text: string): string {
  const open = OPEN_RANGE.exec(text.trim());
  if (!open?.[1] || /[\p{L}]\W*$/u.test(text.trim().replace(/\)$/, ""))) return text;
  return `since ${open[1]}`;
}

/** "2016", "(2016)": a year the entry's year field holds. */
export function bareYear(text: string): boolean {
  return /^\(?(?:19|20)\d{2}\)?[.,]?$/.test(text.trim());
}

/** "2023 — Pulitzer Prize finalist", "2019–2021: Engineer at Acme": the date in front, and the rest. */
export function leadingDate(
  text: string,
): { text: string; year: number; rest: string } | undefined {
  const m = new RegExp(
    String.raw`^((?:${MONTH_NAME}\s+)?(?:19|20)\d{2}(?:-[01]\d(?:-[0-3]\d)?)?(?:\s*(?:[–—-]|to)\s*(?:(?:${MONTH_NAME}\s+)?(?:19|20)\d{2}|present|now|today))?)\s*(?:[—–:|·]|\s-|,)\s*(.+)$`,
    "iu",
  ).exec(text);
  // "2019–present State Veterinarian, …": a range needs no separator before what it dates.
  // ("From 2013 to 2018 I worked…" is a sentence: "From" is no month.)
  const spaced = new RegExp(
    String.raw`^((?:${MONTH_NAME}\s+)?(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:(?:${MONTH_NAME}\s+)?(?:19|20)\d{2}|present|now|today))\s+(\p{Lu}.+)$`,
    "u",
  ).exec(text);
  const found = spaced ?? m;
  if (!found?.[1] || !found[2]) return undefined;
  const year = findYears(found[1])[0];
  return year === undefined ? undefined : { text: found[1], year, rest: found[2] };
}
