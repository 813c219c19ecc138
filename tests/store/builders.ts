import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { createStore } from "../../src/store/store.ts";
import type { AnswerRecord, Store, StoreOptions } from "../../src/store/types.ts";
import { memoryLogger } from "../builders/engine.ts";

/** A Discord-shaped user id that must never appear in the database. */
export const RAW_USER_ID = "731947285610394827";

/** An answered /ask question; override what the test is about. */
export function answerRecord(overrides: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    surface: "slash",
    command: "ask",
    question: "Where did you do your PhD?",
    userId: RAW_USER_ID,
    sources: ["phd"],
    abstained: false,
    mode: "offline",
    latencyMs: 40,
    ...overrides,
  };
}

/** A fresh directory, removed when the test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "askme-test-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A store in a fresh data dir, closed when the test ends, with its log lines. */
export function testStore(options: Partial<StoreOptions> = {}): {
  store: Store;
  dataDir: string;
  lines: string[];
  reopen: () => Store;
} {
  const dataDir = options.dataDir ?? tempDir();
  const { logger, lines } = memoryLogger();
  const open = () => {
    const store = createStore({
      dataDir,
      storeQuestions: "unanswered",
      retentionDays: 30,
      logger,
      ...options,
    });
    onTestFinished(() => store.close());
    return store;
  };
  return { store: open(), dataDir, lines, reopen: open };
}

/** Every byte the store wrote to disk (database, WAL, shared memory), as latin1 text. */
export function storeBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((f) => f.startsWith("askme.db"))
    .map((f) => readFileSync(join(dataDir, f)).toString("latin1"))
    .join("");
}

/** The log lines at error level. */
export function errorLines(lines: string[]): { msg: string; kind?: string }[] {
  return lines
    .map((l) => JSON.parse(l) as { level: number; msg: string; kind?: string })
    .filter((l) => l.level >= 50);
}

/** A date `days` days before `at`. */
export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * 86_400_000);
}
