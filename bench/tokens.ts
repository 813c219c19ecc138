/**
 * Token cost and context recall of the prompts the engine sends, counted with gpt-tokenizer
 * (o200k_base, gpt-4o-mini chat framing), against the naive baseline of the whole YAML file.
 */
import { encode, encodeChat } from "gpt-tokenizer";
import {
  buildMessages,
  type ChatMessage,
  estimateTokens,
  systemPrompt,
} from "../src/engine/prompt.ts";
import { type BenchProfile, capturingEngine, largeProfile, shippedProfile } from "./profiles.ts";
import { median, round, roundSummary, type Summary, summarize } from "./stats.ts";

export interface TokenRun {
  contextBudget: number;
  promptTokens: Summary;
  contextTokensReal: Summary;
  contextTokensEstimated: Summary;
  entriesInContext: Summary;
  recall: number;
  entryRecall: number | null;
  misses: string[];
}

export interface TokenProfileResult extends TokenRun {
  label: string;
  questions: number;
  rulesTokens: number;
  yamlBytes: number;
  baselineTokens: number;
  baselineRatio: number;
  sweep: TokenRun[];
}

const countChat = (messages: ChatMessage[]) => encodeChat(messages, "gpt-4o-mini").length;
const PROFILE_BLOCK = /<profile>\n([\s\S]*)\n<\/profile>/;

async function measure(p: BenchProfile, budget: number): Promise<TokenRun> {
  const { engine, last } = capturingEngine(p.knowledge, budget);
  const prompt: number[] = [];
  const real: number[] = [];
  const estimated: number[] = [];
  const entries: number[] = [];
  const misses: string[] = [];
  let entryHits = 0;
  for (const c of p.facts) {
    await engine.answer(c.q);
    const messages = last();
    const context = PROFILE_BLOCK.exec(messages[0]?.content ?? "")?.[1] ?? "";
    prompt.push(countChat(messages));
    real.push(encode(context).length);
    const blocks = context ? context.split(/\n\n(?=\[)/) : [];
    estimated.push(blocks.reduce((n, b) => n + estimateTokens(b), 0));
    entries.push(blocks.length);
    // The facts must be in the profile part: the question itself does not count.
    const ok = c.must.every((alts) => alts.some((re) => new RegExp(re, "i").test(context)));
    if (!ok) misses.push(c.id);
    if (c.entryId && context.includes(`[${c.entryId}]`)) entryHits++;
  }
  return {
    contextBudget: budget,
    promptTokens: roundSummary(summarize(prompt)),
    contextTokensReal: roundSummary(summarize(real)),
    contextTokensEstimated: roundSummary(summarize(estimated)),
    entriesInContext: roundSummary(summarize(entries)),
    recall: round((p.facts.length - misses.length) / p.facts.length),
    entryRecall: p.facts[0]?.entryId ? round(entryHits / p.facts.length) : null,
    misses,
  };
}

/** The whole knowledge file in the system prompt instead of the selected entries. */
function baseline(p: BenchProfile): { tokens: number; rules: number } {
  const empty = systemPrompt(p.knowledge, [], "askme-canary-000000000000");
  const whole = empty.replace("<profile>\n\n</profile>", `<profile>\n${p.yaml}\n</profile>`);
  // Only the question differs between prompts; 20 of them give the median (each costs ~30 ms).
  const tokens = p.facts.slice(0, 20).map((c) => countChat(buildMessages(whole, c.q, [])));
  return { tokens: median(tokens), rules: encode(empty).length };
}

export async function run(options: { quick?: boolean } = {}): Promise<TokenProfileResult[]> {
  const out: TokenProfileResult[] = [];
  for (const p of [await shippedProfile(), largeProfile()]) {
    const main = await measure(p, p.contextTokens);
    const budgets = p.label === "large" && !options.quick ? [500, 1000, 2000, 3000] : [];
    const sweep: TokenRun[] = [];
    for (const b of budgets) sweep.push(await measure(p, b));
    const base = baseline(p);
    out.push({
      label: p.label,
      questions: p.facts.length,
      ...main,
      rulesTokens: base.rules,
      yamlBytes: Buffer.byteLength(p.yaml),
      baselineTokens: base.tokens,
      baselineRatio: round(base.tokens / main.promptTokens.p50),
      sweep,
    });
  }
  return out;
}
