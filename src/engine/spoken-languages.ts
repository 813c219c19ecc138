/**
 * "What languages do you speak": the entry that names the owner's languages ("I speak Korean and
 * English, and enough French…", "Languages: Finnish, Swedish, English"), not a talk the owner
 * spoke at. Languages are known by the names the runtime gives them, not by any profile's words.
 */
import type { Question } from "./question.ts";
import type { Hit } from "./retrieve.ts";
import { key } from "./text.ts";

// One-word English names of the languages with two-letter codes ("Korean", "Swahili", "Twi"),
// read on first use.
let names: ReadonlySet<string> | undefined;

function languageNames(): ReadonlySet<string> {
  if (names) return names;
  const display = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const found = new Set<string>();
  for (const a of letters)
    for (const b of letters) {
      const name = display.of(a + b);
      if (name && /^\p{L}+$/u.test(name)) found.add(name.toLowerCase());
    }
  names = found;
  return names;
}

/** Whether the question asks which languages someone speaks ("what langs does she speak"). */
export function asksLanguagesSpoken(question: Question): boolean {
  return (
    question.focus !== undefined &&
    key(question.focus) === key("languages") &&
    question.verbs.some((v) => key(v) === key("speak"))
  );
}

/**
 * Of the hits naming two or more languages in their own text, those filed under "languages",
 * else those naming the most; none when no hit names two (one
 * name alone may be a talk's language, or each language its own entry).
 */
export function namingLanguages(question: Question, hits: Hit[]): Hit[] {
  const known = languageNames();
  const filed = key(question.focus ?? "");
  // ("Printed in Amharic and English": a book's languages, unless the book is filed so.)
  const score = (h: Hit) => {
    const { tokens } = h.details;
    // ("Korean Air" is a name; "Amharic, Sidaamu Afoo" two languages.)
    const inName = (i: number) =>
      tokens[i + 1]?.name === true && !/[,;:.]/.test(tokens[i + 1]?.before ?? "");
    const named = new Set(
      tokens.filter((t, i) => t.capital && known.has(t.word) && !inName(i)).map((t) => t.word),
    ).size;
    if (named < 2) return 0;
    return named + (h.keys.has(filed) ? FILED : 0);
  };
  const scores = hits.map(score);
  const best = Math.max(0, ...scores);
  return best === 0 ? [] : hits.filter((_, i) => scores[i] === best);
}

// Outweighs any number of languages named: an entry filed under the question's words first.
const FILED = 1000;
