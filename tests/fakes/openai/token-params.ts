import type { ChatRequestBody } from "./script.ts";

/** The request fields that cap a completion's length. */
export type TokenParam = "max_tokens" | "max_completion_tokens";

/** An OpenAI-shaped 400 error body. */
export interface RejectedParam {
  error: { message: string; type: string; param: string | null; code: string | null };
}

// Worded as the servers do: OpenAI's reasoning models name the field in `param` and `code`;
// a server that only knows `max_tokens` names the unknown field in its message alone.
const REJECTIONS: Record<TokenParam, RejectedParam> = {
  max_tokens: {
    error: {
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      type: "invalid_request_error",
      param: "max_tokens",
      code: "unsupported_parameter",
    },
  },
  max_completion_tokens: {
    error: {
      message: "Unrecognized request argument supplied: max_completion_tokens",
      type: "invalid_request_error",
      param: null,
      code: null,
    },
  },
};

/** The 400 body for a request carrying a token field the server does not accept, if any. */
export function rejectedTokenParam(
  body: ChatRequestBody,
  accepted: readonly TokenParam[],
): RejectedParam | undefined {
  for (const param of ["max_tokens", "max_completion_tokens"] as const) {
    if (param in body && !accepted.includes(param)) return REJECTIONS[param];
  }
  return undefined;
}

/** Rough tokens (4 characters each) that two requests' messages share from their start. */
export function sharedPrefixTokens(a: ChatRequestBody | undefined, b: ChatRequestBody): number {
  if (!a) return 0;
  const x = JSON.stringify(a.messages);
  const y = JSON.stringify(b.messages);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return Math.floor(i / 4);
}
