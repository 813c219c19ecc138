/**
 * Whether an entry names who a "who" question asks for: a name beside the question's verb or
 * role, not any name the entry holds, nor the owner where the question asks for someone else.
 * Apart from evidence-detail.ts so the judge of other details stays readable.
 */
import type { Span, Token } from "./details.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import {
  broken,
  ended,
  holds,
  lacks,
  meant,
  occurrences,
  PREPOSITIONS,
  rightAfter,
} from "./evidence-words.ts";
import { GROUP_NOUNS, PEOPLE_NOUNS } from "./lexicon.ts";
import type { Question } from "./question.ts";
import { isContent } from "./text.ts";

// How far a name may stand from the role it fills ("my supervisor, Prof. Mette Holm").
const ROLE_REACH = 4;

/** "Who does he train": whether the entry says a kind of people right after the verb. */
export function peopleAfterVerb(question: Question, tokens: Token[], anchors: number[]): boolean {
  return (
    question.type === "who" &&
    anchors.some(
      (a) =>
        [1, 2].some((d) => PEOPLE_NOUNS.has(tokens[a + d]?.word ?? "")) &&
        !broken(tokens, a, a + 1),
    )
  );
}

/** "Who ran the evaluation": whether the entry says the owner did it ("I led … the evaluation"). */
export function ownerDid(question: Question, tokens: Token[], anchors: number[]): boolean {
  // ("Who else worked on it" asks for others; "who taught you" for someone the owner is not.)
  return (
    question.type === "who" &&
    !question.words.includes("else") &&
    !question.words.some((w) => /^(?:you|yourself|her|him|them|me)$/.test(w)) &&
    anchors.some((a) => /^(?:i|we)$/.test(tokens[a - 1]?.word ?? ""))
  );
}

/** How `needed` has read the entry for a "who" question, handed on so it is read once. */
export interface WhoReading {
  /** Where the entry says the question's verbs (or their converses). */
  anchors: number[];
  /** Whether a span goes with the verb at an anchor. */
  next: (s: Span, a: number) => boolean;
  /** Whether the entry answers with a kind of people after the verb. */
  kind: boolean;
  /** Whether the entry says the owner did it. */
  self: boolean;
}

/** Why an entry fails a "who" question, or undefined when it names who is asked for. */
export function whoHeld(
  question: Question,
  entry: EntryFacts,
  spans: Span[],
  name: string,
  { anchors, next, kind, self }: WhoReading,
): Verdict | undefined {
  const { details } = entry;
  // "Who was your boss at Los Cóndores": the job's entry names people, but none as a boss.
  const role =
    question.type === "who" && question.verbs.length === 0 && !question.words.includes("else")
      ? question.words.find(
          (_, i) =>
            /^(?:your|her|his|their|my)$/.test(question.words[i - 1] ?? "") ||
            // "Who was the architect on the lido": the role is the question's subject.
            (i === 3 && /^who (?:is|was|are|were) the$/.test(question.words.slice(0, 3).join(" "))),
        )
      : undefined;
  if (
    role !== undefined &&
    question.terms.some((t) => t.word === role && t.common) &&
    !GROUP_NOUNS.has(role) &&
    !holds(entry, meant(question, role))
  )
    return lacks(name);
  // "Who else was on the preprint besides Aksel": someone the question does not name already.
  if (question.type === "who" && question.words.includes("else")) {
    const asked = new Set(question.words);
    const other = spans.some(
      (s) =>
        s.kind === "person" &&
        details.tokens.slice(s.from, s.to).some((t) => t.name) &&
        details.tokens.slice(s.from, s.to).every((t) => !asked.has(t.word)),
    );
    if (!other) return lacks(name);
  }
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
    // "Whose theses has she co-supervised": "co-supervised two MSc theses: Femke Dijkstra's on
    // code-switching", a person's that the sentence of the verb names.
    const whose =
      question.words.includes("whose") &&
      spans.some(
        (s) =>
          s.kind === "person" &&
          details.tokens[s.to - 1]?.possessive === true &&
          anchors.some((a) => a < s.from && !ended(details.tokens, a, s.from)),
      );
    const named =
      partner ||
      before ||
      whose ||
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
  return undefined;
}

// "Who was your first flight instructor": the role is the last word of what the possessive
// names after "who is/was", past the words qualifying it.
function roleAsked(question: Question): string | undefined {
  const { words } = question;
  if (question.type !== "who" || question.verbs.length > 0 || words.includes("else"))
    return undefined;
  const at = words.findIndex(
    (w, i) =>
      /^(?:your|her|his|their|my)$/.test(w) && /^(?:is|was|are|were)$/.test(words[i - 1] ?? ""),
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
