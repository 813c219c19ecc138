import { randomBytes } from "node:crypto";
import { cleanQuestion } from "../guard/input.ts";
import type { LlmGate } from "../guard/llm-gate.ts";
import { createOutputGuard, urlsIn } from "../guard/output.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import type { Logger } from "../logger.ts";
import { asFallback, finishLlmAnswer, type StreamEnd, withheld } from "./finish.ts";
import { type Llm, LlmError } from "./llm.ts";
import { offlineAnswer } from "./offline.ts";
import { buildMessages, estimateTokens, RULES, selectContext, systemPrompt } from "./prompt.ts";
import { createRetriever, type Retrieval, type Retriever } from "./retrieve.ts";
import { streamText, visiblePart } from "./stream-text.ts";
import type { AnswerEvent, AnswerResult, FallbackReason, Turn } from "./types.ts";

/** Per-question options. */
export interface AskOptions {
  history?: Turn[];
  log?: Logger;
  signal?: AbortSignal;
}

/** Turns questions into grounded answers; shared by every front end. */
export interface Engine {
  readonly knowledge: Knowledge;
  readonly mode: "llm" | "offline";
  /** Swaps in a new knowledge file; questions already under way finish on the old one. */
  setKnowledge(knowledge: Knowledge): void;
  stream(question: string, options?: AskOptions): AsyncGenerator<AnswerEvent>;
  answer(question: string, options?: AskOptions): Promise<AnswerResult>;
}

export interface EngineDeps {
  knowledge: Knowledge;
  logger: Logger;
  llm?: Llm | undefined;
  /** Concurrency, budget and circuit breaker in front of the LLM. */
  gate?: LlmGate | undefined;
  /** Token budget for the profile part of the prompt. */
  contextTokens: number;
}

const FOLLOW_UP = /\b(it|its|that|this|those|these|they|them|there|he|she|one)\b/i;

/** A knowledge file with what answering needs precomputed: the index and the allowed links. */
interface Loaded {
  knowledge: Knowledge;
  retriever: Retriever;
  guard: ReturnType<typeof createOutputGuard>;
}

export function createEngine(deps: EngineDeps): Engine {
  // A secret marker in the system prompt: seeing it in an answer proves the prompt leaked.
  const canary = `askme-canary-${randomBytes(6).toString("hex")}`;
  const load = (knowledge: Knowledge): Loaded => ({
    knowledge,
    retriever: createRetriever(knowledge),
    guard: createOutputGuard({
      canary,
      rules: RULES,
      allowedUrls: urlsIn(JSON.stringify(knowledge)),
    }),
  });
  let current = load(deps.knowledge);

  // A follow-up ("where was it published?") is searched together with the previous question.
  function retrieve(loaded: Loaded, question: string, history: Turn[]): Retrieval {
    const direct = loaded.retriever.search(question);
    const previous = history.at(-1)?.question;
    if (!previous || !FOLLOW_UP.test(question)) return direct;
    const joined = loaded.retriever.search(`${previous} ${question}`);
    return joined.coverage > direct.coverage ? joined : direct;
  }

  async function* stream(raw: string, options: AskOptions = {}): AsyncGenerator<AnswerEvent> {
    const loaded = current;
    const question = cleanQuestion(raw);
    const history = options.history ?? [];
    const log = options.log ?? deps.logger;
    const retrieval = retrieve(loaded, question, history);
    const fallback = (why?: FallbackReason) => {
      const result = offlineAnswer(loaded.knowledge, question, retrieval);
      return why ? asFallback(result, why) : result;
    };
    if (!deps.llm) return yield* settled(fallback());

    const slot = deps.gate ? await deps.gate.acquire() : () => {};
    if (typeof slot === "string") {
      log.info({ reason: slot }, "LLM not used; answering offline");
      return yield* settled(fallback(`llm-${slot}`));
    }
    try {
      const context = selectContext(loaded.retriever.docs, retrieval, deps.contextTokens);
      const messages = buildMessages(
        systemPrompt(loaded.knowledge, context, canary),
        question,
        history,
      );
      let shown = "";
      let end: StreamEnd | undefined;
      for await (const event of streamText(
        deps.llm,
        messages,
        options.signal ?? new AbortController().signal,
      )) {
        if (event.type === "end") end = event;
        const visible = loaded.guard(event.type === "end" ? event.raw : visiblePart(event.raw));
        if (visible.leaked) break;
        if (event.type === "text" && visible.text && visible.text !== shown) {
          shown = visible.text;
          yield { type: "progress", text: shown };
        }
      }
      const result = end
        ? finishLlmAnswer(end, loaded.guard, loaded.knowledge, context)
        : withheld(loaded.knowledge);
      const tokens = result.usage
        ? result.usage.promptTokens + result.usage.completionTokens
        : estimateTokens(messages.map((m) => m.content).join("") + (end?.raw ?? ""));
      deps.gate?.spend(tokens);
      deps.gate?.succeeded();
      if (!end) log.warn("answer withheld: it quoted the hidden prompt");
      return yield* settled(result);
    } catch (err) {
      if (options.signal?.aborted) throw err;
      const kind = err instanceof LlmError ? err.kind : "error";
      deps.gate?.failed(kind === "quota" ? "quota" : "error");
      log.warn(
        { err: err instanceof Error ? err.message : String(err), kind },
        "LLM failed; answering offline",
      );
      return yield* settled(fallback(kind === "timeout" ? "llm-timeout" : "llm-error"));
    } finally {
      slot();
    }
  }

  return {
    get knowledge() {
      return current.knowledge;
    },
    mode: deps.llm ? "llm" : "offline",
    setKnowledge(next) {
      current = load(next);
    },
    stream,
    async answer(question, options) {
      let result: AnswerResult | undefined;
      for await (const event of stream(question, options))
        if (event.type === "done") result = event.result;
      if (!result) throw new Error("answer stream ended without a result");
      return result;
    },
  };
}

async function* settled(result: AnswerResult): AsyncGenerator<AnswerEvent> {
  yield { type: "progress", text: result.answer };
  yield { type: "done", result };
}
