/**
 * Whether an entry holds what a question asks, not only its words: the detail asked for (a date,
 * a name, a number of the thing counted), stated by the entry rather than echoed from the
 * question, and standing next to the question's verb when the question asks who did something.
 */
import { countsNear, type DetailKind, type Span, type TextDetails, type Token } from "./details.ts";
import {
  CONVERSES,
  COUNTER_NOUNS,
  GROUP_NOUNS,
  MEASURE_NOUNS,
  MEASURES,
  ORGANISATION_WORDS,
  PATRON_NOUNS,
  PEOPLE_NOUNS,
  SOFTWARE_NOUNS,
  STACK_LABELS,
  TIME_UNITS,
  UNITS,
} from "./lexicon.ts";
import type { Question } from "./question.ts";
import { alternatives, isContent, key } from "./text.ts";

/** What an entry lacks to answer a question, or nothing when it answers it. */
export type Verdict = { answers: true } | { answers: false; missing: string };

/** What the judge needs to know about an entry beyond its text. */
export interface EntryFacts {
  details: TextDetails;
  /** Keys of everything the entry is filed under: its words, tags and section heading. */
  keys: ReadonlySet<string>;
  /** Keys of its title and section heading: what the entry is ("a course", "a job"). */
  heading: ReadonlySet<string>;
  /** Where the entry's title ends in its text (0 for text with no title). */
  titleEnd: number;
}

const DETAIL_NAMES: Partial<Record<DetailKind, string>> = {
  age: "age",
  duration: "duration",
  date: "date",
  count: "number",
  money: "amount",
  place: "place",
  venue: "place",
  person: "name",
  organisation: "name",
  rank: "result",
  agent: "name",
  elapsed: "time",
  day: "day",
};
// How far (in words) a name may stand from the verb it is the subject or object of.
const AFTER_VERB = 4;
const BEFORE_VERB = 4;
// A place may stand further on in its clause: "grew up on a fruit farm on the island of Funen".
const PLACE_REACH = 10;
// How far a name may stand from the noun it names ("the Orchard Testbed greenhouse").
const NEAR_NOUN = 3;
const SIZES = new Set(["big", "large", "small"]);
// How a date that recurs begins: "every Thursday", "once a week", "monthly".
const RECURRING =
  /^(?:every|each|once|twice|on|most|daily|weekly|monthly|yearly|annually|fortnightly|biweekly)$/;
// Keys of winning, and words that say something came close to it.
const WON = new Set(["win", "won", "winner"].map(key));
const SHORT_OF =
  /^(?:nominated|nomination|nominee|shortlisted|shortlist|longlisted|finalist|runner)$/;
// Keys of verbs that end something a range of years covers: "when did she finish".
const ENDING = new Set(["finish", "end", "complet", "leav", "left", "quit", "graduat"]);
// Abbreviated titles written with a full stop before a name.
const TITLES = new Set(["dr", "prof", "mr", "mrs", "ms", "mx", "st"]);
// Prepositions that say what something is made with: "written in", "built with", "runs on".
const MADE_WITH = new Set(["in", "with", "on", "using"]);
// "made of larch", "built from steel": what it is made of need not be a name.
const MADE_OF = new Set(["of", "from"]);
const PREPOSITIONS = new Set("for to with about of from by on at in into like".split(" "));
const SPAN_KINDS = new Set<DetailKind>([
  "date",
  "duration",
  "count",
  "place",
  "venue",
  "person",
  "organisation",
  "money",
  "age",
  "rank",
  "agent",
  "elapsed",
  "day",
]);

/** Whether an entry answers a question, or which detail it lacks. */
export function judge(question: Question, entry: EntryFacts): Verdict {
  const asked = questionKeys(question);
  const { details } = entry;
  const fresh = (s: Span) => isFresh(details.tokens, s, asked);
  if (question.type === "why") {
    const verbs = question.verbs.filter(
      (v) => !holds(entry, [...meant(question, v), ...converse(v)]),
    );
    // "learning Japanese for a research stay": a purpose right after what is asked about.
    const purpose = question.terms.some((t) =>
      occurrences(details.tokens, meant(question, t.word)).some((at) =>
        ["for", "to", "because", "so", "after", "since"].includes(
          details.tokens[at + 1]?.word ?? "",
        ),
      ),
    );
    if (verbs.length > 0 || !(details.kinds.has("reason") || purpose)) return lacks("reason");
    return { answers: true };
  }
  if (question.needs.length > 0) {
    const verdict = needed(question, entry, fresh);
    if (!verdict.answers) return verdict;
  }
  // "Is she married to Jonas": the trio entry names Jonas but says nothing of marriage.
  const unsaid = question.claim.filter((claim) => {
    const [had, word] = claim.startsWith("has:") ? [true, claim.slice(4)] : [false, claim];
    // "Were you the lead or just contributing": either one said answers.
    // "Do you have kids": not "a radio show for children", nor "her children's book".
    const owned = (w: string) =>
      occurrences(details.tokens, meant(question, w)).some(
        (at) =>
          !PREPOSITIONS.has(details.tokens[at - 1]?.word ?? "") && !qualifies(details.tokens, at),
      );
    // "Did she win the prize": "nominated for the prize" says she did not (or not yet).
    const shortOf = (w: string) =>
      WON.has(key(w)) &&
      details.tokens.some((t) => SHORT_OF.test(t.word)) &&
      !details.tokens.some((t) => WON.has(t.keys[0] ?? ""));
    const said = (w: string) => (had ? owned(w) : holds(entry, meant(question, w)) && !shortOf(w));
    const choice = question.choices.find((g) => g.includes(key(word)));
    if (choice) return !choice.some(said);
    return !said(word);
  });
  if (unsaid.length > 0) return lacks(unsaid.join(" "));
  const described = question.type === "what" || question.type === "list";
  if (described || (question.type === "yesno" && question.identity)) {
    // "Which high school": when the entry has no "school" of its own, "high" must be there too.
    const literal = question.focus && occurrences(details.tokens, [key(question.focus)]).length > 0;
    // With the focus there, only a name or figure in the phrase must be ("p50 latency").
    const needed = literal
      ? question.phrase.filter((w) =>
          question.terms.some((t) => t.word === w && !t.common && t.weight >= 2.5),
        )
      : question.phrase;
    let missing = needed.filter((w) => !holds(entry, meant(question, w)));
    // "Which hardware description languages": ordinary words of a longer name, one of which
    // the entry holds ("Hardware design … in VHDL and SystemVerilog"), will do.
    const ordinary = (w: string) => question.terms.some((t) => t.word === w && t.common);
    if (!literal && needed.length > 1 && needed.every(ordinary) && missing.length < needed.length)
      missing = [];
    if (missing.length > 0) return lacks([...missing, question.focus].filter(Boolean).join(" "));
    if (question.focus) {
      const verdict = focusHeld(question, entry, asked, fresh);
      // "What piano does she play at home": the teaching entry has a piano, but no playing.
      // "What conference did it appear at": the entry's venue says where it appeared.
      const done =
        question.verbs.some((v) => holds(entry, [...meant(question, v), ...converse(v)])) ||
        (ORGANISATION_WORDS.has(singular(question.focus)) &&
          entry.details.spans.some((s) => s.kind === "venue"));
      if (verdict.answers && question.verbs.length > 0 && !done)
        return lacks(question.verbs[0] as string);
      return verdict;
    }
  }
  return { answers: true };
}

function needed(question: Question, entry: EntryFacts, fresh: (s: Span) => boolean): Verdict {
  const { details } = entry;
  const { needs } = question;
  const anchors = question.verbs.flatMap((v) =>
    occurrences(details.tokens, [...meant(question, v), ...converse(v)]),
  );
  // "Who taught you": "learned it from X", the verb told from the other side.
  const converses = new Set(
    question.verbs.flatMap((v) => occurrences(details.tokens, converse(v))),
  );
  // "Named Young Structural Engineer of the Year by the Institution of …": whoever did it,
  // after "by", may stand past a long title.
  const next = (s: Span, a: number) =>
    attached(details.tokens, s, a, s.kind === "agent" ? PLACE_REACH : AFTER_VERB, converses.has(a));
  // An organisation answers "who named her…" only as the one that did it, next to the verb.
  // "Learned orchestral recording from Martin Ashdown": after "from", read as a place, but
  // the one learned from is a person.
  const learnedFrom = (s: Span) =>
    question.type === "who" &&
    s.kind === "place" &&
    details.tokens[s.from - 1]?.word === "from" &&
    [...converses].some((a) => next(s, a));
  // "Three years old" is an age, not how long or when.
  const aged = (s: Span) =>
    s.kind !== "age" &&
    !needs.includes("age") &&
    details.spans.some((a) => a.kind === "age" && a.from <= s.from && a.to >= s.to);
  const spans = details.spans.filter(
    (s) =>
      (needs.includes(s.kind) || learnedFrom(s)) &&
      fresh(s) &&
      !aged(s) &&
      (s.kind !== "organisation" ||
        question.type !== "who" ||
        question.words.some((w) => ORGANISATION_WORDS.has(w) || PATRON_NOUNS.has(w)) ||
        (s.to - s.from >= 2 && anchors.some((a) => next(s, a)))),
  );
  const flagged = needs.some((k) => !SPAN_KINDS.has(k) && details.kinds.has(k));
  const name = DETAIL_NAMES[needs[0] as DetailKind] ?? "detail";
  // "Who does he train": "trains rangers", a kind of people right after the verb.
  const kind =
    question.type === "who" &&
    anchors.some(
      (a) =>
        [1, 2].some((d) => PEOPLE_NOUNS.has(details.tokens[a + d]?.word ?? "")) &&
        !broken(details.tokens, a, a + 1),
    );
  if (spans.length === 0 && !flagged && !kind) {
    // "How many hours have you flown": "9,200 flight hours" is a count of hours.
    const unit = question.words.find((_, i) => question.words[i - 1] === "many");
    const counted = question.type === "duration" && unit !== undefined;
    if (!counted || !countsNear(details.tokens, new Set([key(unit)]))) return lacks(name);
  }
  // "How high can the drones fly": a length, not the number of drones.
  if (
    question.type === "count" &&
    needs.includes("count") &&
    !spans.some((s) => s.kind !== "count" || measures(question, details.tokens, s))
  )
    return lacks(name);
  // (A measure's figure is checked by its units above: "how much throughput": "750K RPS".)
  if (
    question.type === "count" &&
    question.focus &&
    !needs.includes("money") &&
    !question.measure
  ) {
    // "How many volunteers": a number next to "volunteers", not any number in the entry.
    // Counting people: "26 students" answers "how many kids are on the team".
    // The noun itself anywhere in the number's phrase ("300 boards have been built"); its
    // synonyms only right next to it ("5 projects" is not "300 boards have been built").
    // ("recrods": what the slip was taken to mean is the noun itself.)
    const typed = alternatives(key(question.focus));
    const own = new Set([
      key(question.focus),
      ...meant(question, question.focus).filter((k) => !typed.includes(k)),
    ]);
    const counted = new Set(meant(question, question.focus).filter((k) => !own.has(k)));
    // "Kumo Station: … 35 units deployed": counted as units by the entry about them.
    if ([...own].some((k) => entry.heading.has(k)))
      for (const n of COUNTER_NOUNS) counted.add(key(n));
    if (PEOPLE_NOUNS.has(question.focus)) {
      for (const n of PEOPLE_NOUNS) own.add(key(n));
      // "A team of five", "a group of seven".
      for (const n of GROUP_NOUNS) counted.add(key(n));
      // "How many people have contributed": "over 130 contributors" counts the people who did.
      for (const t of details.tokens) {
        const doers = question.terms.some(
          (q) => q.key.length >= 4 && t.word.startsWith(q.key) && /(?:er|or|ist)s?$/.test(t.word),
        );
        if (doers) for (const k of t.keys) own.add(k);
      }
    }
    // "How big was the grant": its amount says; "how many grants": an amount does not count them.
    const sized = question.words.some((w, i) => SIZES.has(w) && question.words[i - 1] === "how");
    const notCounts = details.spans.filter(
      (s) => s.kind === "age" || (!sized && s.kind === "money"),
    );
    // "How many buildings": "built in twelve weeks" is no count of buildings.
    const noun = question.focus.replace(/s$/, "");
    const named = /ing$/.test(noun)
      ? (t: Token) =>
          t.word.startsWith(noun) || [...own].some((k) => k !== key(noun) && t.keys.includes(k))
      : own;
    if (
      !countsNear(details.tokens, named, notCounts) &&
      !countsNear(details.tokens, counted, notCounts, 2)
    )
      return lacks(`number of ${question.focus}`);
  }
  if (question.type === "who" && question.verbs.length > 0) {
    // "Who edited Dead Ends": a name standing next to "edited", not any name in the entry.
    // Without the verb, a name right after a word of the question ("the trumpeter Arve Lund").
    // "Who did you write it with": a name right after "with" says who.
    // "Who plays in her trio": "formed her trio with bassist Jonas Weber".
    const within = (s: Span) =>
      details.tokens[s.from - 1]?.word === "with" ||
      (details.tokens[s.from - 2]?.word === "with" &&
        isContent(details.tokens[s.from - 1]?.word ?? ""));
    const partner =
      (question.words.at(-1) === "with" &&
        spans.some((s) => details.tokens[s.from - 1]?.word === "with")) ||
      (question.words.includes("in") && spans.some((s) => s.kind === "person" && within(s)));
    const named =
      partner ||
      (anchors.length > 0
        ? spans.some((s) => anchors.some((a) => next(s, a)))
        : spans.some((s) =>
            question.terms.some((t) => rightAfter(details.tokens, s, meant(question, t.word))),
          ));
    if (!named && !kind) return lacks(`name of who ${question.verbs[0]}`);
  }
  if (question.type === "when" && question.verbs.length > 0 && asksWhenFirst(question)) {
    // "What year did she move to Berlin": a date of the moving, not of something else there;
    // "since 2019" says when something started.
    // "since 2019", "2019 – present", "Jun 2014 - Aug 2016" say when something started; a
    // range says when it ended too.
    const since = details.tokens.some((t) => t.word === "since" || t.word === "present");
    const range = details.spans.some(
      (s) =>
        s.kind === "duration" &&
        details.tokens[s.from]?.word !== "since" &&
        /\d/.test(details.tokens[s.to - 1]?.word ?? ""),
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
    const said =
      scheduled ||
      question.verbs.some((v) => {
        const ks = alternatives(key(v));
        return (
          holds(entry, [...meant(question, v), ...converse(v)]) ||
          ((since || range) && ks.includes("start")) ||
          (range && ks.some((k) => ENDING.has(k)))
        );
      });
    if (!said) return lacks(name);
  }
  if (question.type === "where" && anchors.length > 0) {
    // "Where are you based": where the entry says the verb, the place must go with it, or with
    // another word of the question ("my usual routes are Lisbon to Paris").
    const words = question.terms.flatMap((t) =>
      occurrences(details.tokens, meant(question, t.word)),
    );
    // The employer a job's title names answers "where do you work" wherever the verb stands.
    const titled = (s: Span) =>
      s.kind === "organisation" && (details.tokens[s.from]?.start ?? Infinity) < entry.titleEnd;
    // So does the entry's own venue: where the talk was given, the paper published.
    const near = (s: Span) =>
      s.kind === "venue" ||
      titled(s) ||
      [...anchors, ...words].some((a) => attached(details.tokens, s, a, PLACE_REACH));
    // "I host Solder Sundays, a monthly afternoon, at a hackerspace in Strijp-S": the first
    // place after the verb in its sentence, past the commas of an aside.
    const later = (s: Span) =>
      s.kind === "place" &&
      anchors.some(
        (a) =>
          s.from > a &&
          !spans.some((o) => o.kind === "place" && o.from > a && o.from < s.from) &&
          !ended(details.tokens, a, s.from),
      );
    if (!spans.some((s) => near(s) || later(s))) return lacks(name);
  }
  return { answers: true };
}

function focusHeld(
  question: Question,
  entry: EntryFacts,
  asked: ReadonlySet<string>,
  isNew: (s: Span) => boolean,
): Verdict {
  const focus = question.focus as string;
  const focusKeys = meant(question, focus);
  const { tokens, spans } = entry.details;
  const inText = occurrences(tokens, focusKeys);
  const enough = question.identity && question.plural ? 2 : 1;
  // "Lisbon hospitals": a place before the noun says where they are, not which they are.
  const placed = new Set<number>();
  for (const s of spans) if (s.kind === "place") for (let i = s.from; i < s.to; i++) placed.add(i);
  const isName = (i: number, anywhere = false) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      (t.name || t.rare) &&
      // "within 80 km": a unit, not a name.
      !/\d/.test(t.word) &&
      !isUnit(t.word) &&
      (anywhere || !placed.has(i)) &&
      !t.keys.some((k) => asked.has(k))
    );
  };

  // Names near the positions; next to a verb, a name after "in" is what was done in ("write
  // RTL in VHDL"), not where.
  const named = (positions: number[], window: number, anywhere = false, after = false) => {
    const names = new Set<number>();
    for (const at of positions) {
      // "University of Otago" names one; "a GPU terrain renderer" only says "GPU".
      if (tokens[at]?.name && tokens[at]?.word !== focus.toLowerCase()) names.add(at);
      const from = after ? at + 1 : Math.max(0, at - window);
      for (let i = from; i <= at + window && i < tokens.length; i++) {
        if (i === at || !isName(i, anywhere)) continue;
        names.add(i);
        // A list goes on: "into Finnish and Norwegian", "Go, Python, Java".
        for (let j = i + 1; j < tokens.length; j++) {
          if (isName(j, anywhere)) names.add(j);
          else if (!["and", "or"].includes(tokens[j]?.word ?? "")) break;
        }
      }
    }
    return runs(tokens, names) >= enough;
  };
  // "Brasa, a 40-seat restaurant": a name set beside the noun, a few words before it.
  const beside = inText.some((at) =>
    tokens.some(
      (_, i) =>
        i < at &&
        at - i <= 6 &&
        isName(i) &&
        /^,\s*$/.test(tokens[i + 1]?.before ?? "") &&
        ["a", "an", "the", "my", "our"].includes(tokens[i + 1]?.word ?? "") &&
        !broken(tokens, i + 1, at),
    ),
  );
  // "What's the name of her company": the entry about her company is called by its name.
  const titled =
    question.possessive && tokens.some((t, i) => t.start < entry.titleEnd && isName(i, true));
  // "Which running club": an entry titled "Running club" is about one, and names it in its text.
  const about =
    inText.some((at) => (tokens[at]?.start ?? Infinity) < entry.titleEnd) &&
    tokens.some((t, i) => t.start >= entry.titleEnd && isName(i));
  if (inText.length > 0) {
    // "Which landlord filed the most evictions": the entry must name one, not only mention them.
    if (
      !(question.identity || question.picks) ||
      titled ||
      about ||
      beside ||
      named(inText, NEAR_NOUN)
    )
      return { answers: true };
    // "What problem does it solve": "the slow-receiver problem" says which.
    if (question.picks && inText.some((at) => qualified(tokens, at, asked)))
      return { answers: true };
    return lacks(`names of the ${focus}`);
  }
  // Filed under the focus by its heading or tags: the entry is one ("what engine": its title).
  // "What CVE number did it get": filed under CVE, but no CVE named, does not say which.
  const anyName = tokens.some((t, i) => t.name && isName(i));
  if (hasKey(entry.keys, focusKeys) && (!question.identity || anyName)) return { answers: true };
  // "What's the qemu-lab repo": the question names the entry, and asks what it is.
  if (!question.identity && !question.possessive && question.phrase.length > 0) {
    if (question.phrase.every((w) => hasKey(entry.heading, meant(question, w))))
      return { answers: true };
  }
  // "Which department at Cambridge": an organisation the entry names as one ("… Laboratory");
  // "what label is it on", "which journal": where the entry appeared.
  if (
    ORGANISATION_WORDS.has(singular(focus)) &&
    spans.some(
      (s) =>
        isNew(s) &&
        (s.kind === "venue" ||
          (s.kind === "organisation" && ORGANISATION_WORDS.has(tokens[s.to - 1]?.word ?? ""))),
    )
  )
    return { answers: true };
  // "What performance does it get": a figure.
  // "What latency does it get": a figure of that measure ("61 µs"), not any number.
  if (
    MEASURE_NOUNS.has(focus) &&
    spans.some((s) => s.kind === "count" && isNew(s) && measures(question, tokens, s))
  )
    return { answers: true };
  // "What framework did you use to implement X", "which languages has it been translated into":
  // a name next to the question's verb.
  // The verb as a word of the entry's own, not inside a name ("film" is not "Pigeonhole Films").
  // What the owner does is named after the verb ("plays the cello", not "a small FPGA that
  // plays video"); before it only for a noun made of it ("the DPDK implementation") or for
  // what the thing asked for did ("which orchestra recorded it").
  const at = (v: string) => occurrences(tokens, meant(question, v)).filter((i) => !tokens[i]?.name);
  const done = question.verbs.flatMap(at);
  const forward = done.filter((i) => !/(?:tion|ment|ure|ance|ence)s?$/.test(tokens[i]?.word ?? ""));
  const around = [
    ...done.filter((i) => !forward.includes(i)),
    ...(question.predicate ? at(question.predicate) : []),
  ];
  if (named(forward, 3, true, true) || named(around, 3, true)) return { answers: true };
  // "What language is it coded in": "written in Julia" says it in other words.
  if (question.madeWith) {
    const made = tokens.some((t, i) => {
      const what = tokens[i + 2];
      const by = tokens[i + 1]?.word ?? "";
      return (
        (/(?:ed|en|wn|lt)$/.test(t.word) || t.word === "made") &&
        what !== undefined &&
        (MADE_OF.has(by)
          ? isContent(what.word) && MADE_OF.has(question.words.at(-1) ?? "")
          : MADE_WITH.has(by) && what.name) &&
        !what.keys.some((k) => asked.has(k)) &&
        !broken(tokens, i, i + 2)
      );
    });
    // ("A Go library" says what it is written in, not what hardware it ran on.)
    const language = /^(?:language|framework)s?$/.test(focus);
    if (made || writtenIn(question, entry, asked) || (language && madeAs(tokens, asked)))
      return { answers: true };
  }
  // "Which platforms is Saltmarsh on": "released on PC and PlayStation 5".
  const last = question.words.at(-1) ?? "";
  if (
    (last === "on" || last === "in") &&
    !question.madeWith &&
    writtenIn(question, entry, asked, last)
  )
    return { answers: true };
  // "What chip does Tsubame use", "which language is Inkwell written in": "Stack: STM32, C".
  if ((question.madeWith || question.words.includes("use")) && stacked(tokens, asked))
    return { answers: true };
  return lacks(focus);
}

// "A Go library", "a Rust CLI": a name standing before a kind of software.
function madeAs(tokens: Token[], asked: ReadonlySet<string>): boolean {
  return tokens.some(
    (t, i) =>
      t.name &&
      SOFTWARE_NOUNS.has(tokens[i + 1]?.word ?? "") &&
      !/[,;:.]/.test(tokens[i + 1]?.before ?? "") &&
      !t.keys.some((k) => asked.has(k)),
  );
}

// "Stack: Rust, WASM", "Built with: Elixir": a label, a colon, then a name.
function stacked(tokens: Token[], asked: ReadonlySet<string>): boolean {
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
function writtenIn(
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
    const name = tokens[i + 1];
    const after = tokens[i + 2];
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
    return about || mentions.some((at) => at < i && i - at <= 4 && !broken(tokens, at, i));
  });
}

// Whether a word is a unit of measure ("km", "ms").
function isUnit(word: string): boolean {
  return Object.values(UNITS).some((u) => u.has(word));
}

/**
 * Whether a figure is of the measure the question asks for: stated in its units ("61µs",
 * "3,000 metres", "~750K RPS", "120K handshakes a second", "2x") or next to the measure's word
 * ("a latency of 61"). Any figure does when the question names no measure with units.
 */
function measures(question: Question, tokens: Token[], span: Span): boolean {
  const kinds = question.measure ? MEASURES[question.measure] : undefined;
  if (!kinds) return true;
  const units = kinds.flatMap((k) => [...(UNITS[k] ?? [])]);
  const isUnit = (w: string | undefined) => w !== undefined && units.includes(w);
  const last = tokens[span.to - 1]?.word ?? "";
  // "61µs", "2x", "750k" then "rps".
  if (isUnit(/^\d[\d.]*(\D+)$/.exec(last)?.[1])) return true;
  const next = tokens[span.to];
  if (!next || /[,;:.!?()]/.test(next.before)) return false;
  if (kinds.includes("percent") && next.before.includes("%")) return true;
  if (isUnit(next.word)) return true;
  // "120K handshakes a second", "10 Gb/s": so many per unit of time.
  if (kinds.includes("rate")) {
    for (let i = span.to; i < span.to + 3 && i < tokens.length - 1; i++) {
      const per = tokens[i + 1] as Token;
      const by = per.word === "per" || per.word === "a" || per.before.includes("/");
      const unit = per.word === "per" || per.word === "a" ? tokens[i + 2] : per;
      if (by && unit && TIME_UNITS.includes(unit.word.replace(/s$/, ""))) return true;
    }
  }
  // "a latency of 61", "61 ms of latency": the measure's own word.
  const own = new Set(meant(question, question.measure as string));
  return tokens.some((t, i) => t.keys.some((k) => own.has(k)) && Math.abs(i - span.from) <= 3);
}

// The profile keys a question word was taken to mean (itself, synonyms, a slip's correction).
function meant(question: Question, word: string): string[] {
  const k = key(word);
  return question.meant?.get(k) ?? alternatives(k);
}

function singular(word: string): string {
  return ORGANISATION_WORDS.has(word) ? word : word.replace(/s$/, "");
}

function lacks(missing: string): Verdict {
  return { answers: false, missing };
}

/** Keys of every word of the question and their synonyms. */
function questionKeys(question: Question): Set<string> {
  const keys = new Set<string>();
  for (const w of question.words) for (const k of alternatives(key(w))) keys.add(k);
  return keys;
}

// A detail is the entry's own when some word of it is not in the question: "Chicago" does not
// answer "which Chicago neighbourhood", nor "ASPLOS" "where was ASPLOS held".
function isFresh(tokens: Token[], span: Span, asked: ReadonlySet<string>): boolean {
  for (let i = span.from; i < span.to; i++) {
    const t = tokens[i];
    if (t && !t.keys.some((k) => asked.has(k))) return true;
  }
  return false;
}

// Positions of a word's forms, its synonyms and the nouns made from it ("edit" → "editor").
function occurrences(tokens: Token[], wanted: string[]): number[] {
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
  return DERIVED.test(rest) || (rest === "e" && short.length >= 5 && long !== "engine");
}

// A name is the verb's subject or object when it stands just before it, or just after it with
// nothing but small words and a "by" or "with" that belongs to the verb in between:
// "illustrated by Oskar Berg", "reported it with my colleague Devon Price-Walker", but not
// "published in 2024 with illustrations by Amira Haddou".
function attached(
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

// "Children's book": a word with "'s" that says what kind of thing follows (not "a master's
// in Science Education" or "a master's degree").
function qualifies(tokens: Token[], at: number): boolean {
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

// Whether a sentence ends between two tokens.
function ended(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    const between = tokens[i]?.before ?? "";
    if (between.trim() === "." && TITLES.has(tokens[i - 1]?.word ?? "")) continue;
    if (/[.!?;]/.test(between)) return true;
  }
  return false;
}

// Whether punctuation stands between two tokens: they are in different clauses.
function broken(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    const between = tokens[i]?.before ?? "";
    // "the lab of Prof. Anna Rüegg": a title's full stop is no break.
    if (between.trim() === "." && TITLES.has(tokens[i - 1]?.word ?? "")) continue;
    if (/[,;:.!?()—–]/.test(between)) return true;
  }
  return false;
}

// A name standing right after one of `wanted` words, or one small word later.
function rightAfter(tokens: Token[], span: Span, wanted: string[]): boolean {
  return occurrences(tokens, wanted).some((at) => span.from > at && span.from - at <= 2);
}

// Separate names among token positions: adjacent positions are one name.
// Separate names among token positions: adjacent positions are one name, unless a comma parts
// them ("Go, Python, Java").
function runs(tokens: Token[], positions: Set<number>): number {
  const sorted = [...positions].sort((a, b) => a - b);
  let count = 0;
  sorted.forEach((p, i) => {
    const joined = p === (sorted[i - 1] as number) + 1 && !/[,;]/.test(tokens[p]?.before ?? "");
    if (i === 0 || !joined) count++;
  });
  return count;
}

// Whether an entry's words or tags hold one of `wanted` keys, or a word made from one
// ("authorship" → "author").
function holds(entry: EntryFacts, wanted: string[]): boolean {
  if (hasKey(entry.keys, wanted)) return true;
  for (const k of entry.keys) if (wanted.some((w) => related(k, w))) return true;
  return false;
}

function hasKey(keys: ReadonlySet<string>, wanted: string[]): boolean {
  return wanted.some((k) => keys.has(k));
}

// "taught" → the keys of "learned": the same event told from the other side.
function converse(verb: string): string[] {
  const other = CONVERSES[verb] ?? CONVERSES[key(verb)];
  return other ? [key(other)] : [];
}

// "When did…", "what year did…": the date is the whole ask, not a second one ("what conference
// did it appear at, and what year").
function asksWhenFirst(question: Question): boolean {
  const first = question.words.findIndex((w) => /^(what|which|when|where|who|how)$/.test(w));
  const w = question.words[first];
  return w === "when" || /^(year|date|month|day)$/.test(question.words[first + 1] ?? "");
}

// A noun said with a word of its own before it, and ending its phrase: "the slow-receiver
// problem in data planes", not "a glider flight".
function qualified(tokens: Token[], at: number, asked: ReadonlySet<string>): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  const ends =
    !after || !isContent(after.word) || after.start - (tokens[at]?.end ?? after.start) > 1;
  return (
    ends &&
    before !== undefined &&
    isContent(before.word) &&
    (tokens[at]?.start ?? 0) - before.end <= 2 &&
    !before.keys.some((k) => asked.has(k))
  );
}
