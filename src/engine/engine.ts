import { randomBytes } from "node:crypto";
import { cleanQuestion } from "../guard/input.ts";
import type { LlmGate } from "../guard/llm-gate.ts";
import { createOutputGuard, type Guarded, urlsIn } from "../guard/output.ts";
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
  /** The asker's locale where the surface knows it (a hint for the answer's language). */
  locale?: string;
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

/** What the engine is built from. */
export interface EngineDeps {
  knowledge: Knowledge;
  logger: Logger;
  llm?: Llm | undefined;
  /** Concurrency, budget and circuit breaker in front of the LLM. */
  gate?: LlmGate | undefined;
  /** Token budget for the profile part of the prompt. */
  contextTokens: number;
}

/** A knowledge file with what answering needs precomputed: the index and the output guard. */
interface Loaded {
  knowledge: Knowledge;
  retriever: Retriever;
  guard: (raw: string) => Guarded;
  canary: string;
}

/** One question under way: what it is, what retrieval found, and where to log. */
interface Asked {
  loaded: Loaded;
  question: string;
  retrieval: Retrieval;
  history: Turn[];
  log: Logger;
  signal?: AbortSignal | undefined;
}

const FOLLOW_UP = /\b(it|its|that|this|those|these|they|them|there|he|she|one)\b/i;

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
    canary,
  });
  let current = load(deps.knowledge);

  async function* stream(raw: string, options: AskOptions = {}): AsyncGenerator<AnswerEvent> {
    const loaded = current;
    const question = cleanQuestion(raw);
    const history = options.history ?? [];
    const retrieval = retrieve(loaded.retriever, question, history);
    const asked = { loaded, question, retrieval, history, log: options.log ?? deps.logger };
    if (!deps.llm) return yield* settled(answerOffline(asked));
    yield* answerWithLlm(deps.llm, deps, { ...asked, signal: options.signal });
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

// A follow-up ("where was it published?") is searched together with the previous question.
function retrieve(retriever: Retriever, question: string, history: Turn[]): Retrieval {
  const direct = retriever.search(question);
  const previous = history.at(-1)?.question;
  if (!previous || !FOLLOW_UP.test(question)) return direct;
  const joined = retriever.search(`${previous} ${question}`);
  return joined.coverage > direct.coverage ? joined : direct;
}

/** The extractive answer from the profile; with a reason, marked as standing in for the LLM's. */
function answerOffline(asked: Asked, why?: FallbackReason): AnswerResult {
  const result = offlineAnswer(asked.loaded.knowledge, asked.question, asked.retrieval);
  return why ? asFallback(result, why) : result;
}

/**
 * The LLM's answer, streamed as guarded text, behind the gate; the offline answer stands in when
 * the gate refuses or the model fails.
 */
async function* answerWithLlm(
  llm: Llm,
  deps: Pick<EngineDeps, "gate" | "contextTokens">,
  asked: Asked,
): AsyncGenerator<AnswerEvent> {
  const { loaded, log } = asked;
  const slot = deps.gate ? await deps.gate.acquire() : undefined;
  if (slot && !slot.granted) {
    log.info({ reason: slot.reason }, "LLM not used; answering offline");
    return yield* settled(answerOffline(asked, `llm-${slot.reason}`));
  }
  try {
    const context = selectContext(loaded.retriever.docs, asked.retrieval, deps.contextTokens);
    const messages = buildMessages(
      systemPrompt(loaded.knowledge, context, loaded.canary),
      asked.question,
      asked.history,
    );
    let shown = "";
    let end: StreamEnd | undefined;
    const signal = asked.signal ?? new AbortController().signal;
    for await (const event of streamText(llm, messages, signal)) {
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
    if (asked.signal?.aborted) throw err;
    const kind = err instanceof LlmError ? err.kind : "error";
    deps.gate?.failed(kind === "quota" ? "quota" : "error");
    log.warn(
      { err: err instanceof Error ? err.message : String(err), kind },
      "LLM failed; answering offline",
    );
    return yield* settled(answerOffline(asked, kind === "timeout" ? "llm-timeout" : "llm-error"));
  } finally {
    if (slot?.granted) slot.release();
  }
}

async function* settled(result: AnswerResult): AsyncGenerator<AnswerEvent> {
  yield { type: "progress", text: result.answer };
  yield { type: "done", result };
}
