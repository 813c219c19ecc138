import MiniSearch from "minisearch";
import type { Knowledge } from "../knowledge/schema.ts";
import { measureQuestion } from "./coverage.ts";
import { alternatives, terms } from "./text.ts";
import type { Doc } from "./types.ts";

/** A retrieved entry with its search score. */
export interface Hit {
  doc: Doc;
  score: number;
}

/** What retrieval found, and how much of the question the profile's words cover (0..1). */
export interface Retrieval {
  hits: Hit[];
  coverage: number;
  /** Stemmed meaningful terms of the question. */
  queryTerms: string[];
  /** Set when the question asks about a whole section ("what projects…") and names no entry. */
  sectionId?: string;
}

/** Full-text index over a knowledge file's entries, with field boosts. */
export interface Retriever {
  docs: Doc[];
  search(question: string, limit?: number): Retrieval;
}

const BOOSTS = {
  title: 3,
  tags: 2,
  meta: 1.5,
  summary: 1,
  details: 1,
  sectionTitle: 2,
  sectionAbout: 0.5,
};
export function createRetriever(knowledge: Knowledge): Retriever {
  const docs: Doc[] = knowledge.sections.flatMap((section) =>
    section.entries.map((entry) => ({ entry, section })),
  );
  const index = new MiniSearch<{ i: number } & Record<keyof typeof BOOSTS, string>>({
    idField: "i",
    fields: Object.keys(BOOSTS),
    tokenize: (text) => [text],
    processTerm: (text) => terms(text),
    searchOptions: { boost: BOOSTS, combineWith: "OR" },
  });
  index.addAll(docs.map((doc, i) => toIndexed(doc, i)));

  const documentFrequency = new Map<string, number>();
  for (const [i, doc] of docs.entries()) {
    for (const term of new Set(terms(Object.values(toIndexed(doc, i)).join(" ")))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const idf = (df: number) => Math.log(1 + docs.length / df);
  const sectionTerms = knowledge.sections.map((s) => ({
    id: s.id,
    terms: new Set(terms(`${s.id} ${s.title}`)),
  }));
  const titleTerms = new Map<string, number>();
  for (const doc of docs) {
    for (const t of new Set(terms(doc.entry.title)))
      titleTerms.set(t, (titleTerms.get(t) ?? 0) + 1);
  }

  // "What projects…" lists a section, unless a term names one entry ("…the Backdraft project").
  function askedSection(queryTerms: string[]): string | undefined {
    if (queryTerms.some((t) => titleTerms.get(t) === 1)) return undefined;
    const asked = sectionTerms.filter((s) =>
      queryTerms.some((q) => alternatives(q).some((a) => s.terms.has(a))),
    );
    return asked.length === 1 ? asked[0]?.id : undefined;
  }

  // Each term's single-term scores, computed once per index (bounded by its vocabulary).
  const cache = new Map<string, [number, number][]>();
  const postings = (term: string) => {
    let list = cache.get(term);
    if (!list) {
      const found = index.search(term, { tokenize: (q) => [q], processTerm: (t) => t });
      list = found.map((r): [number, number] => [r.id as number, r.score]);
      cache.set(term, list);
    }
    return list;
  };
  const topHits = (score: Float64Array, matched: Uint16Array, limit: number): Hit[] => {
    const top: Hit[] = [];
    for (let i = 0; i < score.length; i++) {
      const s = (score[i] ?? 0) * (matched[i] ?? 0);
      const floor = top[limit - 1]?.score ?? 0;
      if (s === 0 || (top.length === limit && s <= floor)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < s) at--;
      top.splice(at, 0, { doc: docs[i] as Doc, score: s });
      if (top.length > limit) top.pop();
    }
    return top;
  };

  return {
    docs,
    search(question, limit = 8) {
      const { queryTerms, coverage, boosts } = measureQuestion(question, documentFrequency, idf);
      if (boosts.size === 0) return { hits: [], coverage, queryTerms };
      // Scored as MiniSearch's OR query does (Σ boost × term score, × terms matched), but from
      // cached postings into one array: no per-query allocation of every matching entry.
      const score = new Float64Array(docs.length);
      const matched = new Uint16Array(docs.length);
      for (const [term, boost] of boosts) {
        for (const [i, s] of postings(term)) {
          score[i] = (score[i] ?? 0) + boost * s;
          matched[i] = (matched[i] ?? 0) + 1;
        }
      }
      const hits = topHits(score, matched, limit);
      const sectionId = askedSection(queryTerms);
      return { hits, coverage, queryTerms, ...(sectionId ? { sectionId } : {}) };
    },
  };
}

function toIndexed({ entry, section }: Doc, i: number) {
  const meta = [
    entry.venue && `venue ${entry.venue}`,
    entry.year && `year ${entry.year}`,
    entry.role && `role ${entry.role}`,
  ];
  return {
    i,
    title: entry.title,
    tags: (entry.tags ?? []).join(" "),
    meta: meta.filter(Boolean).join(" "),
    summary: entry.summary,
    details: entry.details ?? "",
    sectionTitle: `${section.id} ${section.title}`,
    sectionAbout: section.description,
  };
}
