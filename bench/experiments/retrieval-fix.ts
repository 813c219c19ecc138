/**
 * Evidence for the suggested retrieval fix, against the current src/engine/retrieve.ts: applies
 * the change to a temporary copy, then compares rankings and latency with the real retriever.
 * `tsx bench/experiments/retrieval-fix.ts` (also run by the retrieval suite). src/ is not touched.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRetriever, type Retriever } from "../../src/engine/retrieve.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { type BenchProfile, largeProfile, shippedProfile } from "../profiles.ts";
import { round, summarize } from "../stats.ts";

const OLD_QUERY = `      const results = index.search([...boosts.keys()].join(" "), {
        tokenize: (q) => q.split(" "),
        processTerm: (t) => t,
        boostTerm: (t) => boosts.get(t) ?? 1,
      });
      const hits = results
        .slice(0, limit)
        .map((r) => ({ doc: docs[r.id as number] as Doc, score: r.score }));`;
// MiniSearch's OR query scores a document as (Σ boost × single-term score) × terms matched.
const NEW_QUERY = `      const score = new Float64Array(docs.length);
      const matched = new Uint16Array(docs.length);
      for (const [term, boost] of boosts) {
        for (const [i, s] of postings(term)) {
          score[i] = (score[i] as number) + boost * s;
          matched[i] = (matched[i] as number) + 1;
        }
      }
      const hits = topHits(score, matched, limit);`;
const OLD_RETURN = `  return {
    docs,
    search(question, limit = 8) {`;
const HELPERS = `  // Each term's single-term scores, computed once per index (bounded by its vocabulary).
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
      const s = (score[i] as number) * (matched[i] as number);
      if (s === 0 || (top.length === limit && s <= (top[limit - 1] as Hit).score)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1] as Hit).score < s) at--;
      top.splice(at, 0, { doc: docs[i] as Doc, score: s });
      if (top.length > limit) top.pop();
    }
    return top;
  };

${OLD_RETURN}`;

export interface FixComparison {
  applies: boolean;
  profiles: {
    label: string;
    sameRanking: string;
    current: { p50: number; p99: number };
    fixed: { p50: number; p99: number };
  }[];
}

/** The current retriever's source with the fix applied, or undefined if it no longer applies. */
function patchedSource(): string | undefined {
  const src = readFileSync("src/engine/retrieve.ts", "utf8");
  if (!src.includes(OLD_QUERY) || !src.includes(OLD_RETURN)) return undefined;
  return src
    .replace(OLD_QUERY, NEW_QUERY)
    .replace(OLD_RETURN, HELPERS)
    .replaceAll(/from "\.\/([\w-]+\.ts)"/g, 'from "../../src/engine/$1"')
    .replaceAll(/from "\.\.\/([\w/-]+\.ts)"/g, 'from "../../src/$1"');
}

async function loadFixed(): Promise<((k: Knowledge) => Retriever) | undefined> {
  const source = patchedSource();
  if (!source) return undefined;
  const file = fileURLToPath(new URL(`./.retrieve-fixed-${process.pid}.ts`, import.meta.url));
  writeFileSync(file, source);
  try {
    return ((await import(file)) as { createRetriever: (k: Knowledge) => Retriever })
      .createRetriever;
  } finally {
    rmSync(file, { force: true });
  }
}

function timeBoth(p: BenchProfile, a: Retriever, b: Retriever, samples: number) {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let round = 0; round < 3 + Math.ceil(samples / p.questions.length); round++) {
    for (const q of p.questions) {
      const t0 = performance.now();
      a.search(q);
      const t1 = performance.now();
      b.search(q);
      const t2 = performance.now();
      if (round < 3) continue; // warm-up rounds
      ta.push(t1 - t0);
      tb.push(t2 - t1);
    }
  }
  const pick = (v: number[]) => {
    const s = summarize(v);
    return { p50: round(s.p50), p99: round(s.p99) };
  };
  return { current: pick(ta), fixed: pick(tb) };
}

export async function compare(samples = 10_000): Promise<FixComparison> {
  const fixed = await loadFixed();
  if (!fixed) return { applies: false, profiles: [] };
  const profiles: FixComparison["profiles"] = [];
  for (const p of [await shippedProfile(), largeProfile()]) {
    const a = createRetriever(p.knowledge);
    const b = fixed(p.knowledge);
    const ids = (r: Retriever, q: string) =>
      r
        .search(q)
        .hits.map((h) => h.doc.entry.id)
        .join();
    const same = p.questions.filter((q) => ids(a, q) === ids(b, q)).length;
    profiles.push({
      label: p.label,
      sameRanking: `${same}/${p.questions.length}`,
      ...timeBoth(p, a, b, samples),
    });
  }
  return { applies: true, profiles };
}

if (process.argv[1]?.endsWith("retrieval-fix.ts")) {
  const result = await compare();
  if (!result.applies)
    console.log("The fix no longer applies: src/engine/retrieve.ts has changed.");
  for (const p of result.profiles) {
    console.log(
      `${p.label}: same top-8 ranking ${p.sameRanking}; p50/p99 ms current ${p.current.p50}/${p.current.p99}, fixed ${p.fixed.p50}/${p.fixed.p99}`,
    );
  }
  console.log(
    `\nThe change to src/engine/retrieve.ts:\n--- replace\n${OLD_QUERY}\n--- with\n${NEW_QUERY}\n--- and insert before \`return {\`:\n${HELPERS.replace(OLD_RETURN, "")}`,
  );
}
