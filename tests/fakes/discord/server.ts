/** The HTTP server: REST under /api/v10 (recorded, fault-injectable) and the gateway upgrade. */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Gateway } from "./gateway.ts";
import { parseBody, readRaw, writeResult } from "./http.ts";
import type { Recorder } from "./recorder.ts";
import type { RouteContext, RouteMatch, Router } from "./router.ts";
import { RestError, type RouteResult } from "./types.ts";

export const API_PREFIX = "/api/v10";

export interface ServerDeps {
  router: Router;
  recorder: Recorder;
  gateway: Gateway;
  token: string;
}

function decodePath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const at = performance.now();
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const versioned = url.pathname.startsWith(`${API_PREFIX}/`) || url.pathname === API_PREFIX;
  const path = decodePath(versioned ? url.pathname.slice(API_PREFIX.length) || "/" : url.pathname);
  const { json, files } = parseBody(await readRaw(req), req.headers["content-type"]);
  const match = versioned ? deps.router.match(method, path) : { kind: "not-found" as const };
  const route = match.kind === "found" ? `${method} ${match.def.pattern}` : `${method} ${path}`;

  const query = Object.fromEntries(url.searchParams);
  let result: RouteResult;
  try {
    result = runRoute(deps, req, match, route, path, { params: {}, body: json, files, query });
  } catch (error) {
    result = toErrorResult(error);
  }
  const response = result.status === 204 ? null : (result.body ?? null);
  deps.recorder.record({
    method,
    path,
    route,
    body: json,
    query,
    files,
    at,
    status: result.status,
    response,
  });
  writeResult(res, result);
}

/** Auth, then an injected failure if one matches, then the route's handler. */
function runRoute(
  deps: ServerDeps,
  req: IncomingMessage,
  match: RouteMatch,
  route: string,
  path: string,
  ctx: RouteContext,
): RouteResult {
  if (match.kind === "not-found") throw new RestError(404, 0, "404: Not Found");
  if (match.kind === "method-not-allowed") throw new RestError(405, 0, "405: Method Not Allowed");
  if (!match.def.noAuth && req.headers.authorization !== `Bot ${deps.token}`) {
    throw new RestError(401, 0, "401: Unauthorized");
  }
  const injected = deps.recorder.takeFailure(match.def.method, route, path);
  return injected ?? match.def.handler({ ...ctx, params: match.params });
}

function toErrorResult(error: unknown): RouteResult {
  if (error instanceof RestError) return { status: error.status, body: error.toBody() };
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[fake-discord] route handler bug: ${String(error)}\n`);
  return {
    status: 500,
    body: { message: `500: Internal Server Error (fake: ${message})`, code: 0 },
  };
}

/** Starts listening on 127.0.0.1 (random port unless given). */
export async function startServer(
  deps: ServerDeps,
  port = 0,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent) writeResult(res, toErrorResult(error));
    });
  });
  server.on("upgrade", (req, socket, head) => deps.gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

export async function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
