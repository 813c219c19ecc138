/**
 * What a question asks, read with general English only: its type (who, when, where, how long,
 * how many, which, yes/no…), the kind of detail an answer must hold, and the words it is about.
 */
import type { DetailKind } from "./details.ts";
import {
  GENERIC_NOUNS,
  GROUP_NOUNS,
  HONORIFICS,
  LIGHT_VERBS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  rarity,
} from "./lexicon.ts";
import { MEASURES, MONEY_WORDS, TIME_UNITS } from "./measure-words.ts";
import { choiceGroups, mainClause, ordering } from "./question-clauses.ts";
import { focusPhrase } from "./question-focus.ts";
import { needsOf, presentWork, REQUEST, typeOf } from "./question-type.ts";
import { claimOf, madeWith, predicateOf, verbsOf } from "./question-verbs.ts";
import {
  ASKING,
  AUX,
  HAPPENING,
  PEOPLE,
  plural,
  type QuestionType,
  TYPE_WORDS,
} from "./question-words.ts";
import { superlativeAsked } from "./superlative.ts";
import { isContent, key, terms as keysOf, words } from "./text.ts";

export type { QuestionType } from "./question-words.ts";

/** One meaningful word of a question, with how much it says about what is asked. */
export interface QuestionTerm {
  key: string;
  word: string;
  weight: number;
  /** The thing asked for ("salary" in "what's her salary"): an answer must hold it. */
  focus: boolean;
  /** Names the thing asked for with the focus ("high" in "which high school"). */
  phrase: boolean;
  /** An ordinary word, not the thing asked for: many of them missing weigh only so much. */
  common: boolean;
  /** Counts only if the profile has it ("qemucxl" for "qemu-cxl"). */
  optional?: boolean;
}

/** A question as the offline engine reads it. */
export interface Question {
  type: QuestionType;
  /** Kinds of detail of which an answer must hold at least one; empty when any will do. */
  needs: DetailKind[];
  terms: QuestionTerm[];
  /** Keys that favour an entry when present but cost nothing when absent ("now" → current). */
  bonus: string[];
  /** The question's words in order, normalised. */
  words: string[];
  /** The word of the thing asked for, when there is one ("volunteers" in "how many volunteers"). */
  focus?: string;
  /** What a figure asked for measures ("latency", "high"): its units must fit (see MEASURES). */
  measure?: string;
  /** The other words naming the thing asked for ("high" in "which high school"). */
  phrase: string[];
  /** "Which X", "what's X called": the answer must name an X, not only mention one. */
  identity: boolean;
  /** "What glider do you fly": where the entry mentions the thing, it must say which one. */
  picks: boolean;
  /** The focus is plural ("which towns"): one name does not answer it. */
  plural: boolean;
  /** The focus belongs to someone or something ("her salary", "Backdraft's speedup"). */
  possessive: boolean;
  /** It belongs to someone named other than the owner ("her brother Sjoerd's job"). */
  othersOwn?: boolean;
  /** "Have you worked outside Toronto": keys of the place the answer's entries are not in. */
  elsewhere?: string[];
  /** The question's own verbs ("implement" in "what framework did you use to implement…"). */
  verbs: string[];
  /** What the thing asked for did ("recorded" in "which orchestra recorded Fjellvind"). */
  predicate?: string;
  /** "List your papers", "name her talks": the members of a kind are asked for. */
  request: boolean;
  /** "What language is Shedder written in": what the named thing was made with is asked. */
  madeWith: boolean;
  /**
   * What a yes/no question claims ("married" in "is she married to Jonas"): an entry must say
   * it. "has:kids" claims possession: the entry must hold the word, not after a preposition.
   */
  claim: string[];
  /** Asks about what will happen ("when will she defend", "what are you planning"). */
  future: boolean;
  /** "where did you work before X": the words of X, which the answer is not. */
  before?: string[];
  /** "what did you do after X". */
  after?: string[];
  /** Groups of alternative keys ("DPDK, XDP or in-kernel"): one of each group held is enough. */
  choices: string[][];
  /** "Your first London show", "her latest paper": the earliest or latest of those that answer. */
  order?: "first" | "last";
  /** "The scariest landing": a superlative the answer's entry must state (superlative.ts). */
  superlative?: string;
  /** The profile keys each term was taken to mean (synonyms, slips), once measured. */
  meant?: ReadonlyMap<string, string[]>;
  /** Of those, the keys found only as narrower kinds of a question word ("cello" for "instrument"). */
  kinds?: ReadonlySet<string>;
}
const FUTURE =
  /\b(will|going to|planning|plan to|plans to|plans for|next(?! to\b)|upcoming|future|after (your|her|his|their|the) \w+ (ends|finishes|is over)|looking for (a |an )?(new )?(job|role|position|work)|job (hunting|market|search)|open to (job )?offers|when (is|are) .+ coming( out)?$)\b/;
// Phrases closing a question that only insist on it ("won anything for ur work": for any of it).
const TRAILING_FILLER =
  /[,\s]+(?:in the end|at the end of the day|after all|in the long run|for (?:your|ur|her|his|their) work)[\s?!.]*$/i;
// "The food you don't sell", "the paint we never use": what is left over, as a profile says it.
// (Not "why don't you sell online": only what someone does not sell.)
const UNUSED =
  /\b(you|u|we|they|she|he|i) (?:don['’]?t|do not|didn['’]?t|did not|never|can['’]?t|cannot) (?:sell|use|eat|need|finish)\b/gi;
// "What do u get up to when ur not in the lab", "…outside of work": the owner's free time,
// which a profile files as what they do for fun, not as the lab or the work the clause names.
// ("On ur days off" too.)
const OFF_WORK =
  /\b(?:when|while)\s+(?:you|u|she|he|they)\s*(?:['’]?re|['’]?s|are|r|is)?\s+not\b[^,;?!.]*|\b(?:youre|ur|shes|hes|theyre)\s+not\s+(?:at|in|on)\b[^,;?!.]*|\b(?:outside|out) of work\b|\boutside work\b|\boff (?:work|duty)\b|\b(?:spare|free|down) ?time\b|\b(?:days?|time|weekends?|evenings?) off\b|\boff days?\b|\bwhen there(?:['’]?s| is) no \w+/gi;
// "Have u ever worked outside toronto", "did she work abroad": the places she worked answer it,
// the other place among them.
const ELSEWHERE =
  /^.*?\b(?:have|has|did|do|does)\s+(you|u|she|he|they|\S+)\s+(?:ever\s+)?(work|worked|live|lived|dive|dived|play|played|race|raced|perform|performed)\s+(?:anywhere\s+)?(?:abroad|overseas|outside|away from|anywhere but)\b.*$/i;
// The place "outside" names, which the answer's entries are not in ("outside the uk").
const OUTSIDE =
  /\b(?:outside|away from|anywhere but)\s+(?:of\s+)?(?:the\s+)?([\p{L}' ]+?)\s*(?:[,?!.;]|$)/iu;
// "What r u into research wise": what the owner is interested in, as a profile says it.
// ("What topics r u into" too: a general noun says nothing of which; "what sports r u into"
// names what is asked.)
const INTO =
  /\b(what(?: \w+)?|which \w+) (are|is|r) (you|u|she|he|they) (?:really |mostly |most )?into\b/gi;
const into = (all: string, what: string, be: string, who: string): string => {
  const noun = /^what (\w+)$/.exec(what)?.[1];
  return noun && !GENERIC_NOUNS.has(noun) ? all : `${what} ${be} ${who} interested in`;
};
// "When did u found it": after "did", "to" or "will", "found" is to found, not "find" in the
// past, as the word alone is read.
const TO_FOUND =
  /\b(did|do|does|to|will|would|can|could)\s+((?:you|u|she|he|they|we|i)\s+)?(co-?)?found\b/gi;
// "Are u single": whether the owner has a partner, not a single-engine rating or a single.
const SINGLE = /\b(?:are|r|is)\s+(you|u|she|he|they)\s+(?:still\s+)?single\b/gi;
// "How young was he when he started", "how ancient is that printer": an age, as "how old" asks.
const HOW_YOUNG = /\bhow (?:young|ancient)\b/gi;
// "What was ur major": the degree's subject, as the degree's entry says it.
const MAJOR = /\b(your|ur|her|his|their) major\b/gi;
// "Whats the furthest uve biked": how far, as a measure of what was done, not a thing called
// "furthest".
const FURTHEST_DONE =
  /\bwhat(?:['’]?s| is| was)?\s+(?:the\s+)?(furthest|farthest|highest|deepest)\s+(?:distance\s+)?(?:that\s+)?(you|u|she|he|they)\s*(?:['’]?ve|['’]?s| have| has)?\s+(?:ever\s+)?(?=\w)/gi;
const MEASURE_OF: Record<string, string> = {
  furthest: "far",
  farthest: "far",
  highest: "high",
  deepest: "deep",
};
// The question asked as "how far…", the superlative kept at its end: an entry may say it
// ("my deepest survey dive was to 118 metres").
function furthestDone(text: string): string {
  let most = "";
  const asked = text.replace(FURTHEST_DONE, (_: string, word: string, who: string) => {
    most = word.toLowerCase();
    const third = /^(?:she|he)$/i.test(who);
    return `how ${MEASURE_OF[most]} ${third ? "has" : "have"} ${who} `;
  });
  return most ? `${asked.replace(/[\s?!.]+$/, "")} at the ${most}` : text;
}
// Interjections opening a question ("wait, what does…", "hmm so who…"): they ask nothing.
const LEADING_FILLER =
  /^\s*(?:wait|hmm+|um+|uh+|oh|ah)\b[\s,.!…-]*(?=(?:so|and|but|what|who|whom|whose|where|when|how|why|which|do|does|did|is|are|was|were|can|could|has|have|had)\b)/i;
// Words that order what a question names by time.
const ORDINAL = /^(?:first|earliest|latest|newest|last|recent)$/;
const NOW = /\b(right now|now|currently|these days|nowadays|at the moment|today|present|current)\b/;
// What an entry that is still going on says: "currently", "since 2019", "2019 – present".
const NOW_KEYS = ["current", "since", "present"];
/**
 * Reads a question. `ownName` holds the lowercase words of the owner's name: they say who the
 * question is about, not what, so they are not terms.
 */
export function readQuestion(asWritten: string, fullName: ReadonlySet<string>): Question {
  // "What did the study find in the end": the end of nothing named; the words only insist.
  const cleaned = asWritten
    .replace(TRAILING_FILLER, "")
    .replace(LEADING_FILLER, "")
    .replace(UNUSED, "$1 left over")
    .replace(OFF_WORK, "for fun");
  // The place "outside" names, read from the words the rewrite to "where did…" replaces.
  const away = ELSEWHERE.test(cleaned) ? OUTSIDE.exec(cleaned)?.[1] : undefined;
  const text = furthestDone(
    cleaned
      .replace(ELSEWHERE, (_, who: string, verb: string) => `where did ${who} ${verb}`)
      .replace(INTO, into)
      .replace(HOW_YOUNG, "how old")
      .replace(MAJOR, "$1 degree")
      .replace(SINGLE, (_, who: string) =>
        /^(?:she|he)$/i.test(who) ? `does ${who} have a partner` : `do ${who} have a partner`,
      )
      .replace(TO_FOUND, (_, aux: string, who = "", co = "") => `${aux} ${who}${co}founded`),
  );
  // "who is dr b": an initial after a title stands for the owner's name.
  const initials = words(text).filter(
    (w, i, all) =>
      w.length === 1 &&
      HONORIFICS.has(all[i - 1] ?? "") &&
      [...fullName].some((n) => n.startsWith(w)),
  );
  // "has raff won any awards", of Rafferty Glasspool: a name cut short is still the owner's
  // (a word no dictionary holds, of three letters or more, that begins a word of the name).
  const shortened = words(text).filter(
    (w) =>
      w.length >= 3 &&
      !fullName.has(w) &&
      rarity(w) === 4 &&
      [...fullName].some((n) => n.length > w.length && n.startsWith(w)),
  );
  const ownName: ReadonlySet<string> =
    initials.length > 0 || shortened.length > 0
      ? new Set([...fullName, ...initials, ...shortened])
      : fullName;
  // "Where is she from": "from" is the whole question; it asks for an origin. Not where a
  // thing comes from ("where does the timber come from"): the thing is asked about, not a person.
  // ("Which town is she from": the kind of place asked for is no thing asked about.)
  const placeAsked = (all: string[]) =>
    /^(?:which|what)$/.test(all[0] ?? "") && PLACE_NOUNS.has(all[1] ?? "");
  const aboutPerson = (all: string[]) =>
    all.every(
      (w, i) =>
        !isContent(w) ||
        ownName.has(w) ||
        /^(?:from|original|where)/.test(w) ||
        (i === 1 && placeAsked(all)),
    );
  const ws = words(text).map((w, i, all) =>
    (w === "from" && i === all.length - 1) || (w === "from" && /^original/.test(all[i + 1] ?? ""))
      ? (all.includes("where") || placeAsked(all)) && aboutPerson(all)
        ? "origin"
        : w
      : w,
  );
  const main = words(mainClause(text));
  const asked = main.length > 0 ? main : ws;
  const flat = asked.join(" ");
  const type = typeOf(flat, asked, ownName);
  const request = new Set(REQUEST.exec(flat)?.[3]?.split(" "));
  const focused = focusPhrase(asked, ownName);
  const focusWord = focused?.head !== undefined ? asked[focused.head] : undefined;
  const phrase = (focused?.phrase ?? []).map((i) => asked[i] as string);
  const verbs = verbsOf(asked, type);
  const predicate = type === "what" || type === "list" ? predicateOf(asked) : undefined;
  const needs = needsOf(type, asked, focusWord, verbs);
  const claim = type === "yesno" ? claimOf(asked) : [];
  const choices = choiceGroups(text, claim[0]);
  // "What was your first London show": the first of the London shows, by their years.
  const ordinal = phrase.find((w) => ORDINAL.test(w));
  const byTime = ordinal ? (/^(?:first|earliest)$/.test(ordinal) ? "first" : "last") : undefined;
  const terms: QuestionTerm[] = [];
  const seen = new Set<string>();
  ws.forEach((w, i) => {
    if (!isContent(w) || ownName.has(w) || request.has(w)) return;
    if (HONORIFICS.has(w) && ownName.has(ws[i + 1] ?? "")) return;
    // "When's the next book out": "next" asks for what is still to come, which an entry says
    // its own way ("due in spring"); the entry must speak of the future instead.
    if (/^(?:next|upcoming)$/.test(w) && FUTURE.test(flat) && ws[i + 1] !== "to") return;
    // "What's the difference between A and B" (or "the diff"): the relation asked is what the
    // entries of A and B say; only a measure ("the distance between") is a word to look for.
    if (
      ws[i + 1] === "between" &&
      ws[i - 1] === "the" &&
      ws.slice(0, i).includes("what") &&
      !Object.hasOwn(MEASURES, w)
    )
      return;
    // "When does the survey happen": the happening is the question, not a word to look for.
    if (HAPPENING.has(w) || w === "happening") return;
    // "How many instruments does he make a year": what is counted and how often is the question;
    // "make" and "year" say little of which entry holds it.
    if (
      type === "count" &&
      focusWord !== undefined &&
      w !== focusWord &&
      (LIGHT_VERBS.has(w) ||
        (/^(?:per|a)$/.test(ws[i - 1] ?? "") && TIME_UNITS.includes(w.replace(/s$/, ""))))
    )
      return;
    // "How long did the race take you": "take" only says a length of time is asked.
    if (type === "duration" && /^(?:take|takes|took)$/.test(w) && ws.includes("long")) return;
    // "Have you done any emulator work": work on emulators; "work" says no more than "done".
    if (
      w === "work" &&
      isContent(ws[i - 1] ?? "") &&
      !LIGHT_VERBS.has(ws[i - 1] ?? "") &&
      // (Not "where does Maria work", "does dr Raman work": there it is the verb.)
      !ownName.has(ws[i - 1] ?? "") &&
      !AUX.has(ws[i - 2] ?? "") &&
      !isContent(ws[i + 1] ?? "")
    )
      return;
    // "What does CXL stand for": the words only ask for what the letters are short for, which
    // the profile writes beside them ("Compute Express Link (CXL)").
    if (/^stands?$/.test(w) && ws[i + 1] === "for" && ws.slice(0, i).includes("what")) return;
    // "the name of her company": "name" only says a name is wanted.
    if ((w === "name" || w === "names") && ws[i + 1] === "of") return;
    // "What subject", "which parts": the noun only says an answer is wanted.
    if (GENERIC_NOUNS.has(w) && (ws[i - 1] === "what" || ws[i - 1] === "which")) return;
    // "How much does it cost": the money word only says what kind of detail is asked.
    if (type === "count" && needs.includes("money") && MONEY_WORDS.has(w)) return;
    // "How many people": the number is checked next to any word for people.
    if (type === "count" && PEOPLE.has(w) && ws[i - 1] === "many") return;
    // "how long", "what city", "how many years": words that only give the question's type.
    if (
      needs.length > 0 &&
      TYPE_WORDS.has(w) &&
      (ASKING.has(ws[i - 1] ?? "") || /^(called|named)$/.test(w))
    )
      return;
    const k = key(w);
    if (seen.has(k)) return;
    seen.add(k);
    const focus = w === focusWord;
    const inPhrase = !focus && phrase.includes(w);
    const base = /\d/.test(w) ? 2.5 : w.length <= 2 ? 1 : ([1, 1.5, 2, 2.5][rarity(w) - 1] ?? 2.5);
    // "Which programming languages": an ordinary word naming the kind weighs as little as any.
    const common = !focus && !/\d/.test(w) && (w.length <= 2 || rarity(w) < 4);
    terms.push({
      key: k,
      word: w,
      weight: focus ? base * 2 : base,
      focus,
      phrase: inPhrase,
      common,
      // ("Her first album": an entry may say "first album"; the years say which otherwise.)
      ...(w === ordinal ? { optional: true } : {}),
    });
  });
  // "Where did you work before X" asks for another entry; "how many… after the storm" does not.
  // "qemu-cxl": the whole name, besides its parts, in case an entry is called that.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
    const joined = m[0].replace(/-/g, "").toLowerCase();
    if (seen.has(key(joined))) continue;
    seen.add(key(joined));
    terms.push({
      key: key(joined),
      word: joined,
      weight: 2.5,
      focus: false,
      phrase: false,
      common: false,
      optional: true,
    });
  }
  // ("Where did she work before going solo, and for how long": the stretch before it.)
  const order = ["where", "who", "what", "list", "duration"].includes(type) ? ordering(ws) : {};
  // "What latency", "how high": the figure must be a time, a length…
  // "What size is the drum": a measure of a thing; "what size is the team" counts its people.
  const sized = /^(?:.* )?what size (?:is|are|was|were) (?:the |your |her |his |their )?(.+)$/.exec(
    flat,
  )?.[1];
  const thingSized =
    sized !== undefined && !sized.split(" ").some((w) => GROUP_NOUNS.has(w) || PEOPLE_NOUNS.has(w));
  const measure =
    focusWord && Object.hasOwn(MEASURES, focusWord)
      ? focusWord
      : type === "count"
        ? (asked.find((w, i) => asked[i - 1] === "how" && Object.hasOwn(MEASURES, w)) ??
          (thingSized ? "size" : undefined) ??
          // "How much does the boat weigh": a weight, not any figure.
          (asked.some((w) => /^weigh(s|ed)?$/.test(w))
            ? "heavy"
            : // "How many requests per second": a rate, whatever is counted.
              /\b(?:per|a) (?:second|sec|minute|min|hour|day|week|month|year)\b/.test(flat)
              ? "throughput"
              : undefined))
        : undefined;
  const superlative = superlativeAsked(ws);
  const possessor = focusWord ? possessorOf(text, focusWord) : undefined;
  return {
    type,
    needs,
    terms,
    bonus: NOW.test(flat) || presentWork(asked, verbs) ? NOW_KEYS : [],
    words: ws,
    ...(focusWord ? { focus: focusWord } : {}),
    ...(measure ? { measure } : {}),
    phrase: phrase.filter((w) => w !== ordinal),
    identity: focused?.identity ?? false,
    picks: focused?.picks ?? false,
    // "whats ur dogs name": the dog's name, its apostrophe left out; one name is asked for.
    plural:
      focusWord !== undefined &&
      (plural(focusWord) || focusWord === "people") &&
      asked[(focused?.head ?? -1) + 1] !== "name",
    possessive: (focused?.owned ?? false) || possessor !== undefined,
    ...(possessor !== undefined && othersOwn(possessor, ownName) ? { othersOwn: true } : {}),
    ...(away ? { elsewhere: keysOf(away) } : {}),
    verbs,
    ...(predicate ? { predicate } : {}),
    request: request.size > 0,
    madeWith: madeWith(asked),
    claim,
    future: FUTURE.test(flat),
    ...order,
    choices,
    ...(byTime ? { order: byTime } : {}),
    ...(superlative ? { superlative } : {}),
  };
}

// "Backdraft's speedup", "her brother sjoerd's job": the word whose "'s" owns the focus.
function possessorOf(text: string, focus: string): string | undefined {
  return new RegExp(`([\\p{L}\\p{N}]+)['’]s\\s+(?:\\S+\\s+)?${focus}\\b`, "iu").exec(text)?.[1];
}

// "Whats her brother sjoerd's job": the one whose thing is asked is named, and is not the owner
// ("whats fenna's job" asks the owner's).
function othersOwn(possessor: string, ownName: ReadonlySet<string>): boolean {
  return (
    !ownName.has(possessor.toLowerCase()) &&
    !/^(?:what|who|that|it|he|she|there|here)$/i.test(possessor)
  );
}
