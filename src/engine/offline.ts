import type { Knowledge } from "../knowledge/schema.ts";
import { entryLine } from "../present/entry.ts";
import { type EntryFacts, judge } from "./evidence.ts";
import { ownerName, ownNameWords } from "./owner.ts";
import { type Question, readQuestion } from "./question.ts";
import { type Hit, type Retrieval, sentencesOf } from "./retrieve.ts";
import { alternatives, key, terms, words } from "./text.ts";
import { beforeOrAfter, latestBegun, ongoing, periodOf, stillGoing } from "./timeline.ts";
import type { AnswerResult, Doc } from "./types.ts";

/** Below this share of the question's weight held by one entry, that entry does not answer it. */
export const COVERAGE_THRESHOLD = 0.6;
// An entry holding this much of the question, but not the detail asked, is a partial match.
const PARTIAL_THRESHOLD = 0.4;
const MAX_ENTRIES = 3;
const SECTION_LIST_MAX = 8;
// A hit joins the answer when it scores at least this share of the best hit.
const RELATIVE_SCORE = 0.5;
// An equally supported entry scoring at least this share of the best may answer in its place.
const FALLBACK_SCORE = 0.15;

/** What the answer was built from: entries that answer, or entries that answer all but a detail. */
interface Selection {
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
  const best = bestHits(question, retrieval.hits, mentions);
  if (best.length === 0) return partial(question, retrieval.hits);
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
  return question.terms.some((t) =>
    (question.meant?.get(t.key) ?? [t.key]).some((k) => own.has(k)),
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
  if (named && hits.some((h) => named.has(h.doc))) return (h) => named.has(h.doc);
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
  let strongest = answering.filter((h) => h.support >= top - 1e-9);
  // "Where do you work now": of the jobs, the one still going on ("since Jun 2020" too), else
  // the one begun last when each states its stretch of years.
  if (question.bonus.length > 0 && ["where", "who", "what"].includes(question.type)) {
    const now = strongest.filter(
      (h) => question.bonus.some((k) => h.keys.has(k)) || ongoing(h.doc.entry),
    );
    const latest = latestBegun(strongest.map((h) => h.doc.entry));
    if (now.length > 0) strongest = now;
    else if (latest) strongest = strongest.filter((h) => h.doc.entry === latest);
  }
  const lead = Math.max(0, ...strongest.map((h) => h.score));
  // "How many requests did you file for Water Lines": the entry called so answers alongside
  // one that holds more of the question's other words.
  const calls = calledBy(question);
  const called = answering.filter((h) => !strongest.includes(h) && calls(h));
  return [...called, ...strongest.filter((h) => h.score >= lead * RELATIVE_SCORE)];
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
  // "Did you build any logic analysers": the one that is, not every project.
  if (question.type === "yesno" && question.terms.some((t) => !t.common && !t.optional)) return [];
  const inSection = retrieval.hits.filter(
    (h) => h.doc.section.id === retrieval.sectionId && h.support >= COVERAGE_THRESHOLD,
  );
  // "What papers…" lists them when they are among the best; "list your projects" asks for them.
  if (!question.request && !best.some((h) => h.doc.section.id === retrieval.sectionId)) return [];
  const section = inSection[0]?.doc.section;
  if (!section) return [];
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
  const elsewhere = best.some((h) => h.doc.section.id !== retrieval.sectionId && answers(h));
  if (elsewhere && !inSection.some(answers)) return [];
  return section.entries.slice(0, SECTION_LIST_MAX).map((entry) => ({ entry, section }));
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
  return { docs: near.slice(0, 2).map((h) => h.doc), missing: focus.join(" ") };
}

/** An extractive answer in the profile's own voice, or an honest abstention. */
export function offlineAnswer(
  knowledge: Knowledge,
  question: string,
  retrieval: Retrieval,
): AnswerResult {
  if (retrieval.parts) return joinedAnswer(knowledge, question, retrieval.parts);
  const read = retrieval.question ?? readQuestion(question, ownNameWords(knowledge));
  if (read.type === "greeting") return greeting(knowledge);
  if (read.type === "name") return nameAnswer(knowledge);
  if (read.type === "intro") return introduction(knowledge);
  const docs = knowledge.sections.flatMap((section) =>
    section.entries.map((entry) => ({ entry, section })),
  );
  const selection = selectEntries(read, retrieval, docs);
  // "How many papers have you published": no entry says, but the section of papers counts them.
  if (selection.missing || selection.docs.length === 0) {
    const counted = countedSection(knowledge, read, retrieval);
    if (counted) return counted;
  }
  // Facts stated in the headline or summary ("a four-person data desk", "four albums").
  const person = retrieval.personSupport ?? 0;
  // "Where are you based": where the headline or summary places the owner ("… in Galway").
  // A town said after "in" (a name, not "a PhD in Computer Systems"), not an institution's
  // ("at the Cambridge Computer Laboratory").
  const facts = retrieval.personFacts?.details;
  const located =
    locatesOwner(read) &&
    (facts?.spans.some(
      (s) =>
        s.kind === "place" &&
        facts.tokens[s.from - 1]?.word === "in" &&
        facts.tokens.slice(s.from, s.to).some((t) => t.rare) &&
        !facts.spans.some((o) => o.kind === "organisation" && o.from < s.from && o.to > s.from),
    ) ??
      false);
  const personAnswers =
    (person >= COVERAGE_THRESHOLD || located) &&
    read.type !== "opinion" &&
    retrieval.personFacts !== undefined &&
    judge(read, retrieval.personFacts).answers;
  if (located && personAnswers && (selection.missing || selection.docs.length === 0))
    return introduction(knowledge);
  if (selection.docs.length === 0) {
    return personAnswers ? introduction(knowledge) : abstention(knowledge);
  }
  const rendered =
    selection.docs.length === 1
      ? entryLine(selection.docs[0] as Doc)
      : selection.docs.map((d) => `- ${entryLine(d)}`).join("\n");
  const best = Math.max(0, ...retrieval.hits.map((h) => h.support));
  // The summary holds the detail ("a twelve-person practice", "four albums"): the sentences
  // that hold it, not the whole introduction, before the entries when they answer too.
  const texts = sentencesOf(knowledge.person);
  const holding = (
    personAnswers && read.needs.length > 0 && person >= best
      ? holdingSentences(read, retrieval.personSentences ?? [])
      : []
  ).filter(
    (i) =>
      selection.missing !== undefined ||
      saysMore(read, retrieval.personSentences?.[i], texts[i] ?? "", rendered),
  );
  const sources = selection.docs.map((d) => ({ id: d.entry.id, title: d.entry.title }));
  if (holding.length > 0) {
    const said = holding.map((i) => texts[i]).join(" ");
    const first = knowledge.sections[0];
    return selection.missing
      ? {
          answer: said,
          abstained: false,
          sources: (first?.entries ?? []).map((e) => ({ id: e.id, title: e.title })),
          mode: "offline",
        }
      : { answer: `${said}\n\n${rendered}`, abstained: false, sources, mode: "offline" };
  }
  if (selection.missing) {
    return {
      // "Do you have kids?": "My profile doesn't say so", not "…give the kids you asked about".
      answer: `${doesNot(knowledge)} ${
        read.type === "yesno" ? "say so" : `give the ${selection.missing} you asked about`
      }. ${
        selection.docs.length === 1 ? "What it does say" : "What it does say on the topic"
      }:\n${rendered}`,
      abstained: true,
      sources,
      mode: "offline",
    };
  }
  return { answer: rendered, abstained: false, sources, mode: "offline" };
}

// Verbs of the owner's own work, which every entry of their section is.
const OWN_WORK = new Set(
  `work worked working make made write written wrote build built create created develop developed
  design designed ship shipped release released produce produced do done`.split(/\s+/),
);

// Verbs of where someone lives or works from.
const LOCATED = new Set(["based", "live", "living", "located", "reside", "stay", "staying"]);

// "Where are you based", "where do u live now": where the owner is, and nothing more.
function locatesOwner(question: Question): boolean {
  return (
    question.type === "where" &&
    question.verbs.length > 0 &&
    question.verbs.every((v) => LOCATED.has(v)) &&
    question.terms.every((t) => t.common && LOCATED.has(t.word))
  );
}

/**
 * "How many papers have you published", "how many projects do u have": the entries of the
 * section the counted noun names, counted and listed. Not when the question narrows them by a
 * name ("how many papers at NSDI"), asks for an amount or a measure, or names no section.
 */
function countedSection(
  knowledge: Knowledge,
  question: Question,
  retrieval: Retrieval,
): AnswerResult | undefined {
  if (question.type !== "count" || !question.focus || question.measure) return undefined;
  if (question.needs.includes("money") || question.needs.includes("rank")) return undefined;
  const section = knowledge.sections.find((s) => s.id === retrieval.sectionId);
  if (!section) return undefined;
  const focus = question.terms.find((t) => t.focus);
  // Named by its id or title: "Television, books and public work" is no section of books.
  // ("Outside theatre" is no section of theatres.)
  const kind = section.title.replace(
    /\b(?:outside|beyond|besides|away from|apart from)\s+\S+/gi,
    "",
  );
  const heading = new Set(
    terms(/\b(?:outside|beyond|besides)\b/i.test(section.title) ? kind : `${section.id} ${kind}`),
  );
  if (!focus || !(question.meant?.get(focus.key) ?? [focus.key]).some((k) => heading.has(k)))
    return undefined;
  if (question.terms.some((t) => !t.focus && !t.common && !t.optional)) return undefined;
  // "How many grants have you applied for" is not how many the section lists as won.
  const said = new Set([
    ...heading,
    ...terms(
      section.entries
        .flatMap((e) => [e.title, e.summary, e.details ?? "", ...(e.tags ?? [])])
        .join(" "),
    ),
  ]);
  const meant = (w: string) => question.meant?.get(key(w)) ?? alternatives(key(w));
  // ("How many games have you worked on", "…made": any of the section's are the owner's.)
  const done = question.verbs.filter((v) => !OWN_WORK.has(v));
  if (!done.every((v) => meant(v).some((k) => said.has(k)))) return undefined;
  // "Writing & talks" holds two kinds: only the entries that are talks count as talks.
  const kinds = focus ? (question.meant?.get(focus.key) ?? [focus.key]) : [];
  const entries = /&|\band\b|,/.test(section.title)
    ? section.entries.filter((e) =>
        terms(`${e.title} ${e.summary} ${(e.tags ?? []).join(" ")}`).some((k) => kinds.includes(k)),
      )
    : section.entries;
  if (entries.length === 0) return undefined;
  const shown = entries.slice(0, SECTION_LIST_MAX).map((entry) => ({ entry, section }));
  const n = entries.length;
  const list = shown.map((d) => `- ${entryLine(d)}`).join("\n");
  const more = n > shown.length ? `\n…and ${n - shown.length} more.` : "";
  return {
    answer: `${whose(knowledge)} lists ${n} under ${section.title}:\n${list}${more}`,
    abstained: false,
    sources: shown.map((d) => ({ id: d.entry.id, title: d.entry.title })),
    mode: "offline",
  };
}

/**
 * "Where did she do her PhD and when did she finish": each ask answered, each entry said once;
 * an ask the profile does not answer is said so in a line. Abstains only when no ask is answered.
 */
function joinedAnswer(knowledge: Knowledge, question: string, parts: Retrieval[]): AnswerResult {
  const answers = parts.map((p) => offlineAnswer(knowledge, question, p));
  const answered = answers.filter((a) => !a.abstained);
  if (answered.length === 0) return answers[0] as AnswerResult;
  const texts: string[] = [];
  const sources = new Map<string, AnswerResult["sources"][number]>();
  for (const a of answers) {
    const text = a.abstained
      ? (a.answer.split("\n")[0]?.replace(/ What it does say.*$/, "") ?? "")
      : a.answer;
    if (!a.abstained && a.sources.every((s) => sources.has(s.id)) && a.sources.length > 0) continue;
    if (!texts.includes(text)) texts.push(text);
    for (const s of a.sources) sources.set(s.id, s);
  }
  return {
    answer: texts.join("\n\n"),
    abstained: false,
    sources: [...sources.values()],
    mode: "offline",
  };
}

// One sentence of the summary holds the detail with every name the question gives: "I was born
// in Kumasi", but not "I trained in Madrid …, moved to Ireland in 2009" for a move to Madrid.
function holdingSentences(question: Question, sentences: EntryFacts[]): number[] {
  const named = question.terms.filter((t) => !t.common && !t.focus && !t.optional);
  // Without a name, at least one of the question's words: "when did the podcast start" is not
  // answered by "I've nursed for eleven years".
  const said = (s: EntryFacts, t: Question["terms"][number]) =>
    (question.meant?.get(t.key) ?? [t.key]).some((k) => s.keys.has(k));
  const others = question.terms.filter((t) => !t.focus && !question.verbs.includes(t.word));
  // A date goes with what its own clause says.
  const units = (s: EntryFacts) => (question.type === "when" ? clausesOf(s) : [s]);
  const holds = (s: EntryFacts) =>
    (named.length > 0
      ? named.every((t) => said(s, t))
      : others.length === 0 || others.some((t) => said(s, t))) && judge(question, s).answers;
  return sentences.flatMap((s, i) => (units(s).some(holds) ? [i] : []));
}

// Whether a sentence of the summary states a detail of the kind asked that the entries do not
// ("four albums" where the entries tell of two), so it is worth saying before them.
function saysMore(
  question: Question,
  sentence: EntryFacts | undefined,
  text: string,
  entries: string,
): boolean {
  if (!sentence) return false;
  const { tokens, spans } = sentence.details;
  const shown = entries.toLowerCase();
  return spans.some((s) => {
    if (!question.needs.includes(s.kind)) return false;
    const from = tokens[s.from]?.start ?? 0;
    const to = tokens[s.to - 1]?.end ?? from;
    return !shown.includes(text.slice(from, to).toLowerCase());
  });
}

function clausesOf(sentence: EntryFacts): EntryFacts[] {
  const { tokens } = sentence.details;
  const out: EntryFacts[] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !/[,;:—–]/.test(tokens[i]?.before ?? "")) continue;
    const part = tokens.slice(from, i);
    const keys = new Set(part.flatMap((t) => t.keys));
    const spans = sentence.details.spans
      .filter((s) => s.from >= from && s.to <= i)
      .map((s) => ({ ...s, from: s.from - from, to: s.to - from }));
    const kinds = new Set(spans.map((s) => s.kind));
    out.push({ ...sentence, keys, details: { tokens: part, spans, kinds } });
    from = i;
  }
  return out;
}

/** "My profile doesn't" / "Maya Okafor's profile doesn't" / "The profile doesn't". */
function doesNot(knowledge: Knowledge): string {
  return `${whose(knowledge)} doesn't`;
}

/** "My profile" / "Maya Okafor's profile" / "The profile". */
function whose(knowledge: Knowledge): string {
  if (knowledge.person.voice === "first-person") return "My profile";
  const name = ownerName(knowledge);
  return name ? `${name}'s profile` : "The profile";
}

/** The fixed reply for a question the profile does not cover. */
export function abstention(knowledge: Knowledge): AnswerResult {
  const topics = knowledge.sections.map((s) => s.title.toLowerCase()).join(", ");
  return {
    answer: `${doesNot(knowledge)} cover that, so I won't guess. I can tell you about: ${topics}.${contactLine(knowledge)}`,
    abstained: true,
    sources: [],
    mode: "offline",
  };
}

function contactLine(knowledge: Knowledge): string {
  const { contact, voice } = knowledge.person;
  if (!contact) return "";
  const who = voice === "first-person" ? "me" : (ownerName(knowledge) ?? "them");
  return ` To know more, ask ${who} directly: ${contact}`;
}

function greeting(knowledge: Knowledge): AnswerResult {
  const topics = knowledge.sections.map((s) => s.title.toLowerCase()).join(", ");
  return {
    answer: `Hi! ${knowledge.person.headline}\n\nAsk me about: ${topics}.`,
    abstained: false,
    sources: [],
    mode: "offline",
  };
}

/** "What's your name": `person.name`, or the name the headline opens with. */
function nameAnswer(knowledge: Knowledge): AnswerResult {
  const name = ownerName(knowledge);
  if (!name) return abstention(knowledge);
  const first = knowledge.person.voice === "first-person";
  return {
    answer: `${first ? `I'm ${name}` : name}. ${knowledge.person.headline}`,
    abstained: false,
    sources: [],
    mode: "offline",
  };
}

/** "Tell me about yourself": the headline, the summary, and what else to ask about. */
function introduction(knowledge: Knowledge): AnswerResult {
  const first = knowledge.sections[0];
  return {
    answer: `${knowledge.person.headline}\n\n${knowledge.person.summary}`,
    abstained: false,
    sources: (first?.entries ?? []).map((e) => ({ id: e.id, title: e.title })),
    mode: "offline",
  };
}
