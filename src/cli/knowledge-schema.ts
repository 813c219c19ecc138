import { writeFile } from "node:fs/promises";
import { JSON_SCHEMA_FILE, knowledgeJsonSchema } from "../knowledge/json-schema.ts";

// Regenerates the editor schema from the zod schema; a test fails while it is stale.
await writeFile(JSON_SCHEMA_FILE, knowledgeJsonSchema());
process.stdout.write(`wrote ${JSON_SCHEMA_FILE}\n`);
