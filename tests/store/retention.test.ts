import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { answerRecord, daysBefore, testStore } from "./builders.ts";

const NOW = new Date("2025-03-10T12:00:00Z");
const now = () => NOW;

describe("retention", () => {
  it("GIVEN answers and votes older than the retention period WHEN purged THEN they are gone and newer ones stay", () => {
    const { store, dataDir } = testStore({ retentionDays: 30, now });
    const old = store.recordAnswer(answerRecord({ at: daysBefore(NOW, 31) })) ?? "";
    store.recordFeedback(old, "1", "down");
    const recent = store.recordAnswer(answerRecord({ at: daysBefore(NOW, 29) })) ?? "";
    store.recordFeedback(recent, "1", "up");

    expect(store.purgeExpired()).toBe(1);

    expect(store.answerSources(old)).toBeUndefined();
    expect(store.answerSources(recent)).toEqual(["phd"]);
    const db = new Database(join(dataDir, "askme.db"), { readonly: true });
    expect(db.prepare("SELECT answer_id FROM feedback").pluck().all()).toEqual([recent]);
    db.close();
  });

  it("GIVEN expired rows on disk WHEN the store opens THEN they are purged at once", () => {
    const { store, reopen } = testStore({ retentionDays: 30, now });
    const id = store.recordAnswer(answerRecord({ at: daysBefore(NOW, 40) })) ?? "";
    store.close();
    expect(reopen().answerSources(id)).toBeUndefined();
  });
});

describe("periodic purge", () => {
  it("GIVEN a running store WHEN an answer ages past the retention period THEN it is purged without anyone asking", async () => {
    let clock = NOW;
    const { store } = testStore({ retentionDays: 30, now: () => clock, purgeIntervalMs: 10 });
    const id = store.recordAnswer(answerRecord()) ?? "";
    expect(store.answerSources(id)).toEqual(["phd"]);

    clock = daysBefore(NOW, -31);
    await vi.waitFor(() => expect(store.answerSources(id)).toBeUndefined(), { timeout: 2_000 });
  });
});
