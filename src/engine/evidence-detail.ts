/**
 * Whether an entry holds the kind of detail a question needs (a date, a place, a number of the
 * thing counted, a name next to the verb), stated by the entry rather than echoed from the
 * question.
 */
import {
  asksTotal,
  countedByOrdinal,
  measureSpans,
  othersSpans,
  partOfGroupSpans,
  partSpans,
  rateSpans,
  ratioSpans,
} from "./count-scope.ts";
import { countsNear, type DetailKind, type Span, type Token } from "./details.ts";
import { measures } from "./evidence-focus.ts";
import { timed } from "./evidence-time.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import {
  AFTER_VERB,
  attached,
  broken,
  converse,
  ended,
  holds,
  joinedOn,
  lacks,
  meant,
  occurrences,
  PREPOSITIONS,
  rightAfter,
} from "./evidence-words.ts";
import {
  COUNTER_NOUNS,
  GROUP_NOUNS,
  NUMBER_WORDS,
  ORGANISATION_WORDS,
  PATRON_NOUNS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
} from "./lexicon.ts";
import type { Question } from "./question.ts";
import { alternatives, isContent, key } from "./text.ts";

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
// How far a name may stand from the role it fills ("my supervisor, Prof. Mette Holm").
const ROLE_REACH = 4;
const SIZES = new Set(["big", "large", "small"]);
// Verbs any count may be said without: "how many books have you written" is answered by "four
// books", "how many people use it" by "3,000 users".
const SAID_OF_ANY = new Set(
  "have has had do does did get got make made own owns use uses used work worked run runs ran write wrote written publish published release released build built".split(
    " ",
  ),
);
// What a thing that does something is set up as: "gauging stations", "charging points".
const INSTRUMENT_HEADS = /^(?:stations|sites|points|posts|devices|units|machines)$/;
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
    occurrences(details.tokens, [...meant(question, v), ...converse(v)]),
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
  // "Who does he train": "trains rangers", a kind of people right after the verb.
  const kind =
    question.type === "who" &&
    anchors.some(
      (a) =>
        [1, 2].some((d) => PEOPLE_NOUNS.has(details.tokens[a + d]?.word ?? "")) &&
        !broken(details.tokens, a, a + 1),
    );
  // "Who ran the evaluation": "I led the design … and the evaluation", the owner did.
  // ("Who else worked on it" asks for others; "who taught you" for someone the owner is not.)
  const self =
    question.type === "who" &&
    !question.words.includes("else") &&
    !question.words.some((w) => /^(?:you|yourself|her|him|them|me)$/.test(w)) &&
    anchors.some((a) => /^(?:i|we)$/.test(details.tokens[a - 1]?.word ?? ""));
  if (spans.length === 0 && !flagged && !kind && !self) {
    // "How many hours have you flown": "9,200 flight hours" is a count of hours.
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
  // "How long is your ute": "My ute is a Hilux, and I climb on an 11.5 mm rope" measures the
  // rope. A figure in a clause joined on by ", and" is not of what the question names there.
  if (question.type === "count" && question.measure) {
    const topic = question.terms
      .filter((t) => !t.focus)
      .flatMap((t) => occurrences(details.tokens, meant(question, t.word)))
      .filter((a) => (details.tokens[a]?.start ?? 0) >= entry.titleEnd);
    const figures = spans.filter(
      (s) => s.kind === "count" && measures(question, details.tokens, s),
    );
    if (
      topic.length > 0 &&
      !figures.some((s) => topic.some((a) => !joinedOn(details.tokens, s.from, a)))
    )
      return lacks(name);
  }
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
    // "PEWS dashboard", filed under "wards" but never saying the word: "14 inpatient units".
    const counters = new Set<string>();
    const filedOnly =
      [...own].some((k) => entry.keys.has(k)) &&
      !details.tokens.some((t) => t.keys.some((k) => own.has(k)));
    if (filedOnly || [...own].some((k) => entry.heading.has(k)))
      for (const n of COUNTER_NOUNS) counters.add(key(n));
    // "How big is a beginners' group": "for 15 people at a time" sizes it.
    if (GROUP_NOUNS.has(question.focus)) for (const n of PEOPLE_NOUNS) counted.add(key(n));
    if (PEOPLE_NOUNS.has(question.focus)) {
      for (const n of PEOPLE_NOUNS) own.add(key(n));
      // "A team of five", "a group of seven".
      for (const n of GROUP_NOUNS) counted.add(key(n));
      // "How many people have contributed": "over 130 contributors" counts the people who did.
      for (const t of details.tokens) {
        const doers = question.terms.some(
          // (Of another word: "corridor" is the question's own, no doer of anything.)
          (q) =>
            q.key.length >= 4 &&
            t.word.startsWith(q.key) &&
            t.word.length > q.word.length &&
            /(?:er|or|ist)s?$/.test(t.word),
        );
        if (doers) for (const k of t.keys) own.add(k);
      }
    }
    // "How big was the grant": its amount says; "how many grants": an amount does not count them.
    const sized = question.words.some((w, i) => SIZES.has(w) && question.words[i - 1] === "how");
    // "How big is her sign collection": a collection is as big as the signs in it ("has 23 of
    // them"); the noun qualifying a thing sized, not a group of people, counts it.
    const before = question.words[question.words.indexOf(question.focus) - 1] ?? "";
    if (
      sized &&
      !GROUP_NOUNS.has(question.focus) &&
      !PEOPLE_NOUNS.has(question.focus) &&
      question.terms.some((t) => t.phrase && t.word === before)
    )
      for (const k of meant(question, before)) own.add(k);
    // ("At 41 stations": no age when the number is followed by what is counted.)
    const notCounts = details.spans.filter(
      (s) =>
        (s.kind === "age" && !countsAfter(details.tokens, s, own)) ||
        (!sized && s.kind === "money"),
    );
    // "How many have taken it in total": "up to six students at a time" is a capacity.
    // ("How many beds does the hospital have in total": "a 36-bed unit" is one part's.)
    if (asksTotal(question))
      notCounts.push(...rateSpans(details.tokens), ...partSpans(question, details.tokens));
    // "How many hives does Luka look after": a number in a clause about Luka.
    notCounts.push(...othersSpans(question, details.tokens, entry.titleEnd));
    // "How much land does she own": "most of the farmers she works with own 2 hectares".
    notCounts.push(...partOfGroupSpans(question, details.tokens));
    // "How many applicants": "one in ten applicants was accepted" is a share of them.
    notCounts.push(...ratioSpans(details.tokens));
    // "How many people worked there": "site engineer for 18 months" counts months.
    // ("How big is the viola": "a 41.5 cm viola" is its size.)
    const measured = sized && !GROUP_NOUNS.has(question.focus) && !PEOPLE_NOUNS.has(question.focus);
    const figures = measureSpans(question, details.tokens);
    if (!measured) notCounts.push(...figures);
    // "How many buildings": "built in twelve weeks" is no count of buildings.
    const noun = question.focus.replace(/s$/, "");
    // "eight dive trainees": a singular noun before a plural one qualifies it; the trainees
    // are counted, not dives.
    const qualifier = (t: Token) => {
      const next = details.tokens[details.tokens.indexOf(t) + 1];
      // ("three assistant engineers": an assistant engineer is an assistant.)
      // ("54 river gauging stations": a station or device that does the gauging is a gauge;
      // "40 diving trips" are no dives.)
      const doing = /ing$/.test(t.word) && INSTRUMENT_HEADS.test(next?.word ?? "");
      return (
        !/s$/.test(t.word) &&
        !/(?:ant|ent|er|or|ist|ian)$/.test(t.word) &&
        !doing &&
        next !== undefined &&
        !/[,;:.!?()]/.test(next.before) &&
        isContent(next.word) &&
        /[^s]s$/.test(next.word)
      );
    };
    // "Kerrera Ferries, a six-person crew": a name set beside a number counts nothing ("how
    // many ferries"), though the number may size what is named ("how big is Lignum Bridge
    // Studio"); "31 Game Boys" counts them.
    const inName = (t: Token) => {
      const i = details.tokens.indexOf(t);
      const next = details.tokens[i + 1];
      return (
        t.name &&
        details.tokens[i - 1]?.name === true &&
        next?.before.includes(",") === true &&
        /^(?:a|an|the)$/.test(next.word)
      );
    };
    // "A team of 17 planners" sizes the team by its planners: no count of passengers, though
    // a team is counted in people; "the programme: 41 routes" counts routes, whatever stands
    // before.
    const anyone = /^(?:people|persons|staff|members)$/.test(question.focus);
    // ("How big was the cellar": "a cellar of 900 bottles" sizes it by what it holds.)
    const othersNamed: Span[] = details.tokens.flatMap((t, i) => {
      if (sized) return [];
      const next = details.tokens[i + 1];
      return /^\d[\d,]*$/.test(t.word) &&
        next !== undefined &&
        /^\s$/.test(next.before) &&
        /[^s]s$/.test(next.word) &&
        isContent(next.word) &&
        !next.keys.some((k) => own.has(k) || counted.has(k)) &&
        // ("How many people does he manage": "a team of 17 planners" are people.)
        !(anyone && /(?:er|or|ist|ian|ant|ent)s$/.test(next.word))
        ? [{ kind: "count" as const, from: i, to: i + 1 }]
        : [];
    });
    const named = /ing$/.test(noun)
      ? (t: Token) =>
          t.word.startsWith(noun) || [...own].some((k) => k !== key(noun) && t.keys.includes(k))
      : (t: Token) =>
          (t.keys.some((k) => own.has(k)) && !qualifier(t) && (sized || !inName(t))) ||
          (GROUP_NOUNS.has(question.focus ?? "") && sizesGroup(details.tokens, t));
    if (
      !(measured && figures.length > 0) &&
      !countsNear(details.tokens, named, [...notCounts, ...othersNamed]) &&
      !countsNear(details.tokens, counted, [...notCounts, ...othersNamed], 2) &&
      // ("A single piece of maple" is the wood it is made of, no count of the thing.)
      !countsNear(
        details.tokens,
        (t) =>
          t.keys.some((k) => counters.has(k)) &&
          details.tokens[details.tokens.indexOf(t) + 1]?.word !== "of",
        notCounts,
        2,
      ) &&
      !countedByOrdinal(question, details.tokens) &&
      !timesDone(details.tokens, new Set([...own, ...counted])) &&
      // (An entry that writes the counted noun itself, uncounted, counts something else after
      // the verb: "edited eleven feature documentaries and more television hours".)
      (details.tokens.some((t) => t.keys.some((k) => own.has(k))) ||
        !countedAfterOwnAct(question, details.tokens, notCounts))
    )
      return lacks(countedDetail(question.focus, question.words));
    // "How many pangolins died in the centre": "it has released 112 pangolins" counts those
    // released. A count right after another act's verb, in an entry that never says the
    // question's, is of something else. Only where what is counted did the act: in "how many
    // towers did you check", the owner's act is told in other words ("assessed 31 towers").
    const done = question.verbs.filter((v) => !SAID_OF_ANY.has(v));
    const byPerson = question.words.some((w) => /^(?:you|she|he|they|we|i)$/.test(w));
    if (
      done.length > 0 &&
      !byPerson &&
      !done.some((v) => holds(entry, [...meant(question, v), ...converse(v)])) &&
      countedAfterAct(details.tokens, named)
    )
      return lacks(countedDetail(question.focus, question.words));
  }
  // "Who was your boss at Los Cóndores": the job's entry names people, but none as a boss.
  const role =
    question.type === "who" && question.verbs.length === 0 && !question.words.includes("else")
      ? question.words.find((_, i) =>
          /^(?:your|ur|her|his|their|my)$/.test(question.words[i - 1] ?? ""),
        )
      : undefined;
  if (
    role !== undefined &&
    question.terms.some((t) => t.word === role && t.common) &&
    !GROUP_NOUNS.has(role) &&
    !holds(entry, meant(question, role))
  )
    return lacks(name);
  // "Who was your first instructor": "I've been a gliding instructor since 2016" says the
  // owner is one, and names no one else in the role.
  const filled = roleAsked(question);
  if (filled !== undefined && !self && ownRoleOnly(question, entry, filled, spans))
    return lacks(name);
  if (question.type === "who" && question.verbs.length > 0) {
    // "Who edited Dead Ends": a name standing next to "edited", not any name in the entry.
    // Without the verb, a name right after a word of the question ("the trumpeter Arve Lund").
    // "Who did you write it with": a name right after "with" says who.
    // "Who plays in her trio": "formed her trio with bassist Jonas Weber".
    // "with the producer Nia Griffiths": "with", then at most a determiner and a role.
    const within = (s: Span) =>
      [1, 2, 3, 4].some(
        (d) =>
          details.tokens[s.from - d]?.word === "with" &&
          !broken(details.tokens, s.from - d, s.from) &&
          // ("with the Portuguese skipper Ana Rebelo": a capitalised word before a role is
          // said of the person; "with Microsoft Ana…" is not.)
          details.tokens.slice(s.from - d + 1, s.from).every((t) => !/\d/.test(t.word)) &&
          (d === 1 || details.tokens[s.from - 1]?.name !== true),
      );
    // "Who else works there": the others the entry names as with the owner ("with my business
    // partner Mele Tupou"), not a product ("climb on a Petzl Zigzag").
    const others =
      question.words.includes("else") && spans.some((s) => s.kind === "person" && within(s));
    const partner =
      others ||
      // "Who did you start it with", "who sailed it with you".
      ((question.words.at(-1) === "with" ||
        (/^(?:you|u|her|him|them)$/.test(question.words.at(-1) ?? "") &&
          question.words.at(-2) === "with")) &&
        spans.some(within)) ||
      (question.words.includes("in") && spans.some((s) => s.kind === "person" && within(s)));
    // ("Who else climbs": people who do it, before the verb, not what is climbed on.)
    const doer = (s: Span, a: number) => !question.words.includes("else") || s.to <= a;
    // "Her deputy, Dawit Alemu, runs the extraction room": the name just before the verb.
    const before = spans.some(
      (s) =>
        s.kind === "person" &&
        // ("illustrated by Lars Winther, published in Danish": the name is by whom, not who.)
        !PREPOSITIONS.has(details.tokens[s.from - 1]?.word ?? "") &&
        anchors.some((a) => s.to === a && !/[.;:!?]/.test(details.tokens[a]?.before ?? "")),
    );
    const named =
      partner ||
      before ||
      (anchors.length > 0
        ? spans.some((s) => anchors.some((a) => next(s, a) && doer(s, a)))
        : spans.some(
            (s) =>
              // ("Head of entomology, Institut de…": a comma ends the title, the name is not its;
              // "Director: Ade Okafor" is a label.)
              !/[,;]/.test(details.tokens[s.from]?.before ?? "") &&
              question.terms.some((t) => rightAfter(details.tokens, s, meant(question, t.word))),
          ));
    // Said as "doesn't give the name you asked about": "the name of who runs" is not English.
    if (!named && !kind && !self) return lacks("name");
  }
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
    if (
      said.length > 0 &&
      !spans.some(
        (s) =>
          s.kind === "place" &&
          said.some((a) => by(s, a) && !broken(tokens, Math.min(a, s.from), Math.max(a, s.from))),
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

// "How big is your team": "a studio of 6 conservators", a group of any name followed by "of",
// a number and the people it counts, in one sentence.
function sizesGroup(tokens: Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  const [of, n, people] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  return (
    /^(?:a|an)$/.test(tokens[i - 1]?.word ?? "") &&
    of?.word === "of" &&
    n !== undefined &&
    (/^\d+$/.test(n.word) || Object.hasOwn(NUMBER_WORDS, n.word)) &&
    people !== undefined &&
    /[^s]s$/.test(people.word) &&
    [of, n, people].every((w) => !/[,.;:!?()]/.test(w.before))
  );
}

// "How many views did it get": "watched more than 90,000 times", the act the counted noun
// names done so many times.
function timesDone(tokens: Token[], acts: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => {
    if (!/(?:ed|en)$/.test(t.word) || !t.keys.some((k) => acts.has(k))) return false;
    for (let j = i + 1; j <= i + 4 && j < tokens.length - 1; j++) {
      const n = tokens[j] as Token;
      // ("90,000": a comma inside the figure.)
      const grouped = /^\d{3}$/.test(n.word) && /\d$/.test(tokens[j - 1]?.word ?? "");
      if (/[,;:.!?()]/.test(n.before) && !grouped) return false;
      const number = /\d/.test(n.word) || Object.hasOwn(NUMBER_WORDS, n.word);
      if (number && tokens[j + 1]?.word === "times") return true;
    }
    return false;
  });
}

// "At 41 stations": whether the token after an "at" age is the noun counted.
function countsAfter(tokens: Token[], s: Span, own: ReadonlySet<string>): boolean {
  const next = tokens[s.to];
  return (
    s.to - s.from === 2 &&
    tokens[s.from]?.word === "at" &&
    next !== undefined &&
    !/[,;:.!?()]/.test(next.before) &&
    next.keys.some((k) => own.has(k))
  );
}

// "How many crossings did she cancel": "cancelled 41 sailings", a number right after the
// question's own act (none a count may be said without: "have", "get", "make"…) counts what
// the act was done to, whatever the entry calls it.
function countedAfterOwnAct(question: Question, tokens: Token[], notCounts: Span[]): boolean {
  const acts = new Set(
    question.verbs.filter((v) => !SAID_OF_ANY.has(v)).flatMap((v) => meant(question, v)),
  );
  if (acts.size === 0) return false;
  const skipped = new Set(notCounts.flatMap((s) => range(s.from, s.to)));
  return tokens.some((t, i) => {
    if (skipped.has(i) || (!/\d/.test(t.word) && !Object.hasOwn(NUMBER_WORDS, t.word)))
      return false;
    if (/^(?:1[89]|20)\d\d$/.test(t.word)) return false;
    let j = i - 1;
    while (/^(?:about|around|over|nearly|almost|some|than|more|up|to)$/.test(tokens[j]?.word ?? ""))
      j--;
    const verb = tokens[j];
    // ("1,100 licences", "1.3 million phones": past the figure's own digits.)
    let n = i + 1;
    while (/^\d+$/.test(tokens[n]?.word ?? "") && /^[.,]$/.test(tokens[n]?.before ?? "")) n++;
    if (/^(?:million|billion|thousand)$/.test(tokens[n]?.word ?? "")) n++;
    const next = tokens[n];
    return (
      verb?.keys.some((k) => acts.has(k)) === true &&
      !broken(tokens, j, i) &&
      next !== undefined &&
      isContent(next.word) &&
      !/[,;:.!?()]/.test(next.before)
    );
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

// Whether a number counting what is asked ("112 pangolins") stands right after a verb of a past
// act ("has released 112 pangolins", "trained over 300"), so that it counts what that act was
// done to.
function countedAfterAct(tokens: Token[], counts: (t: Token) => boolean): boolean {
  return tokens.some((t, i) => {
    if (!/\d/.test(t.word) && !Object.hasOwn(NUMBER_WORDS, t.word)) return false;
    const of = [1, 2, 3].some(
      (d) =>
        tokens[i + d] !== undefined && counts(tokens[i + d] as Token) && !broken(tokens, i, i + d),
    );
    if (!of) return false;
    let j = i - 1;
    while (/^(?:about|around|over|nearly|almost|some|than|more|up|to)$/.test(tokens[j]?.word ?? ""))
      j--;
    const verb = tokens[j];
    return (
      verb !== undefined &&
      /[^e]ed$/.test(verb.word) &&
      !verb.name &&
      !/[,;:.!?()]/.test(tokens[j + 1]?.before ?? "")
    );
  });
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

// "Who was your first flight instructor": the role is the last word of what the possessive
// names after "who is/was", past the words qualifying it.
function roleAsked(question: Question): string | undefined {
  const { words } = question;
  if (question.type !== "who" || question.verbs.length > 0 || words.includes("else"))
    return undefined;
  const at = words.findIndex(
    (w, i) =>
      /^(?:your|ur|her|his|their|my)$/.test(w) && /^(?:is|was|are|were)$/.test(words[i - 1] ?? ""),
  );
  if (at < 0) return undefined;
  let role: string | undefined;
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i] as string;
    if (PREPOSITIONS.has(w) || question.verbs.includes(w) || /^(?:and|or|when|who)$/.test(w)) break;
    if (isContent(w)) role = w;
  }
  return role;
}

// Whether every time the entry's text says the role it says the owner is one ("I've been a
// volunteer instructor", "as an instructor", or the entry's role alone), with no person's name
// beside it.
function ownRoleOnly(question: Question, entry: EntryFacts, role: string, spans: Span[]): boolean {
  const { tokens } = entry.details;
  const at = occurrences(tokens, meant(question, role)).filter(
    (a) => (tokens[a]?.start ?? 0) >= entry.titleEnd,
  );
  if (at.length === 0 || GROUP_NOUNS.has(role)) return false;
  const indefinite = (a: number) =>
    [1, 2, 3].some(
      (d) => /^(?:a|an)$/.test(tokens[a - d]?.word ?? "") && !broken(tokens, a - d, a),
    );
  // ("A visiting teacher at Studio Ana Horvat": a name after "at" or "in" says where.)
  const named = (a: number) =>
    spans.some((s) => {
      const [from, to] = s.from > a ? [a, s.from] : [s.to - 1, a];
      return (
        s.kind === "person" &&
        to - from <= ROLE_REACH &&
        !ended(tokens, from, to) &&
        !tokens.slice(from + 1, to).some((t) => /^(?:at|in|on|for|from|to)$/.test(t.word))
      );
    });
  // ("Instructor." alone: the entry's role field, the owner's own.)
  const label = (a: number) => {
    let from = a;
    while (from > 0 && !/[.!?;:]/.test(tokens[from]?.before ?? "")) from--;
    let to = a + 1;
    while (to < tokens.length && !/[.!?;:]/.test(tokens[to]?.before ?? "")) to++;
    return to - from <= 4;
  };
  return at.every((a) => (indefinite(a) || label(a)) && !named(a));
}

/**
 * How an answer names a count the profile does not give: a group's size ("how big is the team":
 * "the size of the team", never "the number of team"), else the number (or, asked "how much",
 * the amount) of what is counted.
 */
export function countedDetail(noun: string | undefined, asked: string[] = []): string {
  if (noun && GROUP_NOUNS.has(noun)) return `size of the ${noun}`;
  // "How much land": "the amount of land", not "the number of land".
  const much = asked.some((w, i) => w === "much" && asked[i - 1] === "how");
  return `${much ? "amount" : "number"} of ${noun}`;
}
