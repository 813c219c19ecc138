import { randomBytes } from "node:crypto";
import type { Knowledge } from "../knowledge/schema.ts";
import type { Logger } from "../logger.ts";
import { citedSources, soundsLikeAbstention } from "./citations.ts";
import { type Llm, LlmError } from "./llm.ts";
import { abstention, offlineAnswer } from "./offline.ts";
import { buildMessages, NOT_COVERED, selectContext, systemPrompt } from "./prompt.ts";
import { createRetriever, type Retrieval } from "./retrieve.ts";
import type { AnswerEvent, AnswerResult, Turn } from "./types.ts";

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
  /** Token budget for the profile part of the prompt. */
  contextTokens: number;
}

const FALLBACK_NOTE =
  "_(The language model is unavailable right now, so this comes straight from my profile.)_";
const FOLLOW_UP = /\b(it|its|that|this|those|these|they|them|there|he|she|one)\b/i;

export function createEngine(deps: EngineDeps): Engine {
  let knowledge = deps.knowledge;
  let retriever = createRetriever(knowledge);
  // A secret marker in the system prompt: seeing it in an answer proves the prompt leaked.
  const canary = `askme-canary-${randomBytes(6).toString("hex")}`;

  // A follow-up ("where was it published?") is searched together with the previous question.
  function retrieve(question: string, history: Turn[]): Retrieval {
    const direct = retriever.search(question);
    const previous = history.at(-1)?.question;
    if (!previous || !FOLLOW_UP.test(question)) return direct;
    const joined = retriever.search(`${previous} ${question}`);
    return joined.coverage > direct.coverage ? joined : direct;
  }

  async function* stream(question: string, options: AskOptions = {}): AsyncGenerator<AnswerEvent> {
    const history = options.history ?? [];
    const log = options.log ?? deps.logger;
    const current = { knowledge, retriever };
    const retrieval = retrieve(question, history);
    if (!deps.llm) {
      const result = offlineAnswer(current.knowledge, question, retrieval);
      yield { type: "delta", text: result.answer };
      yield { type: "done", result };
      return;
    }
    const context = selectContext(current.retriever.docs, retrieval, deps.contextTokens);
    const messages = buildMessages(
      systemPrompt(current.knowledge, context, canary),
      question,
      history,
    );
    let emitted = false;
    try {
      const events = llmAnswer(deps.llm, messages, options.signal ?? new AbortController().signal);
      for await (const event of events) {
        if (event.type === "delta") {
          emitted = true;
          yield event;
          continue;
        }
        yield { type: "done", result: finish(event.text, event, current.knowledge, context) };
        return;
      }
    } catch (err) {
      if (options.signal?.aborted) throw err;
      const kind = err instanceof LlmError && err.kind === "timeout" ? "llm-timeout" : "llm-error";
      log.warn(
        { err: err instanceof Error ? err.message : String(err), kind },
        "LLM failed; answering offline",
      );
      if (emitted) yield { type: "reset" };
      const offline = offlineAnswer(current.knowledge, question, retrieval);
      const result: AnswerResult = {
        ...offline,
        answer: `${FALLBACK_NOTE}\n\n${offline.answer}`,
        fallback: kind,
      };
      yield { type: "delta", text: result.answer };
      yield { type: "done", result };
    }
  }

  function finish(
    raw: string,
    end: { finishReason: string | null; refusal: boolean; usage?: AnswerResult["usage"] },
    current: Knowledge,
    context: ReturnType<typeof selectContext>,
  ): AnswerResult {
    const usage = end.usage ? { usage: end.usage } : {};
    let text = raw.trim();
    if (text.includes(canary)) text = "";
    if (end.refusal || end.finishReason === "content_filter") {
      return {
        answer: "I can't help with that one.",
        abstained: false,
        sources: [],
        mode: "llm",
        ...usage,
      };
    }
    if (text.startsWith(NOT_COVERED) || text === "") {
      const said = text.slice(NOT_COVERED.length).trim();
      const answer = said && soundsLikeAbstention(said) ? said : abstention(current).answer;
      return { answer, abstained: true, sources: [], mode: "llm", ...usage };
    }
    if (end.finishReason === "length") text += "\n\n_(This answer was cut short.)_";
    return {
      answer: text,
      abstained: soundsLikeAbstention(text),
      sources: citedSources(text, context),
      mode: "llm",
      ...usage,
    };
  }

  return {
    get knowledge() {
      return knowledge;
    },
    mode: deps.llm ? "llm" : "offline",
    setKnowledge(next) {
      knowledge = next;
      retriever = createRetriever(next);
    },
    stream,
    async answer(question, options) {
      for await (const event of stream(question, options)) {
        if (event.type === "done") return event.result;
      }
      throw new Error("answer stream ended without a result");
    },
  };
}

type LlmEvent =
  | { type: "delta"; text: string }
  | {
      type: "end";
      text: string;
      finishReason: string | null;
      refusal: boolean;
      usage?: AnswerResult["usage"];
    };

// Streams the model's text, holding back the start until it is clear it is not the
// not-covered marker, so front ends never flash "[not-covered]".
async function* llmAnswer(
  llm: Llm,
  messages: ReturnType<typeof buildMessages>,
  signal: AbortSignal,
) {
  let text = "";
  let released = 0;
  for await (const chunk of llm.stream(messages, signal)) {
    if (chunk.type === "end") {
      const { type: _, ...end } = chunk;
      yield { type: "end", text, ...end } satisfies LlmEvent;
      return;
    }
    text += chunk.text;
    const head = text.trimStart();
    const undecided = head.length < NOT_COVERED.length && NOT_COVERED.startsWith(head);
    if (undecided || head.startsWith(NOT_COVERED)) continue;
    yield { type: "delta", text: text.slice(released) } satisfies LlmEvent;
    released = text.length;
  }
  throw new LlmError("the LLM stream ended without finishing", "error");
}
