// Helpers over one already-isolated piece of inline text (a line, a cell, a sentence).

// One code point of an emoji sequence: pictograph, flag half, variation selector, joiner, skin tone.
const EMOJI_PART =
  "\\p{Extended_Pictographic}|\\p{Regional_Indicator}|\\u{FE0F}|\\u{200D}|\\u{20E3}|[\\u{1F3FB}-\\u{1F3FF}]";
const LEADING_EMOJI = new RegExp(`^(?:${EMOJI_PART}|:[a-z0-9_+-]+:)+\\s*`, "u");
const ANY_EMOJI = new RegExp(`(?:${EMOJI_PART})`, "gu");
const ONLY_EMOJI = new RegExp(`^(?:\\s|${EMOJI_PART})+$`, "u");

/** True when a text holds nothing but emoji and spaces. */
export function isEmojiOnly(text: string): boolean {
  return ONLY_EMOJI.test(text);
}

/** Splits a leading emoji bullet ("🎓 PhD in …", ":rocket: …") from its text. */
export function splitEmoji(text: string): { emoji?: string; rest: string } {
  const match = LEADING_EMOJI.exec(text);
  if (!match || match[0].trim() === "") return { rest: text };
  return { emoji: match[0].trim(), rest: text.slice(match[0].length) };
}

/** Removes emoji anywhere ("Projects 🚀" → "Projects"). */
export function withoutEmoji(text: string): string {
  return text.replace(ANY_EMOJI, "").replace(/\s+/g, " ").trim();
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATION =
  /(?:\b(?:adv|prof|dr|mr|mrs|ms|st|inc|ltd|co|corp|jr|sr|vs|etc|approx|dept|univ|no|vol|pp|ed|eds|fig|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|e\.g|i\.e|al|ph\.d|m\.sc|b\.sc|b\.a|m\.a|u\.s|u\.k))\.$/iu;
// An initial ("A. Ruiz"): one capital letter alone, not the last letter of "Malmö." or "Bogotá.".
const INITIAL = /(?<![\p{L}\p{N}])\p{Lu}\.$/u;

/** Sentences of a text, split after . ! ? before a capital, digit, quote or emoji. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?…]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}\p{Extended_Pictographic}])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    const bare = candidate.replace(/["”’)]$/, "");
    if (ABBREVIATION.test(bare) || INITIAL.test(bare)) continue;
    // "Ing. (MSc equivalent) in Civil Engineering": a word alone before a bracket is a title's
    // abbreviation, not a sentence.
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (!/\s/u.test(candidate.trim()) && after.startsWith("(")) continue;
    out.push(candidate.trim());
    start = (match.index ?? 0) + match[0].length;
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** True when the text ends a sentence. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’)]?$/.test(text.trim());
}

/** Words as the provenance check and ids see them: NFKC, lowercase letters and digits. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A slug for an id: lowercase words joined by "-", cut at a word boundary. */
export function slug(text: string, max = 32): string {
  const words = wordsOf(withoutEmoji(text));
  let out = "";
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? "").slice(0, max);
}

/**
 * A short form of a text for a title or description: the whole text when it fits, else the
 * part before the first clause break, else whole words and an ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const clause = /^(.{12,}?)(?:,\s|\s[—–-]\s|:\s|\s\(|;\s|\.\s)/u.exec(text);
  if (clause?.[1] && clause[1].length <= max) return clause[1].trim();
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/u, "")}…`;
}

/** Joins texts into one, adding a period only where a text does not end a sentence. */
export function joinSentences(texts: string[]): string {
  return texts
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i, all) => (i < all.length - 1 && !endsSentence(t) && !/[,;:]$/.test(t) ? `${t}.` : t))
    .join(" ");
}

/** Cuts text into pieces of at most `max` characters at sentence (else word) boundaries. */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const sentence of sentences(text)) {
    for (const piece of sentence.length > max ? byWords(sentence, max) : [sentence]) {
      if (current && current.length + 1 + piece.length > max) {
        chunks.push(current);
        current = piece;
      } else current = current ? `${current} ${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function byWords(text: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && current.length + 1 + word.length > max) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out.map((w) => w.slice(0, max));
}

// Emoji a profile writes for a word, which a question asks with ("1.2k ⭐": how many stars).
const EMOJI_WORDS: [RegExp, string][] = [[/\s*(?:⭐|🌟)\uFE0F?/gu, " stars"]];

/** The words a profile's emoji stand for, when it writes a count with them ("1.2k ⭐"). */
export function emojiWords(source: string): string[] {
  return EMOJI_WORDS.filter(([re]) => new RegExp(re.source, "u").test(source)).map(([, w]) =>
    w.trim(),
  );
}

/** "1.2k ⭐" or "⭐ 1.2k" as "1.2k stars": a count written with an emoji, in words. */
export function spellEmoji(text: string): string {
  let out = text;
  for (const [re, word] of EMOJI_WORDS) {
    out = out.replace(new RegExp(String.raw`(\d[\d.,]*[kKmM]?)${re.source}`, "gu"), `$1${word}`);
    // "(⭐ 1.3k)": the emoji first, as a badge writes it.
    const before = re.source.replace(/^\\s\*/, "");
    out = out.replace(
      new RegExp(String.raw`${before}\s*(\d[\d.,]*[kKmM]?)(?![\p{L}\p{N}])`, "gu"),
      `$1${word}`,
    );
  }
  return out;
}

/**
 * True for a greeting that says nothing by itself ("Hello!", "Hi there 👋", "Hello, and
 * welcome.", "Welcome to my page!").
 */
export function isGreeting(text: string): boolean {
  const words =
    withoutEmoji(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return (
    GREETINGS.has(words[0] ?? "") && words.every((w) => GREETINGS.has(w) || GREETING_FILLERS.has(w))
  );
}

const GREETINGS = new Set(["hi", "hello", "hey", "hiya", "welcome", "howdy", "greetings"]);
// Words a greeting may add without saying anything about the owner.
const GREETING_FILLERS = new Set(
  "there all everyone world folks friends and to my this the page site corner of internet web".split(
    " ",
  ),
);
