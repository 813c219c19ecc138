import { z } from "zod";
import { knowledgeSchema } from "./schema.ts";

/** Where the generated JSON Schema lives, relative to the repository root. */
export const JSON_SCHEMA_FILE = "knowledge/profile.schema.json";

/** The JSON Schema editors use to validate the YAML as it is typed, derived from the zod schema. */
export function knowledgeJsonSchema(): string {
  const schema = z.toJSONSchema(knowledgeSchema, { target: "draft-7", io: "input" });
  const titled = { title: "askme knowledge file", ...schema };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
