/**
 * Superlatives a question singles its thing out by ("the scariest landing", "your longest race"):
 * a detail an entry must state, in those words or another superlative, before it answers.
 */
import { isAdjective, nounSenses } from "./wordnet.ts";

// Said before a superlative that qualifies the noun after it.
const BEFORE = /^(?:the|your|her|his|their|my|our|its)$/;
// Superlatives of time order, which the engine reads by the years entries give.
const ORDER = /^(?:latest|earliest|newest|oldest)$/;

/**
 * Whether a word is a superlative: "best", "most", "scariest", "longest", "biggest". WordNet
 * tells "-est" words that are words of their own ("forest", "interest", "honest") from the
 * superlatives of its adjectives, which it lists only in their base form.
 */
export function isSuperlative(word: string): boolean {
  if (/^(?:best|worst|most|least)$/.test(word)) return true;
  return superlativeOf(word) !== undefined;
}

/** The adjective a "-est" superlative is made of ("longest" → "long", "biggest" → "big"). */
export function superlativeOf(word: string): string | undefined {
  if (word.length < 5 || !word.endsWith("est")) return undefined;
  if (isAdjective(word) || nounSenses(word).length > 0) return undefined;
  const stem = word.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.replace(/(.)\1$/, "$1"), stem.replace(/i$/, "y")];
  return bases.find((b) => b.length >= 2 && isAdjective(b));
}

/** The superlative a question's words qualify its thing with, if any ("scariest"). */
export function superlativeAsked(ws: readonly string[]): string | undefined {
  return ws.find(
    (w, i) =>
      i > 0 &&
      BEFORE.test(ws[i - 1] ?? "") &&
      !ORDER.test(w) &&
      w !== "most" &&
      w !== "least" &&
      isSuperlative(w) &&
      ws[i + 1] !== undefined &&
      ws[i + 1] !== "of",
  );
}
