import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerRecord, RAW_USER_ID, storeBytes, testStore } from "./builders.ts";

describe("privacy", () => {
  it("GIVEN default settings WHEN answers and votes are recorded THEN the database holds neither the raw user id nor the question text", () => {
    const { store, dataDir } = testStore();
    const question = "What is the secret name of your cat Zebedee?";
    const id = store.recordAnswer(answerRecord({ question, abstained: true })) ?? "";
    store.recordFeedback(id, RAW_USER_ID, "down");
    store.close();

    const bytes = storeBytes(dataDir);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes).not.toContain(RAW_USER_ID);
    expect(bytes).not.toContain("Zebedee");
  });

  it("GIVEN questions not stored WHEN the same question is asked with other case and spacing THEN the report groups them without text", () => {
    const { store } = testStore();
    store.recordAnswer(answerRecord({ question: "Do you like jazz?", abstained: true }));
    store.recordAnswer(answerRecord({ question: "  do you   LIKE jazz ", abstained: true }));
    store.recordAnswer(answerRecord({ question: "Do you ski?", abstained: true }));

    const [top, next] = store.summary(7).unanswered;
    expect(top).toMatchObject({ count: 2, text: null });
    expect(next).toMatchObject({ count: 1, text: null });
  });

  it("GIVEN storeQuestions WHEN a question is not covered THEN it is kept and the report shows its text", () => {
    const { store, dataDir } = testStore({ storeQuestions: true });
    store.recordAnswer(answerRecord({ question: "Do you like jazz?", abstained: true }));
    expect(storeBytes(dataDir)).toContain("Do you like jazz?");
    expect(store.summary(7).unanswered).toEqual([
      expect.objectContaining({ text: "Do you like jazz?", count: 1 }),
    ]);
  });

  it("GIVEN a restart WHEN the same question is asked again THEN it still groups with the first, and the key file is private", () => {
    const { store, reopen, dataDir } = testStore();
    store.recordAnswer(answerRecord({ question: "Do you like jazz?", abstained: true }));
    store.close();
    const again = reopen();
    again.recordAnswer(answerRecord({ question: "Do you like jazz?", abstained: true }));

    expect(again.summary(7).unanswered).toEqual([expect.objectContaining({ count: 2 })]);
    expect(statSync(join(dataDir, "hash.key")).mode & 0o777).toBe(0o600);
  });
});
