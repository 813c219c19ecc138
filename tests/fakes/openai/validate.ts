/**
 * Checking a chat request body as OpenAI would: the SDK-typed schema first, then OpenAI's
 * cross-parameter rules; a refusal gets OpenAI's 400 shape and is recorded as a violation.
 */

import type { z } from "zod";
import { chatRequestSchema, UNSUPPORTED } from "./request-schema.ts";
import { strictSchemaProblem } from "./strict-schema.ts";

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
function crossCheck(body: z.output<typeof chatRequestSchema>): OpenAIError | null {
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
  const parsed = chatRequestSchema.safeParse(body, { reportInput: true });
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
