import { describe, expect, it } from "vitest";
import { answerRecord, daysBefore, testStore } from "./builders.ts";

const NOW = new Date("2025-03-10T12:00:00Z");
const now = () => NOW;

describe("recording and summarising", () => {
  it("GIVEN answers on every surface over two days WHEN summarised THEN the counts, top lists, latency and tokens add up", () => {
    const { store } = testStore({ now });
    const yesterday = daysBefore(NOW, 1);
    store.recordAnswer(
      answerRecord({
        command: "publications",
        sources: ["backdraft"],
        latencyMs: 10,
        at: yesterday,
      }),
    );
    store.recordAnswer(
      answerRecord({ command: "publications", sources: ["backdraft", "morpheus"], latencyMs: 20 }),
    );
    store.recordAnswer(answerRecord({ command: "projects", sources: ["machnet"], latencyMs: 30 }));
    store.recordAnswer(
      answerRecord({
        surface: "mention",
        command: "mention",
        mode: "llm",
        latencyMs: 400,
        promptTokens: 900,
        completionTokens: 100,
        cachedPromptTokens: 640,
      }),
    );
    store.recordAnswer(
      answerRecord({
        surface: "dm",
        command: "dm",
        userId: "999",
        sources: [],
        abstained: true,
        latencyMs: 1000,
        at: yesterday,
      }),
    );

    const report = store.summary(7);

    expect(report.totals).toEqual({
      answers: 5,
      abstained: 1,
      askers: 2,
      up: 0,
      down: 0,
      promptTokens: 900,
      completionTokens: 100,
      cachedPromptTokens: 640,
    });
    expect(report.topSections).toEqual([
      { id: "publications", count: 2 },
      { id: "projects", count: 1 },
    ]);
    expect(report.topEntries[0]).toEqual({ id: "backdraft", count: 2 });
    expect(report.perDay).toHaveLength(7);
    expect(report.perDay.at(-1)).toMatchObject({ day: "2025-03-10", slash: 2, mention: 1, dm: 0 });
    expect(report.perDay.at(-2)).toMatchObject({ day: "2025-03-09", slash: 1, mention: 0, dm: 1 });
    expect(report.latencyMs).toEqual({ p50: 30, p95: 1000 });
    expect(report.tokensPerDay.at(-1)).toEqual({ day: "2025-03-10", prompt: 900, completion: 100 });
  });

  it("GIVEN an answer older than the window WHEN summarised for one day THEN it is left out", () => {
    const { store } = testStore({ now });
    store.recordAnswer(answerRecord({ at: daysBefore(NOW, 3) }));
    store.recordAnswer(answerRecord());
    expect(store.summary(1).totals.answers).toBe(1);
    expect(store.summary(7).totals.answers).toBe(2);
  });

  it("GIVEN answers WHEN recorded THEN each gets a distinct short url-safe id", () => {
    const { store } = testStore();
    const ids = [1, 2, 3].map(() => store.recordAnswer(answerRecord()));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12,16}$/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("feedback", () => {
  it("GIVEN an answer WHEN the same person votes twice and another once THEN the second vote is a duplicate and two count", () => {
    const { store } = testStore();
    const id = store.recordAnswer(answerRecord()) ?? "";

    expect(store.recordFeedback(id, "111", "down")).toBe("recorded");
    expect(store.recordFeedback(id, "111", "up")).toBe("duplicate");
    expect(store.recordFeedback(id, "222", "down")).toBe("recorded");
    expect(store.recordFeedback("no-such-answer", "111", "up")).toBe("unknown");

    const report = store.summary(7);
    expect(report.totals).toMatchObject({ up: 0, down: 2 });
    expect(report.downvoted).toEqual([expect.objectContaining({ id, down: 2, sources: ["phd"] })]);
  });

  it("GIVEN an answer WHEN the store is closed and reopened THEN its sources are still known for the Sources button", () => {
    const { store, reopen } = testStore();
    const id = store.recordAnswer(answerRecord({ sources: ["backdraft", "morpheus"] })) ?? "";
    store.close();
    const restarted = reopen();
    expect(restarted.answerSources(id)).toEqual(["backdraft", "morpheus"]);
    expect(restarted.recordFeedback(id, "111", "up")).toBe("recorded");
  });
});
