import type { Doc, Source } from "./types.ts";

const BRACKETS = /\[([^[\]\n]{1,200})\]/g;

/** The entries an answer cites as `[id]` (or `[id, id]`), in order of first mention. */
export function citedSources(answer: string, docs: Doc[]): Source[] {
  const byId = new Map(docs.map((d) => [d.entry.id, d.entry]));
  const seen = new Set<string>();
  for (const match of answer.matchAll(BRACKETS)) {
    for (const id of (match[1] ?? "").split(/[,;]\s*/)) {
      const key = id.trim().toLowerCase();
      if (byId.has(key)) seen.add(key);
    }
  }
  return [...seen].map((id) => ({ id, title: byId.get(id)?.title ?? id }));
}

const ABSTAINS = [
  /\b(my |the |this )?profile (doesn't|does not|do not|don't) (cover|say|mention|include|contain|state|specify|list)/i,
  /\bnot (covered|mentioned|stated|included) in (my|the) profile/i,
  /\bI (don't|do not) have (any )?(information|details|that information)/i,
];

/** Whether a model's free text says the profile does not cover the question. */
export function soundsLikeAbstention(answer: string): boolean {
  return ABSTAINS.some((re) => re.test(answer));
}
