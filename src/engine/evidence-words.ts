/**
 * Where words stand in an entry's text: the forms of a question's words, names standing next to a
 * verb, breaks between clauses and sentences.
 */
import type { Span, Token } from "./details.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import { CONVERSES, ORGANISATION_WORDS } from "./lexicon.ts";
import type { Question } from "./question.ts";
import { alternatives, isContent, key } from "./text.ts";

/** How far (in words) a name may stand from the verb it is the subject or object of. */
export const AFTER_VERB = 4;
const BEFORE_VERB = 4;
// Abbreviated titles written with a full stop before a name.
const TITLES = new Set(["dr", "prof", "mr", "mrs", "ms", "mx", "st"]);
/** Prepositions: a word after one is not the thing a verb takes. */
export const PREPOSITIONS = new Set("for to with about of from by on at in into like".split(" "));
/** The profile keys a question word was taken to mean (itself, synonyms, a slip's correction). */
export function meant(question: Question, word: string): string[] {
  const k = key(word);
  return question.meant?.get(k) ?? alternatives(k);
}

/** A plural noun's singular, organisation words kept as they are. */
export function singular(word: string): string {
  return ORGANISATION_WORDS.has(word) ? word : word.replace(/s$/, "");
}

/** The verdict that an entry lacks a detail. */
export function lacks(missing: string): Verdict {
  return { answers: false, missing };
}

/** Keys of every word of the question and their synonyms. */
export function questionKeys(question: Question): Set<string> {
  const keys = new Set<string>();
  for (const w of question.words) for (const k of alternatives(key(w))) keys.add(k);
  return keys;
}

/**
 * A detail is the entry's own when some word of it is not in the question: "Chicago" does not
 * answer "which Chicago neighbourhood", nor "ASPLOS" "where was ASPLOS held".
 */
export function isFresh(tokens: Token[], span: Span, asked: ReadonlySet<string>): boolean {
  for (let i = span.from; i < span.to; i++) {
    const t = tokens[i];
    if (t && !t.keys.some((k) => asked.has(k))) return true;
  }
  return false;
}

/** Positions of a word's forms, its synonyms and the nouns made from it ("edit" → "editor"). */
export function occurrences(tokens: Token[], wanted: string[]): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    if (t.keys.some((k) => wanted.some((w) => related(k, w)))) found.push(i);
  });
  return found;
}

// Endings that make a noun of a verb or a person of a thing: "editor", "trumpeter", "authorship".
const DERIVED = /^(?:es|ers?|ors?|ions?|ing|ed|ship|ment|ists?|al|ance|ence|ity|ive|at)$/;

function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 4 || !long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  // "nominee", "trainee": the one it was done to.
  // (Not "engine", which Porter would read as "engineer".)
  return (
    DERIVED.test(rest) ||
    (rest === "e" && short.length >= 5 && long !== "engine") ||
    // "glide" → "glider", "ride" → "riders": the one who does it, of a verb ending in "e".
    (short.endsWith("e") && /^rs?$/.test(rest))
  );
}

/**
 * A name is the verb's subject or object when it stands just before it, or just after it with
 * nothing but small words and a "by" or "with" that belongs to the verb in between:
 * "illustrated by Oskar Berg", "reported it with my colleague Devon Price-Walker", but not
 * "published in 2024 with illustrations by Amira Haddou".
 */
export function attached(
  tokens: Token[],
  span: Span,
  at: number,
  reach = AFTER_VERB,
  from = false,
): boolean {
  // "illustrated by Lars Winther, published in…": a comma ends what the name did; but
  // "Inês Duarte, who runs the dining room" goes on about her.
  if (span.to <= at) {
    const relative = at === span.to + 1 && /^(who|which)$/.test(tokens[span.to]?.word ?? "");
    return at - span.to <= BEFORE_VERB && (relative || !broken(tokens, span.to - 1, at));
  }
  if (span.from <= at) return true;
  // "Supervisor: Prof. Alison Hart", "dir. Mona Berg": a label, then who.
  const label =
    /^[:.]\s*$/.test(tokens[at + 1]?.before ?? "") && !broken(tokens, at + 1, span.from);
  if (span.from - at - 1 > reach || (!label && broken(tokens, at, span.from))) return false;
  for (let i = at + 1; i < span.from; i++) {
    const t = tokens[i] as Token;
    // ("Commissioned in 2021 by Opera Scaldis": when it was done, then by whom.)
    const when = /^(?:1[89]|20)\d\d$/.test(t.word) && tokens[i - 1]?.word === "in";
    if (when) continue;
    // Another content word followed by "by" owns the name: "illustrations by"; but "learned
    // orchestral recording from X": the one learned from goes with the verb.
    // ("Named Young Engineer of the Year by the Institution": a title's word owns nothing.)
    if (
      (tokens[i + 1]?.word === "by" || (tokens[i + 1]?.word === "from" && !from)) &&
      i > at + 1 &&
      !t.name
    )
      return false;
    if (/\d/.test(t.word)) return false;
  }
  return true;
}

/**
 * "Children's book": a word with "'s" that says what kind of thing follows (not "a master's
 * in Science Education" or "a master's degree").
 */
export function qualifies(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    (tokens[at]?.possessive ?? false) &&
    next !== undefined &&
    /^\s$/.test(next.before) &&
    isContent(next.word) &&
    !PREPOSITIONS.has(next.word) &&
    next.word !== "degree"
  );
}

/** Whether a sentence ends between two tokens. */
export function ended(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    const between = tokens[i]?.before ?? "";
    if (between.trim() === "." && TITLES.has(tokens[i - 1]?.word ?? "")) continue;
    if (/[.!?;]/.test(between)) return true;
  }
  return false;
}

/** Whether punctuation stands between two tokens: they are in different clauses. */
export function broken(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    const between = tokens[i]?.before ?? "";
    // "the lab of Prof. Anna Rüegg": a title's full stop is no break.
    if (between.trim() === "." && TITLES.has(tokens[i - 1]?.word ?? "")) continue;
    if (/[,;:.!?()—–]/.test(between)) return true;
  }
  return false;
}

/** A name standing right after one of `wanted` words, or one small word later. */
export function rightAfter(tokens: Token[], span: Span, wanted: string[]): boolean {
  return occurrences(tokens, wanted).some((at) => span.from > at && span.from - at <= 2);
}

/**
 * Separate names among token positions: adjacent positions are one name, unless a comma parts
 * them ("Go, Python, Java").
 */
export function runs(tokens: Token[], positions: Set<number>): number {
  const sorted = [...positions].sort((a, b) => a - b);
  let count = 0;
  sorted.forEach((p, i) => {
    const joined = p === (sorted[i - 1] as number) + 1 && !/[,;]/.test(tokens[p]?.before ?? "");
    if (i === 0 || !joined) count++;
  });
  return count;
}

/**
 * Whether an entry's words or tags hold one of `wanted` keys, or a word made from one
 * ("authorship" → "author").
 */
export function holds(entry: EntryFacts, wanted: string[]): boolean {
  if (hasKey(entry.keys, wanted)) return true;
  for (const k of entry.keys) if (wanted.some((w) => related(k, w))) return true;
  return false;
}

/** Whether a set of keys holds one of `wanted`. */
export function hasKey(keys: ReadonlySet<string>, wanted: string[]): boolean {
  return wanted.some((k) => keys.has(k));
}

/** "taught" → the keys of "learned": the same event told from the other side. */
export function converse(verb: string): string[] {
  const other = CONVERSES[verb] ?? CONVERSES[key(verb)];
  return other ? [key(other)] : [];
}

// Whether two words stand in different sentences, or in clauses joined by ", and" / ", but".
export function coordinated(tokens: Token[], i: number, j: number): boolean {
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k] as Token;
    if (/[.!?;]/.test(t.before)) return true;
    if (/,/.test(t.before) && /^(?:and|but|while|whereas)$/.test(t.word)) return true;
  }
  return false;
}

// Whether two words of one sentence stand in clauses joined by ", and" / ", but".
export function joinedOn(tokens: Token[], i: number, j: number): boolean {
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k] as Token;
    if (/[.!?;]/.test(t.before)) return false;
    if (/,/.test(t.before) && /^(?:and|but|while|whereas)$/.test(t.word)) return true;
  }
  return false;
}
