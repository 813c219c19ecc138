/** A tiny path router: `/channels/:id/messages/:mid` templates, literal segments win by order. */

import type { FilePart, RouteResult } from "./types.ts";

export interface RouteContext {
  params: Record<string, string>;
  body: unknown;
  files: FilePart[];
  query: Record<string, string>;
}

export interface RouteDef {
  method: string;
  /** Template such as `/channels/:id/messages`; literal segments (e.g. `@original`) must come first. */
  pattern: string;
  /** Webhook and interaction-callback routes are called without the bot token. */
  noAuth?: boolean;
  handler: (ctx: RouteContext) => RouteResult;
}

export type RouteMatch =
  | { kind: "found"; def: RouteDef; params: Record<string, string> }
  | { kind: "method-not-allowed"; pattern: string }
  | { kind: "not-found" };

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split("/").filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] as string;
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

export class Router {
  constructor(private readonly routes: RouteDef[]) {}

  match(method: string, path: string): RouteMatch {
    const segments = path.split("/").filter(Boolean);
    let samePath: string | null = null;
    for (const def of this.routes) {
      const params = matchPattern(def.pattern, segments);
      if (!params) continue;
      if (def.method === method) return { kind: "found", def, params };
      samePath ??= def.pattern;
    }
    return samePath ? { kind: "method-not-allowed", pattern: samePath } : { kind: "not-found" };
  }
}

/** The body as a plain object ({} when absent or not an object). */
export function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}
