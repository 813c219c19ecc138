/** The figures the usage report shows, as plain JSON-ready data. */
export interface ReportData {
  /** Length of the window, in days, ending at `to`. */
  days: number;
  /** ISO start and end of the window. */
  from: string;
  to: string;
  totals: Totals;
  /** Questions the profile could not answer, grouped by question, most frequent first. */
  unanswered: UnansweredQuestion[];
  /** Answers that got at least one 👎, newest first. */
  downvoted: DownvotedAnswer[];
  /** Section commands by use, most used first. */
  topSections: Count[];
  /** Entries by how often answers cited them, most cited first. */
  topEntries: Count[];
  /** Answers per UTC day and surface, every day of the window, oldest first. */
  perDay: DayBySurface[];
  latencyMs: { p50: number | null; p95: number | null };
  /** LLM tokens per UTC day, every day of the window, oldest first. */
  tokensPerDay: DayTokens[];
}

/** Headline counts for the window. */
export interface Totals {
  answers: number;
  abstained: number;
  /** Distinct people who asked (by hashed id). */
  askers: number;
  up: number;
  down: number;
  promptTokens: number;
  completionTokens: number;
  /** Of the prompt tokens, those the LLM server served from its prefix cache. */
  cachedPromptTokens: number;
}

/** One question the profile did not cover, with how often it was asked. */
export interface UnansweredQuestion {
  /** Keyed hash of the normalised question: the same question always gets the same hash. */
  hash: string;
  /** The question's text, when questions are stored. */
  text: string | null;
  count: number;
  lastAt: string;
}

/** One answer someone voted down. */
export interface DownvotedAnswer {
  id: string;
  at: string;
  surface: string;
  command: string;
  sources: string[];
  /** Keyed hash of the question, as in `unanswered`. */
  hash: string;
  text: string | null;
  up: number;
  down: number;
}

/** A name with how many times it came up. */
export interface Count {
  id: string;
  count: number;
}

/** The surfaces the report counts apart: Discord's, in the order the chart stacks them. */
export const REPORTED_SURFACES = ["slash", "mention", "dm", "menu", "user-app"] as const;
/** A surface the report counts. */
export type ReportedSurface = (typeof REPORTED_SURFACES)[number];

/** Answers on one UTC day (YYYY-MM-DD), per surface. */
export type DayBySurface = { day: string } & Record<ReportedSurface, number>;

/** A day with nothing on any surface yet. */
export function emptyDay(day: string): DayBySurface {
  return { day, slash: 0, mention: 0, dm: 0, menu: 0, "user-app": 0 };
}

/** LLM tokens used on one UTC day (YYYY-MM-DD). */
export interface DayTokens {
  day: string;
  prompt: number;
  completion: number;
}
