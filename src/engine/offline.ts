import type { Knowledge } from "../knowledge/schema.ts";
import { countsNear } from "./details.ts";
import { ownerName, ownNameWords } from "./owner.ts";
import { type Question, type QuestionType, readQuestion } from "./question.ts";
import type { Hit, Retrieval } from "./retrieve.ts";
import { alternatives, key } from "./text.ts";
import type { AnswerResult, Doc } from "./types.ts";

/** Below this share of the question's weight held by one entry, that entry does not answer it. */
export const COVERAGE_THRESHOLD = 0.6;
// An entry holding this much of the question, but not the detail asked, is a partial match.
const PARTIAL_THRESHOLD = 0.4;
const MAX_ENTRIES = 3;
const SECTION_LIST_MAX = 8;
// A hit joins the answer when it scores at least this share of the best hit.
const RELATIVE_SCORE = 0.5;

/** What the answer was built from: entries that answer, or entries that answer all but a detail. */
interface Selection {
  docs: Doc[];
  /** Set when the entries cover the topic but not this detail of it. */
  missing?: string;
}

const DETAIL_NAMES: Partial<Record<QuestionType, string>> = {
  age: "age",
  duration: "duration",
  when: "date",
  count: "number",
  where: "place",
  who: "name",
};

/**
 * Picks the entries an extractive answer should use. None when no entry holds the question's
 * words; `missing` when entries hold its topic but not the detail asked (a date, a place…).
 */
export function selectEntries(question: Question, retrieval: Retrieval): Selection {
  if (question.type === "opinion") return { docs: [] };
  const best = bestHits(retrieval.hits);
  if (best.length === 0) return partial(question, retrieval.hits);
  const listed = listing(question, retrieval, best);
  const chosen = listed.length > 0 ? listed : best.slice(0, MAX_ENTRIES);
  // "When will she defend…", "what are you planning…": only an entry that speaks of the future.
  if (question.future && !chosen.some((h) => h.kinds.has("future")))
    return { docs: chosen.map((h) => h.doc), missing: "plans" };
  if (question.needs.length === 0 || listed.length > 0) return { docs: chosen.map((h) => h.doc) };
  const counted = question.type === "count" && question.focus ? focusKeys(question) : undefined;
  const holding = chosen.filter(
    (h) =>
      question.needs.some((k) => h.kinds.has(k)) &&
      // "How many volunteers": a number next to "volunteers", not any number in the entry.
      (!counted || countsNear(quotable(h.doc), counted, (w) => key(w))),
  );
  if (holding.length > 0) return { docs: holding.map((h) => h.doc) };
  const detail = DETAIL_NAMES[question.type] ?? "detail";
  return {
    docs: chosen.map((h) => h.doc),
    missing:
      question.type === "count" && question.focus ? `${detail} of ${question.focus}` : detail,
  };
}

function bestHits(hits: Hit[]): Hit[] {
  const answering = hits.filter((h) => h.support >= COVERAGE_THRESHOLD);
  const top = Math.max(0, ...answering.map((h) => h.support));
  const strongest = answering.filter((h) => h.support >= top - 1e-9);
  const lead = Math.max(0, ...strongest.map((h) => h.score));
  return strongest.filter((h) => h.score >= lead * RELATIVE_SCORE);
}

// A question about a whole section lists it: "what talks have you given", "which courses…".
function listing(question: Question, retrieval: Retrieval, best: Hit[]): Hit[] {
  if (!retrieval.sectionId) return [];
  if (question.type !== "list" && question.type !== "what" && question.type !== "yesno") return [];
  const inSection = retrieval.hits.filter(
    (h) => h.doc.section.id === retrieval.sectionId && h.support >= COVERAGE_THRESHOLD,
  );
  if (!best.some((h) => h.doc.section.id === retrieval.sectionId)) return [];
  const section = inSection[0]?.doc.section;
  if (!section) return [];
  const byId = new Map(inSection.map((h) => [h.doc.entry.id, h]));
  return section.entries.slice(0, SECTION_LIST_MAX).map(
    (entry) =>
      byId.get(entry.id) ?? {
        doc: { entry, section },
        score: 0,
        support: 0,
        kinds: new Set(),
      },
  );
}

// The entries hold most of the question but not the thing it asks for ("her salary").
function partial(question: Question, hits: Hit[]): Selection {
  const near = hits.filter((h) => h.support >= PARTIAL_THRESHOLD);
  const top = near[0];
  if (!top) return { docs: [] };
  const focus = question.terms.filter((t) => t.focus).map((t) => t.word);
  if (focus.length === 0) return { docs: [] };
  return { docs: near.slice(0, 2).map((h) => h.doc), missing: focus.join(" ") };
}

function focusKeys(question: Question): Set<string> {
  const focus = question.terms.find((t) => t.focus);
  return new Set(focus ? alternatives(focus.key) : []);
}

function quotable({ entry }: Doc): string {
  return [entry.title, entry.summary, entry.details].filter(Boolean).join(". ");
}

/** An extractive answer in the profile's own voice, or an honest abstention. */
export function offlineAnswer(
  knowledge: Knowledge,
  question: string,
  retrieval: Retrieval,
): AnswerResult {
  const read = retrieval.question ?? readQuestion(question, ownNameWords(knowledge.person));
  if (read.type === "greeting") return greeting(knowledge);
  if (read.type === "name") return nameAnswer(knowledge);
  if (read.type === "intro") return introduction(knowledge);
  const selection = selectEntries(read, retrieval);
  if (selection.docs.length === 0) {
    // Facts stated only in the headline or summary ("a four-person data desk").
    const person = retrieval.personSupport ?? 0;
    const personHolds =
      read.needs.length === 0 || read.needs.some((k) => retrieval.personKinds?.has(k));
    if (person >= COVERAGE_THRESHOLD && personHolds && read.type !== "opinion")
      return introduction(knowledge);
    return abstention(knowledge);
  }
  const rendered =
    selection.docs.length === 1
      ? renderEntry(selection.docs[0] as Doc)
      : selection.docs.map((d) => `- ${renderEntry(d)}`).join("\n");
  const sources = selection.docs.map((d) => ({ id: d.entry.id, title: d.entry.title }));
  if (selection.missing) {
    return {
      answer: `${doesNot(knowledge)} give the ${selection.missing} you asked about. ${
        selection.docs.length === 1 ? "What it does say" : "What it does say on the topic"
      }:\n${rendered}`,
      abstained: true,
      sources,
      mode: "offline",
    };
  }
  return { answer: rendered, abstained: false, sources, mode: "offline" };
}

/** "My profile doesn't" / "Maya Okafor's profile doesn't" / "The profile doesn't". */
function doesNot(knowledge: Knowledge): string {
  if (knowledge.person.voice === "first-person") return "My profile doesn't";
  const name = ownerName(knowledge.person);
  return name ? `${name}'s profile doesn't` : "The profile doesn't";
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
  const who = voice === "first-person" ? "me" : (ownerName(knowledge.person) ?? "them");
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
  const name = ownerName(knowledge.person);
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

/** One entry as a line: bold title, its venue/year/role, then what it says. */
export function renderEntry({ entry }: Doc): string {
  const meta = [[entry.venue, entry.year].filter(Boolean).join(" "), entry.role].filter(Boolean);
  const head = `**${entry.title}**${meta.length ? ` (${meta.join(", ")})` : ""}`;
  // Short entries ("CXL and memory systems.") only repeat their title.
  const body = [entry.summary, entry.details].filter(Boolean).join(" ");
  return same(body, entry.title) ? head : `${head}: ${body}`;
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return norm(a) === norm(b);
}
