/**
 * Discord's OpenAPI description, from the `discord-api-spec` package: the list of operations
 * (method + path template) and the zod schemas generated from its component schemas.
 */

import type { ZodMiniType } from "zod/mini";

/** The package's zod schemas by name, e.g. `MessageCreateRequestSchema`. */
export type SpecSchemas = Readonly<Record<string, ZodMiniType | undefined>>;

/** One operation of the spec, e.g. `POST /channels/{channel_id}/messages`. */
export interface SpecOperation {
  method: string;
  template: string;
  /** `METHOD template`, the key rules and schemas are looked up by. */
  key: string;
}

/** What the fake needs from the spec. */
export interface DiscordSpec {
  /** The operation a request is; literal segments (`@original`, `@me`) win over parameters. */
  operation(method: string, path: string): SpecOperation | undefined;
  /** Whether the spec has this path under any method. */
  hasPath(path: string): boolean;
  readonly schemas: SpecSchemas;
}

type PathsList = Readonly<Record<string, readonly string[]>>;

// Imported through variables so TypeScript does not load the package's type entry: it is a .ts
// file written for looser compiler options than ours and would fail this project's typecheck.
const PATHS_MODULE = "discord-api-spec";
const SCHEMAS_MODULE = "discord-api-spec/zod";

/** Literal-segment count when `template` matches `segments`, else -1. */
function score(template: string, segments: readonly string[]): number {
  const parts = template.split("/").filter(Boolean);
  if (parts.length !== segments.length) return -1;
  let literals = 0;
  for (const [i, part] of parts.entries()) {
    if (part.startsWith("{")) continue;
    if (part !== segments[i]) return -1;
    literals++;
  }
  return literals;
}

function bestTemplate(templates: readonly string[], path: string): string | undefined {
  const segments = path.split("/").filter(Boolean);
  let best: string | undefined;
  let bestScore = -1;
  for (const template of templates) {
    const s = score(template, segments);
    if (s > bestScore) [best, bestScore] = [template, s];
  }
  return best;
}

function specFrom(paths: PathsList, schemas: SpecSchemas): DiscordSpec {
  return {
    schemas,
    operation(method, path) {
      const template = bestTemplate(paths[method.toLowerCase()] ?? [], path);
      if (template === undefined) return undefined;
      const upper = method.toUpperCase();
      return { method: upper, template, key: `${upper} ${template}` };
    },
    hasPath: (path) => Object.values(paths).some((list) => bestTemplate(list, path) !== undefined),
  };
}

let loading: Promise<DiscordSpec> | undefined;

/** Loads the spec once per process (the schema module takes ~70 ms to evaluate). */
export function loadDiscordSpec(): Promise<DiscordSpec> {
  loading ??= (async () => {
    const [{ pathsList }, schemas] = await Promise.all([
      import(PATHS_MODULE) as Promise<{ pathsList: PathsList }>,
      import(SCHEMAS_MODULE) as Promise<SpecSchemas>,
    ]);
    return specFrom(pathsList, schemas);
  })();
  return loading;
}
