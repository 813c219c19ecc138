/** British and American spellings of one word ("optimise" and "optimize"), read as the same. */

// Endings spelt two ways across English: -ise/-ize (and their forms), -yse/-yze, -our/-or.
const VARIANTS: readonly [RegExp, string, string][] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "is", "iz"],
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, "iz", "is"],
  [/ys(e|es|ed|ing)$/, "ys", "yz"],
  [/yz(e|es|ed|ing)$/, "yz", "ys"],
  [/our(s|ed|ing|ful|ite|ites)?$/, "our", "or"],
];

/**
 * The word as the other side of the Atlantic spells it, when its ending is spelt two ways:
 * "optimise" → "optimize", "colour" → "color". Only worth asking for when the profile lacks
 * the word as written.
 */
export function otherSpelling(word: string): string | undefined {
  if (word.length < 6) return undefined;
  for (const [ending, from, to] of VARIANTS) {
    const m = ending.exec(word);
    if (m) return `${word.slice(0, m.index)}${to}${word.slice(m.index + from.length)}`;
  }
  return undefined;
}
