/** The type of a question (who, when, how many, yes/no…) and the kinds of detail it needs. */
import type { DetailKind } from "./details.ts";
import {
  HONORIFICS,
  KIN_NOUNS,
  ORGANISATION_WORDS,
  PATRON_NOUNS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  QUALITY_NOUNS,
  rarity,
} from "./lexicon.ts";
import { MEASURES, MONEY_WORDS } from "./measure-words.ts";
import { introAsked, ownerAsked } from "./question-intro.ts";
import {
  AUX,
  BE,
  DETERMINERS,
  INSTITUTION_VERBS,
  PERSON_NOUNS,
  PRONOUNS,
  plural,
  type QuestionType,
} from "./question-words.ts";
import { alternatives, isContent, key } from "./text.ts";
import { namesAPerson } from "./word-kinds.ts";

const GREETING =
  /^(hi|hello|hey|hiya|yo|sup|howdy|greetings|good (morning|afternoon|evening))\b[\s!.?]*(there|all|everyone|you)?[\s!.?]*$/;
const OPINION =
  /\b(what (do|does|did) (you|she|he|they|\w+) think|(your|her|his|their) (opinion|view|views|thoughts|take)|how do you feel|do you (like|enjoy|prefer|love|hate)|favou?rite|which (one )?(is|'s) better)\b/;
const WHY = /\bwhy\b|\bwhat (made|led|drew|got) (you|her|him|them)\b|\bhow come\b/;
// "Whats her phone number", "how can i reach u": how to get in touch, which a profile gives only
// as its contact line, never as an entry that mentions a phone app or an email newsletter.
const CONTACT =
  /\b(?:(?:phone|mobile|cell|telephone|whatsapp) ?(?:number|no|#)|e-?mail(?: address)?|(?:web ?site|home ?page)s?|(?:your|her|his|their|home|postal|mailing) address|contact (?:details|info|information)|digits)\W*$|\bhow (?:can|do|could|should|would) (?:i|we|people|someone|one) (?:contact|reach|email|e-mail|call|phone|text|message|dm|get (?:in touch|hold))\b/;
// What is given as a sum of money: "how big was the grant" asks its amount.
const SUMS =
  /^(?:grants?|awards?|prizes?|fellowships?|loans?|investments?|contracts?|deals?|scholarships?|bursar(?:y|ies)|donations?|endowments?|budgets?)$/;
const NAME =
  /\bwhat is (your|her|his|their) (full )?name\b|\bwhat are you called\b|\bwho am i talking to\b/;
const AGE =
  /\bhow old\b|\b(your|her|his|their) age\b|\bwhen (were|was) (you|she|he) born\b|\bbirthday\b/;
const DURATION =
  /\bhow long\b(?! ago)|\bfor how long\b|\bhow many (years|months|weeks|days|hours|minutes|seasons)\b/;
const WHEN =
  /\bwhen\b|\b(what|which) (years?|dates?|time|days?|months?|seasons?)\b|\bsince when\b|\bhow long ago\b|\bhow often\b|\bwhat age\b/;
// "Where did the team place", "how did you do at the nationals": a position, not a place.
const RANK =
  /\bwhere did (\S+ ){1,4}(place|finish|rank|come)\b|\bhow did (\S+ ){1,4}(place|rank|do|finish|fare)\b|\bwhat (place|position|rank) did\b/;
const COUNT =
  /\bhow (many|much)\b|\bhow (big|large|small|fast|hot|cold|far|tall|heavy|long|wide|high|deep|accurate)\b|\bwhat (share|percentage|percent|proportion|fraction|number|size)\b|\bnumber of\b|\bwhat rank\b|\bhow did (you|she|he|they) (place|rank|do)\b/;
// "Where can I find the code" asks for the entry (and its links), not for a place.
const LOCATE =
  /\bwhere (can|could|do|would|should|might) (i|we|one|people|someone) (find|get|see|read|watch|download|buy|listen|hear|try|play|check)\b/;
const WHERE =
  /\bwhere\b|\b(what|which) (\w+ )?(city|cities|towns?|country|countries|places?|neighbou?rhoods?|states?|regions?|locations?|venues?|campus|village|villages|county|counties)\b/;
const WHO = /\bwho\b|\bwhom\b|\bwhose\b|\bwith whom\b|\bwhich (person|people)\b/;
const YESNO = /^(do|does|did|is|are|was|were|have|has|had|can|could|will|would|any|got)\b/;
const LIST = /^(what|which|list|name)\b/;
const CURRENCY =
  /\bin (pounds|dollars|euros|quid|bucks|yen|yuan|rupees|francs|kroner|kronor|pesos|rand)\b/;
/** "list ur papers pls", "can you list her talks": a request for the members of a kind. */
export const REQUEST =
  /^((can|could|would|will) you |please )?(list|enumerate|show me|give me a list of|give me|name(?= (your|his|her|their|all|some|the|a few)\b))\b/;
// "How old is your boat": a thing is as old as the year it began ("since 2009"); not "how old
// is your brother" or "your assistant Bastien", whose age only an age says (a kind of person,
// as WordNet files "assistant").
function agedThing(flat: string): boolean {
  const thing = /\bhow old (?:is|are|was|were) (?:your|her|his|their|the) (.+)$/.exec(flat)?.[1];
  return (
    thing !== undefined &&
    !thing
      .split(" ")
      .some(
        (w) => KIN_NOUNS.has(w) || PEOPLE_NOUNS.has(w) || PERSON_NOUNS.has(w) || namesAPerson(w),
      )
  );
}

/** The kinds of detail an answer to a question of this type must hold; empty when any will do. */
export function needsOf(
  type: QuestionType,
  ws: string[],
  focus: string | undefined,
  verbs: string[],
): DetailKind[] {
  const flat = ws.join(" ");
  const money = ws.some((w) => MONEY_WORDS.has(w));
  switch (type) {
    case "age":
      return agedThing(flat) ? ["age", "date"] : ["age"];
    case "duration":
      // "How long does it take her to build one": a length of time in units, not the stretch
      // of years an entry spans; so is "how many hours a week".
      if (
        /\bhow long (do|does|did|will|would|can|could) (\S+ ){0,6}take\b/.test(flat) ||
        /\bhow many \w+ (a|an|per|each|every) (day|week|month|year|night|season)\b/.test(flat)
      )
        return ["elapsed"];
      return ["duration"];
    case "when":
      // "What time does the session start": a time of day, not a weekday or a year.
      if (/\bwhat time\b(?! of)/.test(flat)) return ["clock"];
      // "What day is the show on": a weekday or a date, not "weekly".
      if (/\b(what|which) days?\b/.test(flat)) return ["day"];
      // "When does the shop open on Sundays": the days are given, the hour is asked.
      if (
        /\b(on|at|over) (weekdays?|weekends?|(mon|tues|wednes|thurs|fri|satur|sun)days?)\b/.test(
          flat,
        )
      )
        return ["clock"];
      return ["date", "duration"];
    case "count":
      if (RANK.test(flat)) return ["rank"];
      // "How many queens do you raise": so many of a thing, whatever money word ("raise") the
      // question also says.
      if (/\bhow many\b/.test(flat) && focus && !MONEY_WORDS.has(focus)) return ["count"];
      // "How big was her NCN grant": a sum of money is as big as its amount.
      if (/\bhow (?:big|large)\b/.test(flat) && focus && SUMS.test(focus)) return ["money"];
      // "How much is a glass": a price.
      // "How much do you make": what you are paid.
      return money ||
        /\bhow much (is|are|was|were)\b|\bhow much (do|does|did) (\S+ ){1,8}(make|get paid|earn|charge|cost|pay|sell for|sold for|go for|spend)\b/.test(
          flat,
        )
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
      if (/\bwhat (is|was) (your|her|his|their) (\w+ ){0,3}time\b/.test(flat)) return ["elapsed"];
      if (money && focus && MONEY_WORDS.has(focus)) return ["money"];
      // "What's your day rate in pounds": an amount, asked in a currency (not "its weight in
      // pounds", a measure).
      if (focus && CURRENCY.test(flat) && !Object.hasOwn(MEASURES, focus)) return ["money"];
      // "What do they pay you", "what does it cost": the verb asks for an amount.
      // ("How did she pay for it" asks how, not how much.)
      if (ws.includes("what") && verbs.some((v) => MONEY_WORDS.has(v))) return ["money"];
      // "What does a head of unit like her get paid": the pay, whoever is named before it.
      if (/^what (do|does|did) .*\b(get paid|earn|earns|charge|charges|cost|costs)\b/.test(flat))
        return ["money"];
      if (focus && PERSON_NOUNS.has(focus)) return ["person"];
      // "What did the study find": what it found, not that it was done.
      if (/^what (did|does|do|has|have) .+ (find|show|conclude|reveal|discover|prove)$/.test(flat))
        return ["finding"];
      return [];
    default:
      return [];
  }
}
/** The type of a question, from its main clause (`flat` is its words joined). */
export function typeOf(flat: string, ws: string[], ownName: ReadonlySet<string>): QuestionType {
  if (GREETING.test(flat)) return "greeting";
  // "Give me the quick rundown on yourself": an introduction, though asked as a request.
  if (introAsked(flat, ws)) return "intro";
  if (REQUEST.test(flat)) return "list";
  if (NAME.test(flat)) return "name";
  if (CONTACT.test(flat)) return "contact";
  if (OPINION.test(flat)) return "opinion";
  if (ownerAsked(flat, ws, ownName)) return "intro";
  if (WHY.test(flat)) return "why";
  if (AGE.test(flat)) return "age";
  // "How long is the walkway": a length (or a running time), not how long someone was somewhere.
  const thing = /\bhow long (?:is|are|was|were) (\S+)/.exec(flat)?.[1];
  if (thing && !PRONOUNS.has(thing) && !ownName.has(thing) && !HONORIFICS.has(thing))
    return "count";
  if (DURATION.test(flat)) return "duration";
  if ((COUNT.test(flat) || RANK.test(flat)) && !qualityAsked(ws)) return "count";
  if (WHEN.test(flat)) return "when";
  if (LOCATE.test(flat)) return "what";
  if (WHERE.test(flat)) return "where";
  // "Who do you work for": an employer, asked as "where do you work".
  if (/\bwho (do|does|did) (\S+ ){1,2}(work|worked|working) for\b/.test(flat)) return "where";
  // "Did she ever save anyone who got buried": "who" opens a clause about someone; the question
  // is whether she did. ("Do you know who built it" asks who did.)
  const at = ws.indexOf("who");
  const relative =
    at > 1 &&
    YESNO.test(flat) &&
    ![ws[at - 1], ws[at - 2]].some((w) =>
      /^(?:know|knows|tell|wonder|ask|remember|say|guess|sure|see|mind|show)$/.test(w ?? ""),
    );
  if (WHO.test(flat) && !relative) return describesSomeone(ws) ? "what" : "who";
  // "Could you summarise what Morpheus does", "do you know where…" ask what the inner question asks.
  if (YESNO.test(flat) && !/\b(what|which|how)\b/.test(flat)) return "yesno";
  if (LIST.test(flat) && !AUX.has(ws[1] ?? "") && plural(ws[1] ?? "")) return "list";
  return "what";
}

// "How much CXL experience do you have": what is said of it, not a number.
function qualityAsked(ws: string[]): boolean {
  const at = ws.findIndex((w, i) => w === "much" && ws[i - 1] === "how");
  if (at < 0) return false;
  for (let i = at + 1; i < ws.length && isContent(ws[i] ?? ""); i++)
    if (QUALITY_NOUNS.has(ws[i] ?? "")) return true;
  return false;
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
/** "Where does he work", "who do you work for": the job he has now. */
export function presentWork(ws: string[], verbs: string[]): boolean {
  return (
    ws.some((w) => w === "do" || w === "does") &&
    verbs.some((v) => alternatives(key(v)).some((k) => INSTITUTION_VERBS.has(k)))
  );
}
