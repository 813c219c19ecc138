import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatRequestBody } from "./script.ts";

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The parsed body when it is a JSON object with a `messages` array, otherwise undefined. */
export function parseChatBody(raw: string): ChatRequestBody | undefined {
  try {
    const body: unknown = JSON.parse(raw);
    if (
      body &&
      typeof body === "object" &&
      Array.isArray((body as { messages?: unknown }).messages)
    ) {
      return body as ChatRequestBody;
    }
  } catch {}
  return undefined;
}

/** Lower-cased request headers without `authorization`; repeated headers joined with ", ". */
export function recordHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === "authorization" || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

export function json(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** An OpenAI-shaped error response. */
export function apiError(res: ServerResponse, status: number, message: string, type: string) {
  json(res, status, {
    error: { message: `fake OpenAI: ${message}`, type, param: null, code: null },
  });
}
