/** The profiles the offline suites run on: the shipped one and the generated large one. */
import { readFileSync } from "node:fs";
import { createEngine } from "../src/engine/engine.ts";
import type { Llm } from "../src/engine/llm.ts";
import type { ChatMessage } from "../src/engine/prompt.ts";
import { loadQuestionSet } from "../src/eval/cases.ts";
import { parseKnowledge } from "../src/knowledge/load.ts";
import { createLogger } from "../src/logger.ts";

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

// `budget` is the prompt's token budget for the profile part (LLM_CONTEXT_TOKENS) it is measured
// at; `facts` are questions with the facts they need, `questions` every question to time (the facts
// plus abstentions, injections and off-profile ones).
async function load(file: string, budget: number, questionSets: string[], extra: string[] = []) {
  const yaml = readFileSync(file, "utf8");
  const parsed = parseKnowledge(yaml);
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  const sets = await Promise.all(questionSets.map(loadQuestionSet));
  const facts = (sets[0] ?? []).flatMap((c) => (c.kind === "fact" ? [c] : []));
  const questions = [...sets.flat().map((c) => c.q), ...extra];
  return { knowledge: parsed.knowledge, yaml, budget, facts, questions };
}

/** A profile with the questions asked of it. */
export type BenchProfile = Awaited<ReturnType<typeof load>>;

/** knowledge/profile.yaml with the shared question sets of tests/fixtures, at the default budget. */
export const shippedProfile = () =>
  load("knowledge/profile.yaml", 3000, [
    "tests/fixtures/profile-qa.json",
    "tests/fixtures/paraphrase-qa.json",
  ]);

const LARGE = "bench/fixtures/large-profile";

/** The generated profile of 355 entries (bench/fixtures) with its 290 fact questions. */
export const largeProfile = () => load(`${LARGE}.yaml`, 1500, [`${LARGE}-qa.json`], OFF_PROFILE);

const silent = () => createLogger({ level: "silent", format: "json" });

/** The engine on a profile at its budget, logging nothing; offline without `llm`. */
export const engineOn = (p: BenchProfile, llm?: Llm) =>
  createEngine({ knowledge: p.knowledge, logger: silent(), llm, contextTokens: p.budget });

/** An engine in LLM mode whose "LLM" only records the messages it was sent. */
export function capturingEngine(profile: BenchProfile) {
  let captured: ChatMessage[] = [];
  const llm: Llm = {
    async *stream(messages) {
      captured = messages;
      yield { type: "text", text: "Captured." };
      yield { type: "end", finishReason: "stop", refusal: false };
    },
  };
  return { engine: engineOn(profile, llm), last: () => captured };
}
