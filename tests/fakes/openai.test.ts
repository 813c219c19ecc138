import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cutStream,
  DEFAULT_REPLY_TEXT,
  type FakeOpenAI,
  fail,
  hang,
  reply,
  replyWith,
  startFakeOpenAI,
} from "./openai/index.ts";

let llm: FakeOpenAI;

beforeEach(async () => {
  llm = await startFakeOpenAI();
});

afterEach(async () => {
  await llm.close();
});

function client(opts: { maxRetries?: number; timeout?: number } = {}): OpenAI {
  return new OpenAI({
    apiKey: "test",
    baseURL: llm.baseURL,
    maxRetries: 0,
    timeout: 5000,
    ...opts,
  });
}

const question = "What does the owner do for a living?";
const messages = [{ role: "user" as const, content: question }];

describe("fake OpenAI server", () => {
  it("GIVEN a scripted reply WHEN streaming with include_usage THEN the chunks assemble to the text with finish_reason and usage", async () => {
    llm.respond(reply("Hello there, this is a streamed answer.", { chunkSize: 5 }));
    const stream = await client().chat.completions.create({
      model: "gpt-test",
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let finish: string | null | undefined;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let roles = 0;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      const choice = chunk.choices[0];
      if (choice?.delta.role === "assistant") roles++;
      text += choice?.delta.content ?? "";
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("Hello there, this is a streamed answer.");
    expect(chunks).toBeGreaterThan(8);
    expect(roles).toBe(1);
    expect(finish).toBe("stop");
    expect(usage).toEqual({
      prompt_tokens: Math.ceil(question.length / 4),
      completion_tokens: 10,
      total_tokens: Math.ceil(question.length / 4) + 10,
    });
    expect(llm.lastRequest()?.body).toMatchObject({ model: "gpt-test", stream: true, messages });
    expect(llm.lastRequest()?.headers.authorization).toBeUndefined();
    expect(llm.lastRequest()?.headers["content-type"]).toContain("application/json");
  });

  it("GIVEN no script WHEN asking without streaming THEN a chat.completion echoes the default text", async () => {
    const res = await client().chat.completions.create({ model: "gpt-test", messages });
    expect(res.object).toBe("chat.completion");
    expect(res.model).toBe("gpt-test");
    expect(res.choices[0]?.message).toMatchObject({
      role: "assistant",
      content: DEFAULT_REPLY_TEXT,
    });
    expect(res.choices[0]?.finish_reason).toBe("stop");
    expect(res.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("GIVEN a reply with finishReason, refusal and usage WHEN not streaming THEN they are reported", async () => {
    const usage = { prompt_tokens: 7, completion_tokens: 3 };
    llm.respond(reply("", { finishReason: "content_filter", refusal: "I can't help.", usage }));
    const res = await client().chat.completions.create({ model: "gpt-test", messages });
    expect(res.choices[0]?.message.content).toBeNull();
    expect(res.choices[0]?.message.refusal).toBe("I can't help.");
    expect(res.choices[0]?.finish_reason).toBe("content_filter");
    expect(res.usage).toEqual({ ...usage, total_tokens: 10 });
  });

  it("GIVEN a 429 then a reply WHEN the SDK may retry once THEN it succeeds after 2 requests", async () => {
    llm.respond(fail(429), reply("after retry"));
    const res = await client({ maxRetries: 1 }).chat.completions.create({ model: "m", messages });
    expect(res.choices[0]?.message.content).toBe("after retry");
    expect(llm.requests).toHaveLength(2);
  });

  it("GIVEN insufficient_quota WHEN retries are off THEN a RateLimitError carries the code", async () => {
    llm.respond(fail(429, { code: "insufficient_quota" }));
    const err = await client()
      .chat.completions.create({ model: "m", messages })
      .catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err).toMatchObject({
      status: 429,
      code: "insufficient_quota",
      type: "insufficient_quota",
    });
  });

  it("GIVEN a 500 WHEN maxRetries is 0 THEN an APIError with status 500 is thrown", async () => {
    llm.respond(fail(500));
    const err = await client()
      .chat.completions.create({ model: "m", messages })
      .catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect(err.status).toBe(500);
    expect(llm.requests).toHaveLength(1);
  });

  it("GIVEN a hanging server WHEN the client timeout is 300 ms THEN APIConnectionTimeoutError is thrown", async () => {
    llm.respond(hang());
    const started = Date.now();
    const err = await client({ timeout: 300 })
      .chat.completions.create({ model: "m", messages })
      .catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("GIVEN cutStream WHEN iterating the stream THEN the iteration throws after the partial text", async () => {
    llm.respond(cutStream("This answer will be cut short.", 11, { chunkSize: 4 }));
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    let text = "";
    let finish: string | null | undefined;
    const err = await (async () => {
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? "";
        finish ??= chunk.choices[0]?.finish_reason;
      }
    })().catch((e: unknown) => e);
    expect(text).toBe("This answer");
    expect(finish).toBeNull();
    // The SDK does not wrap it: undici's fetch body fails with a bare TypeError("terminated").
    expect(err).toBeInstanceOf(TypeError);
    expect(err).not.toBeInstanceOf(OpenAI.OpenAIError);
    expect(err).toMatchObject({ message: "terminated", cause: { code: "UND_ERR_SOCKET" } });
  });

  it("GIVEN cutStream WHEN not streaming THEN the truncated body makes the call throw", async () => {
    llm.respond(cutStream("This answer will be cut short.", 11));
    const err = await client()
      .chat.completions.create({ model: "m", messages })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toMatch(/terminated/);
  });

  it("GIVEN firstTokenDelayMs WHEN streaming THEN the first chunk arrives after the delay", async () => {
    llm.respond(reply("slow start", { firstTokenDelayMs: 150, chunkDelayMs: 10, chunkSize: 5 }));
    const started = Date.now();
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    const arrivals: number[] = [];
    for await (const _chunk of stream) arrivals.push(Date.now() - started);
    expect(arrivals[0]).toBeGreaterThanOrEqual(140);
    expect(arrivals).toHaveLength(3); // two content chunks and the finish chunk
  });

  it("GIVEN a prompt-dependent script WHEN asking THEN replyWith picks the behaviour from the body", async () => {
    llm.setDefault(
      replyWith((body) => {
        const last = body.messages.at(-1)?.content;
        return typeof last === "string" && last.includes("boom")
          ? fail(503)
          : reply(`echo: ${last}`);
      }),
    );
    const c = client();
    const ok = await c.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
    });
    expect(ok.choices[0]?.message.content).toBe("echo: hi");
    const err = await c.chat.completions
      .create({ model: "m", messages: [{ role: "user", content: "boom" }] })
      .catch((e) => e);
    expect(err).toMatchObject({ status: 503 });
  });

  it("GIVEN a request hanging WHEN close() is called THEN it returns promptly and the client errors", async () => {
    llm.respond(hang());
    const pending = client({ timeout: 20_000 })
      .chat.completions.create({ model: "m", messages })
      .catch((e) => e);
    await llm.waitForRequests(1);
    const started = Date.now();
    await llm.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it("GIVEN the models endpoint WHEN listing THEN one model is returned", async () => {
    const page = await client().models.list();
    expect(page.data.map((m) => m.id)).toEqual(["gpt-fake"]);
    expect(llm.requests).toHaveLength(0);
  });

  it("GIVEN recorded requests WHEN reset() is called THEN the queue and the records are cleared", async () => {
    llm.respond(fail(500));
    await client()
      .chat.completions.create({ model: "m", messages })
      .catch(() => undefined);
    llm.respond(fail(500));
    llm.reset();
    expect(llm.requests).toHaveLength(0);
    const res = await client().chat.completions.create({ model: "m", messages });
    expect(res.choices[0]?.message.content).toBe(DEFAULT_REPLY_TEXT);
    await expect(llm.waitForRequests(2, 50)).rejects.toThrow(/expected 2 requests/);
  });
});
