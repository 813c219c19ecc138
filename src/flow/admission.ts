import { prepareQuestion } from "../guard/input.ts";
import type { RateLimiter } from "../guard/rate-limit.ts";
import { describeText, type Logger } from "../logger.ts";
import type { Metrics } from "../ops/metrics.ts";

/** What admission needs: limits, and where to count a refusal. */
export interface AdmissionDeps {
  rateLimiter: RateLimiter;
  metrics?: Metrics | undefined;
  maxLength: number;
  logText: boolean;
}

/** A question admitted for answering, or why not; a `quiet` refusal need not be shown. */
export type Admission =
  | { ok: true; question: string }
  | { ok: false; message: string; quiet: boolean };

/** The notice a person gets the first time they pass the rate limit. */
export const SLOW_DOWN =
  "You're asking faster than I can keep up — please wait a minute and ask again.";

/** Applies the question checks and the per-user rate limit, the same on every surface. */
export function admit(userId: string, raw: string, deps: AdmissionDeps, log: Logger): Admission {
  const prepared = prepareQuestion(raw, deps.maxLength);
  if (!prepared.ok) return { ok: false, message: prepared.message, quiet: false };
  const decision = deps.rateLimiter.check(userId);
  if (decision !== "allowed") {
    deps.metrics?.rateLimited();
    log.info({ decision }, "rate limited");
    return { ok: false, message: SLOW_DOWN, quiet: decision === "limited-silent" };
  }
  log.info({ question: describeText(prepared.question, deps.logText) }, "question");
  return { ok: true, question: prepared.question };
}
