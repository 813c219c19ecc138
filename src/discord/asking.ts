import type { ConversationMemory } from "../conversation/memory.ts";
import type { Engine } from "../engine/engine.ts";
import type { AnswerResult } from "../engine/types.ts";
import { prepareQuestion } from "../guard/input.ts";
import type { RateLimiter } from "../guard/rate-limit.ts";
import { describeText, type Logger } from "../logger.ts";
import type { Metrics } from "../ops/metrics.ts";
import type { Store } from "../store/types.ts";

/** Where a free-form question came from. */
export type AskSurface = "slash" | "mention" | "dm";

/** One answered question, for metrics, logs and the owner's store. */
export interface Answered {
  surface: AskSurface;
  command: string;
  question: string;
  userId: string;
  result: AnswerResult;
  latencyMs: number;
}

/** What every free-form surface shares: the engine, memory, limits and observers. */
export interface AskingDeps {
  engine: Engine;
  memory: ConversationMemory;
  rateLimiter: RateLimiter;
  metrics: Metrics;
  logger: Logger;
  maxLength: number;
  logText: boolean;
  /** The owner's usage store; never throws, records nothing when unavailable. */
  store?: Store | undefined;
}

/** A question admitted for answering, or why not (no message: stay quiet, the user was told). */
export type Admission = { ok: true; question: string } | { ok: false; message?: string };

export const SLOW_DOWN =
  "You're asking faster than I can keep up — please wait a minute and ask again.";

/** Applies the per-user rate limit and the question checks, the same on every surface. */
export function admit(userId: string, raw: string, deps: AskingDeps, log: Logger): Admission {
  const prepared = prepareQuestion(raw, deps.maxLength);
  if (!prepared.ok) return { ok: false, message: prepared.message };
  const decision = deps.rateLimiter.check(userId);
  if (decision !== "allowed") {
    deps.metrics.rateLimited();
    log.info({ decision }, "rate limited");
    return decision === "limited-notify" ? { ok: false, message: SLOW_DOWN } : { ok: false };
  }
  log.info({ question: describeText(prepared.question, deps.logText) }, "question");
  return { ok: true, question: prepared.question };
}

/** Records an answer everywhere it is counted; returns the stored answer's id, if any. */
export function observe(answered: Answered, deps: AskingDeps, log: Logger): string | undefined {
  const { result, surface, latencyMs } = answered;
  deps.metrics.answered(
    { surface, mode: result.mode, abstained: result.abstained },
    latencyMs / 1000,
  );
  if (result.usage) {
    deps.metrics.tokens("prompt", result.usage.promptTokens);
    deps.metrics.tokens("completion", result.usage.completionTokens);
  }
  if (result.fallback) deps.metrics.llmFailure(result.fallback);
  log.info(
    {
      mode: result.mode,
      abstained: result.abstained,
      fallback: result.fallback,
      ms: latencyMs,
      sources: result.sources.length,
    },
    "answered",
  );
  return deps.store?.recordAnswer({
    surface,
    command: answered.command,
    question: answered.question,
    userId: answered.userId,
    sources: result.sources.map((s) => s.id),
    abstained: result.abstained,
    mode: result.mode,
    latencyMs,
    ...(result.usage
      ? { promptTokens: result.usage.promptTokens, completionTokens: result.usage.completionTokens }
      : {}),
  });
}
