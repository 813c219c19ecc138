import { emptyDay, type ReportData } from "./report-data.ts";

const DAY_MS = 86_400_000;
const MAX_DAYS = 3_660;

/** A report window length the store accepts: whole days, 1 to about ten years. */
export function clampDays(days: number): number {
  return Math.min(MAX_DAYS, Math.max(1, Math.trunc(days) || 1));
}

/** Start of a report window: midnight UTC, `days - 1` days before `now`'s day. */
export function windowStart(now: Date, days: number): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return today - (days - 1) * DAY_MS;
}

/** The YYYY-MM-DD of every day in a window, oldest first. */
export function dayList(from: number, days: number): string[] {
  return Array.from({ length: days }, (_, i) =>
    new Date(from + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/** A report with nothing in it, for when there is no database to read. */
export function emptyReport(days: number, now: Date): ReportData {
  const from = windowStart(now, days);
  const list = dayList(from, days);
  return {
    days,
    from: new Date(from).toISOString(),
    to: now.toISOString(),
    totals: {
      answers: 0,
      abstained: 0,
      askers: 0,
      up: 0,
      down: 0,
      promptTokens: 0,
      completionTokens: 0,
      cachedPromptTokens: 0,
    },
    unanswered: [],
    downvoted: [],
    topSections: [],
    topEntries: [],
    perDay: list.map(emptyDay),
    latencyMs: { p50: null, p95: null },
    tokensPerDay: list.map((day) => ({ day, prompt: 0, completion: 0 })),
  };
}
