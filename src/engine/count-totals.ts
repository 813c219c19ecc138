/**
 * Whether a count question asks a total, and which numbers of a text say a rate or a capacity
 * instead ("for up to six students at a time", "25 visits a year"): no answer to "how many in
 * total".
 */
import type { Span, Token } from "./details.ts";
import { NUMBER_WORDS } from "./lexicon.ts";
import type { Question } from "./question.ts";

const TIME_UNITS = /^(?:year|month|week|day|night|season|session|term|time|evening|weekend)s?$/;

/** "How many students have taken it in total", "altogether", "so far", "over the years". */
export function asksTotal(question: Question): boolean {
  const w = question.words;
  return w.some(
    (word, i) =>
      word === "total" ||
      word === "altogether" ||
      (word === "far" && w[i - 1] === "so") ||
      (word === "told" && w[i - 1] === "all") ||
      (word === "years" && w[i - 1] === "the" && w[i - 2] === "over"),
  );
}

/**
 * Numbers of the text that count no total: followed, within their phrase, by "at a time", "at
 * once", "a year", "per…", "each…", or joined to a unit of time ("an 8-week class").
 */
export function rateSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    if (!/\d/.test(t.word) && !Object.hasOwn(NUMBER_WORDS, t.word)) return;
    // "An 8-week class": a length, whatever the class is then said to hold.
    const joined = tokens[i + 1];
    if (joined?.before === "-" && TIME_UNITS.test(joined.word)) {
      spans.push({ kind: "count", from: i, to: i + 1 });
      return;
    }
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
      const here = tokens[j] as Token;
      if (/[,;:.!?()]/.test(here.before)) return;
      const next = tokens[j + 1]?.word ?? "";
      const joined = j + 1 < tokens.length && !/[,;:.!?()]/.test(tokens[j + 1]?.before ?? "");
      const rate =
        here.word === "per" ||
        here.word === "each" ||
        here.word === "every" ||
        (here.word === "at" &&
          joined &&
          (next === "once" || (next === "a" && tokens[j + 2]?.word === "time"))) ||
        (/^(?:a|an)$/.test(here.word) && joined && TIME_UNITS.test(next) && next !== "time");
      if (rate) {
        spans.push({ kind: "count", from: i, to: i + 1 });
        return;
      }
    }
  });
  return spans;
}
