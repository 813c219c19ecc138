/** The two profiles every offline suite runs on: the shipped one and the generated large one. */
import { readFileSync } from "node:fs";
import { createEngine, type Engine } from "../src/engine/engine.ts";
import type { Llm } from "../src/engine/llm.ts";
import type { ChatMessage } from "../src/engine/prompt.ts";
import { loadQuestionSet } from "../src/eval/cases.ts";
import { parseKnowledge } from "../src/knowledge/load.ts";
import type { Knowledge } from "../src/knowledge/schema.ts";
import { createLogger } from "../src/logger.ts";
import { generateProfile } from "./generate-profile.ts";
import { type FactCase, generateQuestions, OFF_PROFILE } from "./generate-questions.ts";

export const SHIPPED_FILE = "knowledge/profile.yaml";

export interface BenchProfile {
  label: "shipped" | "large";
  knowledge: Knowledge;
  yaml: string;
  /** Questions with the facts they need (the shared eval set, or generated). */
  facts: FactCase[];
  /** Every question to time: facts plus abstentions, injections and off-profile ones. */
  questions: string[];
  /** The context budget (LLM_CONTEXT_TOKENS) the token suite uses for this profile. */
  contextTokens: number;
}

export async function shippedProfile(): Promise<BenchProfile> {
  const yaml = readFileSync(SHIPPED_FILE, "utf8");
  const parsed = parseKnowledge(yaml);
  if (!parsed.ok) throw new Error(`${SHIPPED_FILE} is invalid`);
  const shared = await loadQuestionSet("tests/fixtures/profile-qa.json");
  const paraphrase = await loadQuestionSet("tests/fixtures/paraphrase-qa.json");
  const facts = shared.flatMap((c) => (c.kind === "fact" ? [{ ...c, entryId: "" }] : []));
  return {
    label: "shipped",
    knowledge: parsed.knowledge,
    yaml,
    facts,
    questions: [...shared, ...paraphrase].map((c) => c.q),
    contextTokens: 3000,
  };
}

export function largeProfile(): BenchProfile {
  const { knowledge, yaml, facts } = generateProfile();
  const cases = generateQuestions(facts);
  return {
    label: "large",
    knowledge,
    yaml,
    facts: cases,
    questions: [...cases.map((c) => c.q), ...OFF_PROFILE],
    contextTokens: 1500,
  };
}

export const silentLogger = () => createLogger({ level: "silent", format: "json" });

/** An engine in LLM mode whose "LLM" only records the messages it was sent. */
export function capturingEngine(
  knowledge: Knowledge,
  contextTokens: number,
): { engine: Engine; last: () => ChatMessage[] } {
  let captured: ChatMessage[] = [];
  const llm: Llm = {
    async *stream(messages) {
      captured = messages;
      yield { type: "text", text: "Captured." };
      yield { type: "end", finishReason: "stop", refusal: false };
    },
  };
  const engine = createEngine({ knowledge, logger: silentLogger(), llm, contextTokens });
  return { engine, last: () => captured };
}
