import type { Database } from "better-sqlite3";
import {
  type Count,
  type DayBySurface,
  type DayTokens,
  type DownvotedAnswer,
  emptyDay,
  REPORTED_SURFACES,
  type ReportData,
  type Totals,
  type UnansweredQuestion,
} from "./report-data.ts";
import { dayList, windowStart } from "./window.ts";

const LIST_LIMIT = 50;
const TOP_LIMIT = 10;
const DAY_SQL = "strftime('%Y-%m-%d', at / 1000, 'unixepoch')";
const IN_WINDOW = "at >= @from AND at <= @to";

/** The report's figures for the last `days` whole UTC days, today included. */
export function summarize(db: Database, days: number, now: Date): ReportData {
  const from = windowStart(now, days);
  const window = { from, to: now.getTime() };
  const latencies = db
    .prepare(`SELECT latency_ms FROM answers WHERE ${IN_WINDOW} ORDER BY latency_ms`)
    .pluck()
    .all(window) as number[];
  return {
    days,
    from: new Date(from).toISOString(),
    to: now.toISOString(),
    totals: totals(db, window),
    unanswered: unanswered(db, window),
    downvoted: downvoted(db, window),
    // Free-form questions are not sections; their surfaces show in perDay instead.
    topSections: counts(
      db,
      `SELECT command AS id, COUNT(*) AS count FROM answers
       WHERE ${IN_WINDOW} AND command NOT IN ('ask', 'mention', 'dm', 'menu') GROUP BY command`,
      window,
    ),
    topEntries: counts(
      db,
      `SELECT j.value AS id, COUNT(*) AS count FROM answers, json_each(answers.sources) AS j
       WHERE ${IN_WINDOW} GROUP BY j.value`,
      window,
    ),
    perDay: perDay(db, window, days),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    tokensPerDay: tokensPerDay(db, window, days),
  };
}

type Window = { from: number; to: number };

function totals(db: Database, window: Window): Totals {
  const a = db
    .prepare(
      `SELECT COUNT(*) AS answers, COALESCE(SUM(abstained), 0) AS abstained,
         COUNT(DISTINCT user_hash) AS askers, COALESCE(SUM(prompt_tokens), 0) AS promptTokens,
         COALESCE(SUM(completion_tokens), 0) AS completionTokens,
         COALESCE(SUM(cached_prompt_tokens), 0) AS cachedPromptTokens
       FROM answers WHERE ${IN_WINDOW}`,
    )
    .get(window) as Omit<Totals, "up" | "down">;
  const votes = db
    .prepare(
      `SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down
       FROM feedback WHERE answer_id IN (SELECT id FROM answers WHERE ${IN_WINDOW})`,
    )
    .get(window) as { up: number; down: number };
  return { ...a, ...votes };
}

function unanswered(db: Database, window: Window): UnansweredQuestion[] {
  const rows = db
    .prepare(
      // The text shown for a group is its latest stored wording.
      `SELECT question_hash AS hash, COUNT(*) AS count, MAX(at) AS last,
         (SELECT question_text FROM answers b WHERE b.question_hash = a.question_hash
            AND b.abstained = 1 AND b.question_text IS NOT NULL ORDER BY b.at DESC LIMIT 1) AS text
       FROM answers a WHERE ${IN_WINDOW} AND abstained = 1
       GROUP BY question_hash ORDER BY count DESC, last DESC LIMIT ${LIST_LIMIT}`,
    )
    .all(window) as { hash: string; text: string | null; count: number; last: number }[];
  return rows.map(({ last, ...r }) => ({ ...r, lastAt: new Date(last).toISOString() }));
}

function downvoted(db: Database, window: Window): DownvotedAnswer[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.surface, a.command, a.sources, a.question_hash AS hash,
         a.question_text AS text,
         SUM(f.vote = 'up') AS up, SUM(f.vote = 'down') AS down
       FROM answers a JOIN feedback f ON f.answer_id = a.id
       WHERE a.at >= @from AND a.at <= @to
       GROUP BY a.id HAVING down > 0 ORDER BY a.at DESC LIMIT ${LIST_LIMIT}`,
    )
    .all(window) as (Omit<DownvotedAnswer, "at" | "sources"> & { at: number; sources: string })[];
  return rows.map((r) => ({
    ...r,
    at: new Date(r.at).toISOString(),
    sources: JSON.parse(r.sources) as string[],
  }));
}

function counts(db: Database, grouped: string, window: Window): Count[] {
  return db.prepare(`${grouped} ORDER BY count DESC, id LIMIT ${TOP_LIMIT}`).all(window) as Count[];
}

function perDay(db: Database, window: Window, days: number): DayBySurface[] {
  const rows = db
    .prepare(
      `SELECT ${DAY_SQL} AS day, surface, COUNT(*) AS n FROM answers
       WHERE ${IN_WINDOW} GROUP BY day, surface`,
    )
    .all(window) as { day: string; surface: string; n: number }[];
  const byDay = new Map(dayList(window.from, days).map((day) => [day, emptyDay(day)]));
  for (const r of rows) {
    const day = byDay.get(r.day);
    const surface = REPORTED_SURFACES.find((s) => s === r.surface);
    if (day && surface) day[surface] += r.n;
  }
  return [...byDay.values()];
}

function tokensPerDay(db: Database, window: Window, days: number): DayTokens[] {
  const rows = db
    .prepare(
      `SELECT ${DAY_SQL} AS day, COALESCE(SUM(prompt_tokens), 0) AS prompt,
         COALESCE(SUM(completion_tokens), 0) AS completion
       FROM answers WHERE ${IN_WINDOW} GROUP BY day`,
    )
    .all(window) as DayTokens[];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return dayList(window.from, days).map(
    (day) => byDay.get(day) ?? { day, prompt: 0, completion: 0 },
  );
}

/** Nearest-rank percentile of sorted values; null when there are none. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
