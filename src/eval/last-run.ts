import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, parse } from "node:path";
import { z } from "zod";

const caseResultSchema = z.object({
  id: z.string(),
  kind: z.enum(["fact", "abstain", "inject"]),
  question: z.string(),
  pass: z.boolean(),
});
const savedRunSchema = z.object({
  file: z.string(),
  at: z.string(),
  mode: z.enum(["llm", "offline"]),
  cases: z.array(caseResultSchema),
});

/** One case's result, as remembered between runs. */
export type CaseResult = z.infer<typeof caseResultSchema>;

/** A run of one question set, saved for the next run of the same file to compare against. */
export type SavedRun = z.infer<typeof savedRunSchema>;

/** Where the last run of a question set is kept: `<dataDir>/eval/<name>.last.json`. */
export function lastRunPath(dataDir: string, questionSet: string): string {
  return join(dataDir, "eval", `${parse(questionSet).name}.last.json`);
}

/** The saved run, or undefined when there is none yet; throws when the file is unreadable. */
export async function loadLastRun(path: string): Promise<SavedRun | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  const parsed = savedRunSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not a saved eval run`);
  return parsed.data;
}

/** Saves this run as the one the next run compares against. */
export async function saveRun(path: string, run: SavedRun): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(run, null, 2)}\n`);
}
