/**
 * Prompt tokens and context recall of what the engine sends the LLM for each fact question about
 * the generated profile (budget 1,500), counted with gpt-tokenizer (o200k_base, gpt-4o-mini chat
 * framing), against the naive baseline of the whole YAML file in the prompt.
 */
import { encodeChat } from "gpt-tokenizer";
import { buildMessages, type ChatMessage, systemPrompt } from "../src/engine/prompt.ts";
import { capturingEngine, largeProfile } from "./profiles.ts";
import { median, round, summarize } from "./stats.ts";
import { defineSuite, judged } from "./suite.ts";

const countChat = (messages: ChatMessage[]) => encodeChat(messages, "gpt-4o-mini").length;

async function run() {
  const p = await largeProfile();
  const { engine, last } = capturingEngine(p);
  const [prompt, entries, misses] = [[] as number[], [] as number[], [] as string[]];
  for (const c of p.facts) {
    await engine.answer(c.q);
    const context = /<profile>\n([\s\S]*)\n<\/profile>/.exec(last()[0]?.content ?? "")?.[1] ?? "";
    prompt.push(countChat(last()));
    entries.push(context ? context.split(/\n\n(?=\[)/).length : 0);
    // The facts must be in the profile part: the question itself does not count.
    if (!c.must.every((alts) => alts.some((re) => new RegExp(re, "i").test(context))))
      misses.push(c.id);
  }
  // The whole file in the system prompt. Only the question differs between prompts, so 20 of
  // them give the median (each takes ~30 ms to count).
  const empty = systemPrompt(p.knowledge, [], "askme-canary-000000000000");
  const whole = empty.replace("<profile>\n\n</profile>", `<profile>\n${p.yaml}\n</profile>`);
  const baseline = p.facts.slice(0, 20).map((c) => countChat(buildMessages(whole, c.q, [])));
  const promptTokens = summarize(prompt);
  const n = p.facts.length;
  return {
    budget: p.budget,
    questions: n,
    promptTokens,
    entries: summarize(entries),
    recall: round((n - misses.length) / n),
    misses,
    baselineTokens: median(baseline),
    baselineRatio: round(median(baseline) / promptTokens.p50),
  };
}

export default defineSuite({
  key: "tokens",
  limitS: 180,
  run,
  figures: ({ promptTokens: p, ...t }) => {
    const recall = `${round(t.recall * 100)}% of ${t.questions} questions`;
    const baseline = `${t.baselineTokens} vs ${p.p50} tokens = ${t.baselineRatio}×`;
    const tokens = `max ${p.max}, p50 ${p.p50}`;
    return [
      judged("Prompt tokens, generated profile", "≤ 1,500", tokens, p.max <= 1500),
      judged("Context recall, generated profile", "≥ 95%", recall, t.recall >= 0.95),
      judged("Whole-file baseline vs prompt (median)", "≥ 30×", baseline, t.baselineRatio >= 30),
    ];
  },
  details: ({ promptTokens: p, ...t }) => [
    "### Prompt tokens (gpt-tokenizer, o200k_base, gpt-4o-mini chat framing) and context recall",
    `${t.questions} questions at budget ${t.budget}: prompt p50 ${p.p50}, p95 ${p.p95}, max ${p.max} tokens, ${t.entries.p50} entries at the median. Every fact in the prompt for ${round(t.recall * 100)}% (misses: ${t.misses.slice(0, 5).join(" ") || "none"}).`,
  ],
});
