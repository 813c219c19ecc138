import type { Knowledge } from "../knowledge/schema.ts";
import { entryLine } from "../present/entry.ts";
import { acronymAsked, expansionOf } from "./acronym.ts";
import { contactEntries } from "./contact.ts";
import type { TextDetails } from "./details.ts";
import { type EntryFacts, judge } from "./evidence.ts";
import { PLACE_NOUNS } from "./lexicon.ts";
import { NUMBER_WORDS } from "./measure-words.ts";
import { ownerName, ownNameWords } from "./owner.ts";
import { type Question, readQuestion } from "./question.ts";
import { type Retrieval, sentencesOf } from "./retrieve.ts";
import { COVERAGE_THRESHOLD, SECTION_LIST_MAX, selectEntries } from "./select-entries.ts";
import { alternatives, key, terms } from "./text.ts";
import type { AnswerResult, Doc } from "./types.ts";

/** An extractive answer in the profile's own voice, or an honest abstention. */
export function offlineAnswer(
  knowledge: Knowledge,
  question: string,
  retrieval: Retrieval,
): AnswerResult {
  if (retrieval.parts) return joinedAnswer(knowledge, question, retrieval.parts);
  const read = retrieval.question ?? readQuestion(question, ownNameWords(knowledge));
  if (read.type === "greeting") return greeting(knowledge);
  // "Whats 2+2", "what's the weather like", "write me a poem": no entry of a profile answers.
  if (ARITHMETIC.test(question) || NOT_ABOUT_ANYONE.test(question)) return abstention(knowledge);
  if (read.type === "name") return nameAnswer(knowledge);
  // The entries that give an address or a number; else said as not covered, then the contact
  // line when the profile gives one.
  if (read.type === "contact") {
    // ("Whats Marcus Delacroix's email": someone else's, which the owner's address is not.)
    const reach = read.othersOwn ? [] : contactEntries(knowledge, read.words);
    if (reach.length === 0) return abstention(knowledge);
    return {
      answer: entriesText(reach),
      abstained: false,
      sources: reach.map((d) => ({ id: d.entry.id, title: d.entry.title })),
      mode: "offline",
    };
  }
  if (read.type === "intro") return introduction(knowledge);
  const docs = knowledge.sections.flatMap((section) =>
    section.entries.map((entry) => ({ entry, section })),
  );
  const selection = selectEntries(read, retrieval, docs);
  // "How many papers have you published": no entry says, but the section of papers counts them.
  if (selection.missing || selection.docs.length === 0 || yourPlace(read)) {
    const counted = countedSection(knowledge, read, retrieval) ?? headcount(read, retrieval, docs);
    if (counted) return counted;
  }
  // Facts stated in the headline or summary ("a four-person data desk", "four albums").
  const person = retrieval.personSupport ?? 0;
  // "Where are you based": where the headline or summary places the owner ("… in Galway").
  // A town said after "in" (a name, not "a PhD in Computer Systems"), not an institution's
  // ("at the Cambridge Computer Laboratory").
  const facts = retrieval.personFacts?.details;
  // "Where is he from originally": a place after "from" ("a cinematographer from Nuku'alofa").
  const origin = originAsked(read);
  const located =
    (locatesOwner(read) || origin) &&
    (facts?.spans.some(
      (s) =>
        s.kind === "place" &&
        facts.tokens[s.from - 1]?.word === (origin ? "from" : "in") &&
        facts.tokens.slice(s.from, s.to).some((t) => t.rare) &&
        !facts.spans.some((o) => o.kind === "organisation" && o.from < s.from && o.to > s.from),
    ) ??
      false);
  const personAnswers =
    (person >= COVERAGE_THRESHOLD || located) &&
    read.type !== "opinion" &&
    retrieval.personFacts !== undefined &&
    judge(read, retrieval.personFacts).answers;
  // ("Which city r u based in": a talk "based on 312 postmortems" places nobody; only an entry
  // that says where the owner lives or is based answers before the headline does.)
  if (
    located &&
    personAnswers &&
    (selection.missing ||
      selection.docs.length === 0 ||
      (!origin &&
        !selection.docs.some((d) => placesOwner(retrieval.hits.find((h) => h.doc === d)?.details))))
  )
    return introduction(knowledge);
  // "What sort of things does she dig up": the range of the owner's work, which the headline and
  // summary say when they hold it as fully as any one entry does.
  const topSupport = Math.max(0, ...retrieval.hits.map((h) => h.support));
  if (KINDS_OF_WORK.test(read.words.join(" ")) && personAnswers && person >= topSupport)
    return introduction(knowledge);
  if (selection.docs.length === 0) {
    return personAnswers ? introduction(knowledge) : abstention(knowledge);
  }
  // "What does CXL stand for": only an entry that spells the letters out answers it.
  const acronym = acronymAsked(read.words);
  if (acronym) {
    const spelt = selection.docs.filter(({ entry }) =>
      expansionOf(`${entry.title}. ${entry.summary} ${entry.details ?? ""}`, acronym),
    );
    if (spelt.length === 0) return abstention(knowledge);
    selection.docs = spelt;
  }
  const rendered = entriesText(selection.docs);
  const best = Math.max(0, ...retrieval.hits.map((h) => h.support));
  // The summary holds the detail ("a twelve-person practice", "four albums"): the sentences
  // that hold it, not the whole introduction, before the entries when they answer too.
  const texts = sentencesOf(knowledge.person);
  // "What's your studio called": the headline names the owner's own things ("I run Kiln & Co,
  // a pottery studio"); an entry that mentions a studio may not.
  const ownThing = read.identity && read.words.some((w) => OWNERS.has(w));
  const holding = (
    personAnswers && (read.needs.length > 0 || read.type === "yesno" || ownThing) && person >= best
      ? holdingSentences(read, retrieval.personSentences ?? [])
      : []
  ).filter(
    (i) =>
      selection.missing !== undefined ||
      ownThing ||
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

// One entry as its line; several as a list of them.
function entriesText(docs: Doc[]): string {
  return docs.length === 1
    ? entryLine(docs[0] as Doc)
    : docs.map((d) => `- ${entryLine(d)}`).join("\n");
}

// A question that is only a sum: "whats 2+2", "what is 12 * 7?", "calculate (3+4)/2".
const ARITHMETIC =
  /^\s*(?:what(?:['’]?s| is)|calculate|compute|solve)\s+[\d\s.()]*\d\s*[+*×÷/^x-]\s*[\d\s.()+*×÷/^x-]*\s*[?!.]*\s*$/i;

// Today's weather, and things to write: asks that no profile answers, whoever it is about.
// ("Tell me the story of how you started" is a question about the owner; "tell me a joke" is not.)
const NOT_ABOUT_ANYONE =
  /^\s*(?:(?:what(?:['’]?s| is)|how(?:['’]?s| is))\s+the\s+weather\b|(?:can|could|would|will|pls|please)?\s*(?:you|u)?\s*(?:(?:write|compose|make up)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+(?:\w+\s+)?(?:poem|story|song|joke|haiku|limerick|rap|essay|riddle)s?|tell\s+(?:me|us)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:joke|riddle)s?)\b)/i;

// Verbs of the owner's own work, which every entry of their section is.
const OWN_WORK = new Set(
  `work worked working make made write written wrote build built create created develop developed
  design designed ship shipped release released produce produced do done`.split(/\s+/),
);

// Words that make the thing asked about the owner's own.
const OWNERS = new Set(["your", "her", "his", "their"]);

// "What kind of stuff do you teach", "what sort of things does she dig up": a verb of the owner's,
// asked of as a whole.
const KINDS_OF_WORK =
  /^what (?:kinds?|sorts?|types?) of (?:stuff|things|work) (?:do|does|did) (?:you|she|he|they) \w+(?: up| out| on| into| with| about)?$/;

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

// Whether a text says where someone lives or is based: a locating verb, then "in" or "near" and
// a place ("have lived in Berlin since 2018", "based near Cork").
function placesOwner(details: TextDetails | undefined): boolean {
  if (!details) return false;
  return details.spans.some((s) => {
    if (s.kind !== "place") return false;
    const at = details.tokens[s.from - 1]?.word ?? "";
    const verb = details.tokens[s.from - 2]?.word ?? "";
    return /^(?:in|near|outside)$/.test(at) && LOCATED_FORMS.has(verb);
  });
}

const LOCATED_FORMS = new Set([
  ...LOCATED,
  ...["lives", "lived", "located", "resides", "resided", "settled", "home"],
]);

// "Where is she from", "where's Ana from originally": where the owner comes from, and nothing more.
function originAsked(question: Question): boolean {
  return (
    question.type === "where" &&
    question.terms.length > 0 &&
    question.terms.some((t) => t.word === "origin") &&
    question.terms.every((t) => t.word === "origin" || PLACE_NOUNS.has(t.word))
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

// Words for the people a place has, counted.
const STAFF = new Set(["people", "persons", "folks", "staff", "employees", "workers"]);
// "There are fourteen of us", "we are now 6 of us": the owner's own people, counted.
const OF_US = new RegExp(
  String.raw`\b(?:there are|there were|we are|we're|we were)\s+(?:now\s+)?(?:\d+|${Object.keys(NUMBER_WORDS).join("|")})\s+of us\b`,
  "i",
);

// "How many ppl work at ur place": the owner's own place, whatever the headline calls it; no
// entry that happens to name a place answers it before the owner's team does.
function yourPlace(question: Question): boolean {
  const at = question.words.indexOf("place");
  return at > 0 && OWNERS.has(question.words[at - 1] ?? "");
}

// "It's a team of three", "we're a team of 14": the owner's own team, sized.
const OUR_TEAM = new RegExp(
  String.raw`\b(?:it is|it's|we are|we're|we were)\s+(?:now\s+)?a\s+(?:team|crew|staff)\s+of\s+(?:\d+|${Object.keys(NUMBER_WORDS).join("|")})\b`,
  "i",
);

/**
 * "How many people work at the workshop", where the headline says the workshop is the owner's
 * and an entry says "there are nine of us": that entry, though it never says "workshop".
 */
function headcount(
  question: Question,
  retrieval: Retrieval,
  docs: Doc[],
): AnswerResult | undefined {
  if (question.type !== "count" || !question.focus || !STAFF.has(question.focus)) return undefined;
  const own = retrieval.personFacts?.keys;
  const named = question.terms.filter((t) => !t.focus && !question.verbs.includes(t.word));
  const owners = (t: Question["terms"][number]) =>
    (t.word === "place" && yourPlace(question)) ||
    (question.meant?.get(t.key) ?? [t.key]).some((k) => own?.has(k));
  if (!own || !named.every(owners)) return undefined;
  // "It's a team of three: me, Aoife Brennan and Niamh Coyle" counts them too.
  const doc =
    docs.find(({ entry }) => OF_US.test(`${entry.title}. ${entry.summary}`)) ??
    docs.find(({ entry }) => OUR_TEAM.test(`${entry.title}. ${entry.summary}`));
  if (!doc) return undefined;
  return {
    answer: entryLine(doc),
    abstained: false,
    sources: [{ id: doc.entry.id, title: doc.entry.title }],
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
    // (An ask answered only in part shows its line, not its entries: they are not yet said.)
    if (!a.abstained) for (const s of a.sources) sources.set(s.id, s);
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
  // ("What's your studio called": "called" only asks for the name.)
  const others = question.terms.filter(
    (t) => !t.focus && !question.verbs.includes(t.word) && !/^(?:called|named)$/.test(t.word),
  );
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
