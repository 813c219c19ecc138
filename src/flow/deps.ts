import { createMemory } from "../conversation/memory.ts";
import type { Core } from "../core.ts";
import { createRateLimiter, type RateLimiter } from "../guard/rate-limit.ts";
import type { Metrics } from "../ops/metrics.ts";
import type { Store } from "../store/types.ts";
import type { FlowDeps } from "./answer-question.ts";

/** What a front end adds to the core: where answers are counted, and how many people to expect. */
export interface FlowOptions {
  metrics?: Metrics | undefined;
  store?: Store | undefined;
  /** The local console: one person, the owner, so no rate limit and one conversation. */
  local?: boolean;
}

// The owner at their own console is not a flood to guard against.
const UNLIMITED: RateLimiter = { check: () => "allowed", trackedUsers: 0 };

/** Builds the ask flow's dependencies from settings; the one place every front end gets them. */
export function createFlowDeps(core: Core, options: FlowOptions = {}): FlowDeps {
  const { config } = core;
  return {
    engine: core.engine,
    memory: createMemory({
      turns: config.MEMORY_TURNS,
      ttlMs: config.MEMORY_TTL_MINUTES * 60_000,
      maxUsers: options.local ? 1 : config.MEMORY_MAX_USERS,
    }),
    rateLimiter: options.local ? UNLIMITED : createRateLimiter(config.RATE_LIMIT_PER_MINUTE),
    maxLength: config.QUESTION_MAX_LENGTH,
    logText: config.LOG_MESSAGE_TEXT,
    metrics: options.metrics,
    store: options.store,
  };
}
