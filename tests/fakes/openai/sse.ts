import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
} from "openai/resources/chat/completions";
import type { CompletionUsage } from "openai/resources/completions";
import type { FinishReason, Usage } from "./script.ts";

/** Identity shared by every chunk of one completion. */
export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
}

let counter = 0;

export function newMeta(model: string): CompletionMeta {
  counter += 1;
  return {
    id: `chatcmpl-fake${Date.now().toString(36)}${counter}`,
    created: Math.floor(Date.now() / 1000),
    model,
  };
}

/** Rough token count: one token per four characters, at least one for non-empty text. */
export function roughTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** All textual content of the request's messages, joined. */
export function promptText(body: ChatCompletionCreateParams): string {
  const parts: string[] = [];
  for (const message of body.messages) {
    const content: unknown = message.content;
    if (typeof content === "string") parts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content as unknown[]) {
        if (part && typeof part === "object" && "text" in part && typeof part.text === "string") {
          parts.push(part.text);
        }
      }
    }
  }
  return parts.join("\n");
}

export function toUsage(u: Usage): CompletionUsage {
  return { ...u, total_tokens: u.prompt_tokens + u.completion_tokens };
}

export function splitChunks(text: string, size: number): string[] {
  const step = Math.max(1, Math.floor(size));
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += step) chunks.push(text.slice(i, i + step));
  return chunks;
}

export function sseData(payload: unknown): string {
  return `data: ${typeof payload === "string" ? payload : JSON.stringify(payload)}\n\n`;
}

export const SSE_DONE = sseData("[DONE]");

type Delta = ChatCompletionChunk.Choice.Delta;

export function deltaChunk(
  meta: CompletionMeta,
  delta: Delta,
  finishReason: FinishReason | null = null,
): ChatCompletionChunk {
  return {
    ...meta,
    object: "chat.completion.chunk",
    system_fingerprint: "fp_fake",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
}

export function usageChunk(meta: CompletionMeta, usage: CompletionUsage): ChatCompletionChunk {
  return {
    ...meta,
    object: "chat.completion.chunk",
    system_fingerprint: "fp_fake",
    choices: [],
    usage,
  };
}

/**
 * The `delta`s of a streamed reply: role on the first one, then content pieces, then refusal
 * pieces. Always at least one delta (carrying the role).
 */
export function replyDeltas(text: string, refusal: string | undefined, size: number): Delta[] {
  const deltas: Delta[] = [
    ...splitChunks(text, size).map((content): Delta => ({ content })),
    ...splitChunks(refusal ?? "", size).map((piece): Delta => ({ refusal: piece })),
  ];
  const first = deltas[0];
  if (first) first.role = "assistant";
  else deltas.push({ role: "assistant", content: "" });
  return deltas;
}

export function completion(
  meta: CompletionMeta,
  text: string,
  refusal: string | undefined,
  finishReason: FinishReason,
  usage: CompletionUsage,
): ChatCompletion {
  return {
    ...meta,
    object: "chat.completion",
    system_fingerprint: "fp_fake",
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: text === "" && refusal !== undefined ? null : text,
          refusal: refusal ?? null,
        },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage,
  };
}
