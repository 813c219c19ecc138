import { CLIPPED } from "./chat-words.ts";
import { converse } from "./evidence-words.ts";
import {
  FUNCTION_WORDS,
  GENERIC_NOUNS,
  GROUP_NOUNS,
  isCommonWord,
  PEOPLE_NOUNS,
  rarity,
  VENUE_KINDS,
} from "./lexicon.ts";
import { NUMBER_WORDS } from "./measure-words.ts";
import type { Question } from "./question.ts";
import { TYPE_WORDS } from "./question-words.ts";
import { otherSpelling } from "./spelling.ts";
import { alternatives, key, oneSlip, oneSlipAway, terms } from "./text.ts";
import { kindsInProfile, namesASort } from "./word-kinds.ts";
import { nounSenses } from "./wordnet.ts";

/** A profile's words: every key with the number of entries holding it, and each written word's key. */
export interface Vocabulary {
  keys: Map<string, number>;
  words: Map<string, string>;
  /** Entries in the profile. */
  size: number;
  /** The words each written word follows in the profile ("" at a text's start): "sea" for "lions". */
  before?: Map<string, Set<string>>;
  /** Compounds found for a question word, remembered ("book" → the key of "cookbook"). */
  compounds?: Map<string, string[]>;
  /** Other per-profile readings of a question word (WordNet kinds, clipped names), remembered. */
  readings?: Map<string, string[]>;
}

/** How a question's terms meet a profile: search boosts, and the support of any set of keys. */
export interface Support {
  /** Each profile key a question term stands for, with its weight in the search. */
  boosts: Map<string, number>;
  /** Share (0..1) of the question's weight whose terms the given keys hold. */
  of(keys: ReadonlySet<string>): number;
  /** The profile keys each question term was taken to mean, when it means any. */
  meant: Map<string, string[]>;
  /** Of those, the keys found only through WordNet, as kinds of a question word. */
  kinds: Set<string>;
}

/** The word an entry is filed under when it has a venue, named in its field or its text. */
export const VENUE = "venue";

/** The word an entry is filed under when it sizes a group by its form ("a studio of 6 …"). */
export const SIZED_GROUP = "sizedgroup";

const NUMBER = String.raw`(?:\d+|${Object.keys(NUMBER_WORDS).join("|")})`;

/**
 * "Leads a studio of 6 conservators": a group of any name, sized by the people in it. So is a
 * group by its own name ("a team of 14", "a crew of seven"), and a staff by its number ("7
 * permanent staff").
 */
export const GROUP_SIZE = new RegExp(
  String.raw`\b(?:a|an)\s+\p{L}+\s+of\s+${NUMBER}\s+\p{L}+s\b|\b(?:${[...GROUP_NOUNS].join("|")})\s+of\s+${NUMBER}\b|\b${NUMBER}\s+(?:[\p{L}-]+\s+)?(?:staff|employees)\b`,
  "iu",
);

// Words the profile lacks are checked for a one-letter slip ("originaly") only when this long
// and not ordinary English themselves.
const MIN_SLIP_LENGTH = 5;
// Ordinary words missing from an entry weigh at most this much together: a long, chatty question
// about a covered topic is still covered, while a missing name or thing asked for counts fully.
const COMMON_MISSING_CAP = 3;
// Ranking nudge for an entry holding a "now" word when the question says "now" or "currently".
const BONUS_BOOST = 0.5;
// A word found only through WordNet ("greyhound" for "dog") boosts the search by this share of
// the question's word: an entry that says the word itself ranks above one that names a kind of
// it. Whether an entry covers the question counts it fully: a greyhound is a dog.
const BRIDGED_SHARE = 0.6;

/**
 * Resolves each question term to the profile keys it may mean (itself, a synonym, or a word one
 * slip away) and weighs them. An entry supports a question as far as it holds its terms.
 */
export function measureSupport(question: Question, vocabulary: Vocabulary): Support {
  const resolved = question.terms
    .filter((term) => !term.optional || vocabulary.keys.has(term.key))
    .map((term) => {
      // "Who taught you": "learned it from X" holds the same event, told from the other side.
      let alts = [...alternatives(term.key), ...converse(term.word)].filter((k) =>
        vocabulary.keys.has(k),
      );
      // "Has she sailed across the Atlantic": a way of going across a thing is crossing it.
      const across = question.words[question.words.indexOf(term.word) + 1] === "across";
      if (across && question.verbs.includes(term.word) && vocabulary.keys.has(key("cross")))
        alts.push(key("cross"));
      // "Field vet officer": the profile writes "Veterinary" in full.
      // ("List her pubs": her publications, which a profile may call papers.)
      if (alts.length === 0)
        alts = [
          ...new Set(
            clipped(term.word)
              .flatMap(terms)
              .flatMap((k) => alternatives(k))
              .filter((k) => vocabulary.keys.has(k)),
          ),
        ];
      // "Does it optimise": the profile spells it "optimizations" (and elsewhere "optimised").
      const spelt = otherSpelling(term.word);
      if (spelt)
        alts = [
          ...new Set([...alts, ...alternatives(key(spelt)).filter((k) => vocabulary.keys.has(k))]),
        ];
      if (
        alts.length === 0 &&
        term.word.length >= MIN_SLIP_LENGTH &&
        !/\d/.test(term.word) &&
        rarity(term.word) === 4
      ) {
        // A slip of one of the profile's own words, else of a common English word.
        const own = ownSlip(term.word, vocabulary);
        // "Glasto": a name clipped to its start, when one of the profile's own names alone begins so.
        const meant =
          own ??
          remembered(vocabulary, `clip:${term.word}`, () =>
            clippedName(term.word, vocabulary),
          )[0] ??
          commonSlip(term.word);
        if (meant) alts = alternatives(key(meant)).filter((k) => vocabulary.keys.has(k));
      } else if (alts.length === 0 && term.word.length >= 3 && rarity(term.word) === 4) {
        // A short name the profile writes with one more letter: "ted" for "TEDx".
        const longer = [...vocabulary.words.keys()].find(
          (w) => w.length === term.word.length + 1 && w.startsWith(term.word) && rarity(w) === 4,
        );
        if (longer) alts = [key(longer)].filter((k) => vocabulary.keys.has(k));
      } else if (alts.length === 0 && term.word.length >= 4 && rarity(term.word) < 4) {
        // "Did you write a book": "a cookbook" is one; a word the profile only has compounded.
        alts = compounds(term.word, vocabulary);
      }
      // "What speedups": a word made of another and a particle stands for that word's sense
      // ("speed"), when the profile lacks it whole.
      const particle = /^([a-z]{3,})(?:up|down|out)s?$/.exec(term.word)?.[1];
      if (alts.length === 0 && particle && isCommonWord(particle))
        alts = alternatives(key(particle)).filter((k) => vocabulary.keys.has(k));
      // "Who was on bass": "the bassist Aoife"; the profile names the one who plays it.
      if (alts.length === 0 && /^[a-z]{3,}$/.test(term.word))
        alts = practitioners(term.word, question.verbs.includes(term.word), vocabulary);
      // "How many people read the blog": "9,000 readers" are those who read it.
      else if (
        question.type === "count" &&
        PEOPLE_NOUNS.has(question.focus ?? "") &&
        question.verbs.includes(term.word)
      )
        alts = [...new Set([...alts, ...practitioners(term.word, true, vocabulary)])];
      // "What's your dog called": "our greyhound, Biscuit"; the profile names the kind.
      let bridged = false;
      if (alts.length === 0 && bridgeable(term.word) && !question.verbs.includes(term.word)) {
        const has = (w: string) => vocabulary.words.has(w);
        const follows = (w: string) => vocabulary.before?.get(w) ?? new Set<string>();
        const kinds = (word: string) =>
          remembered(vocabulary, `kind:${word}`, () =>
            kindsInProfile(word, has, follows).filter((k) => vocabulary.keys.has(k)),
          );
        alts = kinds(term.word);
        // "What breed is your dog": a sort of thing is answered by a kind of the thing named.
        if (alts.length === 0 && namesASort(term.word))
          alts = [
            ...new Set(
              question.terms
                .filter((t) => t !== term && bridgeable(t.word))
                // ("What breed is ur pup": a pup is a dog, whose kinds the profile names.)
                .flatMap((t) => [...kinds(t.word), ...clipped(t.word).flatMap(kinds)]),
            ),
          ];
        bridged = alts.length > 0;
      }
      // "Have you spoken at a conference": an entry that names where ("at FOSDEM") says so.
      if (VENUE_KINDS.has(term.word) && vocabulary.keys.has(key(VENUE))) alts.push(key(VENUE));
      // "How big is your team": an entry that sizes a group of another name answers it.
      // So is "how many people work under you".
      const staffed =
        PEOPLE_NOUNS.has(question.focus ?? "") &&
        question.verbs.includes(term.word) &&
        /^(?:work|employ)/.test(term.word);
      if (
        question.type === "count" &&
        ((term.focus && GROUP_NOUNS.has(term.word)) || staffed) &&
        vocabulary.keys.has(key(SIZED_GROUP))
      )
        alts.push(key(SIZED_GROUP));
      // A word held by few entries identifies what the question is about: it weighs more.
      const df = Math.min(...alts.map((a) => vocabulary.keys.get(a) ?? vocabulary.size));
      const specific = alts.length
        ? 1 + Math.log(vocabulary.size / df) / Math.log(vocabulary.size + 1)
        : 2;
      return { term: { ...term, weight: term.weight * specific }, alts, bridged };
    });
  const boosts = new Map<string, number>();
  for (const { term, alts, bridged } of resolved) {
    const weight = bridged ? term.weight * BRIDGED_SHARE : term.weight;
    for (const alt of alts) {
      boosts.set(alt, Math.max(boosts.get(alt) ?? 0, weight / alts.length));
    }
  }
  for (const b of question.bonus)
    if (vocabulary.keys.has(b) && !boosts.has(b)) boosts.set(b, BONUS_BOOST);
  const meant = new Map<string, string[]>();
  for (const { term, alts } of resolved) if (alts.length > 0) meant.set(term.key, alts);
  const kinds = new Set(resolved.flatMap(({ alts, bridged }) => (bridged ? alts : [])));
  return {
    boosts,
    meant,
    kinds,
    of(keys) {
      let held = 0;
      let missing = 0;
      let commonMissing = 0;
      // "DPDK, XDP or in-kernel": one alternative held answers the choice.
      const chosen = new Set(
        question.choices
          .filter((group) => group.some((k) => (meant.get(k) ?? [k]).some((a) => keys.has(a))))
          .flat(),
      );
      for (const { term, alts } of resolved) {
        if (alts.some((a) => keys.has(a))) held += term.weight;
        else if (chosen.has(term.key)) continue;
        // A missing focus may still be answered by what it names ("which department": "the
        // Computer Laboratory"); whether it is, is judged on the entry's text.
        // "What plane do you fly": the entry names the plane ("the A320") more often than it
        // says "plane"; the verb and what stands next to it are judged on the entry.
        // "Which conferences has he presented at": the talks name their venues, not the word.
        else if (
          term.focus &&
          (question.verbs.length > 0 ||
            question.madeWith ||
            // "Which platforms is Saltmarsh on": "released on PC and PlayStation 5".
            /^(on|in)$/.test(question.words.at(-1) ?? "")) &&
          (question.type === "what" || question.type === "list")
        )
          continue;
        // "Which programming languages": the kind's modifier costs as little as the kind.
        // "How many people work at your studio": "a two-person studio" says it without "work".
        else if (
          term.focus ||
          (term.common &&
            (term.phrase ||
              ((question.type === "count" || question.picks) &&
                question.verbs.includes(term.word))))
        )
          commonMissing += term.weight / 2;
        else if (term.common) commonMissing += term.weight;
        else missing += term.weight;
      }
      const weighed = held + missing + Math.min(commonMissing, COMMON_MISSING_CAP);
      return weighed === 0 ? 0 : held / weighed;
    },
  };
}

// The words a clipped word is short for ("pup": "dog"), none for another word.
function clipped(word: string): string[] {
  return Object.hasOwn(CLIPPED, word) ? (CLIPPED[word] as string).split(" ") : [];
}

// A general noun worth looking up in WordNet: ordinary English that says what is asked about, not
// how it is asked ("what", "kind", "thing").
function bridgeable(word: string): boolean {
  return (
    word.length >= 3 &&
    /^[a-z]+$/.test(word) &&
    // ("Veg" is rarer than the word lists go, but WordNet has it: a vegetable.)
    (rarity(word) < 4 || nounSenses(word).length > 0) &&
    !FUNCTION_WORDS.has(word) &&
    !GENERIC_NOUNS.has(word) &&
    !TYPE_WORDS.has(word)
  );
}

// Keys of the profile's words made of an ordinary word and this one ("cookbook" for "book").
function compounds(word: string, vocabulary: Vocabulary): string[] {
  vocabulary.compounds ??= new Map();
  const known = vocabulary.compounds.get(word);
  if (known) return [...known];
  const found = findCompounds(word, vocabulary);
  if (vocabulary.compounds.size >= COMPOUND_CACHE_SIZE) vocabulary.compounds.clear();
  vocabulary.compounds.set(word, found);
  return [...found];
}

// Question words are few and come back: each looked for once per profile, within bounds.
const COMPOUND_CACHE_SIZE = 5000;

// A reading that scans the profile's words or WordNet's files, done once per profile and word:
// the bench's retrieval p99 went from 0.12 to 0.5 ms when "what car do you drive" redid it.
function remembered(vocabulary: Vocabulary, id: string, read: () => string[]): string[] {
  vocabulary.readings ??= new Map();
  const known = vocabulary.readings.get(id);
  if (known) return known;
  const found = read();
  if (vocabulary.readings.size >= COMPOUND_CACHE_SIZE) vocabulary.readings.clear();
  vocabulary.readings.set(id, found);
  return found;
}

function findCompounds(word: string, vocabulary: Vocabulary): string[] {
  const base = word.replace(/s$/, "");
  const found = new Set<string>();
  for (const [w, k] of vocabulary.words) {
    // "How many beehives": the profile's "hives", the kind a compound is made on (not "work"
    // in "network": only a word past the most common ones).
    const own = w.replace(/s$/, "");
    if (
      own.length >= 4 &&
      base.length >= own.length + 3 &&
      base.endsWith(own) &&
      rarity(own) >= 2 &&
      isCommonWord(base.slice(0, base.length - own.length)) &&
      vocabulary.keys.has(k)
    )
      found.add(k);
    if (w.length < base.length + 3 || !w.replace(/s$/, "").endsWith(base)) continue;
    const head = w.slice(0, w.replace(/s$/, "").length - base.length);
    if (head.length >= 3 && isCommonWord(head) && isCommonWord(w) && vocabulary.keys.has(k))
      found.add(k);
  }
  return [...found];
}

// The one rare word of the profile that a question word is the start of ("glastonbury" for
// "glasto"); none when several are. Asked only of a rare word the profile lacks.
function clippedName(word: string, vocabulary: Vocabulary): string[] {
  const found = [...vocabulary.words.keys()].filter(
    (w) => w.length >= word.length + 2 && w.startsWith(word) && rarity(w) === 4,
  );
  return found.length === 1 ? found : [];
}

// Keys of the profile's words for one who practises a thing, made with "-ist": "bassist" for
// "bass", "cellist" for "cello", "violinists" for "violin"; for a verb, with "-er" too:
// "hacker" for "hack", "driver" for "drive".
function practitioners(word: string, verb: boolean, vocabulary: Vocabulary): string[] {
  const stems = /[aeiouy]$/.test(word) ? [word, word.slice(0, -1)] : [word];
  const doers = verb ? [/e$/.test(word) ? `${word}r` : `${word}er`, `${word}${word.at(-1)}er`] : [];
  const found = [...stems.map((s) => `${s}ist`), ...doers]
    .flatMap((w) => [w, `${w}s`])
    .map((w) => vocabulary.words.get(w))
    .filter((k): k is string => k !== undefined && vocabulary.keys.has(k));
  return [...new Set(found)];
}

// Slips of ordinary English are the same whoever owns the profile: remembered, within bounds.
const SLIP_CACHE_SIZE = 2000;
const slips = new Map<string, string | undefined>();

function commonSlip(word: string): string | undefined {
  if (slips.has(word)) return slips.get(word);
  const meant = oneSlipAway(word, isCommonWord);
  if (slips.size >= SLIP_CACHE_SIZE) slips.delete(slips.keys().next().value as string);
  slips.set(word, meant);
  return meant;
}

// A profile word one slip away, found by comparing with the profile's words of about the same
// length (a few hundred comparisons) rather than trying every edit of the word.
function ownSlip(word: string, vocabulary: Vocabulary): string | undefined {
  for (const w of vocabulary.words.keys()) {
    if (Math.abs(w.length - word.length) <= 1 && w.length > 2 && oneSlip(word, w)) return w;
  }
  return undefined;
}
