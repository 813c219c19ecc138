/**
 * Which entries an offline answer is built from: the ones that answer the question, or the ones
 * that hold its topic but not the detail asked (an honest partial answer).
 */
import { judge } from "./evidence.ts";
import { countedDetail } from "./evidence-count.ts";
import type { Question } from "./question.ts";
import type { Hit, Retrieval } from "./retrieve.ts";
import { asksLanguagesSpoken, namingLanguages } from "./spoken-languages.ts";
import { missingLevel, namesDegree } from "./statistic.ts";
import { isContent, key, terms, words } from "./text.ts";
import { beforeOrAfter, latestBegun, ongoing, periodOf, stillGoing } from "./timeline.ts";
import type { Doc } from "./types.ts";

/** Below this share of the question's weight held by one entry, that entry does not answer it. */
export const COVERAGE_THRESHOLD = 0.6;
// An entry holding this much of the question, but not the detail asked, is a partial match.
const PARTIAL_THRESHOLD = 0.4;
// An entry holding less of the question than COVERAGE_THRESHOLD answers it when it holds the
// detail asked, holds this much, and scores this many times the next entry.
const STANDOUT_SUPPORT = 0.45;
const STANDOUT_LEAD = 3;
const MAX_ENTRIES = 3;
/** At most this many entries are listed for a section asked about whole. */
export const SECTION_LIST_MAX = 8;
// A hit joins the answer when it scores at least this share of the best hit.
const RELATIVE_SCORE = 0.5;
// "Have you ever done an opera": any entry that is one says yes, though a talk about opera
// scores higher; a yes/no question keeps more of the equally supported hits.
const YESNO_SCORE = 0.3;
// An equally supported entry scoring at least this share of the best may answer in its place.
const FALLBACK_SCORE = 0.15;
// How much less of a count question an entry that holds the count may hold than the best one.
const COUNT_SUPPORT_GAP = 0.1;

/** What the answer was built from: entries that answer, or entries that answer all but a detail. */
export interface Selection {
  docs: Doc[];
  /** Set when the entries cover the topic but not this detail of it. */
  missing?: string;
}

/**
 * Picks the entries an extractive answer should use. None when no entry holds the question's
 * words; `missing` when entries hold its topic but not the detail asked (a date, a place…).
 */
export function selectEntries(question: Question, retrieval: Retrieval, docs: Doc[]): Selection {
  if (question.type === "opinion") return { docs: [] };
  const ordered = question.future ? undefined : beforeOrAfter(question, docs);
  if (ordered) return { docs: [ordered] };
  // "What are you doing after Cambridge", with Cambridge still going on: a plan, unless an
  // entry about it speaks of what comes next.
  const going = stillGoing(question, docs);
  if (going.length > 0) {
    // ("He expects to defend the thesis in 2025" is the thesis, not what comes after it.)
    const next = retrieval.hits.find(
      (h) =>
        h.kinds.has("future") &&
        h.support >= COVERAGE_THRESHOLD &&
        !going.some((d) => d.entry === h.doc.entry) &&
        judge(question, h).answers,
    );
    return next ? { docs: [next.doc] } : { docs: going.slice(0, 1), missing: "plans" };
  }
  const role = roleAt(question, retrieval.hits);
  if (role) return { docs: [role.doc] };
  const mentions = mentionsNamed({ ...retrieval, question }, retrieval.hits);
  const ranked = question.order ? inOrder(question, retrieval.hits, mentions) : undefined;
  if (ranked) return { docs: [ranked] };
  const away = elsewhere(question, retrieval.hits);
  if (away.length > 0) return { docs: away.slice(0, MAX_ENTRIES).map((h) => h.doc) };
  if (asksLanguagesSpoken(question)) {
    const spoken = namingLanguages(
      question,
      retrieval.hits.filter((h) => h.support >= COVERAGE_THRESHOLD && mentions(h)),
    );
    if (spoken.length > 0) return { docs: spoken.slice(0, MAX_ENTRIES).map((h) => h.doc) };
  }
  // "When's the next book out": of the entries about books, those that speak of the future.
  const pool = amongAsked(question, retrieval);
  const ahead = question.future
    ? pool.filter((h) => h.kinds.has("future") && h.support >= COVERAGE_THRESHOLD)
    : [];
  const best = bestHits(question, ahead.length > 0 ? ahead : pool, mentions);
  if (best.length === 0) {
    const near = standout(question, pool, mentions);
    return near ? { docs: [near.doc] } : partial(question, retrieval.hits);
  }
  const chosen = best.slice(0, MAX_ENTRIES);
  // "When will she defend…", "what's your next game": only an entry that speaks of the future.
  if (question.future && !chosen.some((h) => h.kinds.has("future")))
    return { docs: chosen.map((h) => h.doc), missing: "plans" };
  const listed = question.future ? [] : listing(question, retrieval, best);
  if (listed.length > 0) return { docs: listed };
  // "What latency does machnet get on AWS": a name the profile never writes qualifies the ask.
  const unknown = unknownQualifier(question);
  if (unknown)
    return {
      docs: chosen.map((h) => h.doc),
      missing: `${question.focus ?? "detail"} for ${unknown}`,
    };
  const verdicts = chosen.map((h) => judge(question, h));
  const holding = chosen.filter((h, i) => verdicts[i]?.answers && saysItself(question, h));
  if (holding.length > 0) return { docs: holding.map((h) => h.doc) };
  // "How long was the UBC postdoc": a post held over a stretch of years ("from 2013 to 2016")
  // says how long it lasted, though no length is given.
  const post =
    question.measure === "long"
      ? chosen.find(
          (h) =>
            // (A degree is a stretch of study, as long as its years.)
            (h.doc.entry.role !== undefined || namesDegree(h.doc.entry.title)) &&
            periodOf(h.doc.entry)?.range,
        )
      : undefined;
  if (post) return { docs: [post.doc] };
  // Among entries that hold the question as fully, one that ranks lower (but not far lower)
  // may hold the detail.
  const top = chosen[0];
  const equal = retrieval.hits.find(
    (h) =>
      top &&
      !chosen.includes(h) &&
      mentions(h) &&
      h.support >= top.support - 1e-9 &&
      h.score >= top.score * FALLBACK_SCORE &&
      judge(question, h).answers,
  );
  if (equal) return { docs: [equal.doc] };
  // "How many sailings a day do they run in winter": the timetable that counts them holds a
  // little less of the question than the entry on winter gales, which counts none.
  const counted =
    question.type === "count" && top
      ? retrieval.hits.find(
          (h) =>
            !chosen.includes(h) &&
            mentions(h) &&
            h.support >= COVERAGE_THRESHOLD &&
            h.support >= top.support - COUNT_SUPPORT_GAP &&
            judge(question, h).answers,
        )
      : undefined;
  if (counted) return { docs: [counted.doc] };
  // "When did u start at Fernway": "Since March 2022 I've been … at Fernway" ranks higher and
  // gives the date, though it never says "start"; a list of companies that "run" the tool,
  // Fernway among them, holds more of the words and no date.
  const dated =
    question.type === "when" && top
      ? retrieval.hits.find(
          (h) =>
            !chosen.includes(h) &&
            mentions(h) &&
            h.support >= COVERAGE_THRESHOLD &&
            h.score > top.score &&
            judge(question, h).answers,
        )
      : undefined;
  if (dated) return { docs: [dated.doc] };
  const first = verdicts[0];
  return {
    docs: chosen.map((h) => h.doc),
    missing: first && !first.answers ? first.missing : "detail",
  };
}

// "Your first London show": of the entries that answer the rest of the question and state a
// year, the earliest (or latest); none when fewer than two are dated.
function inOrder(question: Question, hits: Hit[], mentions: (h: Hit) => boolean): Doc | undefined {
  const dated = hits.filter(
    (h) =>
      h.support >= COVERAGE_THRESHOLD &&
      mentions(h) &&
      periodOf(h.doc.entry) !== undefined &&
      judge(question, h).answers,
  );
  // Of the kind by heading when some are ("Notable cases", not a podcast about cases).
  const focus = question.terms.find((t) => t.focus);
  const kinds = focus ? (question.meant?.get(focus.key) ?? [focus.key]) : [];
  const filed = dated.filter((h) => kinds.some((k) => h.heading.has(k)));
  const pool = filed.length >= 2 ? filed : dated;
  if (pool.length < 2) return undefined;
  const start = (h: Hit) => periodOf(h.doc.entry)?.start ?? 0;
  const sorted = pool.sort((a, b) => start(a) - start(b));
  return (question.order === "first" ? sorted[0] : sorted.at(-1))?.doc;
}

// "Have you ever worked outside Portugal": the entries filed as abroad (a profile says so in an
// entry's words or tags: no list of places tells where Toronto ends), and not in Portugal; none
// when the question names no such place.
function elsewhere(question: Question, hits: Hit[]): Hit[] {
  const away = question.elsewhere;
  if (!away || away.length === 0) return [];
  const there = (h: Hit) => away.every((k) => h.keys.has(k));
  const abroad = ABROAD.map(key);
  return hits.filter(
    (h) =>
      h.support >= COVERAGE_THRESHOLD &&
      !there(h) &&
      abroad.some((k) => h.keys.has(k)) &&
      judge(question, h).answers,
  );
}

const ABROAD = ["abroad", "overseas"];

const ownKeys = new WeakMap<Doc["entry"], Set<string>>();

// "Has she been on the radio": a yes from an entry's own words, not from its section's
// description ("Books, radio and television").
function saysItself(question: Question, hit: Hit): boolean {
  if (question.type !== "yesno") return true;
  const { entry } = hit.doc;
  let keys = ownKeys.get(entry);
  if (!keys) {
    const text = [
      entry.title,
      entry.summary,
      entry.details,
      entry.venue,
      entry.role,
      ...(entry.tags ?? []),
    ];
    keys = new Set(terms(text.filter(Boolean).join(" ")));
    ownKeys.set(entry, keys);
  }
  const own = keys;
  // ("Does he have any hobbies": an entry filed under "Family and pastimes" is one; what is had
  // is a kind of thing its section may name.)
  const had = question.claim.flatMap((c) => (c.startsWith("has:") ? [key(c.slice(4))] : []));
  return question.terms.some((t) =>
    (question.meant?.get(t.key) ?? [t.key]).some(
      (k) => own.has(k) || (had.includes(t.key) && hit.section.has(k)),
    ),
  );
}

/**
 * "What CVE did the tinyhttp bug get": an entry that never mentions tinyhttp does not answer,
 * however much else of the question it holds. True for every hit when no hit holds every name.
 */
// "Are you a professor at Cambridge": the entry whose title names Cambridge says what the owner
// is there, yes or no; a place the profile never names is still not covered.
const ROLE_AT =
  /^(?:are|were|is|was) (?:you|she|he|they) (?:a|an|the) (?:\S+ ){1,3}(?:at|for|in|with) (.+)$/;
function roleAt(question: Question, hits: Hit[]): Hit | undefined {
  if (question.type !== "yesno") return undefined;
  const place = ROLE_AT.exec(question.words.join(" "))?.[1];
  if (!place) return undefined;
  const named = question.terms.filter((t) => place.split(" ").includes(t.word) && !t.optional);
  if (named.length === 0) return undefined;
  const holding = hits.filter((h) =>
    named.every((t) => (question.meant?.get(t.key) ?? [t.key]).some((k) => h.heading.has(k))),
  );
  return holding.length === 1 ? holding[0] : undefined;
}

function mentionsNamed(retrieval: Retrieval, hits: Hit[]): (h: Hit) => boolean {
  const question = retrieval.question as Question;
  const calls = calledBy(question);
  // "How many readers did the nursing times article get": only what says "Nursing Times".
  const { named } = retrieval;
  // (Unless only an entry that does not write the name holds the whole question: "the legal
  // interpreting module" is "Interpreting in Legal Settings", not the "Diploma in Legal
  // Interpreting".)
  const covers = (h: Hit) => h.support >= COVERAGE_THRESHOLD;
  // ("How many patches to the LLVM RISC-V backend": "LLVM: 70 patches to the RISC-V backend"
  // holds every word of the name a talk writes whole, "LLVM's RISC-V backend".)
  const said = (h: Hit) => new Set(h.details.tokens.flatMap((t) => t.keys));
  const namedBest = Math.max(0, ...hits.filter((h) => named?.has(h.doc)).map((h) => h.support));
  const holdsName = (h: Hit) => {
    if (h.support <= namedBest) return false;
    const keys = said(h);
    return [...(retrieval.namedKeys ?? [])].every((k) => keys.has(k));
  };
  if (
    named &&
    hits.some((h) => named.has(h.doc)) &&
    (hits.some((h) => named.has(h.doc) && covers(h)) || !hits.some(covers))
  )
    return (h) => named.has(h.doc) || holdsName(h);
  // "How many visitors did Blue get": an ordinary word that begins an entry's title names it
  // when it is what the count is asked of.
  const titled = (t: Question["terms"][number]) =>
    question.type === "count" &&
    /^(?:did|does|do|was|were|is|are|has|have)$/.test(
      question.words[question.words.indexOf(t.word) - 1] ?? "",
    ) &&
    hits.some((h) => key(words(h.doc.entry.title)[0] ?? "") === t.key);
  const naming = question.terms.filter(
    (t) =>
      (!t.common || titled(t)) && !t.focus && !t.optional && hits.some((h) => h.heading.has(t.key)),
  );
  const mentions = (h: Hit) =>
    naming.every((t) => (question.meant?.get(t.key) ?? [t.key]).some((k) => h.keys.has(k)));
  // The entry the question calls by its whole title answers too ("…for Water Lines").
  if (hits.some((h) => h.support >= COVERAGE_THRESHOLD && calls(h)))
    return (h) => calls(h) || mentions(h);
  return naming.length > 0 ? mentions : () => true;
}

function bestHits(question: Question, hits: Hit[], mentions: (h: Hit) => boolean): Hit[] {
  const answering = hits.filter((h) => h.support >= COVERAGE_THRESHOLD && mentions(h));
  const top = Math.max(0, ...answering.map((h) => h.support));
  let strongest = sayingAsAsked(
    question,
    answering.filter((h) => h.support >= top - 1e-9),
  );
  // "Where do you work now": of the jobs, the one still going on ("since Jun 2020" too), else
  // the one begun last when each states its stretch of years.
  if (question.bonus.length > 0 && ["where", "who", "what"].includes(question.type)) {
    const now = strongest.filter(
      (h) => question.bonus.some((k) => h.keys.has(k)) || ongoing(h.doc.entry),
    );
    const latest = latestBegun(strongest.map((h) => h.doc.entry));
    // "What r u working on rn": words no more telling than "working" are said by old jobs as
    // much as new; an entry that calls itself current answers, whatever its other words.
    const current =
      question.type === "what" &&
      question.terms.every((t) => t.common) &&
      question.words.some((w) => /^(?:now|moment|currently|nowadays|days|today)$/.test(w))
        ? hits.filter((h) => h.keys.has("current") && judge(question, h).answers)
        : [];
    if (now.length === 0 && current.length > 0) strongest = current;
    else if (now.length > 0) strongest = now;
    else if (latest) strongest = strongest.filter((h) => h.doc.entry === latest);
  }
  const lead = Math.max(0, ...strongest.map((h) => h.score));
  // "How many requests did you file for Water Lines": the entry called so answers alongside
  // one that holds more of the question's other words.
  const calls = calledBy(question);
  const called = answering.filter((h) => !strongest.includes(h) && calls(h));
  const share = question.type === "yesno" ? YESNO_SCORE : RELATIVE_SCORE;
  return [...called, ...strongest.filter((h) => h.score >= lead * share)];
}

// "Which of your films is in Irish": one of the section the question names, not the teaching
// entry that says "Irish Film Institute". A section headed by the noun ("Films") before one that
// only mentions it ("Film festivals").
function amongAsked(question: Question, retrieval: Retrieval): Hit[] {
  const at = whichOf(question);
  if (at < 0) return retrieval.hits;
  const noun = question.words.slice(at + 2).find((w) => isContent(w));
  if (!noun) return retrieval.hits;
  const kinds = question.meant?.get(key(noun)) ?? [key(noun)];
  const answering = retrieval.hits.filter((h) => h.support >= COVERAGE_THRESHOLD);
  const name = (h: Hit) => terms(`${h.doc.section.id} ${h.doc.section.title}`);
  const headed = answering.filter((h) => kinds.includes(terms(h.doc.section.title).at(-1) ?? ""));
  const named = answering.filter((h) => name(h).some((k) => kinds.includes(k)));
  const answers = (hs: Hit[]) => hs.some((h) => judge(question, h).answers);
  if (answers(headed)) return headed;
  return answers(named) ? named : retrieval.hits;
}

// Where the question says "which of" ("which of your films…"), or -1.
function whichOf(question: Question): number {
  return question.words.findIndex(
    (w, i) => (w === "which" || w === "what") && question.words[i + 1] === "of",
  );
}

const GOING = new Set(["to", "from", "into", "onto"]);

// "How does she get to work": of entries that hold the question as fully, the ones that say
// "to work" as it does ("cycles 18 km to work"), not only "work" ("has worked as…").
function sayingAsAsked(question: Question, hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const pairs = question.words.flatMap((w, i) => {
    const next = question.words[i + 1] ?? "";
    return GOING.has(w) && question.terms.some((t) => t.word === next) ? [[w, key(next)]] : [];
  });
  if (pairs.length === 0) return hits;
  const says = (h: Hit) =>
    pairs.some(([w, k]) =>
      h.details.tokens.some(
        (t, i) => t.word === w && (h.details.tokens[i + 1]?.keys ?? []).includes(k as string),
      ),
    );
  const saying = hits.filter(says);
  // (Only when one of them answers: the date of a move may stand in another entry.)
  return saying.some((h) => judge(question, h).answers) ? saying : hits;
}

const QUALIFYING = new Set(["on", "at", "in", "for", "with", "under", "using", "against"]);

// A name, after a preposition in a short question, that no entry holds: "…on AWS".
function unknownQualifier(question: Question): string | undefined {
  if (question.words.length > 10 || !question.meant) return undefined;
  const meant = question.meant;
  return question.terms.find(
    (t) =>
      !t.common &&
      !t.optional &&
      !/\d/.test(t.word) &&
      !meant.has(t.key) &&
      QUALIFYING.has(question.words[question.words.indexOf(t.word) - 1] ?? ""),
  )?.word;
}

// Whether the question says an entry's whole (short) title: "…for Water Lines".
function calledBy(question: Question): (h: Hit) => boolean {
  const asked = new Set(question.terms.flatMap((t) => question.meant?.get(t.key) ?? [t.key]));
  return (h) => h.title.size > 0 && h.title.size <= 4 && [...h.title].every((k) => asked.has(k));
}

// A question about a whole section lists it: "what talks have you given", "which courses…".
function listing(question: Question, retrieval: Retrieval, best: Hit[]): Doc[] {
  if (!retrieval.sectionId) return [];
  if (question.type !== "list" && question.type !== "what" && question.type !== "yesno") return [];
  // "Which of your films is in Irish": the ones that are, not all of them.
  if (whichOf(question) >= 0) return [];
  // "Did you build any logic analysers": the one that is, not every project.
  if (question.type === "yesno" && question.terms.some((t) => !t.common && !t.optional)) return [];
  const inSection = retrieval.hits.filter(
    (h) => h.doc.section.id === retrieval.sectionId && h.support >= COVERAGE_THRESHOLD,
  );
  // "What papers…" lists them when they are among the best; "list your projects" asks for them.
  if (!question.request && !best.some((h) => h.doc.section.id === retrieval.sectionId)) return [];
  const section = inSection[0]?.doc.section;
  if (!section) return [];
  // "What was your masters degree in": a section of degrees none of which is a master's is no
  // list of them.
  if (!question.request && inSection.every((h) => missingLevel(question, h.details.tokens)))
    return [];
  // "Has she been on the radio": not a section whose description only mentions radio.
  if (question.type === "yesno") {
    const heading = new Set(terms(`${section.id} ${section.title}`));
    const named = (t: Question["terms"][number]) =>
      (question.meant?.get(t.key) ?? [t.key]).some((k) => heading.has(k));
    if (!question.terms.some(named)) return [];
  }
  // "What camera do you film your videos with" is not "what videos have you made".
  const focus = question.terms.find((t) => t.focus);
  if (
    focus &&
    !inSection.some((h) => h.keys.has(focus.key)) &&
    !inSection.some((h) => judge(question, h).answers)
  )
    return [];
  // "Which programming languages": not a section of spoken ones when another entry answers.
  const answers = (h: Hit) => judge(question, h).answers;
  // "Which primary schools have you visited": "Teaching and outreach" is no section of
  // schools; its entry about school visits must name them for the section to be the answer.
  if (question.identity && question.plural && focus && !inSection.some(answers)) {
    const heading = new Set(terms(`${section.id} ${section.title}`));
    if (!(question.meant?.get(focus.key) ?? [focus.key]).some((k) => heading.has(k))) return [];
  }
  const elsewhere = best.some((h) => h.doc.section.id !== retrieval.sectionId && answers(h));
  if (elsewhere && !inSection.some(answers)) return [];
  return section.entries.slice(0, SECTION_LIST_MAX).map((entry) => ({ entry, section }));
}

/**
 * "How many ppl can join one course": the one entry that far outscores the rest and holds the
 * detail asked ("takes up to 12 people"), though a word or two of the question ("join") is not
 * in it. Only for a question that asks a detail the entry must state (a count, a date, a name):
 * holding it is the evidence the missing words cannot give.
 */
function standout(question: Question, hits: Hit[], mentions: (h: Hit) => boolean): Hit | undefined {
  if (question.needs.length === 0) return undefined;
  const [top, next] = [...hits].sort((a, b) => b.score - a.score);
  if (!top || top.support < STANDOUT_SUPPORT || !mentions(top)) return undefined;
  if (next && top.score < STANDOUT_LEAD * next.score) return undefined;
  return judge(question, top).answers ? top : undefined;
}

// The entries hold most of the question but not the thing it asks for ("her salary").
function partial(question: Question, hits: Hit[]): Selection {
  // The topic is what the question names, not its ordinary words ("SYSTEM: new rules apply…").
  const topic = question.terms.filter((t) => !t.focus && (!t.common || t.phrase));
  const holdsTopic = (h: Hit) =>
    topic.some((t) => (question.meant?.get(t.key) ?? [t.key]).some((k) => h.keys.has(k)));
  const near = hits.filter((h) => h.support >= PARTIAL_THRESHOLD && holdsTopic(h));
  const top = near[0];
  if (!top) return { docs: [] };
  const focus = question.terms.filter((t) => t.focus).map((t) => t.word);
  if (focus.length === 0) return { docs: [] };
  const [only] = focus;
  const missing =
    question.type === "count" && focus.length === 1
      ? countedDetail(only, question.words)
      : focus.join(" ");
  return { docs: near.slice(0, 2).map((h) => h.doc), missing };
}
