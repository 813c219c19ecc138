import type { Database } from "better-sqlite3";

/** One schema step; the list position + 1 is the `user_version` it leaves behind. */
export type Migration = (db: Database) => void;

// Append only: a shipped migration never changes, because databases in the field already ran it.
export const MIGRATIONS: readonly Migration[] = [
  // 1: answers and the votes on them. Times are ms since the epoch; sources a JSON array of ids.
  (db) =>
    db.exec(`
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        at INTEGER NOT NULL,
        surface TEXT NOT NULL,
        command TEXT NOT NULL,
        question_hash TEXT NOT NULL,
        question_text TEXT,
        user_hash TEXT NOT NULL,
        sources TEXT NOT NULL,
        abstained INTEGER NOT NULL,
        mode TEXT NOT NULL,
        latency_ms INTEGER NOT NULL,
        prompt_tokens INTEGER,
        completion_tokens INTEGER
      ) STRICT;
      CREATE TABLE feedback (
        answer_id TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
        user_hash TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        at INTEGER NOT NULL,
        PRIMARY KEY (answer_id, user_hash)
      ) STRICT;`),
  // 2: the report and the purge read by time; the report groups unanswered questions by hash.
  (db) =>
    db.exec(`
      CREATE INDEX answers_at ON answers(at);
      CREATE INDEX answers_unanswered ON answers(question_hash) WHERE abstained = 1;`),
  // 3: prompt tokens the LLM server served from its cache (null where it does not say).
  (db) => db.exec("ALTER TABLE answers ADD COLUMN cached_prompt_tokens INTEGER;"),
];

/** Thrown when the file was written by a newer askme whose schema this one does not know. */
export class SchemaTooNewError extends Error {}

/** Brings the schema up to date, one transaction per step, so a failed step leaves the last good version. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > migrations.length) {
    throw new SchemaTooNewError(
      `database schema version ${version} is newer than this askme knows (${migrations.length})`,
    );
  }
  for (let v = version; v < migrations.length; v++) {
    const step = migrations[v] as Migration;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return migrations.length;
}
