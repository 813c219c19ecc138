/** The HTTP server: REST under /api/v10 (recorded, fault-injectable) and the gateway upgrade. */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Gateway } from "./gateway.ts";
import { parseBody, readRaw, writeResult } from "./http.ts";
import type { Recorder } from "./recorder.ts";
import type { RouteContext, RouteMatch, Router } from "./router.ts";
import type { DiscordSpec, SpecOperation } from "./spec.ts";
import { RestError, type RouteResult, type Violation } from "./types.ts";
import { validateRequest } from "./validate-request.ts";
import { restViolation } from "./violations.ts";

export const API_PREFIX = "/api/v10";

export interface ServerDeps {
  router: Router;
  recorder: Recorder;
  gateway: Gateway;
  token: string;
  spec: DiscordSpec;
  violations: Violation[];
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
  const op = versioned ? deps.spec.operation(method, path) : undefined;
  let result: RouteResult;
  try {
    if (versioned && !op) throw unknownOperation(deps, method, path, json);
    result = runRoute(
      deps,
      req,
      { match, op, route, path },
      { params: {}, body: json, files, query },
    );
  } catch (error) {
    if (error instanceof RestError && error.violation) {
      deps.violations.push(restViolation(op?.key ?? `${method} ${path}`, error, json));
    }
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

/** A request Discord's API has no operation for (a caller's bug): recorded, then 404 or 405. */
function unknownOperation(deps: ServerDeps, method: string, path: string, body: unknown) {
  const known = deps.spec.hasPath(path);
  const status = known ? 405 : 404;
  const rule = known ? "no such method for this path" : "no such path";
  deps.violations.push({
    where: `${method} ${path}`,
    rules: [`(request): UNKNOWN_OPERATION (${rule} in Discord's API)`],
    status,
    body,
  });
  return new RestError(status, 0, known ? "405: Method Not Allowed" : "404: Not Found");
}

interface Target {
  match: RouteMatch;
  op: SpecOperation | undefined;
  route: string;
  path: string;
}

/**
 * Auth, then the body against Discord's spec and rules (so an injected failure never hides a
 * broken rule), then an injected failure if one matches, then the route's handler.
 */
function runRoute(
  deps: ServerDeps,
  req: IncomingMessage,
  { match, op, route, path }: Target,
  ctx: RouteContext,
): RouteResult {
  if (match.kind === "not-found") throw new RestError(404, 0, "404: Not Found");
  if (match.kind === "method-not-allowed") throw new RestError(405, 0, "405: Method Not Allowed");
  if (!match.def.noAuth && req.headers.authorization !== `Bot ${deps.token}`) {
    throw new RestError(401, 0, "401: Unauthorized");
  }
  if (op) validateRequest(deps.spec, op, ctx.body, ctx.files.length);
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
