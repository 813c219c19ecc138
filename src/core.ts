import type { Config } from "./config.ts";
import { createEngine, type Engine } from "./engine/engine.ts";
import { createLlm } from "./engine/llm.ts";
import { createLlmGate, type LlmGate } from "./guard/llm-gate.ts";
import { loadKnowledge } from "./knowledge/load.ts";
import { createLogger, type Logger } from "./logger.ts";

/** What every front end shares: settings, the root logger, and the answer engine. */
export interface Core {
  config: Config;
  logger: Logger;
  engine: Engine;
  /** Concurrency, daily budget and circuit breaker in front of the LLM. */
  gate: LlmGate;
  knowledgeFile: string;
}

/** Where logs go; tests pass a collector. */
export interface CoreOptions {
  logDestination?: NodeJS.WritableStream;
  /**
   * For the console: warnings as one short line and nothing else, unless LOG_LEVEL is debug or
   * trace, so logs never interleave with answers.
   */
  quietLogs?: boolean;
}

/** Builds the logger and the engine from settings; the one place clients are created. */
export async function createCore(config: Config, options: CoreOptions = {}): Promise<Core> {
  const knowledgeFile = config.KNOWLEDGE_FILE;
  const verbose = config.LOG_LEVEL === "debug" || config.LOG_LEVEL === "trace";
  const logger = createLogger({
    level: config.LOG_LEVEL,
    format: options.quietLogs && !verbose ? "brief" : config.LOG_FORMAT,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const knowledge = await loadKnowledge(knowledgeFile);
  const llm = config.OPENAI_API_KEY
    ? await createLlm({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        maxTokens: config.LLM_MAX_TOKENS,
        tokenParam: config.LLM_TOKEN_PARAM,
        timeoutMs: config.LLM_TIMEOUT_MS,
        firstTokenTimeoutMs: config.LLM_FIRST_TOKEN_TIMEOUT_MS,
        maxRetries: config.LLM_MAX_RETRIES,
      })
    : undefined;
  const gate = createLlmGate({
    concurrency: config.LLM_CONCURRENCY,
    queueSize: config.LLM_QUEUE_SIZE,
    dailyTokens: config.LLM_DAILY_TOKEN_BUDGET,
    failureThreshold: config.LLM_BREAKER_FAILURES,
    openMs: config.LLM_BREAKER_SECONDS * 1000,
  });
  const engine = createEngine({
    knowledge,
    logger,
    llm,
    gate,
    contextTokens: config.LLM_CONTEXT_TOKENS,
  });
  logger.debug({ mode: engine.mode, knowledgeFile }, "core ready");
  return { config, logger, engine, gate, knowledgeFile };
}
