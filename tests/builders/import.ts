import { readFile } from "node:fs/promises";
import { createEngine } from "../../src/engine/engine.ts";
import { parseQuestionSet, type QuestionSet } from "../../src/eval/cases.ts";
import { scoreCase, summarize } from "../../src/eval/score.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { memoryLogger } from "./engine.ts";

/** Where the importer's Markdown fixtures live. */
export const IMPORT_FIXTURES = "tests/fixtures/import";

/** A Markdown fixture's text. */
export function fixture(name: string): Promise<string> {
  return readFile(`${IMPORT_FIXTURES}/${name}`, "utf8");
}

/** Every value a draft states, one per line: what a reader of the file sees. */
export function draftValues(knowledge: Knowledge): string[] {
  const { name, headline, summary, contact } = knowledge.person;
  const out: string[] = [name ?? "", headline, summary, contact ?? ""];
  for (const section of knowledge.sections) {
    for (const e of section.entries) {
      out.push(e.title, e.summary, e.details ?? "", e.venue ?? "", e.role ?? "");
      if (e.year !== undefined) out.push(String(e.year));
      out.push(...(e.tags ?? []));
      for (const l of e.links ?? []) out.push(l.label, l.url);
    }
  }
  return out.filter(Boolean);
}

const squash = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").toLowerCase();

/** The facts (literal strings) a draft does not contain anywhere. */
export function missingFacts(knowledge: Knowledge, facts: string[]): string[] {
  const text = squash(draftValues(knowledge).join("\n"));
  return facts.filter((f) => !text.includes(squash(f)));
}

/**
 * What a draft states that its source does not: numbers, capitalised words and links. Section
 * titles are left aside: they name what a section holds ("Education"), not a fact.
 */
export function inventions(knowledge: Knowledge, source: string): string[] {
  const src = source.normalize("NFKC");
  const lower = src.toLowerCase();
  const sourceNumbers = new Set(src.match(/\d+/g) ?? []);
  const sourceWords = new Set(lower.match(/[\p{L}\p{N}]+/gu) ?? []);
  const found = new Set<string>();
  for (const value of draftValues(knowledge)) {
    if (/^https?:\/\//.test(value)) {
      if (!src.includes(value)) found.add(value);
      continue;
    }
    for (const n of value.normalize("NFKC").match(/\d+/g) ?? []) {
      if (!sourceNumbers.has(n)) found.add(n);
    }
    for (const w of value.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (!/^\p{Lu}/u.test(w)) continue;
      if (!sourceWords.has(w.toLowerCase())) found.add(w);
    }
  }
  return [...found];
}

/**
 * A question set of the import fixtures, read as `npm run eval` reads any set; fact lists keep
 * their `facts` beside the `cases`, which the eval does not read.
 */
export async function questionSet(file: string): Promise<QuestionSet> {
  const path = `${IMPORT_FIXTURES}/${file}`;
  const { facts: _facts, ...set } = JSON.parse(await readFile(path, "utf8"));
  return parseQuestionSet(path, JSON.stringify(set));
}

/** Answers every question offline from a draft; pass rates per kind and the failures. */
export async function askOffline(knowledge: Knowledge, set: Pick<QuestionSet, "cases" | "match">) {
  const engine = createEngine({ knowledge, logger: memoryLogger().logger, contextTokens: 3_000 });
  const outcomes = [];
  for (const c of set.cases) outcomes.push(scoreCase(c, await engine.answer(c.q), set.match));
  const totals = summarize(outcomes);
  const rate = (k: keyof typeof totals) =>
    totals[k].total === 0 ? 1 : totals[k].passed / totals[k].total;
  return {
    facts: rate("fact"),
    abstentions: rate("abstain"),
    injections: rate("inject"),
    failed: outcomes.filter((o) => !o.pass).map((o) => `${o.id}: ${o.why}`),
  };
}
