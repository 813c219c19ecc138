import { randomBytes } from "node:crypto";
import { cleanQuestion } from "../guard/input.ts";
import type { LlmGate } from "../guard/llm-gate.ts";
import { createOutputGuard, type Guarded, urlsIn } from "../guard/output.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import type { Logger } from "../logger.ts";
import { type ClaimIndex, indexClaims } from "./claim-index.ts";
import { type ClaimCheck, createClaimCheck } from "./claims.ts";
import {
  asFallback,
  finishLlmAnswer,
  type StreamEnd,
  withheld,
  withLanguageNote,
} from "./finish.ts";
import { detectLanguage, localeLanguage } from "./language.ts";
import { type Llm, LlmError } from "./llm.ts";
import { offlineAnswer } from "./offline.ts";
import { buildMessages, estimateTokens, RULES, selectContext, systemPrompt } from "./prompt.ts";
import { createRetriever, type Retrieval, type Retriever } from "./retrieve.ts";
import { endsAtStop } from "./sentences.ts";
import { mayBeNotCovered, streamText } from "./stream-text.ts";
import type { AnswerEvent, AnswerResult, Doc, FallbackReason, Turn } from "./types.ts";

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

/** A knowledge file with what answering needs precomputed: the indexes and the output guard. */
interface Loaded {
  knowledge: Knowledge;
  retriever: Retriever;
  guard: (raw: string) => Guarded;
  canary: string;
  /** What LLM answers are checked against; built only in LLM mode. */
  claims?: ClaimIndex;
  /** The profile's language, when clear; offline answers stay in it. */
  language: string | undefined;
}

/** One question under way: what it is, what retrieval found, and where to log. */
interface Asked {
  loaded: Loaded;
  question: string;
  retrieval: Retrieval;
  history: Turn[];
  log: Logger;
  signal?: AbortSignal | undefined;
  locale?: string | undefined;
}

// A model quiet this long after a full stop has finished its sentence: show it without waiting.
const SETTLE_MS = 250;

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
    ...(deps.llm ? { claims: indexClaims(knowledge) } : {}),
    language: profileLanguage(knowledge),
  });
  let current = load(deps.knowledge);

  async function* stream(raw: string, options: AskOptions = {}): AsyncGenerator<AnswerEvent> {
    const loaded = current;
    const question = cleanQuestion(raw);
    const history = options.history ?? [];
    const retrieval = retrieve(loaded.retriever, question, history);
    const asked = { loaded, question, retrieval, history, log: options.log ?? deps.logger };
    if (!deps.llm) return yield* settled(answerOffline(asked));
    yield* answerWithLlm(deps.llm, deps, {
      ...asked,
      signal: options.signal,
      locale: options.locale,
    });
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
  const { knowledge, language } = asked.loaded;
  const result = withLanguageNote(
    offlineAnswer(knowledge, asked.question, asked.retrieval),
    asked.question,
    knowledge,
    language,
  );
  return why ? asFallback(result, why) : result;
}

function profileLanguage(knowledge: Knowledge): string | undefined {
  const entries = knowledge.sections.flatMap((s) => s.entries.map((e) => e.summary));
  return detectLanguage(
    [knowledge.person.headline, knowledge.person.summary, ...entries].join(" "),
  );
}

/** The claim check for one answer: the entries in its prompt, and what the asker wrote. */
function claimCheckFor(asked: Asked, context: Doc[]): ClaimCheck {
  const { loaded } = asked;
  return createClaimCheck({
    index: loaded.claims ?? indexClaims(loaded.knowledge),
    context: context.map((d) => d.entry.id),
    asked: [asked.question, ...asked.history.map((t) => t.question)],
    language: detectLanguage(asked.question) ?? localeLanguage(asked.locale),
  });
}

/** What of an unfinished answer may be shown: its complete sentences that passed the check. */
function checkedSoFar(check: ClaimCheck, raw: string, paused: boolean): string {
  if (mayBeNotCovered(raw)) return "";
  return check.check(raw, paused && endsAtStop(raw)).text;
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
      { locale: asked.locale },
    );
    const check = claimCheckFor(asked, context);
    let shown = "";
    let end: StreamEnd | undefined;
    let leaked = false;
    const signal = asked.signal ?? new AbortController().signal;
    for await (const event of streamText(llm, messages, signal, SETTLE_MS)) {
      if (loaded.guard(event.raw).leaked) {
        leaked = true;
        break;
      }
      if (event.type === "end") {
        end = event;
        continue;
      }
      // Only complete sentences that passed the claim check are ever shown.
      const visible = loaded.guard(checkedSoFar(check, event.raw, event.type === "pause")).text;
      if (visible && visible !== shown) {
        shown = visible;
        yield { type: "progress", text: shown };
      }
    }
    const finished =
      end && !leaked
        ? finishLlmAnswer(end, loaded.guard, loaded.knowledge, context, check)
        : withheld(loaded.knowledge);
    const usage = end?.usage;
    const tokens = usage
      ? usage.promptTokens + usage.completionTokens
      : estimateTokens(messages.map((m) => m.content).join("") + (end?.raw ?? ""));
    deps.gate?.spend(tokens);
    deps.gate?.succeeded();
    if (leaked) log.warn("answer withheld: it quoted the hidden prompt");
    const verdict = check.check(end?.raw ?? "", true);
    if (verdict.dropped > 0) {
      const kinds = [...new Set(verdict.unsupported.map((u) => u.kind))];
      log.info({ dropped: verdict.dropped, kinds }, "claim check removed unsupported sentences");
    }
    if (finished) return yield* settled(finished);
    log.info("no sentence of the LLM's answer is supported by the profile; answering offline");
    const offline = answerOffline(asked, "llm-unsupported");
    return yield* settled(usage ? { ...offline, usage } : offline);
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
