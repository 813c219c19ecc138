/**
 * General nouns bridged to the specific words a profile uses, through WordNet: "dog" finds "my
 * greyhound, Biscuit", "doctorate" finds "PhD", "fiddle" finds "violin". Only synonyms and
 * narrower kinds count (never broader ones: "a greyhound" answers "a dog", not the reverse).
 */
import { rarity } from "./lexicon.ts";
import { key } from "./text.ts";
import { nounDepth, nounSense, nounSenses } from "./wordnet.ts";

/** The words WordNet gives for a general noun, and the senses it reached them by. */
interface Kinds {
  lemmas: Set<string>;
  senses: Set<number>;
}

// A noun with more senses than this is too vague to stand for any one kind ("place" has 16,
// "thing" 12, "time" 10; "dog" has 7).
const MAX_SENSES = 8;
// Senses this close to the top of the hierarchy are vague ("person" 3, "stuff" 4): skipped.
const MIN_DEPTH = 5;
// Kinds of kinds of kinds: dog → hunting dog → hound → greyhound.
const LEVELS = 3;
// Bounds the work for a broad sense: the senses visited under it, nearest first.
const MAX_VISITED = 300;

const known = new Map<string, Kinds>();
// Question words come back across questions and owners: remembered, within bounds.
const KIND_CACHE_SIZE = 2000;

function kindsOf(word: string): Kinds {
  const cached = known.get(word);
  if (cached) return cached;
  const found: Kinds = { lemmas: new Set(), senses: new Set() };
  const senses = nounSenses(word);
  // Each sense is walked on its own budget: the musical "instrument" is the word's sixth sense.
  for (const first of senses.length <= MAX_SENSES ? senses : []) {
    if (nounDepth(first) < MIN_DEPTH) continue;
    let level = [first];
    const seen = new Set(level);
    for (let depth = 0; depth <= LEVELS && level.length > 0; depth++) {
      const next: number[] = [];
      for (const at of level) {
        const sense = nounSense(at);
        found.senses.add(at);
        for (const lemma of sense.lemmas) found.lemmas.add(lemma);
        if (depth === LEVELS) continue;
        for (const n of sense.narrower) {
          if (seen.has(n) || found.senses.has(n) || seen.size >= MAX_VISITED) continue;
          seen.add(n);
          next.push(n);
        }
      }
      level = next;
    }
  }
  if (known.size >= KIND_CACHE_SIZE) known.clear();
  known.set(word, found);
  return found;
}

/**
 * Keys of the profile's words that WordNet gives as a synonym or a narrower kind of a noun
 * ("greyhound" for "dog"), as the profile writes them (or their plural), when that is what they
 * mostly mean: "harrier" is a hound, but first a harasser, then a hawk, so "Kirkstall Harriers"
 * is not a dog ("steel" is first the alloy, so it is a metal); and not the most common words, which are mostly something else ("found" is a
 * wage's board and lodging, but mostly a verb). A phrase ("border collie") counts by its last
 * word when the profile writes all its words and that word is not among the most common ones.
 */
export function kindsInProfile(
  word: string,
  written: (word: string) => boolean,
  follows: (word: string) => ReadonlySet<string> = () => new Set([""]),
): string[] {
  const found = new Set<string>();
  const own = key(word);
  const kinds = kindsOf(word);
  const writes = (w: string) => written(w) || written(`${w}s`);
  // "The sea lions" holds "lions", but only as the head of another noun WordNet knows: no cat.
  const onlyCompounded = (w: string) => {
    const preceding = [...follows(w), ...follows(`${w}s`)];
    return (
      preceding.length > 0 &&
      preceding.every(
        (p) => p !== "" && !kinds.lemmas.has(`${p} ${w}`) && nounSenses(`${p} ${w}`).length > 0,
      )
    );
  };
  // A rare word's first sense's words are its plain synonyms ("telly": "television"), however
  // common. (Not an ordinary word's: "origin" is first "beginning, source"; nor a short one's,
  // as often a name: "vim", the editor, is no "energy".)
  const first = rarity(word) === 4 && word.length >= 5 ? nounSenses(word)[0] : undefined;
  const synonyms = new Set(first === undefined ? [] : nounSense(first).lemmas);
  for (const lemma of kinds.lemmas) {
    const parts = lemma.split(/[\s-]+/).filter(Boolean);
    const head = parts.at(-1);
    // Short words are as often a name or an abbreviation ("Ade" is no "ade", the drink).
    if (!head || !/^[a-z]{4,}$/.test(head)) continue;
    if (rarity(head) <= (parts.length > 1 ? 2 : 1) && !synonyms.has(lemma)) continue;
    const headKey = key(head);
    if (headKey === own || found.has(headKey)) continue;
    if (!parts.every((p) => writes(p.replace(/'s$/, "")))) continue;
    if (parts.length === 1 && onlyCompounded(head)) continue;
    // Its most frequent sense, or all of them, a kind of the word.
    const senses = nounSenses(lemma);
    if (
      !synonyms.has(lemma) &&
      !kinds.senses.has(senses[0] ?? -1) &&
      !senses.every((s) => kinds.senses.has(s))
    )
      continue;
    found.add(headKey);
  }
  return [...found];
}

let sortSenses: Set<number> | undefined;

/**
 * Whether a noun names a sort of thing ("breed", "make", "genre"): WordNet files one of its
 * senses under "kind, sort", at most one step below. "What breed is your dog" is answered by a kind of dog.
 */
export function namesASort(word: string): boolean {
  if (!sortSenses) {
    const sort = new Set(nounSenses("sort"));
    sortSenses = new Set(nounSenses("kind").filter((s) => sort.has(s)));
  }
  const sorts = sortSenses;
  // One step between: a breed is a type, a type is a kind.
  return nounSenses(word).some((s) =>
    nounSense(s).broader.some(
      (b) => sorts.has(b) || nounSense(b).broader.some((c) => sorts.has(c)),
    ),
  );
}

let personSenses: Set<number> | undefined;

/**
 * Whether a noun's commonest sense is a kind of person ("scientist", "engineer", "baker"), as
 * WordNet files it under "person" within a few steps.
 */
export function namesAPerson(word: string): boolean {
  if (!personSenses) personSenses = new Set(nounSenses("person").slice(0, 1));
  const people = personSenses;
  const first = nounSenses(word).slice(0, 1);
  return [...sensesUp(first, 8)].some((s) => people.has(s));
}

// These senses and those above them, up to `steps` up: what a thing may be counted as.
function sensesUp(senses: number[], steps: number): Set<number> {
  const found = new Set(senses);
  let level = [...found];
  for (let d = 0; d < steps && level.length > 0; d++) {
    level = level.flatMap((s) => nounSense(s).broader).filter((b) => !found.has(b));
    for (const b of level) found.add(b);
  }
  return found;
}

/**
 * Whether two nouns may name the same things: one is the other, or a kind of it within two
 * steps ("planes" and "aircraft", "pics" and "photos", "colours" and "flags"); two kinds of
 * person are not ("babies" are no midwives). False when WordNet lacks either.
 */
export function sameKindOfThing(a: string, b: string): boolean {
  const [sa, sb] = [nounSenses(a).slice(0, 3), nounSenses(b).slice(0, 3)];
  if (sa.length === 0 || sb.length === 0) return false;
  const [upA, upB] = [sensesUp(sa, 2), sensesUp(sb, 2)];
  if (sa.some((s) => upB.has(s)) || sb.some((s) => upA.has(s))) return true;
  // "Pictures" and "photos": a photo is first of all a picture, though a picture is first of
  // all a painting or an image.
  const writes = (senses: number[], word: string) =>
    senses.some((s) => nounSense(s).lemmas.some((l) => l === word || `${l}s` === word));
  return writes(sb.slice(0, 1), a) || writes(sa.slice(0, 1), b);
}
