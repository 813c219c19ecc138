import type { z } from "zod";
import { parseKnowledge } from "../knowledge/load.ts";
import { type Knowledge, knowledgeSchema } from "../knowledge/schema.ts";
import { type Draft, draftFromMarkdown } from "./draft.ts";
import { draftWithLlm, LlmImportError, type LlmImportOptions } from "./llm-import.ts";
import { enforceProvenance, leftOutLines } from "./provenance.ts";
import { countDraft, type ImportReport } from "./summary.ts";
import { toYaml } from "./to-yaml.ts";

/** How to draft: offline from the Markdown alone, or with an LLM (offline if it fails). */
export interface ImportOptions {
  llm?: LlmImportOptions | undefined;
  /** Where the file will be written, for the `$schema` comment's relative path. */
  outFile?: string | undefined;
}

/** A validated draft knowledge file and what the import did. */
export interface ImportResult {
  yaml: string;
  knowledge: Knowledge;
  report: ImportReport;
}

/** Raised when a draft cannot be made valid; names every problem. */
export class ImportError extends Error {}

// Fields the schema may gain (`person.name`, `person.contact`): written only once it takes them.
const PERSON_SHAPE = knowledgeSchema.shape.person.shape as Record<string, z.ZodType>;
const PERSON_FIELDS = Object.keys(PERSON_SHAPE);

/**
 * The person as the schema takes it today. A detected contact is offered in the forms a
 * `person.contact` field may have (an object, a list of links, one line of text).
 */
function personFields(person: Draft["person"]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const contact = person.contact;
  const offers: Record<string, unknown[]> = {
    ...Object.fromEntries(Object.entries(person).map(([k, v]) => [k, [v]])),
    contact: contact
      ? [
          contact,
          contact.links,
          [contact.email, ...(contact.links ?? []).map((l) => l.url)].filter(Boolean).join(" · "),
        ]
      : [],
  };
  for (const [key, candidates] of Object.entries(offers)) {
    const field = PERSON_SHAPE[key];
    const fits = field && candidates.find((c) => c !== undefined && field.safeParse(c).success);
    if (fits !== undefined) out[key] = fits;
  }
  return out;
}

/** Turns a Markdown profile into a draft knowledge file with nothing the source does not say. */
export async function importProfile(
  source: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const writesName = PERSON_FIELDS.includes("name");
  if (options.llm) {
    try {
      const drafted = await draftWithLlm(source, options.llm);
      return finish(drafted, source, "llm", options.outFile);
    } catch (err) {
      if (!(err instanceof LlmImportError || err instanceof ImportError)) throw err;
      const offline = finish(
        draftFromMarkdown(source, { writesName }),
        source,
        "offline",
        options.outFile,
      );
      offline.report.fallback = err.message;
      return offline;
    }
  }
  return finish(draftFromMarkdown(source, { writesName }), source, "offline", options.outFile);
}

function finish(
  draft: Draft,
  source: string,
  mode: ImportReport["mode"],
  outFile: string | undefined,
): ImportResult {
  if (draft.sections.length === 0) {
    throw new ImportError(
      "found no text to make entries of (no lists, tables, paragraphs or headings)",
    );
  }
  const { draft: kept, dropped } = enforceProvenance(draft, source);
  if (!kept) throw new ImportError("nothing in the draft could be traced to the source");
  const person = personFields(kept.person);
  const yaml = toYaml({ person, sections: kept.sections }, outFile);
  const parsed = parseKnowledge(yaml);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    throw new ImportError(`the draft is not a valid knowledge file (${problems})`);
  }
  return {
    yaml,
    knowledge: parsed.knowledge,
    report: { mode, ...countDraft(kept), leftOut: leftOutLines(source, kept), dropped },
  };
}
