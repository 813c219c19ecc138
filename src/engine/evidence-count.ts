/**
 * Whether an entry gives the count or size a "how many / how big / how long" question asks for:
 * a number of the very thing counted, not any number the entry happens to hold. Apart from
 * evidence-detail.ts so the judge of other details stays readable.
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
import { countsNear, type Span, type Token } from "./details.ts";
import { measures } from "./evidence-measure.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import { broken, converse, holds, joinedOn, lacks, meant, occurrences } from "./evidence-words.ts";
import { COUNTER_NOUNS, GROUP_NOUNS, PEOPLE_NOUNS } from "./lexicon.ts";
import { NUMBER_WORDS } from "./measure-words.ts";
import type { Question } from "./question.ts";
import { alternatives, isContent, key } from "./text.ts";
import { namesAPerson, sameKindOfThing } from "./word-kinds.ts";

// "How big" asks a thing's size, which a measure or an amount may give, not only a number of it.
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

/** Why an entry fails a count question, or undefined when its count is of what is asked. */
export function countHeld(
  question: Question,
  entry: EntryFacts,
  spans: Span[],
  name: string,
): Verdict | undefined {
  const { details } = entry;
  const { needs } = question;
  // "How many stars did it have back in 2020": a count the entry gives with no word of 2020 is
  // of another time (today's, or the year it does say).
  const year = question.words.find(
    (w, i) => /^(?:19|20)\d\d$/.test(w) && /^(?:in|of|during)$/.test(question.words[i - 1] ?? ""),
  );
  if (question.type === "count" && year && !entry.keys.has(year))
    return lacks(`${name} in ${year}`);
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
      // "How many people can join": "for at most eight photographers", a kind of person
      // (as WordNet files it) that a thing is for. (Not "900 observers use it": people doing
      // another act than the question's.)
      if (/^(?:people|persons|folks)$/.test(question.focus))
        for (const [i, t] of details.tokens.entries()) {
          const before = details.tokens[i - 1]?.word ?? "";
          const counted = /^\d+$/.test(before) || Object.hasOwn(NUMBER_WORDS, before);
          const lead = details.tokens.slice(Math.max(0, i - 4), i - 1).map((x) => x.word);
          if (counted && lead.includes("for") && /[^s]s$/.test(t.word) && namesAPerson(t.word))
            for (const k of t.keys) own.add(k);
        }
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
    // "How many people are in the lab": "shared with two neighbouring groups", "used by 14
    // product teams" count groups, not the people in them ("a team of five" does).
    if (PEOPLE_NOUNS.has(question.focus))
      details.tokens.forEach((t, i) => {
        const isCount = /^\d[\d,]*$/.test(t.word) || Object.hasOwn(NUMBER_WORDS, t.word);
        const groups = [1, 2].some((d) => {
          const w = details.tokens[i + d]?.word ?? "";
          return (
            /[^s]s$/.test(w) &&
            GROUP_NOUNS.has(w.slice(0, -1)) &&
            details.tokens.slice(i + 1, i + d + 1).every((x) => !/[,;:.!?()]/.test(x.before))
          );
        });
        if (isCount && groups) notCounts.push({ kind: "count", from: i, to: i + 1 });
      });
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
      // ("40 large-format portraits of people": past a hyphened modifier, portraits are counted.)
      let n = i + 1;
      while (details.tokens[n + 1]?.before === "-" && /^\s$/.test(details.tokens[n]?.before ?? ""))
        n += 2;
      const next = details.tokens[n];
      const modifier = details.tokens.slice(i + 1, n);
      return /^\d[\d,]*$/.test(t.word) &&
        !modifier.some((m) => m.keys.some((k) => own.has(k) || counted.has(k))) &&
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
      // (Views are counted by the times a thing was watched, people are not: "how many people
      // watched it" is no "watched 90,000 times".)
      !(
        !PEOPLE_NOUNS.has(question.focus) &&
        timesDone(details.tokens, new Set([...own, ...counted]))
      ) &&
      // (An entry that writes the counted noun itself, uncounted, counts something else after
      // the verb: "edited eleven feature documentaries and more television hours".)
      (details.tokens.some((t) => t.keys.some((k) => own.has(k))) ||
        !countedAfterOwnAct(question, details.tokens, notCounts)) &&
      !countedAsKin(question, details.tokens, own, notCounts)
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
  return undefined;
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

/** "At 41 stations": whether the token after an "at" age is the noun counted. */
export function countsAfter(tokens: Token[], s: Span, own: ReadonlySet<string>): boolean {
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
      // ("How many people read it": "read 300,000 times" counts the reading, not the readers.)
      (next.word !== "times" || question.focus === "times") &&
      !/[,;:.!?()]/.test(next.before)
    );
  });
}

// "How many planes are in the fleet": "the company has 7 aircraft"; "Regimental colours: … 32
// regimental flags". Where no number counts the noun itself, a count of what WordNet files as
// the same kind of thing answers it, in other words; asked about people, a count of the kind of
// person the question names ("how many ppl have u trained as cave divers": "350 cave divers") or
// who do what it asks ("how many ppl use the app": "about 900 observers … use it").
// ("40 guided hiking trips": the noun asked for qualifying another counts that, not hikes.)
function countedAsKin(
  question: Question,
  tokens: Token[],
  own: ReadonlySet<string>,
  notCounts: Span[],
): boolean {
  const focus = question.focus ?? "";
  const people = PEOPLE_NOUNS.has(focus);
  const asked = new Set(question.terms.map((t) => t.key));
  const skipped = new Set(notCounts.flatMap((s) => range(s.from, s.to)));
  // "About 900 observers in Austria use it": the people counted do what the question asks, the
  // verb after what it counts ("how many ppl actually use…"), however light.
  const { words } = question;
  let after = words.indexOf(focus) + 1;
  while (after > 0 && /^(?:actually|really|still|even|ever|currently)$/.test(words[after] ?? ""))
    after++;
  const act = after > 0 ? words[after] : undefined;
  const acts = new Set([
    ...question.verbs.flatMap((v) => meant(question, v)),
    ...(act && !/^(?:have|has|had|do|does|did|are|is|were|was|be)$/.test(act)
      ? alternatives(key(act))
      : []),
  ]);
  const doneAfter = (at: number) => {
    for (let j = at + 1; j <= at + 6 && j < tokens.length; j++) {
      if (/[.;:!?]/.test(tokens[j]?.before ?? "")) return false;
      if (tokens[j]?.keys.some((k) => acts.has(k))) return true;
    }
    return false;
  };
  return tokens.some((t, i) => {
    const number =
      (/\d/.test(t.word) && !/^(?:1[89]|20)\d\d$/.test(t.word)) ||
      (Object.hasOwn(NUMBER_WORDS, t.word) && !/^(?:first|second|third|one)$/.test(t.word));
    if (!number || skipped.has(i)) return false;
    for (let d = 1; d <= 3; d++) {
      const n = tokens[i + d];
      if (n === undefined || /[,;:.!?()]/.test(n.before) || n.name) return false;
      if (n.keys.some((k) => own.has(k))) return false;
      if (!isContent(n.word)) continue;
      const kin = people
        ? namesAPerson(n.word) && (n.keys.some((k) => asked.has(k)) || doneAfter(i + d))
        : sameKindOfThing(focus, n.word);
      if (kin) return true;
    }
    return false;
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
