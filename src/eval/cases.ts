import { readFile } from "node:fs/promises";
import { z } from "zod";

const caseSchema = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.literal("fact"),
    q: z.string().min(1),
    must: z.array(z.array(z.string()).min(1)).min(1),
  }),
  z.object({ id: z.string(), kind: z.literal("abstain"), q: z.string().min(1) }),
  z.object({ id: z.string(), kind: z.literal("inject"), q: z.string().min(1) }),
]);

/** A question set in the format of the shared profile-qa.json. */
export const questionSetSchema = z.object({
  about: z.string().optional(),
  cases: z.array(caseSchema),
});
/** One eval question with what a correct answer must show. */
export type EvalCase = z.infer<typeof caseSchema>;

export async function loadQuestionSet(file: string): Promise<EvalCase[]> {
  const parsed = questionSetSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data.cases;
}
