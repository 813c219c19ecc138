/** Acronyms and the names they are short for, as a text writes them side by side. */

// "What does CXL stand for", "what do the letters RPS stand for".
const STANDS_FOR = /\bwhat (?:do|does|did) (?:the letters )?(\S+) (?:\S+ )?stands? for$/;
const JOINING = /^(?:of|and|the|for|to|in|on|a|an|&)$/i;

/** The acronym a question asks the expansion of ("cxl"), lowercase, if it asks that. */
export function acronymAsked(words: readonly string[]): string | undefined {
  return STANDS_FOR.exec(words.join(" "))?.[1];
}

/**
 * The words a text gives as what an acronym is short for, written beside it: "Compute Express
 * Link (CXL)" or "CXL (Compute Express Link)". Undefined when it gives none.
 */
export function expansionOf(text: string, acronym: string): string | undefined {
  const letters = acronym.toLowerCase();
  const escaped = letters.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = new RegExp(`((?:[\\p{L}\\p{N}'’-]+\\s+){1,8})\\(\\s*${escaped}s?\\s*\\)`, "giu");
  for (const m of text.matchAll(before)) {
    const ws = (m[1] as string).trim().split(/\s+/);
    // The expansion is the last words before the brackets whose letters the acronym follows.
    for (let from = ws.length - 1; from >= 0; from--) {
      const span = ws.slice(from);
      if (fits(span, letters)) return span.join(" ");
    }
  }
  const after = new RegExp(`\\b${escaped}s?\\s*\\(([^)]{3,80})\\)`, "giu");
  for (const m of text.matchAll(after)) {
    const span = (m[1] as string).trim().split(/\s+/);
    if (fits(span, letters)) return span.join(" ");
  }
  return undefined;
}

// Whether words can be read as an acronym's letters: one letter from each word, in order, its
// initial or else a letter inside it ("eXpress" gives x); the first word by its initial.
function fits(span: string[], letters: string): boolean {
  // ("ApacheBench (ab)": one word, its capitals the letters.)
  if (span.length === 1)
    return (span[0]?.match(/\p{Lu}/gu) ?? []).join("").toLowerCase() === letters;
  const content = span.filter((w) => !JOINING.test(w)).map((w) => w.toLowerCase());
  if (content.length !== letters.length || content[0]?.[0] !== letters[0]) return false;
  return content.every((w, i) => w.includes(letters[i] as string));
}
