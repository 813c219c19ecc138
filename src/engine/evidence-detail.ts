/**
 * Whether an entry holds the kind of detail a question needs (a date, a place, a number of the
 * thing counted, a name next to the verb), stated by the entry rather than echoed from the
 * question. Counts and sizes are judged in evidence-count.ts, names in evidence-who.ts, dates in
 * evidence-time.ts; what they all read of the entry is worked out here once.
 */
import { countsNear, type DetailKind, type Span, type Token } from "./details.ts";
import { countHeld, countsAfter } from "./evidence-count.ts";
import { timed } from "./evidence-time.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import { ownerDid, peopleAfterVerb, whoHeld } from "./evidence-who.ts";
import {
  AFTER_VERB,
  attached,
  broken,
  converse,
  ended,
  holds,
  lacks,
  meant,
  occurrences,
} from "./evidence-words.ts";
import { ORGANISATION_WORDS, PATRON_NOUNS, PLACE_NOUNS, verbBase } from "./lexicon.ts";
import type { Question } from "./question.ts";
import { isContent, key } from "./text.ts";

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
  clock: "time of day",
  finding: "finding",
};
// The noun for what a "how long/tall/far…" question measures.
const MEASURE_NAMES: Record<string, string> = {
  long: "length",
  tall: "height",
  high: "height",
  wide: "width",
  deep: "depth",
  far: "distance",
  fast: "speed",
  heavy: "weight",
  accurate: "accuracy",
};
// A place may stand further on in its clause: "grew up on a fruit farm on the island of Funen".
const PLACE_REACH = 10;
// Units of time shorter than a day, which a length in days or years does not give.
const SHORT_UNITS = /^(?:hours?|minutes?|mins?|seconds?|secs?|hrs?)$/;
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
/** Whether an entry holds a detail of the kinds the question needs, where the question needs it. */
export function needed(
  question: Question,
  entry: EntryFacts,
  fresh: (s: Span) => boolean,
): Verdict {
  const { details } = entry;
  const { needs } = question;
  const anchors = question.verbs.flatMap((v) =>
    occurrences(details.tokens, [...meant(question, v), ...converse(v), ...doers(v)]),
  );
  // "Who taught you": "learned it from X", the verb told from the other side.
  const converses = new Set(
    question.verbs.flatMap((v) => occurrences(details.tokens, converse(v))),
  );
  // "Named Young Structural Engineer of the Year by the Institution of …": whoever did it,
  // after "by", may stand past a long title.
  const next = (s: Span, a: number) =>
    attached(
      details.tokens,
      s,
      a,
      // "learning the trade from the editor Declan Furey": who from may stand past what.
      s.kind === "agent" || converses.has(a) ? PLACE_REACH : AFTER_VERB,
      converses.has(a),
    );
  // An organisation answers "who named her…" only as the one that did it, next to the verb.
  // "Learned orchestral recording from Martin Ashdown": after "from", read as a place, but
  // the one learned from is a person.
  const learnedFrom = (s: Span) =>
    question.type === "who" &&
    s.kind === "place" &&
    details.tokens[s.from - 1]?.word === "from" &&
    [...converses].some((a) => next(s, a));
  // "Three years old" is an age, not how long or when; "at 41 stations", what is counted.
  const counts = new Set(question.focus ? meant(question, question.focus) : []);
  const aged = (s: Span) =>
    s.kind !== "age" &&
    !needs.includes("age") &&
    details.spans.some(
      (a) =>
        a.kind === "age" &&
        a.from <= s.from &&
        a.to >= s.to &&
        !countsAfter(details.tokens, a, counts),
    );
  // "9 tonnes of honey a year", "twice a week": a rate, not a length of time.
  const rate = (s: Span) =>
    s.kind === "elapsed" &&
    /^(?:a|an)$/.test(details.tokens[s.from]?.word ?? "") &&
    !/^(?:for|in|over|after|within|about|nearly|almost|than|took|takes|spent|lasted|lasts|of|under)$/.test(
      details.tokens[s.from - 1]?.word ?? "",
    );
  // "How many hours is a night shift": "four days off" is no length in hours; a question in
  // hours, minutes or seconds needs a figure in one of them.
  const unit = question.words.find((_, i) => question.words[i - 1] === "many");
  const brief = question.type === "duration" && SHORT_UNITS.test(unit ?? "");
  const shortUnits = (s: Span) =>
    !brief ||
    details.tokens
      .slice(s.from, s.to + 1)
      .some((t) => SHORT_UNITS.test(t.word) || /\d(?:h|hrs?|mins?)$/.test(t.word));
  // "My first and so far only marathon": which of the owner's own goes it was, not a placing
  // ("my second-place finish" still is one).
  const attempt = (s: Span) =>
    s.kind === "rank" &&
    /^(?:my|our|her|his|their|its)$/.test(details.tokens[s.from - 1]?.word ?? "") &&
    !/^(?:place|position|prize)$/.test(details.tokens[s.to]?.word ?? "");
  // "How old was Sakshi when…": "Rohan Deshpande in 2021, at 17" is Rohan's age. An age said
  // after another person's name, in its sentence, is that person's.
  const people = new Set(
    question.terms
      .filter((t) => !t.common)
      .flatMap((t) => meant(question, t.word))
      .filter((k) => details.tokens.some((t) => t.name && t.keys.includes(k))),
  );
  const othersAge = (s: Span) => {
    if (s.kind !== "age" || people.size === 0) return false;
    for (let j = s.from - 1; j >= 0; j--) {
      const t = details.tokens[j] as Token;
      if (t.name) return !t.keys.some((k) => people.has(k));
      if (/[.!?;]/.test(t.before)) return false;
    }
    return false;
  };
  // "How long has he been a master": "an hour-long crossing" is the crossing's length, "two
  // weeks on and two weeks off" a rota, and "a second master" no unit of time at all.
  const after = (s: Span) => details.tokens[s.to]?.word ?? "";
  const shape = (s: Span) =>
    s.kind === "duration" &&
    !needs.includes("elapsed") &&
    // ("21 days on the mountain" is a stretch: only "on and … off" is a rota.)
    (after(s) === "off" ||
      (after(s) === "on" && /^(?:and|or)$/.test(details.tokens[s.to + 1]?.word ?? "")) ||
      (details.tokens[s.to - 1]?.word === "second" &&
        isContent(after(s)) &&
        !/^(?:later|earlier|ago|long)$/.test(after(s))) ||
      (details.tokens[s.to - 1]?.word === "long" && details.tokens[s.to - 1]?.before === "-"));
  const spans = details.spans.filter(
    (s) =>
      (needs.includes(s.kind) || learnedFrom(s)) &&
      !attempt(s) &&
      !othersAge(s) &&
      !shape(s) &&
      !rate(s) &&
      shortUnits(s) &&
      fresh(s) &&
      !aged(s) &&
      (s.kind !== "organisation" ||
        question.type !== "who" ||
        question.words.some((w) => ORGANISATION_WORDS.has(w) || PATRON_NOUNS.has(w)) ||
        (s.to - s.from >= 2 && anchors.some((a) => next(s, a)))),
  );
  // "How much does the coop charge for a queen": the amount must be of the thing priced, which
  // the entry must name; the coop's loan is no price of a queen.
  const priced = needs.includes("money")
    ? /\b(?:charge|charges|charged|pay|paid|cost|costs|sell|sells|sold|spend|spent|ask|asks|get|gets)\b(?: \w+)? for (?:a|an|the|one|each|per|every|your|her|his|their)? ?(\w+)/.exec(
        question.words.join(" "),
      )?.[1]
    : undefined;
  if (priced && isContent(priced) && !holds(entry, meant(question, priced)))
    return lacks(DETAIL_NAMES.money as string);
  const flagged = needs.some((k) => !SPAN_KINDS.has(k) && details.kinds.has(k));
  // "How long is the walkway": "doesn't give the length", not "the number".
  const name = question.measure
    ? (MEASURE_NAMES[question.measure] ?? question.measure)
    : (DETAIL_NAMES[needs[0] as DetailKind] ?? "detail");
  const kind = peopleAfterVerb(question, details.tokens, anchors);
  const self = ownerDid(question, details.tokens, anchors);
  if (spans.length === 0 && !flagged && !kind && !self) {
    // "How many hours have you flown": "9,200 flight hours" is a count of hours.
    const counted = question.type === "duration" && unit !== undefined;
    if (!counted || !countsNear(details.tokens, new Set([key(unit)]))) return lacks(name);
  }
  const counted = countHeld(question, entry, spans, name);
  if (counted) return counted;
  const who = whoHeld(question, entry, spans, name, { anchors, next, kind, self });
  if (who) return who;
  // "Which county has the most signs": "signs from all 26 counties" speaks of counties but
  // names none; a place elsewhere in the entry ("Trinity College Dublin") is no county.
  const placeNoun = question.type === "where" ? placeKind(question) : undefined;
  if (placeNoun) {
    const { tokens } = details;
    const said = occurrences(tokens, [key(placeNoun)]).filter(
      (a) => (tokens[a]?.start ?? 0) >= entry.titleEnd,
    );
    const by = (s: Span, a: number) =>
      (s.from - a <= 2 && s.from > a) || (a - s.to < 2 && a >= s.to);
    // "Baja, a river town on the Danube": the noun set after the place's name, as an aside.
    const aside = (s: Span, a: number) =>
      a > s.to &&
      a - s.to <= 4 &&
      /^,\s*$/.test(tokens[s.to]?.before ?? "") &&
      /^(?:a|an|the)$/.test(tokens[s.to]?.word ?? "") &&
      !broken(tokens, s.to, a);
    if (
      said.length > 0 &&
      !spans.some(
        (s) =>
          s.kind === "place" &&
          said.some(
            (a) =>
              (by(s, a) && !broken(tokens, Math.min(a, s.from), Math.max(a, s.from))) ||
              aside(s, a),
          ),
      )
    )
      return lacks(name);
  }
  const dated = timed(question, entry, spans, name);
  if (dated) return dated;
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
    // "Where does she go gliding", of the entry titled "Gliding": the place its text gives.
    const about =
      anchors.some((a) => (details.tokens[a]?.start ?? Infinity) < entry.titleEnd) &&
      !anchors.some((a) => (details.tokens[a]?.start ?? 0) >= entry.titleEnd);
    const first = spans.find(
      (s) => s.kind === "place" && (details.tokens[s.from]?.start ?? 0) >= entry.titleEnd,
    );
    if (!spans.some((s) => near(s) || later(s) || (about && s === first))) return lacks(name);
  }
  return { answers: true };
}

// "Which county", "what city": the kind of place asked for, when the question names one.
function placeKind(question: Question): string | undefined {
  return question.words.find(
    (w, i) =>
      PLACE_NOUNS.has(w) &&
      w !== "place" &&
      w !== "venue" &&
      /^(?:which|what)$/.test(question.words[i - 1] ?? ""),
  );
}

// "Who directed Luz rota": "a documentary by the director Ana Sifuentes" names the one who
// did it by the noun for one who does it ("director", "editor", "writer").
function doers(verb: string): string[] {
  const base = verbBase(verb);
  const stems = new Set([base.replace(/(?:ed|ing|s)$/, ""), base.replace(/(?:d|ing|s)$/, "")]);
  return [...stems].flatMap((st) => [`${st}or`, `${st}er`, `${st}r`]).map(key);
}
