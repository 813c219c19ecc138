/** Function words and small word lists the question reader shares between its parts. */

/** Words that only say which type the question has ("what city", "how long"). */
export const TYPE_WORDS = new Set(
  "old long many much big large small fast hot cold far tall heavy wide high deep often city cities town towns country countries place neighbourhood neighborhood state region location venue year date time day days month season share percentage percent proportion fraction number size rank place placed name called named".split(
    " ",
  ),
);
/** Verbs among the function words: "come from", "use". */
export const FUNCTION_VERBS = new Set(
  "come comes came use uses used get gets got go goes".split(" "),
);
/** Words that ask, before a word that only gives the type ("how long", "what city"). */
export const ASKING = new Set(["how", "what", "which", "many", "much"]);
/** Forms of "be". */
export const BE = new Set(["is", "are", "was", "were", "be", "been"]);
/** Auxiliaries that open a question or stand before its subject. */
export const AUX = new Set(
  "do does did is are was were have has had can could will would should might may am".split(" "),
);
/** Adjectives of size: "how big was the grant". */
export const SIZE = new Set(["big", "large", "small"]);
/** Prepositions a question about what something is made with ends with: "written in". */
export const MADE_WITH = new Set(["in", "with", "on", "using", "of", "from"]);
/** Words that open an object: the word before them is a verb ("win any awards"). */
export const OBJECT_START = new Set([
  "any",
  "a",
  "an",
  "the",
  "some",
  "his",
  "her",
  "their",
  "its",
]);
/** Keys of verbs done at an organisation: working there, studying there. */
export const INSTITUTION_VERBS = new Set(["work", "studi", "job", "emploi"]);
/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = new Set(
  "your her his their the a an its my our this that these those".split(" "),
);
/** Verbs of having: "do you have kids" claims something had. */
export const HAVE = new Set(["have", "has", "had", "got", "own", "owns"]);
/** Words between a subject and its verb that do not change the claim: "did you ever work". */
export const ADVERBS = new Set(
  "ever never actually really already still also just even yet".split(" "),
);
/** Verbs of liking or caring, which claim nothing an entry would state in those words. */
export const STANCE_VERBS = new Set(
  "care cares like likes enjoy enjoys mind want wants".split(" "),
);
/** "Was she involved in the report": any part in it says so, whatever the entry calls it. */
export const TAKING_PART = new Set(
  "involved involve participate participated participating engaged associated".split(" "),
);
/** Light verbs of going or taking something somewhere: "to" after them leads to a place. */
export const MOTION = new Set(
  "go goes went going come comes came coming take takes took taking".split(" "),
);
/** Verbs that end or start something, which a "when" question may end with: "when does it end". */
export const BOUNDS = new Set(
  "end ends start starts begin begins finish finishes stop stops close closes open opens".split(
    " ",
  ),
);
/** Verbs of making something, which an owner's entry about the thing stands for. */
export const CREATING = new Set(
  `write writes wrote written build builds built create creates created develop develops
  developed design designs designed code coded program programmed author authored compose
  composed`.split(/\s+/),
);
/** "When does the survey happen": the date of the thing is asked, not of a happening. */
export const HAPPENING = new Set("happen happens happened occur occurs occurred".split(" "));
/** Possessive determiners: "her salary". */
export const POSSESSIVES = new Set("your her his their my our its".split(" "));
/** Pronouns that stand for the subject of a question. */
export const PRONOUNS = new Set("i you she he they we it someone people one".split(" "));
/**
 * Words that open a clause that only sets the scene: "when you say X, which…", "if you had to…".
 */
export const SUBORDINATORS = new Set(
  "when if while since because as whenever once although though given".split(" "),
);
/** Nouns whose answer is a person's name ("which people", "what person"). */
export const PEOPLE = new Set(["people", "persons", "folks"]);
/** Nouns for a person, whose answer is a name ("what person"). */
export const PERSON_NOUNS = new Set(
  "person people persons guy guys woman women man men".split(" "),
);
/** "usually", "really": an adverb, not the verb; "fly", "apply", "rely" are verbs. */
export function adverb(word: string): boolean {
  return word.length > 4 && /ly$/.test(word) && !/(?:ppl|epl|mpl)y$/.test(word);
}

/**
 * Whether a word looks plural ("towns"; not "glass", "thesis", "campus" or "famous", whose
 * endings English keeps in the singular).
 */
export function plural(word: string): boolean {
  return word.length > 3 && /s$/.test(word) && !/(?:ss|is|us)$/.test(word);
}

/** Question words. */
export const WH = /^(when|where|who|how|what|which|why)$/;

/** The shape of a question, which decides how it is answered. */
export type QuestionType =
  | "greeting"
  | "intro"
  | "name"
  | "contact"
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
