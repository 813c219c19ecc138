import { readFile } from "node:fs/promises";
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { entry, type Knowledge, knowledgeSchema, link, person, section } from "./schema.ts";

/** One problem in a knowledge file, located for a human. */
export interface KnowledgeProblem {
  line: number;
  column: number;
  path: string;
  message: string;
}

/** The outcome of reading a knowledge file: the data, or every problem found. */
export type LoadResult =
  | { ok: true; knowledge: Knowledge }
  | { ok: false; problems: KnowledgeProblem[] };

/** Raised when a knowledge file cannot be used; carries every problem. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: KnowledgeProblem[],
    message = `${file} is not a valid knowledge file:\n${formatProblems(file, problems)}`,
  ) {
    super(message);
  }

  /** The file could not be read at all: one line saying why. */
  static unreadable(file: string, err: unknown): KnowledgeError {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "file not found"
        : code === "EISDIR"
          ? "is a folder, not a file"
          : code === "EACCES"
            ? "permission denied"
            : String((err as Error).message ?? err);
    return new KnowledgeError(
      file,
      [{ line: 1, column: 1, path: "", message: reason }],
      `cannot read the knowledge file ${file}: ${reason}`,
    );
  }
}

export function formatProblems(file: string, problems: KnowledgeProblem[]): string {
  return problems
    .map((p) => `${file}:${p.line}:${p.column} ${p.path ? `${p.path}: ` : ""}${p.message}`)
    .join("\n");
}

/** Parses and validates YAML text; never throws on bad input. */
export function parseKnowledge(source: string): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return {
          line: pos.line,
          column: pos.col,
          path: "",
          message: e.message.split("\n")[0] ?? "",
        };
      }),
    };
  }
  const parsed = knowledgeSchema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, knowledge: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const at = locate(doc, lines, issue.path);
      return {
        ...at,
        path: formatPath(issue.path),
        message: describe(issue, doc.hasIn(issue.path)),
      };
    }),
  };
}

/** Reads a knowledge file from disk; throws KnowledgeError with every problem. */
export async function loadKnowledge(file: string): Promise<Knowledge> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (err) {
    throw KnowledgeError.unreadable(file, err);
  }
  const result = parseKnowledge(source);
  if (!result.ok) throw new KnowledgeError(file, result.problems);
  return result.knowledge;
}

type Doc = ReturnType<typeof parseDocument>;

// Walk up the path until a node exists: a missing field is reported at its parent.
function locate(doc: Doc, lines: LineCounter, path: readonly PropertyKey[]) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`))
    .join("");
}

function describe(issue: z.core.$ZodIssue, present: boolean): string {
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedFields(issue.path).join(", ");
    return `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${allowed}`;
  }
  const expected = issue.code === "invalid_type" ? `expected ${issue.expected}` : issue.message;
  return present ? expected : `missing; ${expected}`;
}

function allowedFields(path: readonly PropertyKey[]): string[] {
  const parent = path.at(-2);
  if (parent === "links") return Object.keys(link.shape);
  if (parent === "entries") return Object.keys(entry.shape);
  if (parent === "sections") return Object.keys(section.shape);
  if (path.at(-1) === "person") return Object.keys(person.shape);
  return ["person", "sections"];
}
