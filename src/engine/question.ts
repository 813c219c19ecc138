/**
 * What a question asks, read with general English only: its type (who, when, where, how long,
 * how many, which, yes/no…), the kind of detail an answer must hold, and the words it is about.
 */
import type { DetailKind } from "./details.ts";
import {
  GENERIC_NOUNS,
  HONORIFICS,
  LIGHT_VERBS,
  MEASURES,
  MONEY_WORDS,
  ORGANISATION_WORDS,
  PATRON_NOUNS,
  PLACE_NOUNS,
  QUALITY_NOUNS,
  rarity,
  STAGES,
  verbBase,
} from "./lexicon.ts";
import { alternatives, isContent, key, words } from "./text.ts";

/** The shape of a question, which decides how it is answered. */
export type QuestionType =
  | "greeting"
  | "intro"
  | "name"
  | "opinion"
  | "why"
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
  /** The profile keys each term was taken to mean (synonyms, slips), once measured. */
  meant?: ReadonlyMap<string, string[]>;
}

const GREETING =
  /^(hi|hello|hey|hiya|yo|sup|howdy|greetings|good (morning|afternoon|evening))\b[\s!.?]*(there|all|everyone|you)?[\s!.?]*$/;
const OPINION =
  /\b(what (do|does|did) (you|she|he|they|\w+) think|(your|her|his|their) (opinion|view|views|thoughts|take)|how do you feel|do you (like|enjoy|prefer|love|hate)|favou?rite)\b/;
const WHY = /\bwhy\b|\bwhat (made|led|drew|got) (you|her|him|them)\b|\bhow come\b/;
const INTRO =
  /\b(who are you|about (yourself|you)|(on|of) yourself\W*$|(your|her|his) background|introduce yourself|(your|her|his) bio|in a nutshell)\b|^\W*((so|ok|okay|hey|hi|hello|and|but|well|quick question)\W+)*what (do|does|did) (\S+ ){1,2}(actually |really )?(do|work on|working on)( for (a )?(living|work))?\W*$|^\W*what (are|is) (you|she|he|they) working on\W*$|^\W*((can|could) you )?(tell|talk) (me |us )?(a (bit|little) |more |something )?about (her|him|them)( please)?\W*$|^\W*who (is|was) (she|he)\W*$/;
const NAME =
  /\bwhat is (your|her|his|their) (full )?name\b|\bwhat are you called\b|\bwho am i talking to\b/;
const AGE =
  /\bhow old\b|\b(your|her|his|their) age\b|\bwhen (were|was) (you|she|he) born\b|\bbirthday\b/;
const DURATION =
  /\bhow long\b(?! ago)|\bfor how long\b|\bhow many (years|months|weeks|days|hours|minutes|seasons)\b/;
const WHEN =
  /\bwhen\b|\b(what|which) (year|date|time|day|month|season|days)\b|\bsince when\b|\bhow long ago\b|\bhow often\b|\bwhat age\b/;
// "Where did the team place", "how did you do at the nationals": a position, not a place.
const RANK =
  /\bwhere did (\S+ ){1,4}(place|finish|rank|come)\b|\bhow did (\S+ ){1,4}(place|rank|do|finish|fare)\b|\bwhat (place|position|rank) did\b/;
const COUNT =
  /\bhow (many|much)\b|\bhow (big|large|small|fast|hot|cold|far|tall|heavy|long|wide|high|deep)\b|\bwhat (share|percentage|percent|proportion|fraction|number|size)\b|\bnumber of\b|\bwhat rank\b|\bhow did (you|she|he|they) (place|rank|do)\b/;
// "Where can I find the code" asks for the entry (and its links), not for a place.
const LOCATE =
  /\bwhere (can|could|do|would|should|might) (i|we|one|people|someone) (find|get|see|read|watch|download|buy|listen|hear|try|play|check)\b/;
const WHERE =
  /\bwhere\b|\b(what|which) (\w+ )?(city|cities|towns?|country|countries|places?|neighbou?rhoods?|states?|regions?|locations?|venues?|campus|village|villages|county|counties)\b/;
const WHO = /\bwho\b|\bwhom\b|\bwhose\b|\bwith whom\b|\bwhich (person|people)\b/;
const YESNO = /^(do|does|did|is|are|was|were|have|has|had|can|could|will|would|any|got)\b/;
const LIST = /^(what|which|list|name)\b/;
// "list ur papers pls", "can you list her talks": a request for the members of a kind.
const REQUEST =
  /^((can|could|would|will) you |please )?(list|enumerate|show me|give me a list of|give me|name(?= (your|his|her|their|all|some|the|a few)\b))\b/;
// Words that only say which type the question has ("what city", "how long").
const TYPE_WORDS = new Set(
  "old long many much big large small fast hot cold far tall heavy wide high deep often city town country place neighbourhood neighborhood state region location venue year date time day days month season share percentage percent proportion fraction number size rank place placed name called named".split(
    " ",
  ),
);
const FUTURE =
  /\b(will|going to|planning|plan to|plans to|plans for|next|upcoming|future|after (your|her|his|their|the) \w+ (ends|finishes|is over)|looking for (a |an )?(new )?(job|role|position|work)|job (hunting|market|search)|open to (job )?offers)\b/;
const NOW = /\b(right now|now|currently|these days|nowadays|at the moment|today|present|current)\b/;
// What an entry that is still going on says: "currently", "since 2019", "2019 – present".
const NOW_KEYS = ["current", "since", "present"];
// Verbs among the function words: "come from", "use".
const FUNCTION_VERBS = new Set("come comes came use uses used get gets got go goes".split(" "));
const ASKING = new Set(["how", "what", "which", "many", "much"]);
const BE = new Set(["is", "are", "was", "were", "be", "been"]);
const AUX = new Set(
  "do does did is are was were have has had can could will would should might may am".split(" "),
);
const SIZE = new Set(["big", "large", "small"]);
const MADE_WITH = new Set(["in", "with", "on", "using", "of", "from"]);
// Words that open an object: the word before them is a verb ("win any awards").
const OBJECT_START = new Set(["any", "a", "an", "the", "some", "his", "her", "their", "its"]);
// Keys of verbs done at an organisation: working there, studying there.
const INSTITUTION_VERBS = new Set(["work", "studi", "job", "emploi"]);
const DETERMINERS = new Set(
  "your her his their the a an its my our this that these those".split(" "),
);
// Verbs of liking or caring, which claim nothing an entry would state in those words.
const HAVE = new Set(["have", "has", "had", "got", "own", "owns"]);
// Words between a subject and its verb that do not change the claim: "did you ever work".
const ADVERBS = new Set("ever never actually really already still also just even yet".split(" "));
const STANCE_VERBS = new Set("care cares like likes enjoy enjoys mind want wants".split(" "));
// "Was she involved in the report": any part in it says so, whatever the entry calls it.
const TAKING_PART = new Set(
  "involved involve participate participated participating engaged associated".split(" "),
);
// Light verbs of going somewhere: "to" after them leads to a place.
const MOTION = new Set("go goes went going come comes came coming".split(" "));
// Verbs that end or start something, which a "when" question may end with: "when does it end".
const BOUNDS = new Set(
  "end ends start starts begin begins finish finishes stop stops close closes open opens".split(
    " ",
  ),
);
// Verbs of making something, which an owner's entry about the thing stands for.
const CREATING = new Set(
  `write writes wrote written build builds built create creates created develop develops
  developed design designs designed code coded program programmed author authored compose
  composed`.split(/\s+/),
);
// "When does the survey happen": the date of the thing is asked, not of a happening.
const HAPPENING = new Set("happen happens happened occur occurs occurred".split(" "));
const POSSESSIVES = new Set("your her his their my our its".split(" "));
const PRONOUNS = new Set("i you she he they we it someone people one".split(" "));
// Words that open a clause that only sets the scene: "when you say X, which…", "if you had to…".
const SUBORDINATORS = new Set(
  "when if while since because as whenever once although though given".split(" "),
);
// Nouns whose answer is a person's name ("which people", "what person").
const PEOPLE = new Set(["people", "persons", "folks"]);
const PERSON_NOUNS = new Set("person people persons guy guys woman women man men".split(" "));

/**
 * Reads a question. `ownName` holds the lowercase words of the owner's name: they say who the
 * question is about, not what, so they are not terms.
 */
export function readQuestion(text: string, ownName: ReadonlySet<string>): Question {
  // "Where is she from": "from" is the whole question; it asks for an origin.
  const ws = words(text).map((w, i, all) =>
    (w === "from" && i === all.length - 1) || (w === "from" && /^original/.test(all[i + 1] ?? ""))
      ? all.includes("where")
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
  const terms: QuestionTerm[] = [];
  const seen = new Set<string>();
  ws.forEach((w, i) => {
    if (!isContent(w) || ownName.has(w) || request.has(w)) return;
    if (HONORIFICS.has(w) && ownName.has(ws[i + 1] ?? "")) return;
    // "When does the survey happen": the happening is the question, not a word to look for.
    if (HAPPENING.has(w) || w === "happening") return;
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
  const order = ["where", "who", "what", "list"].includes(type) ? ordering(ws) : {};
  // "What latency", "how high": the figure must be a time, a length…
  const measure =
    focusWord && Object.hasOwn(MEASURES, focusWord)
      ? focusWord
      : type === "count"
        ? asked.find((w, i) => asked[i - 1] === "how" && Object.hasOwn(MEASURES, w))
        : undefined;
  return {
    type,
    needs,
    terms,
    bonus: NOW.test(flat) || presentWork(asked, verbs) ? NOW_KEYS : [],
    words: ws,
    ...(focusWord ? { focus: focusWord } : {}),
    ...(measure ? { measure } : {}),
    phrase,
    identity: focused?.identity ?? false,
    picks: focused?.picks ?? false,
    plural: focusWord ? plural(focusWord) || focusWord === "people" : false,
    possessive: focusWord
      ? (focused?.owned ?? false) ||
        new RegExp(`['’]s\\s+(?:\\S+\\s+)?${focusWord}\\b`, "i").test(text)
      : false,
    verbs,
    ...(predicate ? { predicate } : {}),
    request: request.size > 0,
    madeWith: madeWith(asked),
    claim,
    future: FUTURE.test(flat),
    ...order,
    choices,
  };
}

function needsOf(
  type: QuestionType,
  ws: string[],
  focus: string | undefined,
  verbs: string[],
): DetailKind[] {
  const flat = ws.join(" ");
  const money = ws.some((w) => MONEY_WORDS.has(w));
  switch (type) {
    case "age":
      return ["age"];
    case "duration":
      return ["duration"];
    case "when":
      // "What day is the show on": a weekday or a date, not "weekly".
      if (/\b(what|which) days?\b/.test(flat)) return ["day"];
      return ["date", "duration"];
    case "count":
      if (RANK.test(flat)) return ["rank"];
      // "How much is a glass": a price.
      // "How much do you make": what you are paid.
      return money ||
        /\bhow much (is|are|was|were)\b|\bhow much (do|does|did) \S+ (make|get paid)\b/.test(flat)
        ? ["money"]
        : ["count"];
    case "where":
      // "Where was it published" is answered by a venue; "which city" only by a place.
      if (ws.some((w) => PLACE_NOUNS.has(w) && w !== "place" && w !== "venue")) return ["place"];
      // "Where do you work", "where did she study": by an employer or a school.
      if (verbs.some((v) => alternatives(key(v)).some((k) => INSTITUTION_VERBS.has(k))))
        return ["place", "venue", "organisation"];
      return ["place", "venue"];
    case "who":
      // "Whose lab is she in": the person the lab goes with.
      if (ws.includes("whose")) return ["person"];
      // "Who else worked on it": other people, by name.
      if (ws.includes("else")) return ["person"];
      // "Who animated it": a studio may have; "who was her advisor": a person; "who were your
      // clients": companies as well as people.
      // ("Who are the keepers on his team": people, the team being his.)
      if (
        ws.some((w) => PATRON_NOUNS.has(w)) ||
        ws.some(
          (w, i) =>
            ORGANISATION_WORDS.has(w) &&
            (verbs.length > 0 || ws[i - 1] === "which" || ws[i - 1] === "what"),
        )
      )
        return ["person", "organisation"];
      // "Who named her Young Engineer of the Year": a body may have done it.
      return verbs.length > 0 ? ["person", "agent", "organisation"] : ["person"];
    case "what":
    case "list":
      // "What was your time in the half marathon".
      if (/\bwhat (is|was) (your|her|his|their) (\w+ )?time\b/.test(flat)) return ["elapsed"];
      if (money && focus && MONEY_WORDS.has(focus)) return ["money"];
      // "What do they pay you", "what does it cost": the verb asks for an amount.
      // ("How did she pay for it" asks how, not how much.)
      if (ws.includes("what") && verbs.some((v) => MONEY_WORDS.has(v))) return ["money"];
      if (focus && PERSON_NOUNS.has(focus)) return ["person"];
      return [];
    default:
      return [];
  }
}

/**
 * The part of a question that says what is asked: its last sentence, without clauses that only
 * set the scene ("When you say you make X efficient, which layers…") or trail after the ask
 * ("what do you do for fun when you're not working").
 */
function mainClause(text: string): string {
  const sentences = text
    .replace(/\btl;?\s?dr\b:?/gi, " ")
    // "What has Dr. Aas written?": a title's full stop does not end the sentence.
    .split(/(?<=[?!]|(?<!\b(?:[Dd]r|[Pp]rof|Mrs?|Ms|Mx|St|Jr|Sr|vs|\p{Lu}))\.)\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const asking = sentences.filter((s) => s.endsWith("?"));
  // "Any conference talks? List them pls": the request, about what the sentence before named.
  const last = words(sentences.at(-1) ?? "");
  const before = sentences.at(-2);
  if (
    before &&
    REQUEST.test(last.join(" ")) &&
    last.slice(1).every((w) => !isContent(w) || /^(them|those|these|all|please)$/.test(w))
  )
    return `${last[0]} ${words(before).join(" ")}`;
  const sentence = asking.at(-1) ?? sentences.at(-1) ?? text;
  const clauses = sentence.split(/[,;:]|\s[-–—]+\s/).filter((c) => /[\p{L}\p{N}]/u.test(c));
  let kept = clauses.filter(
    (c, i) => i === clauses.length - 1 || !SUBORDINATORS.has(words(c)[0] ?? ""),
  );
  if (kept.length === 0) kept = clauses;
  return kept
    .map((c) => {
      const ws = words(c);
      // A scene-setting clause inside the ask: "… for fun when you're not making games".
      const cut = ws.findIndex(
        (w, i) =>
          i > 1 &&
          SUBORDINATORS.has(w) &&
          w !== "as" &&
          (PRONOUNS.has(ws[i + 1] ?? "") || DETERMINERS.has(ws[i + 1] ?? "")),
      );
      return (cut > 0 ? ws.slice(0, cut) : ws).join(" ");
    })
    .join(" ");
}

function typeOf(flat: string, ws: string[], ownName: ReadonlySet<string>): QuestionType {
  if (GREETING.test(flat)) return "greeting";
  // "Give me the quick rundown on yourself": an introduction, though asked as a request.
  if (/\b(on|of|about) yourself$/.test(flat) && !narrowed(ws)) return "intro";
  if (REQUEST.test(flat)) return "list";
  if (NAME.test(flat)) return "name";
  if (OPINION.test(flat)) return "opinion";
  // "What does she do": about the owner; "what does regex-viz do": about one of their things.
  if (INTRO.test(flat) && aboutOwner(ws, ownName) && !narrowed(ws)) return "intro";
  // "who is Maya Okafor", "tell me about prof adeyemi": only the owner's name is left.
  const rest = ws.filter((w) => isContent(w) && !ownName.has(w) && !HONORIFICS.has(w));
  if (ownName.size > 0 && rest.length === 0 && ws.some((w) => ownName.has(w))) return "intro";
  if (WHY.test(flat)) return "why";
  if (AGE.test(flat)) return "age";
  if (DURATION.test(flat)) return "duration";
  if ((COUNT.test(flat) || RANK.test(flat)) && !qualityAsked(ws)) return "count";
  if (WHEN.test(flat)) return "when";
  if (LOCATE.test(flat)) return "what";
  if (WHERE.test(flat)) return "where";
  // "Who do you work for": an employer, asked as "where do you work".
  if (/\bwho (do|does|did) (\S+ ){1,2}(work|worked|working) for\b/.test(flat)) return "where";
  if (WHO.test(flat)) return describesSomeone(ws) ? "what" : "who";
  // "Could you summarise what Morpheus does", "do you know where…" ask what the inner question asks.
  if (YESNO.test(flat) && !/\b(what|which|how)\b/.test(flat)) return "yesno";
  if (LIST.test(flat) && !AUX.has(ws[1] ?? "") && plural(ws[1] ?? "")) return "list";
  return "what";
}

// Words that ask for an introduction without narrowing it: "tell me a bit about you".
const INTRO_WORDS = new Set(
  `tell talk say something bit little more brief briefly quick introduce yourself yo so well
  give rundown overview intro introduction bio`.split(/\s+/),
);

// "Tell me a fun fact about you": something in particular about the owner, not who they are.
function narrowed(ws: string[]): boolean {
  const at = ws.findLastIndex((w) => w === "about" || w === "on" || w === "of");
  if (at < 0 || !/^(you|yourself)$/.test(ws[at + 1] ?? "")) return false;
  return ws.slice(0, at).some((w) => isContent(w) && !INTRO_WORDS.has(w));
}

// "How much CXL experience do you have": what is said of it, not a number.
function qualityAsked(ws: string[]): boolean {
  const at = ws.findIndex((w, i) => w === "much" && ws[i - 1] === "how");
  if (at < 0) return false;
  for (let i = at + 1; i < ws.length && isContent(ws[i] ?? ""); i++)
    if (QUALITY_NOUNS.has(ws[i] ?? "")) return true;
  return false;
}

// Whether a question's subject is the owner: a pronoun, their name, or nobody named at all.
function aboutOwner(ws: string[], ownName: ReadonlySet<string>): boolean {
  const at = ws.findIndex((w) => w === "do" || w === "does" || w === "did");
  if (at < 0) return true;
  const end = ws.findLastIndex((w, i) => i > at && /^(do|work|working)$/.test(w));
  const subject = ws.slice(at + 1, end > at ? end : undefined);
  return subject.every(
    (w) => PRONOUNS.has(w) || ownName.has(w) || HONORIFICS.has(w) || !isContent(w),
  );
}

// "Who is Andrew Moore?" asks about someone named, not for a name.
function describesSomeone(ws: string[]): boolean {
  const at = ws.indexOf("who");
  if (at < 0 || !BE.has(ws[at + 1] ?? "")) return false;
  const rest = ws.slice(at + 2).filter(isContent);
  return (
    rest.length > 0 && !DETERMINERS.has(ws[at + 2] ?? "") && rest.every((w) => rarity(w) === 4)
  );
}

/**
 * The phrase a "what/which/how many X" question asks for, and its head noun: "salary" in "what's
 * her salary as a professor", "university" in "which university awarded your doctorate".
 */
function focusPhrase(
  ws: string[],
  ownName: ReadonlySet<string>,
):
  | {
      head: number | undefined;
      phrase: number[];
      identity: boolean;
      owned: boolean;
      picks: boolean;
    }
  | undefined {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    let at: number;
    if ((w === "many" || w === "much") && ws[i - 1] === "how") at = i + 1;
    else if (SIZE.has(w ?? "") && ws[i - 1] === "how" && BE.has(ws[i + 1] ?? "")) at = i + 1;
    else if (w === "what" || w === "which") at = i + 1;
    else continue;
    // "which X" names one; "what is X" describes it, unless X is "called" something.
    let owned = false;
    let picks = false;
    let identity = w === "which" && !BE.has(ws[at] ?? "") && !AUX.has(ws[at] ?? "");
    if (BE.has(ws[at] ?? "")) at++;
    const skip = () => {
      while (
        DETERMINERS.has(ws[at] ?? "") ||
        ownName.has(ws[at] ?? "") ||
        HONORIFICS.has(ws[at] ?? "")
      ) {
        if (POSSESSIVES.has(ws[at] ?? "") || ownName.has(ws[at] ?? "")) owned = true;
        at++;
      }
    };
    skip();
    // "the name of your restaurant", "what kind of research": the thing is after "of".
    if (
      ["name", "title", "kind", "type", "sort", "names"].includes(ws[at] ?? "") &&
      ws[at + 1] === "of"
    ) {
      identity = ws[at]?.startsWith("name") ?? false;
      at += 2;
      skip();
    }
    const counting = w === "many";
    const phrase: number[] = [];
    // "what caused the outage": the question word is the subject of a verb, not a determiner.
    if (/ed$/.test(ws[at] ?? "") && DETERMINERS.has(ws[at + 1] ?? "")) return undefined;
    // "what happened to onboarding completion": likewise.
    if (HAPPENING.has(ws[at] ?? "")) return undefined;
    for (; at < ws.length && isContent(ws[at] ?? ""); at++) {
      const word = ws[at] ?? "";
      // A verb ends the phrase: "which landlord filed the most…", "which university awarded your…".
      if (
        phrase.length > 0 &&
        (DETERMINERS.has(ws[at + 1] ?? "") || PRONOUNS.has(ws[at + 1] ?? "") || /ed$/.test(word))
      )
        break;
      phrase.push(at);
      // "how many volunteers helped…": the counted noun is the first plural, not the verb after it.
      if (counting && (plural(word) || word === "people")) break;
    }
    if (ws[at] === "called" || ws[at] === "named") identity = true;
    // "What glider do you fly": one glider, by name, not a mention of gliders.
    if (w === "what" && phrase[0] === i + 1 && AUX.has(ws[at] ?? "") && !BE.has(ws[at] ?? ""))
      picks = true;
    // "which qemu version number": the head is the last word that is not only a type word;
    // "which chicago neighbourhood" has none, but "chicago" still names what is asked.
    const named = [...phrase];
    while (named.length > 0) {
      const word = ws[named.at(-1) ?? -1] ?? "";
      if (!TYPE_WORDS.has(word) && !GENERIC_NOUNS.has(word) && !PLACE_NOUNS.has(word)) break;
      named.pop();
    }
    // "which chicago neighbourhood" has a place for its head; "the main mechanisms" a noun that
    // only says an answer is wanted: what is left are its modifiers, not a thing asked for.
    const popped = phrase.slice(named.length);
    // "what CVE number", "which model name": an identifier of the thing is asked for.
    if (popped.some((i) => /^(number|id|code|name)$/.test(ws[i] ?? ""))) identity = true;
    const open = popped.some((i) => PLACE_NOUNS.has(ws[i] ?? "") || GENERIC_NOUNS.has(ws[i] ?? ""));
    if (open && popped.some((i) => GENERIC_NOUNS.has(ws[i] ?? ""))) named.length = 0;
    const head = open ? undefined : named.at(-1);
    // "what company", "what people": a name is asked for even without "which".
    const headWord = head === undefined ? "" : (ws[head] ?? "");
    if (w === "what" && (ORGANISATION_WORDS.has(headWord) || PERSON_NOUNS.has(headWord)))
      identity ||= phrase[0] === i + 1;
    return { head, phrase: named.filter((i) => i !== head), identity, owned, picks };
  }
  return undefined;
}

/**
 * The question's verbs: the word after "who" ("who edited…"), or after an auxiliary and its
 * subject ("did you implement…", "does she teach…"), with a verb after "to" ("use to implement").
 */
function verbsOf(ws: string[], type: QuestionType): string[] {
  const found: string[] = [];
  const take = (at: number) => {
    let i = at;
    while (i < ws.length && (!isContent(ws[i] ?? "") || adverb(ws[i] ?? ""))) {
      if (DETERMINERS.has(ws[i] ?? "")) return;
      i++;
    }
    const w = ws[i];
    if (!w || !isContent(w)) return;
    // "co-wrote": the verb is the word after the prefix.
    if (w.length <= 2) return take(i + 1);
    if (!LIGHT_VERBS.has(w)) found.push(w);
    // "help to build": the verb after a light one.
    // ("go to uni", "came to Canada": a place, not a verb.)
    else if (ws[i + 1] === "to" && isContent(ws[i + 2] ?? "") && !MOTION.has(w))
      found.push(ws[i + 2] as string);
  };
  // "How many people work at your studio": the verb after what is counted.
  const many = ws.indexOf("many");
  if (type === "count" && many > 0 && ws[many - 1] === "how") {
    const next = ws[many + 2] ?? "";
    if (isContent(ws[many + 1] ?? "") && isContent(next) && !LIGHT_VERBS.has(next))
      found.push(next);
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    // "whose lab did you work in": the name goes with "lab".
    if (w === "whose" && isContent(ws[i + 1] ?? "")) found.push(ws[i + 1] as string);
    else if (w === "who" && type === "who" && !AUX.has(ws[i + 1] ?? "")) take(i + 1);
    else if (AUX.has(w) && !BE.has(w) && PRONOUNS.has(ws[i + 1] ?? "")) take(i + 2);
    // "where are you based", "where was he born": a participle after "be" and its subject.
    else if (BE.has(w) && PRONOUNS.has(ws[i + 1] ?? "") && /(ed|en|wn)$/.test(ws[i + 2] ?? ""))
      take(i + 2);
    else if (AUX.has(w) && !BE.has(w) && i > 0 && isContent(ws[i + 1] ?? "")) {
      // "what languages has Slow Salt been translated into": the verb after a named subject
      // and "been".
      let j = i + 1;
      while (j < ws.length && isContent(ws[j] ?? "")) j++;
      if (BE.has(ws[j] ?? "") && j > i + 1) take(j + 1);
    } else if (AUX.has(w) && !BE.has(w) && DETERMINERS.has(ws[i + 1] ?? "")) {
      // "has the pager book been translated": the verb after the subject and "been";
      // "does your cxl work target": the last word before a preposition.
      let j = i + 2;
      while (j < ws.length && isContent(ws[j] ?? "")) j++;
      if (BE.has(ws[j] ?? "")) take(j + 1);
      // "does your cxl experience come from": the verb is a light one, and says nothing.
      else if (j - 1 > i + 2 && !LIGHT_VERBS.has(ws[j] ?? "") && !FUNCTION_VERBS.has(ws[j] ?? ""))
        take(j - 1);
    }
  }
  // "When does her job at Fieldwork end".
  const last = ws.at(-1) ?? "";
  if (type === "when" && BOUNDS.has(last)) found.push(last);
  return [...new Set(found)].filter((v) => !HAPPENING.has(v) && !TAKING_PART.has(v));
}

// "Which orchestra recorded Fjellvind": the verb of what is asked for.
function predicateOf(ws: string[]): string | undefined {
  const which = ws.findIndex((w) => w === "which" || w === "what");
  if (which < 0) return undefined;
  let j = which + 1;
  while (j < which + 4 && isContent(ws[j] ?? "") && !/ed$/.test(ws[j] ?? "")) j++;
  const verb = ws[j] ?? "";
  return j > which + 1 && /ed$/.test(verb) && !LIGHT_VERBS.has(verb) && isContent(verb)
    ? verb
    : undefined;
}

/**
 * What a yes/no question claims, beyond its subject: "win" in "did Backdraft win a best paper
 * award", "married" in "is she married to Jonas", "examiner" in "is Andrew Moore your examiner".
 */
function claimOf(ws: string[]): string[] {
  const first = ws[0] ?? "";
  if (!AUX.has(first)) return [];
  let i = 1;
  const own = PRONOUNS.has(ws[i] ?? "");
  if (own) i++;
  else if (DETERMINERS.has(ws[i] ?? "")) {
    // "did your team ever make…", "has the pager book been translated": past the subject.
    i++;
    while (i < ws.length && isContent(ws[i] ?? "") && !BE.has(ws[i + 1] ?? "")) i++;
    if (BE.has(ws[i + 1] ?? "")) i += 2;
    else {
      // "did the quiet shore win any awards": the verb stands before what it takes.
      const verb = ws.findIndex(
        (w, j) => j > 2 && isContent(w) && OBJECT_START.has(ws[j + 1] ?? ""),
      );
      const word = ws[verb] ?? "";
      return verb > 0 && word.length > 2 && !LIGHT_VERBS.has(word) && !HAVE.has(word) ? [word] : [];
    }
  } else {
    // A named subject: "did Backdraft win", "is Andrew Moore your examiner"; of ordinary
    // words too ("did Larch House win a RIBA award"): the verb stands before what it takes.
    if (!BE.has(first)) {
      const verb = ws.findIndex(
        (w, j) => j > 2 && isContent(w) && OBJECT_START.has(ws[j + 1] ?? ""),
      );
      const word = ws[verb] ?? "";
      if (verb > 0 && word.length > 2 && !LIGHT_VERBS.has(word) && !HAVE.has(word)) return [word];
    }
    while (i < ws.length && isContent(ws[i] ?? "") && rarity(ws[i] ?? "") === 4) i++;
  }
  while (ADVERBS.has(ws[i] ?? "") || adverb(ws[i] ?? "")) i++;
  if (BE.has(ws[i] ?? "")) i++;
  const word = ws[i] ?? "";
  if (HAVE.has(word)) {
    // "do you have kids": what is had, which the entry must state as had, not as an audience.
    i++;
    while (!isContent(ws[i] ?? "") && i < ws.length) i++;
    const had = ws[i];
    return had && isContent(had) && had.length > 2 && !GENERIC_NOUNS.has(had) ? [`has:${had}`] : [];
  }
  if (
    LIGHT_VERBS.has(word) ||
    STANCE_VERBS.has(word) ||
    FUNCTION_VERBS.has(word) ||
    TAKING_PART.has(word) ||
    // "Did you write any HTTP benchmarking tools": the owner's entry about one is the yes,
    // whatever verb it uses ("ApacheBench extended with…").
    (own && CREATING.has(word)) ||
    // "Have you worked with Xilinx parts", "do you know Verilog": an entry of theirs that
    // holds it says so ("experience with … Xilinx parts").
    (own &&
      (/^(know|knows|knew)$/.test(word) ||
        (/^work(s|ed|ing)?$/.test(word) && ws[i + 1] === "with")))
  )
    return [];
  if (!DETERMINERS.has(word) && !(BE.has(first) && isContent(word))) {
    return isContent(word) && word.length > 2 ? [word] : [];
  }
  // "your PhD examiner", "first author on Morpheus": the head of the noun phrase.
  while (DETERMINERS.has(ws[i] ?? "")) i++;
  let head = -1;
  for (; i < ws.length && isContent(ws[i] ?? ""); i++) head = i;
  const noun = ws[head];
  return noun && !GENERIC_NOUNS.has(noun) && noun.length > 2 ? [noun] : [];
}

// "where did you work before the Ledger", "what did she do after her PhD".
function ordering(ws: string[]): { before?: string[]; after?: string[] } {
  for (const [word, side] of [
    ["before", "before"],
    ["after", "after"],
    ["prior", "before"],
  ] as const) {
    const at = ws.indexOf(word);
    if (at < 0) continue;
    let i = at + 1;
    if (word === "prior" && ws[i] === "to") i++;
    const np: string[] = [];
    while (DETERMINERS.has(ws[i] ?? "")) i++;
    for (; i < ws.length && isContent(ws[i] ?? ""); i++) np.push(ws[i] as string);
    // "before opening Brasa": the entry is Brasa; "after graduating" is a time, not an entry.
    if (np.length > 1 && /ing$/.test(np[0] ?? "")) np.shift();
    if (np.some((w) => /ing$/.test(w))) continue;
    const stage = np.join(" ");
    if (Object.hasOwn(STAGES, stage)) return { [side]: [stage] };
    if (np.length > 0) return { [side]: np };
  }
  return {};
}

// "DPDK, XDP, or in-kernel?", "a kernel person or a userspace person": alternatives, one of which
// an answer needs to hold.
function choiceGroups(text: string, claim?: string): string[][] {
  const groups: string[][] = [];
  for (const sentence of text.split(/[?!.]\s*/)) {
    if (!/\bor\b/i.test(sentence)) continue;
    const parts = sentence
      .split(/,|\bor\b/i)
      .map((p) => p.trim())
      .filter((p) => /[\p{L}\p{N}]/u.test(p));
    if (parts.length < 2) continue;
    // "were you the lead on X or just contributing": what is claimed, or the short alternative.
    const tail = words(parts.at(-1) ?? "").filter(isContent);
    const head = words(parts.slice(0, -1).join(" "));
    if (
      claim &&
      head.includes(claim) &&
      !tail.includes(claim) &&
      tail.length > 0 &&
      tail.length <= 2
    ) {
      groups.push([...new Set([claim, tail[0] as string].map(key))]);
      continue;
    }
    // The alternatives are the last word of each part (before "or") and the first of the last,
    // leaving out words all parts share ("a kernel person or a userspace person").
    const contents = parts.map((p) => words(p).filter(isContent));
    const shared = (w: string) => contents.every((c) => c.includes(w));
    const last = (p: string) =>
      words(p)
        .filter((w) => isContent(w) && !shared(w))
        .at(-1);
    const first = (p: string) => words(p).filter((w) => isContent(w) && !shared(w))[0];
    const alternatives = [...parts.slice(0, -1).map(last), first(parts.at(-1) ?? "")].filter(
      (w): w is string => Boolean(w),
    );
    if (alternatives.length >= 2) groups.push([...new Set(alternatives.map(key))]);
  }
  return groups;
}

// "what language is Shedder written in", "what is it built with": a participle after a named
// subject, then a preposition that ends the question.
function madeWith(ws: string[]): boolean {
  const n = ws.length;
  if (n < 4 || !MADE_WITH.has(ws[n - 1] ?? "")) return false;
  const verb = ws[n - 2] ?? "";
  const participle = /(ed|en|wn)$/.test(verb) || (verbBase(verb) !== verb && !/s$/.test(verb));
  if (participle && ws.slice(0, n - 2).some((w) => BE.has(w))) return true;
  // "What tools do you build your models in": the same ask, said of making something (not
  // "what language does she teach in").
  const does = ws.findIndex((w, i) => /^(do|does|did)$/.test(w) && PRONOUNS.has(ws[i + 1] ?? ""));
  return (
    /^(what|which)$/.test(ws[0] ?? "") &&
    does > 1 &&
    n - does > 3 &&
    (CREATING.has(ws[does + 2] ?? "") || ws[does + 2] === "make")
  );
}

// "usually", "really": an adverb, not the verb; "fly", "apply", "rely" are verbs.
function adverb(word: string): boolean {
  return word.length > 4 && /ly$/.test(word) && !/(?:ppl|epl|mpl)y$/.test(word);
}

function plural(word: string): boolean {
  return word.length > 3 && /s$/.test(word) && !/ss$/.test(word);
}

const WH = /^(when|where|who|how|what|which|why)$/;

// "Where does he work", "who do you work for": the job he has now.
function presentWork(ws: string[], verbs: string[]): boolean {
  return (
    ws.some((w) => w === "do" || w === "does") &&
    verbs.some((v) => alternatives(key(v)).some((k) => INSTITUTION_VERBS.has(k)))
  );
}

/**
 * The separate asks of a question that joins two: "where'd she do her PhD and when did she
 * finish" is "where'd she do her PhD" and "when did she finish do her PhD" (the later ask
 * borrows what the first is about); "what did he study and where" is also "where did he
 * study". One ask gives a list of one.
 */
export function splitAsks(text: string): string[] {
  const pieces = text.split(/\s*,?\s+(?:and|&)\s+(?=(?:when|where|who|how|what|which|why)\b)/i);
  if (pieces.length < 2) return [text];
  const first = pieces[0] as string;
  const ws = words(first);
  const wh = ws.findIndex((w) => WH.test(w));
  const about = ws.filter((w, i) => i > wh && !AUX.has(w) && !PRONOUNS.has(w) && !WH.test(w));
  const rest = pieces.slice(1).map((piece) => {
    const own = words(piece);
    if (own.length <= 2 && WH.test(own[0] ?? "") && own.filter(isContent).length === 0)
      return [...own, ...ws.slice(wh + 1)].join(" ");
    return `${piece.replace(/[?!.\s]+$/, "")} ${about.join(" ")}`;
  });
  return [first, ...rest];
}
