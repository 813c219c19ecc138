import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_FILE, knowledgeJsonSchema } from "../../src/knowledge/json-schema.ts";

const COMMITTED = fileURLToPath(new URL(`../../${JSON_SCHEMA_FILE}`, import.meta.url));

interface ObjectSchema {
  type?: string;
  properties?: Record<string, ObjectSchema>;
  items?: ObjectSchema;
  required?: string[];
  additionalProperties?: boolean;
}

function generated(): ObjectSchema {
  return JSON.parse(knowledgeJsonSchema()) as ObjectSchema;
}

/** Follows property and array-item names down the schema; fails when one is absent. */
function at(schema: ObjectSchema, ...path: string[]): ObjectSchema {
  let node = schema;
  for (const key of path) {
    const next = key === "[]" ? node.items : node.properties?.[key];
    if (!next) throw new Error(`the schema has no ${path.join(".")}`);
    node = next;
  }
  return node;
}

/** The fields of `value` an editor validating against `schema` would flag as unknown. */
function unknownFields(schema: ObjectSchema, value: Record<string, unknown>): string[] {
  if (schema.additionalProperties !== false) return [];
  return Object.keys(value).filter((k) => !(k in (schema.properties ?? {})));
}

describe("knowledge/profile.schema.json", () => {
  it("GIVEN the committed editor schema WHEN it is compared with the zod schema THEN it is identical", () => {
    const committed = readFileSync(COMMITTED, "utf8");

    expect(
      committed,
      `${JSON_SCHEMA_FILE} is stale: run \`npm run knowledge:schema\` and commit the result`,
    ).toBe(knowledgeJsonSchema());
  });

  it("GIVEN an entry with a field the format does not have WHEN an editor checks it against the schema THEN that field is flagged", () => {
    const entry = at(generated(), "sections", "[]", "entries", "[]");

    expect(entry.additionalProperties).toBe(false);
    expect(
      unknownFields(entry, { id: "alpha", title: "Alpha", summary: "S.", colour: "red" }),
    ).toEqual(["colour"]);
  });

  it("GIVEN the generated schema WHEN its objects are inspected THEN the file, person, sections and links also refuse unknown fields", () => {
    const schema = generated();

    for (const path of [
      [],
      ["person"],
      ["sections", "[]"],
      ["sections", "[]", "entries", "[]", "links", "[]"],
    ]) {
      expect(at(schema, ...path).additionalProperties, path.join(".") || "root").toBe(false);
    }
  });

  it("GIVEN the generated schema WHEN an entry's required fields are read THEN id, title and summary are required", () => {
    const entry = at(generated(), "sections", "[]", "entries", "[]");

    expect(entry.required).toEqual(["id", "title", "summary"]);
  });
});
