/**
 * The fake OpenAI server with a fixed pace, recording when each completion's first and last
 * content chunk left it (performance.now() of the write), in the fake Discord's process.
 */
import { ServerResponse } from "node:http";
import { type FakeOpenAI, reply, replyWith, startFakeOpenAI } from "../tests/fakes/openai/index.ts";

export interface LlmCall {
  requestAt: number;
  firstTokenAt?: number;
  lastTokenAt?: number;
  endAt?: number;
}

export interface TimedOpenAI {
  baseURL: string;
  log: LlmCall[];
  close(): Promise<void>;
}

export interface Pace {
  firstTokenMs: number;
  chunkMs: number;
  chunkSize: number;
  text: string;
}

const CONTENT = /"content":"[^"]/;

export async function startTimedOpenAI(pace: Pace): Promise<TimedOpenAI> {
  const log: LlmCall[] = [];
  const waiting: LlmCall[] = [];
  const byResponse = new WeakMap<ServerResponse, LlmCall>();
  const behaviour = replyWith(() => {
    const call: LlmCall = { requestAt: performance.now() };
    log.push(call);
    waiting.push(call);
    return reply(pace.text, {
      firstTokenDelayMs: pace.firstTokenMs,
      chunkDelayMs: pace.chunkMs,
      chunkSize: pace.chunkSize,
    });
  });
  const server: FakeOpenAI = await startFakeOpenAI({ defaultBehaviour: behaviour });
  // SSE bodies are the only writes starting with "data: " in this process (Discord's are JSON).
  const callFor = (res: ServerResponse) => {
    let call = byResponse.get(res);
    if (!call) {
      call = waiting.shift();
      if (call) byResponse.set(res, call);
    }
    return call;
  };
  const proto = ServerResponse.prototype as unknown as Record<
    "write" | "end",
    (this: ServerResponse, chunk: unknown, ...rest: unknown[]) => unknown
  >;
  const write = proto.write;
  const end = proto.end;
  proto.write = function (chunk, ...rest) {
    if (typeof chunk === "string" && chunk.startsWith("data: ")) {
      const call = callFor(this);
      if (call && CONTENT.test(chunk)) {
        const now = performance.now();
        call.firstTokenAt ??= now;
        call.lastTokenAt = now;
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
