/**
 * Fake OpenAI-compatible Chat Completions server for tests, benchmarks and soak runs.
 * The real `openai` SDK talks to it over HTTP on 127.0.0.1:
 *
 *   const llm = await startFakeOpenAI();
 *   const client = new OpenAI({ apiKey: "test", baseURL: llm.baseURL });
 *   llm.respond(fail(429), reply("Hello"));
 */
export type {
  Behaviour,
  ChatRequestBody,
  FailOptions,
  FinishReason,
  Pacing,
  RecordedChatRequest,
  ReplyOptions,
  Usage,
} from "./script.ts";
export { cutStream, DEFAULT_REPLY_TEXT, fail, hang, reply, replyWith } from "./script.ts";
export type { FakeOpenAI, StartFakeOpenAIOptions } from "./server.ts";
export { startFakeOpenAI } from "./server.ts";
export { rejectResponseFormat, replyJson } from "./structured.ts";
export type { TokenParam } from "./token-params.ts";
export type { ChatViolation, OpenAIError } from "./validate.ts";
