import type OpenAIClient from "openai";
import type { ChatCompletion, ChatCompletionChunk } from "openai/resources/chat/completions";
import type { CompletionUsage } from "openai/resources/completions";
import type { ChatMessage } from "./prompt.ts";
import type { Usage } from "./types.ts";

/** The request field that caps an answer's length; servers differ in which one they know. */
export type TokenParam = "max_tokens" | "max_completion_tokens";

/** Settings for talking to an OpenAI-compatible Chat Completions server. */
export interface LlmOptions {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  maxTokens: number;
  /** Which field carries `maxTokens`; "auto" (the default) picks by server and adapts once. */
  tokenParam?: "auto" | TokenParam | undefined;
  /** Overall deadline for one answer, across retries. */
  timeoutMs: number;
  /** How long to wait for the first token of one attempt. */
  firstTokenTimeoutMs: number;
  maxRetries: number;
}

/** A piece of a streamed completion. */
export type LlmChunk =
  | { type: "text"; text: string }
  | { type: "end"; finishReason: string | null; refusal: boolean; usage?: Usage };

/** Streams one completion; the engine owns what to do with it. */
export interface Llm {
  stream(messages: ChatMessage[], signal: AbortSignal): AsyncGenerator<LlmChunk>;
}

/** Why an LLM call did not produce an answer. */
export class LlmError extends Error {
  constructor(
    message: string,
    readonly kind: "timeout" | "error" | "quota",
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Builds the client; the SDK is loaded only here, so offline mode never pays for it. */
export async function createLlm(options: LlmOptions): Promise<Llm> {
  const { default: OpenAI } = await import("openai");
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? null,
    // The SDK's defaults (600 s, 2 retries) would outlive Discord's interaction window.
    timeout: options.firstTokenTimeoutMs,
    maxRetries: options.maxRetries,
  });
  const fixed = options.tokenParam !== undefined && options.tokenParam !== "auto";
  // Switched at most once per process: after a 400 that names the field, the other one is used.
  let tokenParam: TokenParam =
    options.tokenParam === "max_tokens" || options.tokenParam === "max_completion_tokens"
      ? options.tokenParam
      : defaultTokenParam(options.baseURL);
  return {
    async *stream(messages, outerSignal) {
      const deadline = new AbortController();
      const abort = (reason: string) => deadline.abort(new LlmError(reason, "timeout"));
      const overall = setTimeout(() => abort("the LLM did not finish in time"), options.timeoutMs);
      const firstToken = setTimeout(
        () => abort("the LLM sent no first token in time"),
        options.firstTokenTimeoutMs * (options.maxRetries + 1),
      );
      const onOuterAbort = () => deadline.abort(outerSignal.reason);
      outerSignal.addEventListener("abort", onOuterAbort, { once: true });
      try {
        const create = (param: TokenParam) =>
          client.chat.completions
            .create(
              {
                model: options.model,
                messages,
                stream: true,
                stream_options: { include_usage: true },
                ...(param === "max_tokens"
                  ? { max_tokens: options.maxTokens }
                  : { max_completion_tokens: options.maxTokens }),
              },
              { signal: deadline.signal },
            )
            .withResponse();
        const sent = tokenParam;
        let created: Awaited<ReturnType<typeof create>>;
        try {
          created = await create(sent);
        } catch (err) {
          if (fixed || !rejectsParam(OpenAI, err, sent)) throw err;
          const other = sent === "max_tokens" ? "max_completion_tokens" : "max_tokens";
          created = await create(other);
          tokenParam = other;
        }
        const { data: stream, response } = created;
        // Some OpenAI-compatible servers ignore `stream` and send one JSON completion.
        const events = isEventStream(response) ? fromStream(stream) : fromCompletion(response);
        for await (const event of events) {
          if (event.type === "text") clearTimeout(firstToken);
          yield event;
        }
      } catch (err) {
        throw toLlmError(OpenAI, err, deadline.signal);
      } finally {
        clearTimeout(overall);
        clearTimeout(firstToken);
        outerSignal.removeEventListener("abort", onOuterAbort);
      }
    },
  };
}

/** OpenAI's own API knows `max_completion_tokens` (its reasoning models reject `max_tokens`);
 * compatible servers mostly know only `max_tokens`. */
export function defaultTokenParam(baseURL: string | undefined): TokenParam {
  if (!baseURL) return "max_completion_tokens";
  try {
    return new URL(baseURL).hostname === "api.openai.com" ? "max_completion_tokens" : "max_tokens";
  } catch {
    return "max_tokens";
  }
}

// A 400 that names the field we sent: the server does not accept that one.
function rejectsParam(OpenAI: typeof OpenAIClient, err: unknown, param: TokenParam): boolean {
  if (!(err instanceof OpenAI.APIError) || err.status !== 400) return false;
  return err.param === param || new RegExp(`\\b${param}\\b`).test(err.message);
}

function isEventStream(response: Response): boolean {
  return (response.headers.get("content-type") ?? "").includes("text/event-stream");
}

async function* fromStream(stream: AsyncIterable<ChatCompletionChunk>): AsyncGenerator<LlmChunk> {
  let finishReason: string | null = null;
  let refusal = false;
  let usage: Usage | undefined;
  for await (const chunk of stream) {
    if (chunk.usage) usage = toUsage(chunk.usage);
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.delta.refusal) refusal = true;
    if (choice.delta.content) yield { type: "text", text: choice.delta.content };
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }
  // A stream that stops without a finish reason was cut off; never pass it off as complete.
  if (finishReason === null) throw new LlmError("the LLM stream broke off", "error");
  yield { type: "end", finishReason, refusal, ...(usage ? { usage } : {}) };
}

// A whole JSON body either parses or fails, so it cannot be cut off unnoticed.
async function* fromCompletion(response: Response): AsyncGenerator<LlmChunk> {
  const completion = (await response.json()) as ChatCompletion;
  const choice = completion.choices?.[0];
  if (choice?.message?.content) yield { type: "text", text: choice.message.content };
  const usage = completion.usage ? { usage: toUsage(completion.usage) } : {};
  const refusal = Boolean(choice?.message?.refusal);
  yield { type: "end", finishReason: choice?.finish_reason ?? "stop", refusal, ...usage };
}

function toUsage(usage: CompletionUsage): Usage {
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    ...(typeof cached === "number" ? { cachedPromptTokens: cached } : {}),
  };
}

function toLlmError(OpenAI: typeof OpenAIClient, err: unknown, signal: AbortSignal): LlmError {
  if (signal.aborted && signal.reason instanceof LlmError) return signal.reason;
  if (err instanceof LlmError) return err;
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError("the LLM timed out", "timeout", { cause: err });
  }
  if (err instanceof OpenAI.APIError && err.code === "insufficient_quota") {
    return new LlmError("the LLM provider reports no quota left", "quota", { cause: err });
  }
  if (err instanceof OpenAI.APIError) {
    const detail = err.status ? `HTTP ${err.status}` : "connection failed";
    return new LlmError(`the LLM request failed (${detail})`, "error", { cause: err });
  }
  // A stream cut mid-way surfaces as a bare fetch TypeError ("terminated").
  return new LlmError("the LLM stream broke off", "error", { cause: err });
}
