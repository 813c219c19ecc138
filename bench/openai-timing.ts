/**
 * The fake OpenAI server at a fixed pace, recording when each completion's first and last content
 * chunk left it (performance.now() of the write), in the fake Discord's process.
 */
import { ServerResponse } from "node:http";
import { reply, replyWith, startFakeOpenAI } from "../tests/fakes/openai/index.ts";
import type { Pace } from "./protocol.ts";

/** When one completion was asked for and streamed. */
export interface LlmCall {
  llmRequestAt: number;
  firstTokenAt?: number;
  lastTokenAt?: number;
  endAt?: number;
}

/** The running fake LLM and its log of calls. */
export interface TimedOpenAI {
  baseURL: string;
  log: LlmCall[];
  close(): Promise<void>;
}

const CONTENT = /"content":"[^"]/;

/** Starts the fake OpenAI server answering every completion with `pace.text` at that pace. */
export async function startTimedOpenAI(pace: Pace): Promise<TimedOpenAI> {
  const log: LlmCall[] = [];
  const waiting: LlmCall[] = [];
  const byResponse = new WeakMap<ServerResponse, LlmCall>();
  const { firstTokenMs, chunkMs, chunkSize } = pace;
  const behaviour = replyWith(() => {
    const call: LlmCall = { llmRequestAt: performance.now() };
    log.push(call);
    waiting.push(call);
    return reply(pace.text, { firstTokenDelayMs: firstTokenMs, chunkDelayMs: chunkMs, chunkSize });
  });
  const server = await startFakeOpenAI({ defaultBehaviour: behaviour });
  // SSE bodies are the only writes starting with "data: " in this process (Discord's are JSON).
  const callFor = (res: ServerResponse) => {
    if (!byResponse.has(res) && waiting.length) byResponse.set(res, waiting.shift() as LlmCall);
    return byResponse.get(res);
  };
  type Write = (this: ServerResponse, chunk: unknown, ...rest: unknown[]) => unknown;
  const proto = ServerResponse.prototype as unknown as Record<"write" | "end", Write>;
  const { write, end } = proto;
  proto.write = function (chunk, ...rest) {
    if (typeof chunk === "string" && chunk.startsWith("data: ")) {
      const call = callFor(this);
      if (call && CONTENT.test(chunk)) {
        call.firstTokenAt ??= performance.now();
        call.lastTokenAt = performance.now();
      }
    }
    return write.call(this, chunk, ...rest);
  };
  proto.end = function (chunk, ...rest) {
    if (typeof chunk === "string" && chunk.startsWith("data: [DONE]")) {
      const call = callFor(this);
      if (call) call.endAt = performance.now();
    }
    return end.call(this, chunk, ...rest);
  };
  return { baseURL: server.baseURL, log, close: () => server.close() };
}
