import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import type Database from "better-sqlite3";
import type { QuestionStorage } from "../config.ts";
import { scrubSecrets } from "../logger.ts";
import { createFailureGuard, DatabaseGoneError, failureKind } from "./failures.ts";
import { createHasher, type Hasher, loadHashKey } from "./hash.ts";
import { databasePath, openDatabase } from "./open.ts";
import { summarize } from "./summary.ts";
import type { AnswerRecord, Store, StoreOptions } from "./types.ts";
import { unavailableStore } from "./unavailable.ts";
import { clampDays, emptyReport } from "./window.ts";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_QUESTION_CHARS = 4_000;

/**
 * Opens the store under `dataDir`. Never throws: when the database cannot be used, the store
 * records nothing, says so once in the log, and answering carries on.
 */
export function createStore(options: StoreOptions): Store {
  const now = options.now ?? (() => new Date());
  let db: Database.Database | undefined;
  try {
    db = openDatabase(options.dataDir, options.busyTimeoutMs ?? 5_000);
    return liveStore(db, createHasher(loadHashKey(options.dataDir)), options, now);
  } catch (err) {
    db?.close();
    options.logger.error(
      { err, kind: failureKind(err), file: databasePath(options.dataDir) },
      `usage store unavailable, so answers are not recorded: ${err instanceof Error ? err.message : String(err)}`,
    );
    return unavailableStore(now);
  }
}

function liveStore(
  db: Database.Database,
  hash: Hasher,
  options: StoreOptions,
  now: () => Date,
): Store {
  const guard = createFailureGuard(options.logger);
  let closed = false;
  // After close, every call quietly does nothing, like an unavailable store.
  const call = <T>(operation: string, fallback: T, fn: () => T): T =>
    closed ? fallback : guard.run(operation, fallback, fn);
  // SQLite keeps writing to a deleted file through its open handle, losing every row unnoticed.
  const file = databasePath(options.dataDir);
  const ensureFile = () => {
    if (!existsSync(file))
      throw new DatabaseGoneError(`${file} was deleted; restart to record again`);
  };

  const insertAnswer = db.prepare(
    `INSERT INTO answers (id, at, surface, command, question_hash, question_text, user_hash,
       sources, abstained, mode, latency_ms, prompt_tokens, completion_tokens, cached_prompt_tokens)
     VALUES (@id, @at, @surface, @command, @questionHash, @questionText, @userHash,
       @sources, @abstained, @mode, @latencyMs, @promptTokens, @completionTokens,
       @cachedPromptTokens)`,
  );
  const selectSources = db.prepare("SELECT sources FROM answers WHERE id = ?").pluck();
  const insertVote = db.prepare(
    `INSERT INTO feedback (answer_id, user_hash, vote, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (answer_id, user_hash) DO NOTHING`,
  );
  // Feedback rows go with their answers (ON DELETE CASCADE).
  const deleteOlder = db.prepare("DELETE FROM answers WHERE at < ?");
  const purge = (at: Date) =>
    deleteOlder.run(at.getTime() - options.retentionDays * DAY_MS).changes;

  call("purgeExpired", 0, () => purge(now()));
  const timer = setInterval(
    () => call("purgeExpired", 0, () => purge(now())),
    options.purgeIntervalMs ?? HOUR_MS,
  );
  timer.unref();

  return {
    get available() {
      return !closed;
    },
    recordAnswer: (r) =>
      call("recordAnswer", undefined, () => {
        ensureFile();
        const id = randomBytes(12).toString("base64url");
        insertAnswer.run(answerRow(id, r, hash, options.storeQuestions, now));
        return id;
      }),
    recordFeedback: (answerId, userId, vote) =>
      call("recordFeedback", "unavailable", () => {
        ensureFile();
        if (selectSources.get(answerId) === undefined) return "unknown";
        const { changes } = insertVote.run(answerId, hash.user(userId), vote, now().getTime());
        return changes > 0 ? "recorded" : "duplicate";
      }),
    answerSources: (answerId) =>
      call("answerSources", undefined, () => {
        const sources = selectSources.get(answerId) as string | undefined;
        return sources === undefined ? undefined : (JSON.parse(sources) as string[]);
      }),
    summary: (days, at = now()) =>
      call("summary", emptyReport(clampDays(days), at), () => summarize(db, clampDays(days), at)),
    purgeExpired: (at = now()) => call("purgeExpired", 0, () => purge(at)),
    close: () => {
      if (closed) return;
      clearInterval(timer);
      guard.run("close", undefined, () => db.close());
      closed = true;
    },
  };
}

function answerRow(
  id: string,
  r: AnswerRecord,
  hash: Hasher,
  storeQuestions: QuestionStorage,
  now: () => Date,
) {
  const keep = storeQuestions === "all" || (storeQuestions === "unanswered" && r.abstained);
  return {
    id,
    at: (r.at ?? now()).getTime(),
    surface: r.surface,
    command: r.command,
    questionHash: hash.question(r.question),
    questionText: keep ? redactQuestion(r.question).slice(0, MAX_QUESTION_CHARS) : null,
    userHash: hash.user(r.userId),
    sources: JSON.stringify(r.sources),
    abstained: r.abstained ? 1 : 0,
    mode: r.mode,
    latencyMs: Math.round(r.latencyMs),
    promptTokens: r.promptTokens === undefined ? null : Math.round(r.promptTokens),
    completionTokens: r.completionTokens === undefined ? null : Math.round(r.completionTokens),
    cachedPromptTokens:
      r.cachedPromptTokens === undefined ? null : Math.round(r.cachedPromptTokens),
  };
}

// What a question may carry about people other than the bot's owner: their handles, addresses,
// links and numbers (phone, card, account). The owner needs the question, not those.
const REDACTIONS: [RegExp, string][] = [
  [/<@[!&]?\d+>|<#\d+>|@(everyone|here)\b/g, "[mention]"],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email]"],
  [/\bhttps?:\/\/\S+|\bwww\.\S+/gi, "[link]"],
  // Phone, card and account numbers; a year or a range of years ("2016-2019") stays.
  [/\d(?:[ -]?\d){8,}|\d{7,}/g, "[number]"],
  [/(^|\s)@[\w.]{2,32}/g, "$1[mention]"],
];

/** A question as the store keeps it: secrets scrubbed, mentions, emails, links and long numbers redacted. */
export function redactQuestion(text: string): string {
  let out = scrubSecrets(text);
  for (const [pattern, replacement] of REDACTIONS) out = out.replace(pattern, replacement);
  return out;
}
