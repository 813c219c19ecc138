import { createEngine, type Engine } from "../../src/engine/engine.ts";
import { createLlm, type LlmOptions } from "../../src/engine/llm.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { createLogger, type Logger } from "../../src/logger.ts";

/**
 * A copy of the shipped profile: tests never read knowledge/profile.yaml, which an owner
 * replaces with their own.
 */
export const SHIPPED_KNOWLEDGE = "tests/fixtures/profiles/profile-shipped.yaml";

/** A fixture profile by name: tests/fixtures/profiles/profile-<name>.yaml. */
export function fixtureProfile(name: string): Promise<Knowledge> {
  return loadKnowledge(`tests/fixtures/profiles/profile-${name}.yaml`);
}

/** A logger that keeps its lines in memory, for asserting on what was logged. */
export function memoryLogger(level = "info"): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = {
    write(chunk: string) {
      lines.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  return { logger: createLogger({ level, format: "json", destination }), lines };
}

export function shippedKnowledge(): Promise<Knowledge> {
  return loadKnowledge(SHIPPED_KNOWLEDGE);
}

/**
 * An engine on the shipped profile's fixture copy (or `knowledge`: a file or a loaded profile);
 * with `baseURL`, in LLM mode
 * against that server.
 */
export async function testEngine(
  options: {
    baseURL?: string;
    llm?: Partial<LlmOptions>;
    contextTokens?: number;
    knowledge?: string | Knowledge;
  } = {},
): Promise<Engine & { lines: string[] }> {
  const { logger, lines } = memoryLogger();
  const llm = options.baseURL
    ? await createLlm({
        apiKey: "sk-test-0123456789abcdefghij",
        baseURL: options.baseURL,
        model: "gpt-fake",
        maxTokens: 300,
        timeoutMs: 3_000,
        firstTokenTimeoutMs: 1_000,
        maxRetries: 1,
        ...options.llm,
      })
    : undefined;
  const engine = createEngine({
    knowledge:
      typeof options.knowledge === "string"
        ? await loadKnowledge(options.knowledge)
        : (options.knowledge ?? (await shippedKnowledge())),
    logger,
    llm,
    contextTokens: options.contextTokens ?? 3_000,
  });
  return Object.assign(engine, { lines });
}
