/**
 * Which numbers of a text may answer a count question: not a rate or a capacity when a total is
 * asked ("for up to six students at a time"), not someone else's count when the question names
 * whose ("how many hives does Luka keep": "we run 180 hives, and Luka helps").
 */
import type { Span, Token } from "./details.ts";
import { meant } from "./evidence-words.ts";
import { NUMBER_WORDS, UNITS } from "./measure-words.ts";
import type { Question } from "./question.ts";
import { AUX, POSSESSIVES, PRONOUNS } from "./question-words.ts";
import { isContent, key } from "./text.ts";

// Words that open a new clause after a comma ("…, and my brother Luka helps").
const BACK_REFERENCES = /^(?:it|its|he|she|they|this|which|who|whose)$/;
const CLAUSE_OPENERS = /^(?:and|but|while|when|where|which|who|whose|so|although|though|whereas)$/;

// Words after which a name says when, not who or what: "before Schiphol", "since Oxford".
const WHEN_WORDS = /^(?:before|after|since|until|till)$/;
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
    if (!isNumber(t)) return;
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

/**
 * Numbers joined to a noun that size what the phrase goes on to name ("a 36-bed intensive care
 * unit"), when the question never names that: asked for a total, a part's count is not it.
 */
export function partSpans(question: Question, tokens: Token[]): Span[] {
  const asked = new Set(question.terms.flatMap((t) => meant(question, t.word)));
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    // "Leads its bridges team of nine engineers": a named team's size, a part of the firm's.
    if (
      isNumber(t) &&
      tokens[i - 1]?.word === "of" &&
      GROUP_WORDS.test(tokens[i - 2]?.word ?? "") &&
      isContent(tokens[i - 3]?.word ?? "") &&
      !/[,;:.!?()]/.test(tokens[i - 2]?.before ?? "") &&
      !(tokens[i - 3]?.keys ?? []).some((k) => asked.has(k))
    ) {
      spans.push({ kind: "count", from: i, to: i + 1 });
      return;
    }
    if (!isNumber(t) || tokens[i + 1]?.before !== "-") return;
    const head: Token[] = [];
    for (let j = i + 2; j < tokens.length; j++) {
      const next = tokens[j] as Token;
      if (/[,;:.!?()]/.test(next.before) || !isContent(next.word)) break;
      head.push(next);
    }
    if (head.length > 0 && !head.some((h) => h.keys.some((k) => asked.has(k))))
      spans.push({ kind: "count", from: i, to: i + 1 });
  });
  return spans;
}

// Groups inside a larger body, which a named one ("its bridges team") is a part of.
const GROUP_WORDS = /^(?:team|group|unit|department|crew|squad|division)$/;

function isNumber(t: Token): boolean {
  return /\d/.test(t.word) || Object.hasOwn(NUMBER_WORDS, t.word);
}

/**
 * The numbers of the text outside every clause naming the one a count question asks about, when
 * that is someone other than the owner ("how many hives does Luka look after", "did your dad
 * start with", "does the collective have"); none when the question asks about the owner, what
 * the entry is titled after, or what its text never names.
 */
/** (`titleEnd`: where the entry's title ends in its text, in characters.) */
export function othersSpans(question: Question, tokens: Token[], titleEnd: number): Span[] {
  const w = question.words;
  const at = w.findIndex((word, i) => i > 0 && AUX.has(word) && w[i - 1] === question.focus);
  if (at < 0) return [];
  let from = at + 1;
  while (/^(?:the|a|an)$/.test(w[from] ?? "") || POSSESSIVES.has(w[from] ?? "")) from++;
  // "Does the wood-firing collective have": every word of the one asked about. The owner's
  // name is no term of the question: only someone else's is.
  const subject: string[] = [];
  for (let i = from; i < w.length; i++) {
    const word = w[i] as string;
    if (
      PRONOUNS.has(word) ||
      word === "u" ||
      question.verbs.includes(word) ||
      !question.terms.some((t) => t.word === word)
    )
      break;
    subject.push(word);
  }
  if (subject.length === 0) return [];
  const keys = new Set(subject.flatMap((word) => meant(question, word)));
  // "How many stars does Bolinas have", of the entry titled "Bolinas — …": its numbers are its own.
  const first = tokens.find((t) => !/^(?:the|a|an)$/.test(t.word));
  if (titleEnd > 0 && first && first.start < titleEnd && first.keys.some((k) => keys.has(k)))
    return [];
  // "How many pools does the lending scheme have", of "Birth pool lending scheme": every word of
  // it in the title says the entry is about it, so a count of the very thing asked ("we own 14
  // pools") is its own, in any clause. (Not "a taster day for four people" in a guild's entry:
  // people are not what "how many members" names.)
  const title = tokens.filter((t) => t.start < titleEnd);
  const titled = subject.every((word) =>
    title.some((t) => t.keys.some((k) => meant(question, word).includes(k))),
  );
  // (The word itself: "members" are people, but four people on a taster day are no members.)
  const focus = question.focus ? key(question.focus) : undefined;
  const ofFocus = (i: number) =>
    titled &&
    focus !== undefined &&
    [1, 2, 3].some(
      (d) =>
        tokens[i + d]?.keys.includes(focus) === true &&
        tokens.slice(i + 1, i + d + 1).every((t) => !/[,;:.!?()]/.test(t.before)),
    );
  const mentions = tokens
    .map((t, i) => (t.start >= titleEnd && t.keys.some((k) => keys.has(k)) ? i : -1))
    .filter((i) => i >= 0);
  // "Before Schiphol she spent five years at Rotterdam, on its single runway": named only to
  // say when, it is not what the entry's numbers count.
  const names = mentions.filter((i) => !WHEN_WORDS.test(tokens[i - 1]?.word ?? ""));
  if (mentions.length > 0 && names.length === 0)
    return tokens.flatMap((t, i) =>
      isNumber(t) ? [{ kind: "count" as const, from: i, to: i + 1 }] : [],
    );
  if (names.length === 0) return [];
  const clause = clauses(tokens);
  const theirs = new Set(names.map((i) => clause[i]));
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    if (isNumber(t) && !theirs.has(clause[i]) && !ofFocus(i))
      spans.push({ kind: "count", from: i, to: i + 1 });
  });
  return spans;
}

// Each token's clause: a new one after a sentence's end, a semicolon, or a comma and a word that
// opens a clause; one that opens with a pronoun ("; it now handles…", "It has been translated",
// "Today it has…") goes on about what the one before was about. ("1.3 million": a point between
// digits ends nothing, nor in "1.4k stars".)
function clauses(tokens: Token[]): number[] {
  let n = 0;
  return tokens.map((t, i) => {
    const decimal =
      t.before === "." && /^\d+[km]?$/.test(t.word) && /\d$/.test(tokens[i - 1]?.word ?? "");
    const opens =
      (/[.!?;]/.test(t.before) && !decimal) ||
      (t.before.includes(",") && CLAUSE_OPENERS.test(t.word));
    const next = tokens[i + 1];
    // ("Today it has…", but not ", and she is…": a sentence's opening word before the pronoun.)
    const back =
      BACK_REFERENCES.test(t.word) ||
      (/[.!?;]/.test(t.before) &&
        !CLAUSE_OPENERS.test(t.word) &&
        next?.before === " " &&
        BACK_REFERENCES.test(next.word));
    if (opens && !back) n++;
    return n;
  });
}

// Units a number measures in, spelt out or short ("18 months", "420 metres", "12 kg"); not
// "times" or a lone letter, which say other things.
const UNIT_WORDS = new Set(
  Object.entries(UNITS)
    .filter(([kind]) => kind !== "factor" && kind !== "percent")
    .flatMap(([, u]) => [...u])
    .filter((u) => u.length > 1 && u !== "second"),
);

/**
 * Numbers of the text that measure in a unit ("site engineer for 18 months"): no count of the
 * people or things named before them, unless the unit is what is counted ("how many months").
 */
export function measureSpans(question: Question, tokens: Token[]): Span[] {
  if (UNIT_WORDS.has(question.focus ?? "")) return [];
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    const unit = tokens[i + 1];
    if (isNumber(t) && unit && !/[,;:!?()]/.test(unit.before) && UNIT_WORDS.has(unit.word)) {
      // "A 41.5 cm viola": the whole figure, not its "41", is a length.
      const whole = /^[.,]$/.test(t.before) && /^\d+$/.test(tokens[i - 1]?.word ?? "");
      spans.push({ kind: "count", from: whole ? i - 1 : i, to: i + 1 });
    }
  });
  return spans;
}

/**
 * Whether "how many times" is answered by an ordinal of the thing done: "her 40th ascent of the
 * peak" says forty times.
 */
export function countedByOrdinal(question: Question, tokens: Token[]): boolean {
  if (question.focus !== "times") return false;
  return tokens.some(
    (t, i) =>
      /^(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(
        t.word,
      ) &&
      /^(?:her|his|their|my|our|the|its)$/.test(tokens[i - 1]?.word ?? "") &&
      isContent(tokens[i + 1]?.word ?? ""),
  );
}

/**
 * Numbers of the text that give a proportion, not a count: "one in ten applicants", "three out
 * of four patients" say how many of some, not how many there were.
 */
export function ratioSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    if (!isNumber(t)) return;
    const of = tokens[i + 1]?.word === "out" && tokens[i + 2]?.word === "of" ? 2 : 1;
    const by = tokens[i + 1]?.word === "in" || of === 2;
    const other = tokens[i + 1 + of];
    if (!by || !other || !isNumber(other)) return;
    if (tokens.slice(i + 1, i + 2 + of).some((w) => /[,;:.!?()]/.test(w.before))) return;
    spans.push(
      { kind: "count", from: i, to: i + 1 },
      { kind: "count", from: i + 1 + of, to: i + 2 + of },
    );
  });
  return spans;
}

/**
 * Numbers said of some of a group, not of the one asked about: "Most of the farmers she works
 * with own less than 2 hectares" is no amount the owner has. None when the question itself asks
 * about part of a group ("how many of her students…").
 */
export function partOfGroupSpans(question: Question, tokens: Token[]): Span[] {
  const w = question.words;
  if (w.some((word, i) => word === "of" && /^(?:many|much)$/.test(w[i - 1] ?? ""))) return [];
  const spans: Span[] = [];
  let group = false;
  tokens.forEach((t, i) => {
    if (i === 0 || /[.!?;]/.test(t.before)) {
      group =
        QUANTIFIERS.test(t.word) &&
        tokens[i + 1]?.word === "of" &&
        !/[,;:.!?()]/.test(tokens[i + 1]?.before ?? "");
    }
    if (group && isNumber(t)) spans.push({ kind: "count", from: i, to: i + 1 });
  });
  return spans;
}

const QUANTIFIERS = /^(?:most|many|some|all|few|half|several|none|each)$/;
