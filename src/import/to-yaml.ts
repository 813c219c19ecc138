import { dirname, relative, resolve } from "node:path";
import { Document, isMap, isScalar, isSeq, Scalar, visit } from "yaml";
import { JSON_SCHEMA_FILE } from "../knowledge/json-schema.ts";
import { entry, knowledgeSchema, link, section } from "../knowledge/schema.ts";

const LINE_WIDTH = 100;
// Text longer than this is written as a folded block (">-"), wrapped at LINE_WIDTH.
const FOLD_OVER = 88;

/** The `$schema` comment's path: the generated JSON Schema relative to where the file goes. */
export function schemaPath(outFile: string | undefined, cwd = process.cwd()): string {
  const schema = resolve(cwd, JSON_SCHEMA_FILE);
  const from = outFile ? dirname(resolve(cwd, outFile)) : dirname(schema);
  const path = relative(from, schema).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/**
 * A knowledge file as readable YAML: the schema comment first, fields in the schema's order,
 * long text folded, tags on one line.
 */
export function toYaml(draft: unknown, outFile?: string): string {
  const doc = new Document(ordered(draft, "root"));
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaPath(outFile)}`,
    "",
    " Drafted by `npm run knowledge:import` from the owner's own profile text. Review every",
    " entry, then run `npm run knowledge:check`.",
  ].join("\n");
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === "tags" && isSeq(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === "string" && node.value.length > FOLD_OVER) {
        node.type = Scalar.BLOCK_FOLDED;
      }
    },
  });
  // A blank line between sections.
  const sections = doc.get("sections", true);
  if (isSeq(sections)) {
    sections.items.forEach((item, i) => {
      if (i > 0 && isMap(item)) item.spaceBefore = true;
    });
  }
  return doc.toString({
    lineWidth: LINE_WIDTH,
    minContentWidth: 40,
    indentSeq: true,
    flowCollectionPadding: false,
  });
}

type Level = "root" | "person" | "section" | "entry" | "link";

// Field order as the zod schema declares it, so the file reads like the documented format.
const ORDER: Record<Level, string[]> = {
  root: Object.keys(knowledgeSchema.shape),
  person: Object.keys(knowledgeSchema.shape.person.shape),
  section: Object.keys(section.shape),
  entry: Object.keys(entry.shape),
  link: Object.keys(link.shape),
};

const CHILD: Record<string, Level> = {
  person: "person",
  sections: "section",
  entries: "entry",
  links: "link",
};

function ordered(value: unknown, level: Level): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, level));
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const keys = [
    ...ORDER[level].filter((k) => k in object),
    ...Object.keys(object).filter((k) => !ORDER[level].includes(k)),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (object[key] === undefined) continue;
    const child = CHILD[key];
    out[key] = child ? ordered(object[key], child) : object[key];
  }
  return out;
}
