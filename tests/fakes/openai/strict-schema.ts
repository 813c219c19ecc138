/**
 * OpenAI's rules for a `json_schema` response format with `strict: true` (Structured Outputs):
 * an object at the root, and every object closed (`additionalProperties: false`) with every
 * property required. Messages follow OpenAI's wording.
 */

type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function context(path: readonly string[]): string {
  return `In context=(${path.map((p) => `'${p}'`).join(", ")})`;
}

function objectProblem(schema: Schema, path: readonly string[]): string | null {
  if (schema.additionalProperties !== false) {
    return `${context(path)}, 'additionalProperties' is required to be supplied and to be false.`;
  }
  const keys = Object.keys(isSchema(schema.properties) ? schema.properties : {});
  const required = Array.isArray(schema.required) ? schema.required : [];
  const missing = keys.find((key) => !required.includes(key));
  if (missing !== undefined) {
    return `${context(path)}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
  }
  return null;
}

/** Sub-schemas with the path segments that lead to them. */
function children(schema: Schema): [string[], unknown][] {
  const out: [string[], unknown][] = [];
  for (const group of ["properties", "$defs", "definitions"]) {
    const map = schema[group];
    if (isSchema(map)) for (const [key, sub] of Object.entries(map)) out.push([[group, key], sub]);
  }
  if (schema.items !== undefined) out.push([["items"], schema.items]);
  for (const group of ["anyOf", "allOf"]) {
    const list = schema[group];
    if (!Array.isArray(list)) continue;
    for (const [i, sub] of list.entries()) out.push([[group, String(i)], sub]);
  }
  return out;
}

function walk(schema: unknown, path: readonly string[]): string | null {
  if (!isSchema(schema)) return null;
  const isObject = schema.type === "object" || isSchema(schema.properties);
  const own = isObject ? objectProblem(schema, path) : null;
  if (own) return own;
  for (const [segments, sub] of children(schema)) {
    const problem = walk(sub, [...path, ...segments]);
    if (problem) return problem;
  }
  return null;
}

/** The first rule a strict schema breaks, or null. */
export function strictSchemaProblem(schema: unknown): string | null {
  if (!isSchema(schema)) return "a strict schema must be supplied.";
  if (schema.type !== "object") {
    return `${context([])}, schema must be a JSON Schema of 'type: "object"', got 'type: "${String(schema.type)}"'.`;
  }
  return walk(schema, []);
}
