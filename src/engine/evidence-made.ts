/**
 * What a thing is made with or of: "written in Go", "Stack: Rust, WASM", "a back of Scottish
 * sycamore". Each says an entry names what a "what/which X" question asks for.
 */
import type { Token } from "./details.ts";
import type { EntryFacts } from "./evidence-types.ts";
import { broken, meant, occurrences } from "./evidence-words.ts";
import { SOFTWARE_NOUNS, STACK_LABELS } from "./lexicon.ts";
import type { Question } from "./question.ts";
import { isContent } from "./text.ts";

/**
 * "What wood is the back of the viola": the part the question names, said in the entry as
 * "back of" something the question does not say ("a back of Scottish sycamore").
 */
export function partOf(question: Question, tokens: Token[], asked: ReadonlySet<string>): boolean {
  const part =
    /^(?:what|which) \w+ (?:is|are|was|were) (?:the|its|her|his|their|your) (\w+) of\b/.exec(
      question.words.join(" "),
    )?.[1];
  if (!part) return false;
  return occurrences(tokens, meant(question, part)).some((at) => {
    if (tokens[at + 1]?.word !== "of" || broken(tokens, at, at + 2)) return false;
    const what = tokens[at + 2];
    return (
      what !== undefined &&
      isContent(what.word) &&
      !/\d/.test(what.word) &&
      !what.keys.some((k) => asked.has(k))
    );
  });
}

/**
 * "A Go library", "a Rust CLI": a name standing before a kind of software.
 */
export function madeAs(tokens: Token[], asked: ReadonlySet<string>): boolean {
  return tokens.some(
    (t, i) =>
      t.name &&
      SOFTWARE_NOUNS.has(tokens[i + 1]?.word ?? "") &&
      !/[,;:.]/.test(tokens[i + 1]?.before ?? "") &&
      !t.keys.some((k) => asked.has(k)),
  );
}

/**
 * "Stack: Rust, WASM", "Built with: Elixir": a label, a colon, then a name.
 */
export function stacked(tokens: Token[], asked: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    return (
      STACK_LABELS.has(t.word) &&
      next !== undefined &&
      /^:\s*$/.test(next.before) &&
      (next.capital || next.rare) &&
      !next.keys.some((k) => asked.has(k))
    );
  });
}

// Words before "in" that place something rather than say what it is made in.
const LOCATING = new Set(
  "based located live lives living lived born raised grew up work works worked study studied office offices held moved".split(
    " ",
  ),
);

/**
 * "SLO burn-rate calculator in Go", "firmware in Zig": what the named thing is written in, a
 * name alone after "in" that ends its clause, said of the thing the question names (in its
 * clause, or the entry is about it). Not a place: "based in Utrecht", "at a bakery in Utrecht".
 */
export function writtenIn(
  question: Question,
  entry: EntryFacts,
  asked: ReadonlySet<string>,
  preposition = "in",
): boolean {
  const { tokens } = entry.details;
  // What the question names: its names, else its other words ("your models").
  const names = question.terms.filter((t) => !t.common && !t.focus && !t.optional);
  const named =
    names.length > 0
      ? names
      : question.terms.filter((t) => !t.focus && !question.verbs.includes(t.word));
  if (named.length === 0) return false;
  const mentions = named.flatMap((t) => occurrences(tokens, meant(question, t.word)));
  const about = mentions.some((at) => (tokens[at]?.start ?? Infinity) < entry.titleEnd);
  return tokens.some((t, i) => {
    // "runs on an ESP32": an article may stand before the name.
    const skip = /^(?:a|an|the)$/.test(tokens[i + 1]?.word ?? "") ? 1 : 0;
    const name = tokens[i + 1 + skip];
    const after = tokens[i + 2 + skip];
    const before = tokens[i - 1];
    if (t.word !== preposition || !name?.name || !before || name.keys.some((k) => asked.has(k)))
      return false;
    // The name ends its phrase: "in Go.", "in Zig, with…", "in Rust on weekends".
    if (after && !/[,;:.!?()]/.test(after.before) && (after.name || isContent(after.word)))
      return false;
    if (before.name || !isContent(before.word) || LOCATING.has(before.word)) return false;
    // "at a café in Mile End": a place after a place.
    for (let j = i - 1; j >= Math.max(0, i - 4) && !broken(tokens, j, i); j--)
      if (tokens[j]?.word === "at") return false;
    return about || mentions.some((at) => at < i && i - at <= 4 + skip && !broken(tokens, at, i));
  });
}
