import { parseKnowledge } from "../knowledge/load.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import { type Draft, draftFromMarkdown } from "./draft.ts";
import { countDraft, type ImportReport } from "./import-report.ts";
import { draftWithLlm, LlmImportError, type LlmImportOptions } from "./llm-import.ts";
import { enforceProvenance, leftOutLines } from "./provenance.ts";
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

/** Turns a Markdown profile into a draft knowledge file with nothing the source does not say. */
export async function importProfile(
  source: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (options.llm) {
    try {
      const drafted = await draftWithLlm(source, options.llm);
      return finish(drafted, source, "llm", options.outFile);
    } catch (err) {
      if (!(err instanceof LlmImportError || err instanceof ImportError)) throw err;
      const offline = finish(draftFromMarkdown(source), source, "offline", options.outFile);
      offline.report.fallback = err.message;
      return offline;
    }
  }
  return finish(draftFromMarkdown(source), source, "offline", options.outFile);
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
  const yaml = toYaml(kept, outFile);
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
