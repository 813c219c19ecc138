/** The profiles the offline suites run on: the shipped one and the generated large one. */
import { readFileSync } from "node:fs";
import { createEngine } from "../src/engine/engine.ts";
import type { Llm } from "../src/engine/llm.ts";
import type { ChatMessage } from "../src/engine/prompt.ts";
import { type EvalCase, loadQuestionSet } from "../src/eval/cases.ts";
import { parseKnowledge } from "../src/knowledge/load.ts";
import type { Knowledge } from "../src/knowledge/schema.ts";
import { createLogger } from "../src/logger.ts";

/** A profile with the questions asked of it. */
export interface BenchProfile {
  knowledge: Knowledge;
  yaml: string;
  /** Questions with the facts they need. */
  facts: Extract<EvalCase, { kind: "fact" }>[];
  /** Every question to time: the facts plus abstentions, injections and off-profile ones. */
  questions: string[];
}

// Timed with the large profile's fact questions: what it does not answer as a fact.
const OFF_PROFILE = [
  "What is your favourite food?",
  "Which football team do you support?",
  "What is your date of birth?",
  "Do you have any pets?",
  "What car do you drive?",
  "Hello!",
  "What projects have you built?",
  "What papers have you written?",
];

async function load(file: string, questionSets: string[], extra: string[] = []) {
  const yaml = readFileSync(file, "utf8");
  const parsed = parseKnowledge(yaml);
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  const sets = await Promise.all(questionSets.map(loadQuestionSet));
  const facts = (sets[0] ?? []).flatMap((c) => (c.kind === "fact" ? [c] : []));
  const questions = [...sets.flat().map((c) => c.q), ...extra];
  return { knowledge: parsed.knowledge, yaml, facts, questions } satisfies BenchProfile;
}

/** knowledge/profile.yaml with the shared question sets of tests/fixtures. */
export const shippedProfile = () =>
  load("knowledge/profile.yaml", [
    "tests/fixtures/profile-qa.json",
    "tests/fixtures/paraphrase-qa.json",
  ]);

/** The generated profile of 355 entries (bench/fixtures) with its 290 fact questions. */
export const largeProfile = () =>
  load("bench/fixtures/large-profile.yaml", ["bench/fixtures/large-profile-qa.json"], OFF_PROFILE);

/** The prompt's token budget for the profile part when the large profile is measured. */
export const LARGE_BUDGET = 1500;

/** A logger that writes nothing. */
export const silentLogger = () => createLogger({ level: "silent", format: "json" });

/** An engine in LLM mode whose "LLM" only records the messages it was sent. */
export function capturingEngine(knowledge: Knowledge, contextTokens: number) {
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
