import { readFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { z } from "zod";

const question = z.string().trim().min(1);
// Strings that must never appear in the answer (case-insensitive substrings), on any kind.
const mustNot = z.array(z.string().min(1)).min(1).optional();

const caseSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal("fact"),
    q: question,
    must: z.array(z.array(z.string().min(1)).min(1)).min(1),
    must_not: mustNot,
  }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal("abstain"),
    q: question,
    must_not: mustNot,
  }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal("inject"),
    q: question,
    must_not: mustNot,
  }),
]);

/**
 * How `must` alternatives are matched: as case-insensitive regexes (the project's own sets) or
 * as case-insensitive substrings (the shared profile sets' format).
 */
export type MatchMode = "regex" | "substring";

/** A question set file: its cases, and optionally the profile they are about. */
export const questionSetSchema = z.strictObject({
  about: z.string().optional(),
  /** The knowledge file the questions are about, relative to the question set's own file. */
  profile: z.string().min(1).optional(),
  /** Default: "substring" when the set names a profile, "regex" otherwise. */
  match: z.enum(["regex", "substring"]).optional(),
  cases: z.array(caseSchema).min(1),
});

/** One eval question with what a correct answer must show. */
export type EvalCase = z.infer<typeof caseSchema>;

/** A loaded question set, with its profile resolved against the set's own folder. */
export interface QuestionSet {
  file: string;
  /** The profile the set names, as a path usable from the working directory. */
  profile?: string;
  match: MatchMode;
  cases: EvalCase[];
}

/** A question set that cannot be used; the message is one line a person can act on. */
export class QuestionSetError extends Error {}

/** Reads and validates a question set; throws QuestionSetError with one clear line. */
export async function readQuestionSet(file: string): Promise<QuestionSet> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder" : code;
    throw new QuestionSetError(`${file}: ${why ?? "cannot be read"}`);
  }
  return parseQuestionSet(file, text);
}

/** Validates a question set's text; `file` names it in errors and anchors its profile path. */
export function parseQuestionSet(file: string, text: string): QuestionSet {
  if (/\.ya?ml$/i.test(extname(file)) || looksLikeYamlProfile(text)) {
    throw new QuestionSetError(
      `${file} looks like a knowledge file (YAML), not a question set (JSON); ` +
        "pass a profile with --knowledge FILE",
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new QuestionSetError(`${file} is not JSON: ${jsonProblem(text, err)}`);
  }
  const parsed = questionSetSchema.safeParse(data);
  if (!parsed.success) throw new QuestionSetError(`${file}: ${describeIssues(data, parsed.error)}`);
  const seen = new Set<string>();
  for (const c of parsed.data.cases) {
    if (seen.has(c.id)) throw new QuestionSetError(`${file}: case id "${c.id}" is used twice`);
    seen.add(c.id);
  }
  const { profile, match, cases } = parsed.data;
  if ((match ?? (profile ? "substring" : "regex")) === "regex") {
    for (const c of cases) {
      for (const re of c.kind === "fact" ? c.must.flat() : []) {
        try {
          new RegExp(re, "i");
        } catch {
          throw new QuestionSetError(`${file}: case "${c.id}": must: /${re}/ is not a valid regex`);
        }
      }
    }
  }
  return {
    file,
    ...(profile ? { profile: join(dirname(file), profile) } : {}),
    match: match ?? (profile ? "substring" : "regex"),
    cases,
  };
}

/** The cases of a question set file (for callers that need only the questions). */
export async function loadQuestionSet(file: string): Promise<EvalCase[]> {
  return (await readQuestionSet(file)).cases;
}

function looksLikeYamlProfile(text: string): boolean {
  const start = text.replace(/^(\s*#.*\n)*/, "").trimStart();
  return /^(person|sections)\s*:/m.test(start) && !start.startsWith("{");
}

// Node's JSON errors give a character offset; people read lines and columns.
function jsonProblem(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/\s*in JSON at position \d+.*$/, "")} at line ${line}, column ${column}`;
}

// One line: the first problem, located by case number and id, and how many more there are.
function describeIssues(data: unknown, error: z.ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return "not a question set";
  const path = first.path;
  let where = path.length ? path.join(".") : "the file";
  if (path[0] === "cases" && typeof path[1] === "number") {
    const c = (data as { cases: unknown[] }).cases[path[1]] as { id?: unknown } | undefined;
    const id = typeof c?.id === "string" ? ` (id "${c.id}")` : "";
    const field = path.slice(2).join(".");
    where = `case ${path[1] + 1}${id}${field ? `, field "${field}"` : ""}`;
  } else if (path.length === 1) where = `field "${String(path[0])}"`;
  const what =
    first.code === "invalid_type"
      ? `${/received undefined/.test(first.message) ? "missing; " : ""}expected ${path.length === 0 ? 'an object with a "cases" list' : first.expected}`
      : first.code === "unrecognized_keys"
        ? `unknown field ${first.keys.map((k) => `"${k}"`).join(", ")}`
        : first.code === "invalid_union" && path.at(-1) !== "kind" && path.length === 2
          ? 'kind must be "fact", "abstain" or "inject"'
          : first.message;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
  return `${where}: ${what}${more}`;
}
