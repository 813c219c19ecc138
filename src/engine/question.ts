/**
 * What a question asks, read with general English only: its type (who, when, where, how long,
 * how many, which, yes/no…), the kind of detail an answer must hold, and the words it is about.
 */
import type { DetailKind } from "./details.ts";
import { GENERIC_NOUNS, HONORIFICS, ORGANISATION_WORDS, rarity } from "./lexicon.ts";
import { isContent, key, words } from "./text.ts";

/** The shape of a question, which decides how it is answered. */
export type QuestionType =
  | "greeting"
  | "intro"
  | "name"
  | "opinion"
  | "age"
  | "duration"
  | "when"
  | "count"
  | "where"
  | "who"
  | "list"
  | "yesno"
  | "what";

/** One meaningful word of a question, with how much it says about what is asked. */
export interface QuestionTerm {
  key: string;
  word: string;
  weight: number;
  /** The thing asked for ("salary" in "what's her salary"): an answer must hold it. */
  focus: boolean;
  /** An ordinary word, not the thing asked for: many of them missing weigh only so much. */
  common: boolean;
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
  /** Asks about what will happen ("when will she defend", "what are you planning"). */
  future: boolean;
}

const GREETING =
  /^(hi|hello|hey|hiya|yo|sup|howdy|greetings|good (morning|afternoon|evening))\b[\s!.?]*(there|all|everyone|you)?[\s!.?]*$/;
const OPINION =
  /\b(what do you think|(your|her|his|their) (opinion|view|views|thoughts|take)|how do you feel|do you (like|enjoy|prefer|love|hate)|favou?rite)\b|\bwhy (did|do|would|does) (you|she|he|they)\b/;
const INTRO =
  /\b(who are you|about (yourself|you)|(your|her|his) background|introduce yourself|(your|her|his) bio|in a nutshell)\b|^\W*((so|ok|okay|hey|hi|hello|and|but|well|quick question)\W+)*what (do|does|did) (\S+ ){1,2}(actually |really )?(do|work on|working on)( for (a )?(living|work))?\W*$|^\W*what (are|is) (you|she|he|they) working on\W*$/;
const NAME =
  /\bwhat is (your|her|his|their) (full )?name\b|\bwhat are you called\b|\bwho am i talking to\b/;
const AGE =
  /\bhow old\b|\b(your|her|his|their) age\b|\bwhen (were|was) (you|she|he) born\b|\bbirthday\b/;
const DURATION =
  /\bhow long\b(?! ago)|\bfor how long\b|\bhow many (years|months|weeks|days|hours|minutes|seasons)\b/;
const WHEN =
  /\bwhen\b|\b(what|which) (year|date|time|day|month|season|days)\b|\bsince when\b|\bhow long ago\b|\bhow often\b|\bwhat age\b/;
const COUNT =
  /\bhow (many|much)\b|\bhow (big|large|small|fast|hot|cold|far|tall|heavy)\b|\bwhat (share|percentage|percent|proportion|fraction|number|size)\b|\bnumber of\b|\bwhat rank\b|\bhow did (you|she|he|they) (place|rank)\b/;
const WHERE =
  /\bwhere\b|\b(what|which) (city|town|country|place|neighbou?rhood|state|region|location|venue|campus)\b/;
const WHO = /\bwho\b|\bwhom\b|\bwhose\b|\bwith whom\b|\bwhich (person|people)\b/;
const YESNO = /^(do|does|did|is|are|was|were|have|has|had|can|could|will|would|any)\b/;
const LIST = /^(what|which|list|name)\b/;
// Words that only say which type the question has ("what city", "how long").
const TYPE_WORDS = new Set(
  "old long many much big large small fast hot cold far tall heavy often city town country place neighbourhood neighborhood state region location venue year date time day days month season share percentage percent proportion fraction number size rank place placed name called".split(
    " ",
  ),
);
const FUTURE =
  /\b(will|going to|planning|plan to|plans to|plans for|next|upcoming|future|after (your|her|his|their|the) \w+ (ends|finishes|is over))\b/;
const NOW = /\b(right now|now|currently|these days|nowadays|at the moment|today|present|current)\b/;

/**
 * Reads a question. `ownName` holds the lowercase words of the owner's name: they say who the
 * question is about, not what, so they are not terms.
 */
export function readQuestion(text: string, ownName: ReadonlySet<string>): Question {
  const ws = words(text);
  const flat = ws.join(" ");
  const type = typeOf(flat, ws, ownName);
  const needs: DetailKind[] =
    type === "age"
      ? ["age"]
      : type === "duration"
        ? ["duration"]
        : type === "when"
          ? ["date", "duration"]
          : type === "count"
            ? ["count"]
            : type === "where"
              ? ["place"]
              : type === "who"
                ? ws.some((w) => ORGANISATION_WORDS.has(w))
                  ? ["person", "organisation"]
                  : ["person"]
                : [];
  const focusAt = focusIndex(ws, ownName);
  const terms: QuestionTerm[] = [];
  const seen = new Set<string>();
  ws.forEach((w, i) => {
    if (!isContent(w) || ownName.has(w)) return;
    if (HONORIFICS.has(w) && ownName.has(ws[i + 1] ?? "")) return;
    if (needs.length > 0 && TYPE_WORDS.has(w)) return;
    const k = key(w);
    if (seen.has(k)) return;
    seen.add(k);
    const focus = i === focusAt;
    const base = /\d/.test(w) ? 2.5 : w.length <= 2 ? 1 : ([1, 1.5, 2, 2.5][rarity(w) - 1] ?? 2.5);
    const common = !focus && !/\d/.test(w) && (w.length <= 2 || rarity(w) < 4);
    terms.push({ key: k, word: w, weight: focus ? base * 2 : base, focus, common });
  });
  const future = FUTURE.test(flat);
  return {
    type,
    needs,
    terms,
    bonus: NOW.test(flat) ? ["current", "since"] : [],
    words: ws,
    future,
  };
}

function typeOf(flat: string, ws: string[], ownName: ReadonlySet<string>): QuestionType {
  if (GREETING.test(flat)) return "greeting";
  if (NAME.test(flat)) return "name";
  if (OPINION.test(flat)) return "opinion";
  if (INTRO.test(flat)) return "intro";
  // "who is Maya Okafor", "tell me about prof adeyemi": only the owner's name is left.
  const rest = ws.filter((w) => isContent(w) && !ownName.has(w) && !HONORIFICS.has(w));
  if (ownName.size > 0 && rest.length === 0 && ws.some((w) => ownName.has(w))) return "intro";
  if (AGE.test(flat)) return "age";
  if (DURATION.test(flat)) return "duration";
  if (COUNT.test(flat)) return "count";
  if (WHEN.test(flat)) return "when";
  if (WHERE.test(flat)) return "where";
  if (WHO.test(flat)) return "who";
  if (YESNO.test(flat)) return "yesno";
  if (LIST.test(flat) && plural(ws[1] ?? "")) return "list";
  return "what";
}

const BE = new Set(["is", "are", "was", "were"]);
const SIZE = new Set(["big", "large", "small"]);
const DETERMINERS = new Set(
  "your her his their the a an its my our this that these those".split(" "),
);

// The noun a "what/which/how many X" question asks for: the head (last word) of the phrase after
// the question word, "salary" in "what's her salary as a professor".
function focusIndex(ws: string[], ownName: ReadonlySet<string>): number {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    let at: number;
    if ((w === "many" || w === "much") && ws[i - 1] === "how") at = i + 1;
    else if (SIZE.has(w ?? "") && ws[i - 1] === "how" && BE.has(ws[i + 1] ?? "")) at = i + 1;
    else if (w === "what" || w === "which") at = i + 1;
    else continue;
    if (BE.has(ws[at] ?? "")) at++;
    while (
      DETERMINERS.has(ws[at] ?? "") ||
      ownName.has(ws[at] ?? "") ||
      HONORIFICS.has(ws[at] ?? "")
    )
      at++;
    let head = -1;
    const counting = w === "many";
    for (; at < ws.length && isContent(ws[at] ?? ""); at++) {
      head = at;
      // "how many volunteers helped…": the counted noun is the first plural, not the verb after it.
      if (counting && (plural(ws[at] ?? "") || ws[at] === "people")) break;
    }
    const word = ws[head] ?? "";
    return TYPE_WORDS.has(word) || GENERIC_NOUNS.has(word) ? -1 : head;
  }
  return -1;
}

function plural(word: string): boolean {
  return word.length > 3 && /s$/.test(word) && !/ss$/.test(word);
}
