import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { perform } from "./respond.ts";
import {
  type Behaviour,
  type ChatRequestBody,
  type RecordedChatRequest,
  Script,
} from "./script.ts";
import { rejectedTokenParam, sharedPrefixTokens, type TokenParam } from "./token-params.ts";
import { type ChatViolation, chatViolation, parseJson } from "./validate.ts";
import { apiError, json, readBody, recordHeaders } from "./wire.ts";

export interface StartFakeOpenAIOptions {
  /** Used when the queue is empty. Default: `reply(DEFAULT_REPLY_TEXT)`. */
  defaultBehaviour?: Behaviour;
  /** Model reported when the request names none, and listed by `GET /v1/models`. */
  model?: string;
  /**
   * Token-limit fields the server accepts (default both); a request with another one gets a 400
   * naming it, as OpenAI's reasoning models do for `max_tokens` and older servers for
   * `max_completion_tokens`. The rejected request is recorded and uses up no behaviour.
   */
  acceptedTokenParams?: readonly TokenParam[];
  /**
   * Report `usage.prompt_tokens_details.cached_tokens` like a prefix cache: the rough tokens the
   * request's messages share from their start with the previous request's (unless `usage` is set).
   */
  prefixCache?: boolean;
}

export interface FakeOpenAI {
  /** `http://127.0.0.1:PORT/v1`, for `new OpenAI({ apiKey: "test", baseURL })`. */
  readonly baseURL: string;
  readonly port: number;
  /** Live array of chat requests, oldest first (emptied in place by `reset()`). */
  readonly requests: RecordedChatRequest[];
  /**
   * Chat requests refused with a 400 because OpenAI or the SDK's types would not accept them,
   * oldest first (kept by `reset()`); they are not in `requests`.
   */
  readonly violations: ChatViolation[];
  lastRequest(): RecordedChatRequest | undefined;
  /** Resolves once at least `n` chat requests have been recorded; rejects after `timeoutMs`. */
  waitForRequests(n: number, timeoutMs?: number): Promise<void>;
  /** Queues behaviours; each chat request consumes the next one. */
  respond(...behaviours: Behaviour[]): void;
  /** Behaviour used when the queue is empty. */
  setDefault(behaviour: Behaviour): void;
  /** Changes which token-limit fields are accepted (see `StartFakeOpenAIOptions`). */
  acceptTokenParams(params: readonly TokenParam[]): void;
  /** Clears the queue and the recorded requests (the default behaviour stays). */
  reset(): void;
  /** Destroys open sockets (hanging requests included) and stops listening. Idempotent. */
  close(): Promise<void>;
}

interface Waiter {
  n: number;
  resolve: () => void;
}

const DEFAULT_MODEL = "gpt-fake";

export async function startFakeOpenAI(options: StartFakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const model = options.model ?? DEFAULT_MODEL;
  const script = new Script(options.defaultBehaviour);
  const requests: RecordedChatRequest[] = [];
  const violations: ChatViolation[] = [];
  let waiters: Waiter[] = [];
  let accepted: readonly TokenParam[] = options.acceptedTokenParams ?? [
    "max_tokens",
    "max_completion_tokens",
  ];
  let previous: RecordedChatRequest["body"] | undefined;

  const notify = () => {
    const ready = waiters.filter((w) => requests.length >= w.n);
    waiters = waiters.filter((w) => requests.length < w.n);
    for (const w of ready) w.resolve();
  };

  async function chat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const controller = new AbortController();
    res.on("close", () => controller.abort());
    const parsed = parseJson(await readBody(req));
    const violation = chatViolation(parsed);
    if (violation) {
      violations.push(violation);
      return json(res, 400, { error: violation.error });
    }
    const body = parsed as ChatRequestBody;
    requests.push({ body, headers: recordHeaders(req), at: Date.now() });
    notify();
    const rejected = rejectedTokenParam(body, accepted);
    if (rejected) return json(res, 400, rejected);
    const cachedTokens = options.prefixCache ? sharedPrefixTokens(previous, body) : undefined;
    previous = body;
    let behaviour: ReturnType<Script["next"]>;
    try {
      behaviour = script.next(body);
    } catch (err) {
      return apiError(res, 500, `replyWith threw: ${String(err)}`, "server_error");
    }
    await perform(
      {
        res,
        body,
        signal: controller.signal,
        model: body.model ?? model,
        ...(cachedTokens !== undefined ? { cachedTokens } : {}),
      },
      behaviour,
    );
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = `${req.method} ${path}`;
    let handled: Promise<void> | undefined;
    if (route === "POST /v1/chat/completions") handled = chat(req, res);
    else if (route === "GET /v1/models") {
      const data = [{ id: model, object: "model", created: 1_700_000_000, owned_by: "fake" }];
      json(res, 200, { object: "list", data });
    } else apiError(res, 404, `no route for ${route}`, "invalid_request_error");
    handled?.catch(() => res.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    violations,
    lastRequest: () => requests.at(-1),
    waitForRequests(n, timeoutMs = 5000) {
      if (requests.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(
            new Error(
              `fake OpenAI: expected ${n} requests within ${timeoutMs} ms, got ${requests.length}`,
            ),
          );
        }, timeoutMs);
        const waiter: Waiter = {
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        waiters.push(waiter);
      });
    },
    respond: (...behaviours) => script.push(behaviours),
    setDefault: (behaviour) => script.setDefault(behaviour),
    acceptTokenParams: (params) => {
      accepted = params;
    },
    reset() {
      script.clear();
      requests.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
