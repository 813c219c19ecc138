/** The request log, waiting for requests, and fault injection (failNext). */

import type { FailResponse, RecordedRequest, RequestMatch, RouteResult } from "./types.ts";

interface Waiter {
  predicate: (r: RecordedRequest) => boolean;
  resolve: (r: RecordedRequest) => void;
}

interface FailRule {
  match: RequestMatch;
  response: FailResponse;
  remaining: number;
}

const DEFAULT_BODIES: Record<number, { message: string; code: number }> = {
  400: { message: "400: Bad Request", code: 0 },
  401: { message: "401: Unauthorized", code: 0 },
  403: { message: "Missing Permissions", code: 50013 },
  404: { message: "404: Not Found", code: 0 },
  500: { message: "500: Internal Server Error", code: 0 },
  502: { message: "502: Bad Gateway", code: 0 },
  503: { message: "503: Service Unavailable", code: 0 },
};

function matches(match: RequestMatch, method: string, route: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  const r = match.route;
  if (r === undefined) return true;
  if (typeof r === "string") {
    return r === route || r === route.slice(method.length + 1) || r === path;
  }
  r.lastIndex = 0;
  if (r.test(route)) return true;
  r.lastIndex = 0;
  return r.test(path);
}

/** A 429 always carries Retry-After and {message, retry_after, global}, or discord.js retries forever. */
function rateLimited(response: FailResponse): RouteResult {
  const given = (response.body ?? {}) as Record<string, unknown>;
  const headerRetry = response.headers?.["Retry-After"] ?? response.headers?.["retry-after"];
  const retryAfter = Number(given.retry_after ?? headerRetry ?? 0.05);
  const global = given.global === true;
  const body = {
    message: "You are being rate limited.",
    retry_after: retryAfter,
    global,
    ...given,
  };
  const headers: Record<string, string> = {
    "Retry-After": String(Math.max(retryAfter, 0)),
    "X-RateLimit-Scope": global ? "global" : "user",
    ...(global && { "X-RateLimit-Global": "true" }),
    ...response.headers,
  };
  return { status: 429, body, headers };
}

export class Recorder {
  readonly requests: RecordedRequest[] = [];
  private waiters = new Set<Waiter>();
  private rules: FailRule[] = [];

  record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of this.waiters) {
      if (waiter.predicate(request)) {
        this.waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  }

  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs: number): Promise<RecordedRequest> {
    const existing = this.requests.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.requests.map((r) => `${r.route} -> ${r.status}`).join("\n  ");
        reject(
          new Error(
            `waitForRequest: no match within ${timeoutMs} ms; seen:\n  ${seen || "(none)"}`,
          ),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      this.waiters.add(waiter);
    });
  }

  failNext(match: RequestMatch, response: FailResponse, times: number): void {
    this.rules.push({ match, response, remaining: times });
  }

  /** The injected failure for this request, if a rule matches (consuming one use). */
  takeFailure(method: string, route: string, path: string): RouteResult | null {
    const rule = this.rules.find((r) => matches(r.match, method, route, path));
    if (!rule) return null;
    rule.remaining--;
    if (rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
    const { response } = rule;
    if (response.status === 429) return rateLimited(response);
    const body = response.body ?? DEFAULT_BODIES[response.status] ?? { message: "Error", code: 0 };
    return { status: response.status, body, headers: { ...response.headers } };
  }
}
