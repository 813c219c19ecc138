import type { Knowledge } from "../knowledge/schema.ts";
import { entryBody, entryLine } from "../present/entry.ts";
import type { Hit, Retrieval } from "./retrieve.ts";
import type { AnswerResult, Doc } from "./types.ts";

/** Below this share of the question's weight found in the profile, the question is not covered. */
export const COVERAGE_THRESHOLD = 0.5;
const MAX_ENTRIES = 4;
// A hit joins the answer when it scores at least this share of the best hit.
const RELATIVE_SCORE = 0.45;

const ASKS_WHEN = /\b(when|what year|which year|since when|what date)\b/i;
const ASKS_COUNT = /\bhow (many|much|big|large|often)\b/i;
const ASKS_DURATION = /\bhow long\b/i;
// A count, not a year: "750K", "61µs", "3 papers".
const HAS_COUNT = /(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d+/;
const HAS_DURATION = /\b\d+\s*(years?|months?|weeks?|days?|hours?)\b/i;
// Reasons and motives ("why did you pick…") are never in a profile of facts.
const ASKS_MOTIVE =
  /\bwhy('d|\s+did|\s+do|\s+would)?\s+you\s+(pick|choose|chose|decide|decided|join|joined|leave|left|move|moved|go|went|start|started|switch|switched)\b/i;
// Opinions and feelings are never in a profile of facts.
const ASKS_OPINION =
  /\b(what do you think|your (opinion|view|views|thoughts|take)|how do you feel|do you (like|enjoy|prefer|love|hate)|favou?rite)\b/i;
// "Who" questions are covered only by entries that name people ("Gianni Antichi").
const ASKS_WHO = /\b(who|whom|co-?authors?|collaborators?|colleagues?|teammates?)\b/i;
const ASKS_ORGANISATION =
  /\b(compan(y|ies)|organi[sz]ations?|firms?|institutions?|universit(y|ies)|labs?)\b/i;
const NAMES_PERSON = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
const INTRO =
  /\b(who are you|about (yourself|you)|your background|introduce yourself|your bio|in a nutshell)\b|^\W*what do you do( for (a )?(living|work))?\W*$|\bwhat (do|are) you work(ing)? on\b/i;
const SECTION_LIST_MAX = 8;
const GREETING =
  /^\s*(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|greetings)\b[\s!.?]*$/i;

/** Picks the entries an extractive answer should use, or none when the question is not covered. */
export function selectEntries(question: string, retrieval: Retrieval): Doc[] {
  const best = retrieval.hits[0];
  if (!best || retrieval.coverage < COVERAGE_THRESHOLD) return [];
  if (ASKS_MOTIVE.test(question) || ASKS_OPINION.test(question)) return [];
  const listing = best.doc.section.id === retrieval.sectionId;
  const listed = listing
    ? retrieval.hits.filter((h) => h.doc.section.id === retrieval.sectionId)
    : [];
  const chosen = (
    listed.length > 0
      ? listed.slice(0, SECTION_LIST_MAX)
      : retrieval.hits
          .filter((h: Hit) => h.score >= best.score * RELATIVE_SCORE)
          .slice(0, MAX_ENTRIES)
  ).map((h) => h.doc);
  // A "when" or "how many" is covered only by entries that hold a date or a number.
  if (ASKS_WHEN.test(question) && !chosen.some((d) => d.entry.year !== undefined)) return [];
  if (ASKS_COUNT.test(question) && !chosen.some((d) => HAS_COUNT.test(entryLine(d)))) return [];
  if (ASKS_DURATION.test(question) && !chosen.some((d) => HAS_DURATION.test(entryLine(d))))
    return [];
  const asksPerson = ASKS_WHO.test(question) && !ASKS_ORGANISATION.test(question);
  if (asksPerson && !chosen.some((d) => NAMES_PERSON.test(entryBody(d.entry)))) return [];
  return chosen;
}

/** An extractive answer in the profile's own voice, or an honest abstention. */
export function offlineAnswer(
  knowledge: Knowledge,
  question: string,
  retrieval: Retrieval,
): AnswerResult {
  if (GREETING.test(question)) return greeting(knowledge);
  if (INTRO.test(question) && retrieval.coverage < COVERAGE_THRESHOLD)
    return introduction(knowledge);
  const docs = selectEntries(question, retrieval);
  if (docs.length === 0) return abstention(knowledge);
  const answer =
    docs.length === 1 ? entryLine(docs[0] as Doc) : docs.map((d) => `- ${entryLine(d)}`).join("\n");
  return {
    answer,
    abstained: false,
    sources: docs.map((d) => ({ id: d.entry.id, title: d.entry.title })),
    mode: "offline",
  };
}

/** The fixed reply for a question the profile does not cover. */
export function abstention(knowledge: Knowledge): AnswerResult {
  const first = knowledge.person.voice === "first-person";
  const topics = knowledge.sections.map((s) => s.title.toLowerCase()).join(", ");
  return {
    answer:
      `${first ? "My profile doesn't" : "The profile doesn't"} cover that, so I won't guess. ` +
      `I can tell you about: ${topics}.`,
    abstained: true,
    sources: [],
    mode: "offline",
  };
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
