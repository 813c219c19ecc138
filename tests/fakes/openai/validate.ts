/**
 * Chat Completions request checks, held to the openai SDK's request types: the zod schema below
 * is checked at compile time against `ChatCompletionCreateParams`, so an SDK upgrade that changes
 * a modelled shape, or adds or drops a parameter, breaks the typecheck until this file follows.
 */

import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartRefusal,
  ChatCompletionContentPartText,
  ChatCompletionCreateParamsBase,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import { z } from "zod";
import { strictSchemaProblem } from "./strict-schema.ts";

const opt = z.exactOptional;

const breakpoint = z.strictObject({ mode: z.literal("explicit") });
const textPart = z.strictObject({
  type: z.literal("text"),
  text: z.string(),
  prompt_cache_breakpoint: opt(breakpoint),
});
const userPart = z.discriminatedUnion("type", [
  textPart,
  z.strictObject({
    type: z.literal("image_url"),
    image_url: z.strictObject({
      url: z.string(),
      detail: opt(z.enum(["auto", "low", "high"])),
    }),
    prompt_cache_breakpoint: opt(breakpoint),
  }),
  z.strictObject({
    type: z.literal("input_audio"),
    input_audio: z.strictObject({ data: z.string(), format: z.enum(["wav", "mp3"]) }),
    prompt_cache_breakpoint: opt(breakpoint),
  }),
  z.strictObject({
    type: z.literal("file"),
    file: z.strictObject({
      file_data: opt(z.string()),
      file_id: opt(z.string()),
      filename: opt(z.string()),
    }),
    prompt_cache_breakpoint: opt(breakpoint),
  }),
]);
const refusalPart = z.strictObject({ type: z.literal("refusal"), refusal: z.string() });
const textContent = z.union([z.string(), z.array(textPart)]);

// Assistant messages without tool_calls, function_call or audio: the fake serves no tool flows.
const message = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("developer"), content: textContent, name: opt(z.string()) }),
  z.strictObject({ role: z.literal("system"), content: textContent, name: opt(z.string()) }),
  z.strictObject({
    role: z.literal("user"),
    content: z.union([z.string(), z.array(userPart)]),
    name: opt(z.string()),
  }),
  z.strictObject({
    role: z.literal("assistant"),
    content: opt(
      z.nullable(
        z.union([z.string(), z.array(z.discriminatedUnion("type", [textPart, refusalPart]))]),
      ),
    ),
    name: opt(z.string()),
    refusal: opt(z.nullable(z.string())),
  }),
  z.strictObject({ role: z.literal("tool"), content: textContent, tool_call_id: z.string() }),
  z.strictObject({
    role: z.literal("function"),
    content: z.nullable(z.string()),
    name: z.string(),
  }),
]);

const responseFormat = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text") }),
  z.strictObject({ type: z.literal("json_object") }),
  z.strictObject({
    type: z.literal("json_schema"),
    json_schema: z.strictObject({
      name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
      description: opt(z.string()),
      schema: opt(z.record(z.string(), z.unknown())),
      strict: opt(z.nullable(z.boolean())),
    }),
  }),
]);

/** The parameters the fake models; the rest of the SDK's are ignored or refused below. */
const modelled = {
  model: z.string(),
  messages: z.array(message).min(1),
  stream: opt(z.nullable(z.boolean())),
  stream_options: opt(
    z.nullable(
      z.strictObject({ include_obfuscation: opt(z.boolean()), include_usage: opt(z.boolean()) }),
    ),
  ),
  max_tokens: opt(z.nullable(z.int().min(1))),
  max_completion_tokens: opt(z.nullable(z.int().min(1))),
  temperature: opt(z.nullable(z.number().min(0).max(2))),
  response_format: opt(responseFormat),
};

/** SDK parameters that do not change what the fake answers; accepted as sent. */
const IGNORED = [
  "frequency_penalty",
  "logit_bias",
  "logprobs",
  "metadata",
  "moderation",
  "n",
  "presence_penalty",
  "prompt_cache_key",
  "prompt_cache_options",
  "prompt_cache_retention",
  "reasoning_effort",
  "safety_identifier",
  "seed",
  "service_tier",
  "stop",
  "store",
  "top_logprobs",
  "top_p",
  "user",
  "verbosity",
] as const;

/** SDK parameters asking for what the fake cannot serve (tools, audio, …); askme sends none. */
const UNSUPPORTED = [
  "audio",
  "function_call",
  "functions",
  "modalities",
  "parallel_tool_calls",
  "prediction",
  "tool_choice",
  "tools",
  "web_search_options",
] as const;

const request = z
  .object({
    ...modelled,
    ...Object.fromEntries(IGNORED.map((key) => [key, opt(z.unknown())])),
  })
  .strict();

// Compile-time ties to the SDK. Mutual assignability: each side accepts what the other does.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Base = ChatCompletionCreateParamsBase;
type Modelled = keyof typeof modelled;
type Listed = Modelled | (typeof IGNORED)[number] | (typeof UNSUPPORTED)[number];
type Simple = Exclude<Modelled, "messages">;
type Input<K extends Modelled> = z.input<z.ZodObject<Pick<typeof modelled, K>>>;

/** Fails to compile when the SDK's request shape and this file's schema drift apart. */
export type SdkShapeChecks = [
  // Every SDK parameter is modelled, ignored or refused, and no other name is.
  Assert<Same<Listed, keyof Base>>,
  // The modelled parameters other than messages take exactly what the SDK's types take.
  Assert<Same<Input<Simple>, Pick<Base, Simple>>>,
  // Every message the fake accepts is one the SDK can send, with the SDK's roles and parts.
  Assert<z.input<typeof message> extends ChatCompletionMessageParam ? true : false>,
  Assert<Same<z.input<typeof message>["role"], ChatCompletionMessageParam["role"]>>,
  Assert<Same<z.input<typeof userPart>, ChatCompletionContentPart>>,
  Assert<Same<z.input<typeof textPart>, ChatCompletionContentPartText>>,
  Assert<Same<z.input<typeof refusalPart>, ChatCompletionContentPartRefusal>>,
];

/** OpenAI's 400 body: `{error: {message, type, param, code}}`. */
export interface OpenAIError {
  message: string;
  type: "invalid_request_error";
  param: string | null;
  code: string | null;
}

/** A chat request the fake refused because OpenAI (or the SDK's types) would. */
export interface ChatViolation {
  where: "POST /v1/chat/completions";
  /** `param: code (message)`, one line per broken rule. */
  rules: string[];
  status: 400;
  body: unknown;
  /** The error answered. */
  error: OpenAIError;
}

function paramOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function fromIssue(issue: z.core.$ZodIssue): OpenAIError {
  const param = paramOf(issue.path);
  const fail = (code: string, message: string): OpenAIError => ({
    message,
    type: "invalid_request_error",
    param: param || null,
    code,
  });
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      const named = param ? `${param}.${key}` : key;
      return {
        ...fail("unknown_parameter", `Unrecognized request argument supplied: ${named}`),
        param: named,
      };
    }
    case "invalid_type":
      if (issue.input === undefined) {
        return fail("missing_required_parameter", `Missing required parameter: '${param}'.`);
      }
      return fail("invalid_type", `Invalid type for '${param}': expected ${issue.expected}.`);
    case "invalid_union":
      if ("options" in issue && issue.options) {
        const values = issue.options.map((o) => `'${String(o)}'`).join(", ");
        return fail(
          "invalid_value",
          `Invalid value for '${param}'. Supported values are: ${values}.`,
        );
      }
      return fail("invalid_value", `Invalid value for '${param}'.`);
    case "invalid_value":
      return fail(
        "invalid_value",
        `Invalid value for '${param}'. Supported values are: ${issue.values.map((v) => `'${String(v)}'`).join(", ")}.`,
      );
    case "too_big":
      return fail("invalid_value", `Invalid '${param}': expected a value <= ${issue.maximum}.`);
    case "too_small":
      if (issue.origin === "array") {
        return fail(
          "empty_array",
          `Invalid '${param}': empty array. Expected an array with minimum length ${issue.minimum}.`,
        );
      }
      return fail("invalid_value", `Invalid '${param}': expected a value >= ${issue.minimum}.`);
    default:
      return fail("invalid_value", `Invalid '${param}': ${issue.message}`);
  }
}

function mentionsJson(messages: readonly { content?: unknown }[]): boolean {
  return messages.some((m) => /json/i.test(JSON.stringify(m.content ?? "")));
}

/** The rules OpenAI applies across parameters, once each one is well formed. */
function crossCheck(body: z.output<typeof request>): OpenAIError | null {
  const invalid = (param: string, message: string): OpenAIError => ({
    message,
    type: "invalid_request_error",
    param,
    code: "invalid_value",
  });
  if (body.stream_options != null && body.stream !== true) {
    return invalid(
      "stream_options",
      "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
    );
  }
  const format = body.response_format;
  if (format?.type === "json_object" && !mentionsJson(body.messages)) {
    const message =
      "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.";
    return invalid("messages", message);
  }
  if (format?.type === "json_schema" && format.json_schema.strict === true) {
    const problem = strictSchemaProblem(format.json_schema.schema);
    if (problem) {
      const message = `Invalid schema for response_format '${format.json_schema.name}': ${problem}`;
      return invalid("response_format", message);
    }
  }
  return null;
}

/** The parsed JSON, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The 400 OpenAI would answer to this chat request body (undefined: not JSON), or null. */
export function chatRequestError(body: unknown): OpenAIError | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return {
      message: "We could not parse the JSON body of your request.",
      type: "invalid_request_error",
      param: null,
      code: null,
    };
  }
  const refused = UNSUPPORTED.find((key) => key in body);
  if (refused) {
    return {
      message: `fake OpenAI: '${refused}' is not supported by this fake (it serves plain chat only).`,
      type: "invalid_request_error",
      param: refused,
      code: "unsupported_parameter",
    };
  }
  const parsed = request.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
    return first ? fromIssue(first) : null;
  }
  return crossCheck(parsed.data);
}

/** Checks a body; returns the violation to record and answer, or null. */
export function chatViolation(body: unknown): ChatViolation | null {
  const error = chatRequestError(body);
  if (!error) return null;
  const rule = `${error.param ?? "(body)"}: ${error.code ?? "invalid"} (${error.message})`;
  return { where: "POST /v1/chat/completions", rules: [rule], status: 400, body, error };
}
