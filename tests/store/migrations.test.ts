import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "../../src/store/migrations.ts";
import { tempDir, testStore } from "./builders.ts";

describe("schema migrations", () => {
  it("GIVEN a version-1 database with an answer in it WHEN the store opens THEN it is upgraded and the old answer still counts", () => {
    const dataDir = tempDir();
    const old = new Database(join(dataDir, "askme.db"));
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare(
        `INSERT INTO answers (id, at, surface, command, question_hash, user_hash, sources,
           abstained, mode, latency_ms) VALUES ('old-answer', ?, 'slash', 'projects', 'h', 'u',
           '["machnet"]', 0, 'offline', 12)`,
      )
      .run(Date.now());
    old.close();

    const { store } = testStore({ dataDir });

    expect(store.available).toBe(true);
    expect(store.answerSources("old-answer")).toEqual(["machnet"]);
    expect(store.summary(7).topSections).toEqual([{ id: "projects", count: 1 }]);
    store.close();
    const db = new Database(join(dataDir, "askme.db"), { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'answers_at'").pluck().get(),
    ).toBe("answers_at");
    db.close();
    expect(testStore({ dataDir }).store.summary(7).totals.cachedPromptTokens).toBe(0);
  });

  it("GIVEN a step that fails WHEN migrating THEN the version stays at the last good step", () => {
    const db = new Database(":memory:");
    const failing = [
      ...MIGRATIONS.slice(0, 1),
      () => {
        throw new Error("boom");
      },
    ];
    expect(() => migrate(db, failing)).toThrow("boom");
    expect(db.pragma("user_version", { simple: true })).toBe(1);
  });
});
