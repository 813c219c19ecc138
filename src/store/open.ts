import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.ts";

const DB_FILE = "askme.db";

/** The path of the database inside a data dir. */
export function databasePath(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

/**
 * Opens (creating if needed) and checks the database, leaving it migrated and in WAL mode.
 * Throws with the reason when the file is corrupt, unreadable, locked or from a newer askme.
 */
export function openDatabase(dataDir: string, busyTimeoutMs: number): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(databasePath(dataDir), { timeout: busyTimeoutMs });
  try {
    // The first statements read the header, so a file that is not a database fails here.
    db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    // Purged rows are overwritten, so expired question text does not linger in free pages.
    db.pragma("secure_delete = ON");
    // Damage deeper in the file only shows when its pages are read; find it now, not mid-answer.
    const check = db.pragma("quick_check(1)", { simple: true });
    if (check !== "ok") throw new Error(`integrity check failed: ${String(check)}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
