import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, reply, startFakeOpenAI } from "./openai/index.ts";

let llm: FakeOpenAI;

beforeEach(async () => {
  llm = await startFakeOpenAI();
});

afterEach(async () => {
  await llm.close();
});

const messages = [
  { role: "system" as const, content: "Answer from the profile only." },
  { role: "user" as const, content: "What does the owner do?" },
];

/** Posts a raw body, as a client that bypasses the SDK's types could. */
async function post(body: unknown): Promise<[number, { error?: Record<string, unknown> }]> {
  const response = await fetch(`${llm.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer test" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return [response.status, (await response.json()) as { error?: Record<string, unknown> }];
}

/** Checks OpenAI's 400 shape and the recorded violation; returns the error. */
async function refused(body: unknown): Promise<Record<string, unknown>> {
  const [status, answer] = await post(body);
  expect(status).toBe(400);
  expect(answer.error).toMatchObject({ type: "invalid_request_error" });
  expect(Object.keys(answer.error ?? {}).sort()).toEqual(["code", "message", "param", "type"]);
  expect(llm.violations).toHaveLength(1);
  expect(llm.violations[0]?.rules[0]).toContain(String(answer.error?.param ?? "(body)"));
  expect(llm.requests).toEqual([]);
  return answer.error ?? {};
}

const jsonSchema = (schema: Record<string, unknown>) => ({
  type: "json_schema" as const,
  json_schema: { name: "answer", strict: true, schema },
});

describe("fake OpenAI holds chat requests to the openai SDK's request types", () => {
  it("GIVEN the requests askme's engine makes WHEN sent through the SDK THEN none is refused", async () => {
    const client = new OpenAI({ apiKey: "test", baseURL: llm.baseURL, maxRetries: 0 });
    llm.respond(reply("streamed"), reply('{"answer":"x"}'));

    const stream = await client.chat.completions.create({
      model: "gpt-fake",
      messages,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 400,
      temperature: 0.2,
    });
    for await (const _ of stream) {
      // drain
    }
    await client.chat.completions.create({
      model: "gpt-fake",
      messages: [...messages, { role: "assistant", content: "Earlier answer" }],
      max_completion_tokens: 200,
      response_format: jsonSchema({
        type: "object",
        properties: {
          answer: { type: "string" },
          sources: { type: "array", items: { type: "string" } },
        },
        required: ["answer", "sources"],
        additionalProperties: false,
      }),
    });

    expect(llm.violations).toEqual([]);
    expect(llm.requests).toHaveLength(2);
  });

  it("GIVEN a parameter the SDK does not have WHEN sent THEN 400 unknown_parameter names it", async () => {
    const error = await refused({ model: "m", messages, max_tokenz: 10 });

    expect(error).toMatchObject({
      param: "max_tokenz",
      code: "unknown_parameter",
      message: "Unrecognized request argument supplied: max_tokenz",
    });
  });

  it("GIVEN a message role the SDK does not have WHEN sent THEN 400 names messages[1].role", async () => {
    const error = await refused({
      model: "m",
      messages: [messages[0], { role: "bot", content: "x" }],
    });

    expect(error).toMatchObject({ param: "messages[1].role", code: "invalid_value" });
    expect(String(error.message)).toContain("'developer'");
  });

  it("GIVEN content that is neither a string nor parts WHEN sent THEN 400 names messages[0].content", async () => {
    const error = await refused({ model: "m", messages: [{ role: "user", content: 42 }] });

    expect(error.param).toBe("messages[0].content");
  });

  it("GIVEN no messages, or no model WHEN sent THEN 400 names the missing parameter", async () => {
    const error = await refused({ model: "m", messages: [] });
    expect(error).toMatchObject({ param: "messages", code: "empty_array" });

    llm.violations.length = 0;
    const missing = await refused({ messages });
    expect(missing).toMatchObject({ param: "model", code: "missing_required_parameter" });
  });

  it("GIVEN a temperature of 3 or a fractional max_tokens WHEN sent THEN 400 names the parameter", async () => {
    expect((await refused({ model: "m", messages, temperature: 3 })).param).toBe("temperature");

    llm.violations.length = 0;
    expect((await refused({ model: "m", messages, max_tokens: 1.5 })).param).toBe("max_tokens");
  });

  it("GIVEN stream_options without stream WHEN sent THEN 400, as OpenAI allows them only when streaming", async () => {
    const error = await refused({ model: "m", messages, stream_options: { include_usage: true } });

    expect(error.param).toBe("stream_options");
  });

  it("GIVEN response_format json_object WHEN no message mentions JSON THEN 400 names messages", async () => {
    const error = await refused({ model: "m", messages, response_format: { type: "json_object" } });

    expect(error.param).toBe("messages");
    expect(String(error.message)).toContain("must contain the word 'json'");
  });

  it("GIVEN a strict json_schema whose object allows extra properties WHEN sent THEN 400 explains the rule", async () => {
    const schema = {
      type: "object",
      properties: { answer: { type: "string" } },
      required: ["answer"],
    };

    const error = await refused({ model: "m", messages, response_format: jsonSchema(schema) });

    expect(error.param).toBe("response_format");
    expect(String(error.message)).toContain(
      "'additionalProperties' is required to be supplied and to be false",
    );
  });

  it("GIVEN a strict json_schema with a property not required WHEN sent THEN 400 names the property", async () => {
    const schema = {
      type: "object",
      properties: { answer: { type: "string" }, note: { type: "string" } },
      required: ["answer"],
      additionalProperties: false,
    };

    const error = await refused({ model: "m", messages, response_format: jsonSchema(schema) });

    expect(String(error.message)).toContain("Missing 'note'");
  });

  it("GIVEN a json_schema name with a space WHEN sent THEN 400 names response_format.json_schema.name", async () => {
    const format = {
      type: "json_schema",
      json_schema: { name: "my answer", schema: { type: "object" } },
    };

    const error = await refused({ model: "m", messages, response_format: format });

    expect(error.param).toBe("response_format.json_schema.name");
  });

  it("GIVEN tools WHEN sent THEN 400, as the fake serves no tool calls", async () => {
    const tools = [{ type: "function", function: { name: "lookup", parameters: {} } }];

    const error = await refused({ model: "m", messages, tools });

    expect(error).toMatchObject({ param: "tools", code: "unsupported_parameter" });
  });

  it("GIVEN a body that is not JSON WHEN sent THEN 400 and a recorded violation", async () => {
    const error = await refused("{not json");

    expect(error.message).toBe("We could not parse the JSON body of your request.");
  });
});
