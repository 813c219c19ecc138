/**
 * The fake OpenAI server at a fixed pace, recording when each completion's content chunks left it
 * (performance.now() of the write), in the fake Discord's process.
 */
import { ServerResponse } from "node:http";
import { reply, replyWith, startFakeOpenAI } from "../tests/fakes/openai/index.ts";
import type { LlmCall, Pace } from "./protocol.ts";

type Chunk = { choices?: { delta?: { content?: string } }[] };

/** Starts the fake OpenAI server answering every completion with `pace.text` at that pace. */
export async function startTimedOpenAI(pace: Pace) {
  const log: LlmCall[] = [];
  const waiting: LlmCall[] = [];
  const byResponse = new WeakMap<ServerResponse, { call: LlmCall; text: string }>();
  const { firstTokenMs, chunkMs, chunkSize } = pace;
  const behaviour = replyWith(() => {
    const call: LlmCall = { llmRequestAt: performance.now() };
    log.push(call);
    waiting.push(call);
    return reply(pace.text, { firstTokenDelayMs: firstTokenMs, chunkDelayMs: chunkMs, chunkSize });
  });
  const server = await startFakeOpenAI({ defaultBehaviour: behaviour });
  // SSE bodies are the only writes starting with "data: " in this process (Discord's are JSON).
  const stateOf = (res: ServerResponse) => {
    const call = byResponse.has(res) ? undefined : waiting.shift();
    if (call) byResponse.set(res, { call, text: "" });
    return byResponse.get(res);
  };
  type Write = (this: ServerResponse, chunk: unknown, ...rest: unknown[]) => unknown;
  const proto = ServerResponse.prototype as unknown as Record<"write" | "end", Write>;
  const { write, end } = proto;
  proto.write = function (chunk, ...rest) {
    const sse = typeof chunk === "string" && chunk.startsWith("data: ") ? chunk.slice(6) : "";
    const state = sse ? stateOf(this) : undefined;
    const content = state && (JSON.parse(sse) as Chunk).choices?.[0]?.delta?.content;
    if (state && content) {
      const { call } = state;
      call.firstTokenAt ??= performance.now();
      call.lastTokenAt = performance.now();
      state.text += content;
      if (/[.!?]\s+\S/.test(state.text)) call.sentenceAt ??= performance.now();
    }
    return write.call(this, chunk, ...rest);
  };
  proto.end = function (chunk, ...rest) {
    const state = typeof chunk === "string" && chunk.startsWith("data: [DONE]") && stateOf(this);
    if (state) state.call.endAt = performance.now();
    return end.call(this, chunk, ...rest);
  };
  return { baseURL: server.baseURL, log, close: () => server.close() };
}

/** The running fake LLM and its log of calls. */
export type TimedOpenAI = Awaited<ReturnType<typeof startTimedOpenAI>>;
