import type { Store } from "../../src/store/types.ts";
import { answerRecord } from "../store/builders.ts";

/** A question that would run script if the report did not escape it. */
export const HOSTILE_QUESTION = `<img src=x onerror="alert(1)"> & 'quoted' </td>`;

/** What the report must show for `seedUsage`, worked out by hand. */
export const SEEDED = {
  answers: 8,
  abstained: 3,
  askers: 4,
  up: 1,
  down: 3,
  promptTokens: 1500,
  completionTokens: 150,
  cachedPromptTokens: 400,
  // Latencies 50 60 100 200 300 400 1500 2500: nearest rank 4 of 8, and 8 of 8.
  p50: 200,
  p95: 2500,
  unansweredGroups: 2,
  downvotedAnswers: 2,
} as const;

/** Records a small, known set of answers and votes, all within the hour before `now`. */
export function seedUsage(store: Store, now: Date): void {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  const section = (latencyMs: number, minutesAgo: number, userId: string) =>
    store.recordAnswer(
      answerRecord({
        command: "publications",
        sources: ["backdraft"],
        latencyMs,
        userId,
        at: at(minutesAgo),
      }),
    ) ?? "";
  const first = section(100, 50, "1001");
  section(200, 45, "1001");
  const liked = section(300, 40, "1002");
  store.recordFeedback(first, "2001", "down");
  store.recordFeedback(first, "2002", "down");
  store.recordFeedback(liked, "2001", "up");

  for (const [latencyMs, promptTokens, completionTokens, cachedPromptTokens] of [
    [1500, 1000, 100, 400],
    [2500, 500, 50, undefined],
  ] as const) {
    store.recordAnswer(
      answerRecord({
        surface: "mention",
        command: "mention",
        mode: "llm",
        sources: ["morpheus"],
        latencyMs,
        promptTokens,
        completionTokens,
        ...(cachedPromptTokens === undefined ? {} : { cachedPromptTokens }),
        userId: "1003",
        at: at(30),
      }),
    );
  }
  for (const [question, latencyMs, minutesAgo] of [
    ["do you LIKE jazz", 60, 25],
    ["Do you like jazz?", 50, 20],
  ] as const) {
    store.recordAnswer(
      answerRecord({
        surface: "dm",
        command: "dm",
        question,
        sources: [],
        abstained: true,
        latencyMs,
        userId: "1004",
        at: at(minutesAgo),
      }),
    );
  }
  const hostile = store.recordAnswer(
    answerRecord({
      question: HOSTILE_QUESTION,
      sources: [],
      abstained: true,
      latencyMs: 400,
      userId: "1004",
      at: at(10),
    }),
  );
  store.recordFeedback(hostile ?? "", "2003", "down");
}
