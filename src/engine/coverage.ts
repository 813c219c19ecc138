import { alternatives, detailTerms, nameTerms, terms } from "./text.ts";

// Weight of a question term the profile never uses: about that of a term in two entries.
const UNKNOWN_TERM_WEIGHT = 2;
// An unknown name ("Google", "SIGCOMM") or figure ("p50", "2x") is strong evidence the question
// is about something else; an unknown kind of detail ("team size", "citations") stronger still.
const UNKNOWN_NAME_WEIGHT = 4;
const UNKNOWN_DETAIL_WEIGHT = 8;
// Ordinary words the profile lacks dilute coverage only so far: a long, chatty question about a
// covered topic is still covered.
const GENERIC_CAP = 2 * UNKNOWN_TERM_WEIGHT;

/** A question's meaningful terms, how much of it the profile covers (0..1), and search boosts. */
export interface Measured {
  queryTerms: string[];
  coverage: number;
  /** Each term found in the profile, or a synonym of it, with its weight in the search. */
  boosts: Map<string, number>;
}

/**
 * Weighs a question against the profile's vocabulary: known terms count by their rarity (idf),
 * unknown ones by what they suggest the question is really about.
 */
export function measureQuestion(
  question: string,
  documentFrequency: ReadonlyMap<string, number>,
  idf: (df: number) => number,
): Measured {
  const queryTerms = [...new Set(terms(question))];
  const names = nameTerms(question);
  const details = detailTerms(question);
  let known = 0;
  let strong = 0;
  let generic = 0;
  // Each question term weighs the same, however many synonyms it expands to.
  const boosts = new Map<string, number>();
  for (const term of queryTerms) {
    const alts = alternatives(term).filter((t) => documentFrequency.has(t));
    if (alts.length > 0) {
      known += Math.max(...alts.map((t) => idf(documentFrequency.get(t) ?? 1)));
      for (const alt of alts) boosts.set(alt, Math.max(boosts.get(alt) ?? 0, 1 / alts.length));
    } else if (details.has(term)) strong += UNKNOWN_DETAIL_WEIGHT;
    else if (names.has(term) || /\d/.test(term)) strong += UNKNOWN_NAME_WEIGHT;
    else generic += UNKNOWN_TERM_WEIGHT;
  }
  const unknown = strong + Math.min(generic, GENERIC_CAP);
  const coverage = known + unknown === 0 ? 0 : known / (known + unknown);
  return { queryTerms, coverage, boosts };
}
