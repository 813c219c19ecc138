import type { AnswerResult, Source } from "../engine/types.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../ops/metrics.ts";
import type { Store } from "../store/types.ts";
import type { Surface } from "./types.ts";

/** Where answers are counted: metrics and the owner's store, either of which may be absent. */
export interface RecordDeps {
  metrics?: Metrics | undefined;
  store?: Store | undefined;
}

/** One answered question or shown section, as it is counted. */
export interface Answered {
  surface: Surface;
  command: string;
  question: string;
  userId: string;
  result: AnswerResult;
  latencyMs: number;
}

/** Records an answer everywhere it is counted; returns the stored answer's id, if any. */
export function recordAnswer(
  answered: Answered,
  deps: RecordDeps,
  log: Logger,
): string | undefined {
  const { result, surface, latencyMs } = answered;
  deps.metrics?.answered(
    { surface, mode: result.mode, abstained: result.abstained },
    latencyMs / 1000,
  );
  const usage = result.usage;
  if (usage) {
    deps.metrics?.tokens("prompt", usage.promptTokens);
    deps.metrics?.tokens("completion", usage.completionTokens);
    if (usage.cachedPromptTokens) deps.metrics?.tokens("cached", usage.cachedPromptTokens);
  }
  if (result.fallback) deps.metrics?.llmFailure(result.fallback);
  log.info(
    {
      mode: result.mode,
      abstained: result.abstained,
      fallback: result.fallback,
      ms: latencyMs,
      sources: result.sources.length,
    },
    "answered",
  );
  return deps.store?.recordAnswer({
    surface,
    command: answered.command,
    question: answered.question,
    userId: answered.userId,
    sources: result.sources.map((s) => s.id),
    abstained: result.abstained,
    mode: result.mode,
    latencyMs,
    ...(usage
      ? {
          promptTokens: usage.promptTokens,
          completionTokens: usage.completionTokens,
          ...(usage.cachedPromptTokens === undefined
            ? {}
            : { cachedPromptTokens: usage.cachedPromptTokens }),
        }
      : {}),
  });
}

/** A section command shown (the section, or one entry of it), counted like an answer. */
export interface SectionView {
  surface: Surface;
  userId: string;
  sectionId: string;
  /** The entry shown in full, when one was. */
  entry?: Source | undefined;
  latencyMs: number;
}

/** Counts a section command, so the owner's report shows which sections and entries people open. */
export function recordSectionView(view: SectionView, deps: RecordDeps, log: Logger): void {
  const sources = view.entry ? [view.entry] : [];
  recordAnswer(
    {
      surface: view.surface,
      command: view.sectionId,
      question: `/${view.sectionId}${view.entry ? ` ${view.entry.id}` : ""}`,
      userId: view.userId,
      result: { answer: "", abstained: false, sources, mode: "offline" },
      latencyMs: view.latencyMs,
    },
    deps,
    log,
  );
}
