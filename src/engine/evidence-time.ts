/**
 * Whether an entry says when what a question asks about happened: a date of the verb in its own
 * clause, a start ("since 2019") or a range that goes with what the question names, a date said
 * of the person the question is about rather than of the owner.
 */
import type { Span, Token } from "./details.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import {
  attached,
  converse,
  coordinated,
  holds,
  lacks,
  meant,
  occurrences,
} from "./evidence-words.ts";
import type { Question } from "./question.ts";
import { alternatives, isContent, key } from "./text.ts";

// How a date that recurs begins: "every Thursday", "once a week", "monthly".
const RECURRING =
  /^(?:every|each|once|twice|on|most|daily|weekly|monthly|yearly|annually|fortnightly|biweekly)$/;
// Keys of verbs that begin something: "when did he start", "join".
const BEGIN = new Set(["start", "begin", "join", "becom", "becam"].map((w) => key(w)));
// Keys of verbs that end something a range of years covers: "when did she finish".
const ENDING = new Set(["finish", "end", "complet", "leav", "left", "quit", "graduat"]);
// How far a date may stand from the name of who it is said of.
const DATE_REACH = 10;

/**
 * What a "when" or "how long" question's entry lacks, by the rules above (`spans` are the entry's
 * details of the kinds asked, `name` what to call a missing one); undefined when it holds them.
 */
export function timed(
  question: Question,
  entry: EntryFacts,
  spans: Span[],
  name: string,
): Verdict | undefined {
  const { details } = entry;
  // "When did Marco Vella join": the date must go with Marco Vella, not with the owner's own
  // "since 2019" in the entry that names him.
  if (question.type === "when" || question.type === "duration") {
    const other = namedSubject(question, details.tokens, details.spans);
    // "When did Hélène Marchetti start writing": what they started must be there too.
    const rest = question.terms.filter(
      (t) =>
        !t.focus &&
        !BEGIN.has(key(t.word)) &&
        !other.some((a) => details.tokens[a]?.keys.includes(t.key)),
    );
    if (other.length > 0 && rest.some((t) => !holds(entry, meant(question, t.word))))
      return lacks(name);
    if (
      other.length > 0 &&
      // (In their own sentence and clause; the entry's own year is when its thing happened.)
      !spans.some(
        (s) =>
          !s.field &&
          other.some(
            (a) => Math.abs(s.from - a) <= DATE_REACH && !coordinated(details.tokens, s.from, a),
          ),
      )
    )
      return lacks(name);
  }
  if (question.type === "when" && question.verbs.length > 0 && asksWhenFirst(question)) {
    // "What year did she move to Berlin": a date of the moving, not of something else there;
    // "since 2019" says when something started.
    // "since 2019", "2019 – present", "Jun 2014 - Aug 2016" say when something started; a
    // range says when it ended too.
    // The start goes with what the question names: "I swim at the Forty Foot, and I've played
    // in a band since 2011" says when the band began, not the swimming.
    // What only the entry's title names is what the whole entry is about: "Paintings
    // Conservator at the Albertina", then "in Vienna, 03/2012 – 08/2019" is when that began.
    const inTitle = (a: number) => (details.tokens[a]?.start ?? Infinity) < entry.titleEnd;
    let whole = false;
    const about = question.terms
      .filter((t) => !question.verbs.includes(t.word))
      .flatMap((t) => {
        const at = occurrences(details.tokens, meant(question, t.word));
        if (at.length > 0 && at.every(inTitle)) whole = true;
        return at;
      });
    const goesWith = (i: number) =>
      about.length === 0 || whole || about.some((a) => !coordinated(details.tokens, i, a));
    const since = details.tokens.some(
      (t, i) => (t.word === "since" || t.word === "present") && goesWith(i),
    );
    const range = details.spans.some(
      (s) =>
        s.kind === "duration" &&
        details.tokens[s.from]?.word !== "since" &&
        /\d/.test(details.tokens[s.to - 1]?.word ?? "") &&
        goesWith(s.from),
    );
    // "A new video every Thursday": a schedule said of what the question names.
    const named = question.terms
      .filter((t) => !t.focus)
      .flatMap((t) => occurrences(details.tokens, meant(question, t.word)));
    // (Not for when something started or ended: "a weekly podcast" says no start.)
    const bounded = question.verbs.some((v) =>
      alternatives(key(v)).some((k) => k === "start" || ENDING.has(k)),
    );
    const scheduled =
      !bounded &&
      spans.some(
        (s) =>
          s.kind === "date" &&
          RECURRING.test(details.tokens[s.from]?.word ?? "") &&
          named.some((a) => attached(details.tokens, s, a)),
      );
    // The verb's date in its own clause ("I swim at the Forty Foot, and I've played in a band
    // since 2011"), or the entry's year, unless its text says that year of something else.
    const dated = spans.filter((s) => s.kind === "date" || s.kind === "duration");
    const wordsOf = (s: Span) =>
      details.tokens
        .slice(s.from, s.to)
        .map((t) => t.word)
        .join(" ");
    const restated = (s: Span) =>
      s.field === true && dated.some((o) => !o.field && wordsOf(o).includes(wordsOf(s)));
    // A verb the entry holds only by what it is filed under ("when did you graduate": an entry
    // of the education section, a degree) is the entry itself: its own year says when.
    const verbDated = (v: string) => {
      const at = occurrences(details.tokens, [...meant(question, v), ...converse(v)]);
      if (at.length === 0) return dated.some((s) => s.field === true);
      return at.some((a) =>
        dated.some(
          (s) => !restated(s) && (s.field === true || !coordinated(details.tokens, s.from, a)),
        ),
      );
    };
    // "Since when has she been travelling out to the growers": the start of what still goes
    // on, which "since 2016 she has visited them" gives, in its own verb.
    const sinceWhen = question.words.some(
      (w, i) => w === "since" && question.words[i + 1] === "when",
    );
    // "What year did she finish drama school": "she graduated from Rose Bruford College in
    // 2008" ends it in another verb of ending.
    const endsToo = details.tokens.some((t) => t.keys.some((k) => ENDING.has(k)));
    const said =
      scheduled ||
      (since && sinceWhen) ||
      (endsToo &&
        dated.length > 0 &&
        question.verbs.some((v) => alternatives(key(v)).some((k) => ENDING.has(k)))) ||
      question.verbs.some((v) => {
        const ks = alternatives(key(v));
        return (
          (holds(entry, [...meant(question, v), ...converse(v)]) &&
            (dated.length === 0 || verbDated(v))) ||
          ((since || range) && ks.includes("start")) ||
          (range && ks.some((k) => ENDING.has(k)))
        );
      });
    if (!said) return lacks(name);
  }
  return undefined;
}

// "When did…", "what year did…": the date is the whole ask, not a second one ("what conference
// did it appear at, and what year").
function asksWhenFirst(question: Question): boolean {
  const first = question.words.findIndex((w) => /^(what|which|when|where|who|how)$/.test(w));
  const w = question.words[first];
  return w === "when" || /^(year|date|month|day)$/.test(question.words[first + 1] ?? "");
}

// "What year did Aoife Lynch start": the subject after the auxiliary is someone the entry names
// (its words stand in a person's name there); where they stand in the entry.
function namedSubject(question: Question, tokens: Token[], spans: Span[]): number[] {
  const { words } = question;
  const aux = words.findIndex((w) => /^(did|does|do|has|have|had|will|was|is)$/.test(w));
  if (aux < 0) return [];
  const inName = (i: number) => spans.some((s) => s.kind === "person" && s.from <= i && i < s.to);
  const found: number[] = [];
  for (let i = aux + 1; i < words.length && isContent(words[i] as string); i++) {
    const at = occurrences(tokens, [key(words[i] as string)]).filter(inName);
    if (at.length === 0) break;
    found.push(...at);
  }
  return found;
}
