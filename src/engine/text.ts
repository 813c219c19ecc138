import { stemmer } from "stemmer";
import { CHAT, PHRASAL } from "./chat-words.ts";
import {
  FUNCTION_WORDS,
  isCommonWord,
  ONE_WAY_SYNONYMS,
  SYNONYM_GROUPS,
  verbBase,
} from "./lexicon.ts";

/**
 * Lowercase words of a text as a chat question writes them or an entry states them: NFKC,
 * apostrophes and thousands separators removed, chat abbreviations and contractions expanded,
 * hyphenated words split into their parts ("47-minute" → "47", "minute").
 */
export function words(text: string): string[] {
  // "Évora" and "evora", "Lidingö" and "lidingo": people type names without their accents.
  const folded = /[^\p{ASCII}]/u.test(text)
    ? text
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .normalize("NFKC")
    : text;
  const raw =
    folded
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      // "(⭐ 1.3k)": a repository's stars, as its page writes them.
      .replace(/[⭐★🌟]/gu, " stars ")
      .replace(/\btl;?\s?dr\b/g, " ")
      // "research-wise", "DPDK-based", "backpressure-aware": the suffix only describes.
      .replace(/-(?:wise|based|like|style|driven|aware|friendly|free|related|oriented)\b/g, "")
      .replace(/(\d),(?=\d{3}\b)/g, "$1")
      // "2020 – present" is now, not a talk given.
      .replace(/([-–—]|\bto|\buntil)\s*present\b/g, "$1 current")
      .replace(/\b(what|who|where|when|how|that|it|he|she|there|here)'s\b/g, "$1 is")
      .replace(/n't\b/g, " not")
      .replace(/'(s|re|ve|ll|d|m)\b/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string;
    // Three words before two: "bumped up to" before "bumped up".
    const phrase = [`${w} ${raw[i + 1]} ${raw[i + 2]}`, `${w} ${raw[i + 1]}`].find((p) =>
      Object.hasOwn(PHRASAL, p),
    );
    if (phrase) {
      out.push(...(PHRASAL[phrase] as string).split(" "));
      i += phrase.split(" ").length - 1;
      continue;
    }
    const expanded = Object.hasOwn(CHAT, w) ? CHAT[w] : undefined;
    if (expanded === undefined) out.push(w);
    else if (expanded) out.push(...expanded.split(" "));
  }
  return out;
}

/** The form words are matched by: irregular verbs to their base, then the Porter stem. */
export function key(word: string): string {
  let found = keys.get(word);
  if (found === undefined) {
    // "nominee", "trainee", "employee": the one nominated, trained, employed.
    // Porter leaves "fly" and "try" whole but cuts "flies" and "tried" to "fli" and "tri".
    // Porter cuts "added" and "diffing" to "ad" and "dif" but leaves "add" and "diff": a doubled
    // "d" or "f" before the ending stays ("stopped" is still "stop").
    // Porter makes "engine" and "engineer" one stem; a machine is not a person.
    // Porter cuts "gas" to "ga" but "gases" to "gase": a word whose "s" is its own ("gas",
    // "lens", "atlas") is its own key, and its plural in "-ses" goes to it.
    const own = verbBase(word) === word ? ownS(word) : undefined;
    found = own
      ? own
      : /^engines?$/.test(word)
        ? "engine"
        : /^[^aeiou]+i(?:es|ed)$/.test(word)
          ? stemmer(`${word.slice(0, -3)}y`)
          : /(?:dd|ff)(?:ed|ing)$/.test(word)
            ? stemmer(word.replace(/(?:ed|ing)$/, ""))
            : word.length >= 7 && /[^e]ees?$/.test(word)
              ? stemmer(word.replace(/ees?$/, ""))
              : stemmer(verbBase(word));
    if (keys.size >= KEY_CACHE_SIZE) keys.clear();
    keys.set(word, found);
  }
  return found;
}

// "gas" and "gases" → "gas": an ordinary word ending in an "s" that is no plural's.
function ownS(word: string): string | undefined {
  if (word.length < 3 || /(?:ss|us|is|ies)$/.test(word)) return undefined;
  if (/[^s]ses$/.test(word)) {
    const single = word.slice(0, -2);
    return isCommonWord(single) && !isCommonWord(single.slice(0, -1)) ? single : undefined;
  }
  // ("classes", "boxes", "towns": plurals of words the dictionary holds.)
  if (!word.endsWith("s") || [word.slice(0, -1), word.slice(0, -2)].some(isCommonWord))
    return undefined;
  return isCommonWord(word) ? word : undefined;
}

// Keys are asked for the same words again and again (every entry, every question).
const KEY_CACHE_SIZE = 50_000;
const keys = new Map<string, string>();

/** Whether a word carries meaning (not a function word, not a lone letter). */
export function isContent(word: string): boolean {
  return (
    !FUNCTION_WORDS.has(word) &&
    !FUNCTION_WORDS.has(verbBase(word)) &&
    (word.length > 1 || /\d/.test(word))
  );
}

/** Index terms: keys of the words that carry meaning. */
export function terms(text: string): string[] {
  const out: string[] = [];
  // Only a word an irregular verb form could be read as ("led") is looked up in capitals.
  let caps: Set<string> | undefined;
  for (const w of words(text)) {
    if (!isContent(w)) continue;
    if (verbBase(w) !== w && text.includes(w.toUpperCase())) caps ??= acronyms(text) ?? new Set();
    out.push(caps?.has(w) ? stemmer(w) : key(w));
  }
  return out;
}

/**
 * Words a text writes in capitals ("LED", "CAT"), lowercase: acronyms, which are no verb forms
 * ("LED" is not "lead"). Undefined when there are none.
 */
export function acronyms(text: string): Set<string> | undefined {
  const found = text.match(/\b\p{Lu}{2,}\b/gu);
  return found ? new Set(found.map((w) => w.toLowerCase())) : undefined;
}

const SYNONYM_OF = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const keys = [...new Set(group.split(" ").map(key))];
  for (const k of keys) SYNONYM_OF.set(k, [...new Set([...(SYNONYM_OF.get(k) ?? []), ...keys])]);
}
for (const [asked, meant] of ONE_WAY_SYNONYMS) {
  const k = key(asked);
  SYNONYM_OF.set(k, [...new Set([...(SYNONYM_OF.get(k) ?? [k]), key(meant)])]);
}

/** A term and the synonyms a question may have meant by it. */
export function alternatives(term: string): string[] {
  return SYNONYM_OF.get(term) ?? [term];
}

/** Porter stem of a lowercase word. */
export function stem(word: string): string {
  return stemmer(word);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * The first word of `known` one slip away from `word` (a letter missing, extra, wrong or two
 * swapped): "originaly" → "originally", "strem" → "stream".
 */
export function oneSlipAway(word: string, known: (w: string) => boolean): string | undefined {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const candidates = [
      head + tail.slice(1),
      head + tail.slice(1, 2) + tail.slice(0, 1) + tail.slice(2),
      ...[...LETTERS].flatMap((c) => [head + c + tail.slice(1), head + c + tail]),
    ];
    for (const c of candidates) if (c !== word && c.length > 2 && known(c)) return c;
  }
  return undefined;
}

/**
 * Whether `b` is `a` with one letter missing, extra, wrong, two neighbours swapped, or the
 * doubling on another letter.
 */
export function oneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  // "holleta" for "Holetta": the doubled letter put on the wrong one.
  const single = (w: string) => w.replace(/(.)\1/g, "$1");
  if (a.length === b.length && a.length >= 5 && single(a) === single(b)) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    const [i, j] = diff as [number, number];
    return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
