import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { answerRecord, errorLines, tempDir, testStore } from "./builders.ts";

/** Calls every method the front end uses; any throw fails the test. */
function useEverything(store: Store) {
  return {
    id: store.recordAnswer(answerRecord()),
    vote: store.recordFeedback("some-answer", "111", "up"),
    sources: store.answerSources("some-answer"),
    answers: store.summary(7).totals.answers,
    purged: store.purgeExpired(),
  };
}

const NOTHING_RECORDED = {
  id: undefined,
  vote: "unavailable",
  sources: undefined,
  answers: 0,
  purged: 0,
};

describe("a database that cannot be used", () => {
  it("GIVEN garbage bytes in askme.db WHEN the store opens THEN it records nothing, throws nothing and logs one error saying why", () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "askme.db"), Buffer.alloc(16_384, 0x5a));
    const { store, lines } = testStore({ dataDir });

    expect(store.available).toBe(false);
    expect(useEverything(store)).toEqual(NOTHING_RECORDED);
    store.close();
    expect(errorLines(lines)).toEqual([
      expect.objectContaining({ msg: expect.stringMatching(/not a database/) }),
    ]);
  });

  it("GIVEN another process holding an exclusive lock WHEN the store opens THEN it gives up after the busy timeout and records nothing", () => {
    const dataDir = tempDir();
    const other = new Database(join(dataDir, "askme.db"));
    other.exec("CREATE TABLE held (x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1);");
    try {
      const started = Date.now();
      const { store, lines } = testStore({ dataDir, busyTimeoutMs: 100 });

      expect(store.available).toBe(false);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(useEverything(store)).toEqual(NOTHING_RECORDED);
      expect(errorLines(lines)).toEqual([
        expect.objectContaining({ msg: expect.stringMatching(/locked/) }),
      ]);
    } finally {
      other.close();
    }
  });

  it("GIVEN a database written by a newer askme WHEN the store opens THEN it leaves the file alone and records nothing", () => {
    const dataDir = tempDir();
    const newer = new Database(join(dataDir, "askme.db"));
    newer.pragma("user_version = 999");
    newer.close();
    const { store, lines } = testStore({ dataDir });

    expect(store.available).toBe(false);
    expect(errorLines(lines)[0]?.msg).toMatch(/schema version 999 is newer/);
  });

  it("GIVEN a data dir that is a file WHEN the store opens THEN it records nothing and throws nothing", () => {
    const parent = tempDir();
    writeFileSync(join(parent, "data"), "not a directory");
    const { store } = testStore({ dataDir: join(parent, "data") });
    expect(store.available).toBe(false);
    expect(useEverything(store)).toEqual(NOTHING_RECORDED);
  });
});

describe("failures while running", () => {
  it("GIVEN the data dir is deleted mid-run WHEN answers keep coming THEN nothing throws, nothing is claimed recorded, and it is logged once", () => {
    const { store, dataDir, lines } = testStore();
    const before = store.recordAnswer(answerRecord()) ?? "";
    rmSync(dataDir, { recursive: true, force: true });

    expect(store.recordAnswer(answerRecord())).toBeUndefined();
    expect(store.recordAnswer(answerRecord())).toBeUndefined();
    expect(store.recordFeedback(before, "111", "down")).toBe("unavailable");
    expect(() => store.summary(7)).not.toThrow();
    expect(() => store.purgeExpired()).not.toThrow();
    expect(() => store.close()).not.toThrow();
    expect(errorLines(lines)).toEqual([
      expect.objectContaining({
        msg: expect.stringMatching(/store call failed/),
        kind: "DatabaseGoneError",
      }),
    ]);
  });

  it("GIVEN a closed store WHEN called again THEN it quietly records nothing", () => {
    const { store, lines } = testStore();
    store.close();
    expect(store.available).toBe(false);
    expect(useEverything(store)).toEqual(NOTHING_RECORDED);
    expect(errorLines(lines)).toEqual([]);
  });
});
