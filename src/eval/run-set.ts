import type { AnswerResult } from "../engine/types.ts";
import type { QuestionSet } from "./cases.ts";
import { type CaseOutcome, scoreCase } from "./score.ts";

/** Anything that answers a question: the engine, in either mode. */
export interface Answerer {
  answer(question: string): Promise<AnswerResult>;
}

/** Asks every question of a set in order and scores each answer; `onCase` sees each as it goes. */
export async function runQuestionSet(
  answerer: Answerer,
  set: QuestionSet,
  onCase?: (outcome: CaseOutcome) => void,
): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const c of set.cases) {
    const outcome = scoreCase(c, await answerer.answer(c.q), set.match);
    outcomes.push(outcome);
    onCase?.(outcome);
  }
  return outcomes;
}
