import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";

/**
 * Body of a `POST /v1/chat/completions` request, as parsed from the wire, after validate.ts
 * checked it against the SDK's request types.
 */
export type ChatRequestBody = ChatCompletionCreateParams;

export interface RecordedChatRequest {
  body: ChatRequestBody;
  /** Lower-cased request headers, `authorization` removed. */
  headers: Record<string, string>;
  /** `Date.now()` when the request body had been read. */
  at: number;
}

export type FinishReason = "stop" | "length" | "content_filter";

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  /** Reported as OpenAI does when part of the prompt came from its prefix cache. */
  prompt_tokens_details?: { cached_tokens: number };
}

export interface Pacing {
  /** Delay before the first chunk (streaming) or before the whole reply (non-streaming). */
  firstTokenDelayMs?: number;
  /** Delay between chunks; a non-streamed reply waits the sum of these too. */
  chunkDelayMs?: number;
  /** Characters of content per chunk. Default 8. */
  chunkSize?: number;
}

export interface ReplyOptions extends Pacing {
  finishReason?: FinishReason;
  /** Sent as `delta.refusal` / `message.refusal` (after any content). */
  refusal?: string;
  /** Default: rough counts (chars / 4) of the prompt and the reply. */
  usage?: Usage;
  /** Answer with one JSON completion even when streaming was asked for, as some servers do. */
  ignoreStream?: boolean;
}

export interface FailOptions {
  /** Full JSON body; overrides `message`/`type`/`code`. */
  body?: unknown;
  /** Merged over the defaults (`retry-after-ms: "10"` for 408/409/429/5xx). */
  headers?: Record<string, string>;
  message?: string;
  type?: string;
  code?: string | null;
}

export type Behaviour =
  | ({ kind: "reply"; text: string } & ReplyOptions)
  | { kind: "fail"; status: number; body: unknown; headers: Record<string, string> }
  | { kind: "hang" }
  | ({ kind: "cut"; text: string; afterChars: number } & Pacing)
  | { kind: "dynamic"; fn: (body: ChatRequestBody) => Behaviour };

export const DEFAULT_REPLY_TEXT = "This is a fake reply.";

export function reply(text: string, opts: ReplyOptions = {}): Behaviour {
  return { kind: "reply", text, ...opts };
}

const ERROR_DEFAULTS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: "Bad request", type: "invalid_request_error", code: null },
  401: {
    message: "Incorrect API key provided",
    type: "invalid_request_error",
    code: "invalid_api_key",
  },
  404: { message: "Not found", type: "invalid_request_error", code: null },
  429: { message: "Rate limit", type: "rate_limit_error", code: "rate_limit_exceeded" },
  500: { message: "The server had an error", type: "server_error", code: null },
  502: { message: "Bad gateway", type: "server_error", code: null },
  503: { message: "The engine is currently overloaded", type: "server_error", code: null },
};

/**
 * An error response. `fail(429, { code: "insufficient_quota" })` gives the quota variant
 * (its `type` is also set to `insufficient_quota`, as OpenAI does).
 */
export function fail(status: number, opts: FailOptions = {}): Behaviour {
  const base = ERROR_DEFAULTS[status] ?? {
    message: `HTTP ${status}`,
    type: "api_error",
    code: null,
  };
  const code = opts.code !== undefined ? opts.code : base.code;
  const type = opts.type ?? (code === "insufficient_quota" ? "insufficient_quota" : base.type);
  const message =
    opts.message ??
    (code === "insufficient_quota" ? "You exceeded your current quota" : base.message);
  const body = opts.body ?? { error: { message, type, param: null, code } };
  const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
  const headers = { ...(retryable ? { "retry-after-ms": "10" } : {}), ...opts.headers };
  return { kind: "fail", status, body, headers };
}

/** Accepts the request and never answers (until the client aborts or the server closes). */
export function hang(): Behaviour {
  return { kind: "hang" };
}

/** Streams the first `afterChars` characters of `text`, then destroys the socket (no [DONE]). */
export function cutStream(text: string, afterChars: number, pacing: Pacing = {}): Behaviour {
  return { kind: "cut", text, afterChars, ...pacing };
}

/** Chooses the behaviour from the request body (e.g. from the prompt). */
export function replyWith(fn: (body: ChatRequestBody) => Behaviour): Behaviour {
  return { kind: "dynamic", fn };
}

/** Queue of scripted behaviours with a fallback default. */
export class Script {
  private readonly queue: Behaviour[] = [];

  constructor(private fallback: Behaviour = reply(DEFAULT_REPLY_TEXT)) {}

  push(behaviours: Behaviour[]): void {
    this.queue.push(...behaviours);
  }

  setDefault(behaviour: Behaviour): void {
    this.fallback = behaviour;
  }

  clear(): void {
    this.queue.length = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Takes the next behaviour and resolves `replyWith` functions (up to 10 levels deep). */
  next(body: ChatRequestBody): Exclude<Behaviour, { kind: "dynamic" }> {
    let behaviour = this.queue.shift() ?? this.fallback;
    for (let depth = 0; behaviour.kind === "dynamic"; depth++) {
      if (depth >= 10) throw new Error("replyWith nested more than 10 levels");
      behaviour = behaviour.fn(body);
    }
    return behaviour;
  }
}
