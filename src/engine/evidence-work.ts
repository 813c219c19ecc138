/**
 * "What do her sons do for work": what someone close to the owner does for a living, which an
 * entry that only names them ("two grown-up sons, Ruairí and Tom") does not say.
 */
import type { Token } from "./details.ts";
import type { EntryFacts } from "./evidence-types.ts";
import { meant, occurrences } from "./evidence-words.ts";
import { KIN_NOUNS, PEOPLE_NOUNS } from "./lexicon.ts";
import type { Question } from "./question.ts";
import { isContent } from "./text.ts";

// ("What does his brother Alasdair do for a living": a name may follow the one asked about.)
const ASKED =
  /^what (?:do|does|did) (?:your|her|his|their|my) (\w+)(?: \w+)? do(?: for (?:work|a living|money)| now)?$/;
// Words that say what someone does for a living: "works", "a job", "as a nurse".
const WORK = /^(?:works?|worked|working|job|jobs|career|careers|profession|employed|runs?|ran)$/;

/**
 * The "jobs of the sons" an entry about them lacks, when the question asks what people close to
 * the owner do and no sentence that names them gives a role ("a retired harbour pilot") or says
 * they work; nothing otherwise.
 */
export function missingWork(question: Question, entry: EntryFacts): string | undefined {
  const noun = ASKED.exec(question.words.join(" "))?.[1];
  if (noun === undefined) return undefined;
  const one = noun.replace(/s$/, "");
  if (![noun, one].some((w) => KIN_NOUNS.has(w) || PEOPLE_NOUNS.has(w))) return undefined;
  const { tokens } = entry.details;
  const at = occurrences(tokens, meant(question, noun)).filter(
    (a) => (tokens[a]?.start ?? 0) >= entry.titleEnd,
  );
  if (at.length === 0) return undefined;
  if (at.some((a) => sentenceOf(tokens, a).some((t, i, s) => saysWork(t, s[i + 1]))))
    return undefined;
  return `${noun === one ? "job" : "jobs"} of the ${noun}`;
}

// The tokens of the sentence a token stands in.
function sentenceOf(tokens: Token[], at: number): Token[] {
  let from = at;
  while (from > 0 && !/[.!?]/.test(tokens[from]?.before ?? "")) from--;
  let to = at + 1;
  while (to < tokens.length && !/[.!?]/.test(tokens[to]?.before ?? "")) to++;
  return tokens.slice(from, to);
}

// "works", "a job", or a role after "a"/"an" ("a retired harbour pilot", "an engineer").
function saysWork(t: Token, next: Token | undefined): boolean {
  if (WORK.test(t.word)) return true;
  // ("Restoring a 1972 narrowboat" is no role.)
  return (
    /^(?:a|an)$/.test(t.word) && next !== undefined && isContent(next.word) && !/\d/.test(next.word)
  );
}
