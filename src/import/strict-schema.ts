import { z } from "zod";
import { knowledgeSchema } from "../knowledge/schema.ts";

type JsonSchema = Record<string, unknown>;

/**
 * The knowledge JSON Schema in the form OpenAI's strict structured output accepts: every
 * property required (optional ones may be null), no additional properties, and none of the
 * length, pattern or format keywords strict mode rejects. The zod schema still checks those.
 */
export function strictKnowledgeSchema(): JsonSchema {
  const schema = z.toJSONSchema(knowledgeSchema, { target: "draft-7", io: "input" }) as JsonSchema;
  return strict(schema);
}

const KEPT = new Set(["type", "enum", "description"]);

function strict(node: JsonSchema): JsonSchema {
  if (Array.isArray(node.anyOf)) {
    return { anyOf: (node.anyOf as JsonSchema[]).map(strict) };
  }
  const out: JsonSchema = {};
  for (const key of KEPT) if (key in node) out[key] = node[key];
  if (node.type === "object") {
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((node.required ?? []) as string[]);
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => {
        const inner = strict(value);
        return [key, required.has(key) ? inner : nullable(inner)];
      }),
    );
    out.required = Object.keys(properties);
    out.additionalProperties = false;
  }
  if (node.type === "array" && node.items) out.items = strict(node.items as JsonSchema);
  return out;
}

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === "string" && !schema.enum) {
    return { ...schema, type: [schema.type, "null"] };
  }
  return { anyOf: [schema, { type: "null" }] };
}

/** Strict mode's nulls back to absent fields, as the knowledge file writes them. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}
