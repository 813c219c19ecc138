/**
 * Which one of exclusive alternatives a question asks: a statistic of a measure ("median
 * latency": "61µs P99.9" is another), a point in time ("current rating": "my peak rating" is
 * another), a level of degree ("masters dissertation": a PhD's is another).
 */
import type { Token } from "./details.ts";
import type { Question } from "./question.ts";
import { words } from "./text.ts";

// Each statistic a question may name, with the ways a text may write it.
const STATISTICS: Readonly<Record<string, RegExp>> = {
  median: /^(?:median|p50|50th)$/,
  average: /^(?:average|averages|averaged|mean|avg)$/,
  mean: /^(?:average|averages|averaged|mean|avg)$/,
  peak: /^(?:peak|peaks|peaked|max|maximum|top|highest|record)$/,
  maximum: /^(?:peak|max|maximum|top|highest|record)$/,
  minimum: /^(?:min|minimum|lowest)$/,
};

/**
 * The statistic the question asks of a measure ("median latency") when the text writes it in no
 * way, as "median latency" for the judge's "doesn't give…"; nothing when it is stated or not asked.
 */
export function missingStatistic(question: Question, tokens: Token[]): string | undefined {
  const w = question.words;
  const at = w.findIndex((word) => Object.hasOwn(STATISTICS, word));
  if (at < 0) return undefined;
  const stat = w[at] as string;
  const measured = w[at + 1];
  // "Median latency", "average speed": the statistic of a measure, not "the peak of the season".
  if (measured === undefined || measured !== question.focus) return undefined;
  const written = STATISTICS[stat] as RegExp;
  if (tokens.some((t) => written.test(t.word))) return undefined;
  return `${stat} ${measured}`;
}

// Words that set a figure at one point of its past or at its extreme, not where it is now.
const NOT_NOW =
  /^(?:peak|peaked|highest|lowest|best|top|record|max|maximum|former|previous|old|first|starting|initial|original|career-high)$/;
const NOW_WORDS = /^(?:current|currently|now|today|present|presently|nowadays)$/;

/**
 * "What's your current rating", answered only by "my peak rating was 2437": the text gives the
 * measure at another point, and says nothing of now. The "current rating" for the judge's
 * "doesn't give…"; nothing when the text speaks of now or the question does not ask it.
 * (`titleEnd`: where the entry's title ends in its text, in characters.)
 */
export function missingNow(
  question: Question,
  tokens: Token[],
  titleEnd: number,
): string | undefined {
  const w = question.words;
  const { focus } = question;
  const at = w.findIndex((word) => word === "current" || word === "present");
  if (at < 0 || focus === undefined) return undefined;
  const to = w.indexOf(focus, at + 1);
  if (to < 0 || to - at > 3) return undefined;
  if (tokens.some((t) => NOW_WORDS.test(t.word))) return undefined;
  // (The text's, not the title's: "Climbing grade" heads the entry and says nothing of when.)
  const said = tokens.flatMap((t, i) => (t.word === focus && t.start >= titleEnd ? [i] : []));
  const earlier = (i: number) =>
    [1, 2, 3].some(
      (d) =>
        NOT_NOW.test(tokens[i - d]?.word ?? "") &&
        tokens.slice(i - d + 1, i + 1).every((t) => !/[,;:.!?()]/.test(t.before)),
    );
  if (said.length === 0 || !said.every(earlier)) return undefined;
  return `current ${focus}`;
}

// Levels of degree, each as a text may write it; one is never another.
const LEVELS: Readonly<Record<string, RegExp>> = {
  masters: /^(?:masters?|msc|ma|mphil|mres|meng|mba|mfa)$/,
  bachelors: /^(?:bachelors?|bsc|ba|beng|bfa|undergraduate|undergrad)$/,
  doctorate: /^(?:doctorate|doctoral|phd|dphil|edd)$/,
};

/** Whether a title names a degree ("PhD in Computational Biology", "MEng Civil Engineering"). */
export function namesDegree(title: string): boolean {
  return words(title).some((w) => Object.values(LEVELS).some((re) => re.test(w)));
}

/**
 * "What was his masters dissertation about", of an entry about a PhD: the question names one
 * level of degree, the text another and never the one asked. The "masters dissertation" for the
 * judge's "doesn't give…"; nothing otherwise.
 */
export function missingLevel(question: Question, tokens: Token[]): string | undefined {
  const w = question.words;
  // "Where did you do your undergraduate degree", "…your undergrad": written any way a level is.
  const levelOf = (word: string) => Object.keys(LEVELS).find((name) => LEVELS[name]?.test(word));
  const at = w.findIndex(
    (word, i) =>
      levelOf(word) !== undefined &&
      (w[i + 1] === question.focus || w[i + 1] === "degree" || i === w.length - 1),
  );
  if (at < 0) return undefined;
  const level = levelOf(w[at] as string) as string;
  const said = (re: RegExp) => tokens.some((t) => re.test(t.word));
  if (said(LEVELS[level] as RegExp)) return undefined;
  const other = Object.entries(LEVELS).some(([name, re]) => name !== level && said(re));
  return other ? `${level} ${w[at + 1] ?? "degree"}` : undefined;
}

// Schools before a degree, by the word that says which ("high school", "primary school").
const SCHOOL_LEVEL = /^(?:high|secondary|primary|elementary|middle|grammar|junior|senior)$/;

/**
 * "Where did you go to high school", of an entry about a university: the question names a school
 * before any degree, and the entry never says that kind of school. "high school" for the judge's
 * "doesn't give…"; nothing otherwise.
 */
export function missingSchool(question: Question, tokens: Token[]): string | undefined {
  const w = question.words;
  const at = w.findIndex((word, i) => SCHOOL_LEVEL.test(word) && w[i + 1] === "school");
  if (at < 0) return undefined;
  const level = w[at] as string;
  const said = tokens.some(
    (t, i) => t.word === level && /^(?:school|schools)$/.test(tokens[i + 1]?.word ?? ""),
  );
  return said ? undefined : `${level} school`;
}
