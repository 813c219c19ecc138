import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createLlm,
  defaultTokenParam,
  type LlmChunk,
  type LlmOptions,
} from "../../src/engine/llm.ts";
import type { ChatMessage } from "../../src/engine/prompt.ts";
import { type FakeOpenAI, fail, reply, startFakeOpenAI } from "../fakes/openai/index.ts";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.acceptTokenParams(["max_tokens", "max_completion_tokens"]);
});

const MESSAGES: ChatMessage[] = [
  { role: "system", content: "You are a test." },
  { role: "user", content: "<question>\nHi\n</question>" },
];

function llmFor(options: Partial<LlmOptions> = {}) {
  return createLlm({
    apiKey: "sk-test-0123456789abcdefghij",
    baseURL: server.baseURL,
    model: "gpt-fake",
    maxTokens: 123,
    timeoutMs: 3_000,
    firstTokenTimeoutMs: 1_000,
    maxRetries: 0,
    ...options,
  });
}

async function ask(llm: Awaited<ReturnType<typeof createLlm>>, messages = MESSAGES) {
  const chunks: LlmChunk[] = [];
  for await (const chunk of llm.stream(messages, new AbortController().signal)) chunks.push(chunk);
  const text = chunks.flatMap((c) => (c.type === "text" ? [c.text] : [])).join("");
  const end = chunks.at(-1);
  return { text, usage: end?.type === "end" ? end.usage : undefined };
}

const limits = () =>
  server.requests.map((r) => {
    const body = r.body as { max_tokens?: number; max_completion_tokens?: number };
    return "max_tokens" in body
      ? `max_tokens=${body.max_tokens}`
      : `max_completion_tokens=${body.max_completion_tokens}`;
  });

describe("token limit field", () => {
  it("GIVEN OpenAI's own API WHEN the field is chosen THEN it is max_completion_tokens, and max_tokens for any other server", () => {
    expect(defaultTokenParam(undefined)).toBe("max_completion_tokens");
    expect(defaultTokenParam("https://api.openai.com/v1")).toBe("max_completion_tokens");
    expect(defaultTokenParam("http://127.0.0.1:11434/v1")).toBe("max_tokens");
    expect(defaultTokenParam("https://example-resource.openai.azure.com/openai/v1")).toBe(
      "max_tokens",
    );
  });

  it("GIVEN a server that knows only max_tokens WHEN asked THEN max_tokens is sent and the answer comes from it", async () => {
    server.acceptTokenParams(["max_tokens"]);
    server.respond(reply("Hello from the model."));
    const { text } = await ask(await llmFor());
    expect(text).toBe("Hello from the model.");
    expect(limits()).toEqual(["max_tokens=123"]);
  });

  it("GIVEN a server that rejects max_tokens with a 400 naming it WHEN asked twice THEN the first answer retries once with max_completion_tokens and the second sends it at once", async () => {
    server.acceptTokenParams(["max_completion_tokens"]);
    server.respond(reply("First answer."), reply("Second answer."));
    const llm = await llmFor();
    expect((await ask(llm)).text).toBe("First answer.");
    expect((await ask(llm)).text).toBe("Second answer.");
    expect(limits()).toEqual([
      "max_tokens=123",
      "max_completion_tokens=123",
      "max_completion_tokens=123",
    ]);
  });

  it("GIVEN a 400 that does not name the field WHEN asked THEN it fails without a second request", async () => {
    server.respond(fail(400, { message: "messages: too long" }));
    await expect(ask(await llmFor())).rejects.toThrow(/HTTP 400/);
    expect(server.requests).toHaveLength(1);
  });

  it("GIVEN the field set explicitly WHEN the server rejects it THEN it is not switched", async () => {
    server.acceptTokenParams(["max_completion_tokens"]);
    await expect(ask(await llmFor({ tokenParam: "max_tokens" }))).rejects.toThrow(/HTTP 400/);
    expect(limits()).toEqual(["max_tokens=123"]);
  });

  it("GIVEN the field set to max_completion_tokens WHEN asking any server THEN that field is sent", async () => {
    server.respond(reply("ok"));
    await ask(await llmFor({ tokenParam: "max_completion_tokens" }));
    expect(limits()).toEqual(["max_completion_tokens=123"]);
  });
});

describe("cached prompt tokens", () => {
  it("GIVEN a server reporting cached tokens WHEN an answer ends THEN its usage carries them", async () => {
    server.respond(
      reply("ok", {
        usage: {
          prompt_tokens: 900,
          completion_tokens: 5,
          prompt_tokens_details: { cached_tokens: 768 },
        },
      }),
    );
    const { usage } = await ask(await llmFor());
    expect(usage).toEqual({ promptTokens: 900, completionTokens: 5, cachedPromptTokens: 768 });
  });

  it("GIVEN a server that does not report them WHEN an answer ends THEN usage has no cached count", async () => {
    server.respond(reply("ok", { usage: { prompt_tokens: 900, completion_tokens: 5 } }));
    expect((await ask(await llmFor())).usage).toEqual({ promptTokens: 900, completionTokens: 5 });
  });

  it("GIVEN a server with a prefix cache WHEN two questions share the system message THEN the second reports at least that message as cached", async () => {
    const cached = await startFakeOpenAI({ prefixCache: true });
    try {
      const llm = await createLlm({
        apiKey: "sk-test-0123456789abcdefghij",
        baseURL: cached.baseURL,
        model: "gpt-fake",
        maxTokens: 50,
        timeoutMs: 3_000,
        firstTokenTimeoutMs: 1_000,
        maxRetries: 0,
      });
      const system: ChatMessage = {
        role: "system",
        content: "A long and stable system message. ".repeat(40),
      };
      await ask(llm, [system, { role: "user", content: "first" }]);
      const { usage } = await ask(llm, [system, { role: "user", content: "second" }]);
      expect(usage?.cachedPromptTokens).toBeGreaterThanOrEqual(system.content.length / 4);
    } finally {
      await cached.close();
    }
  });
});
