import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { redactQuestion } from "../../src/store/store.ts";
import { answerRecord, RAW_USER_ID, storeBytes, testStore } from "./builders.ts";

describe("privacy", () => {
  it("GIVEN default settings WHEN an answered and an unanswered question are recorded THEN only the unanswered one's text is kept, and never the raw user id", () => {
    const { store, dataDir } = testStore();
    const id =
      store.recordAnswer(answerRecord({ question: "What is Zebedee the cat's name?" })) ?? "";
    store.recordAnswer(answerRecord({ question: "Do you play the oboe?", abstained: true }));
    store.recordFeedback(id, RAW_USER_ID, "down");
    store.close();

    const bytes = storeBytes(dataDir);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes).not.toContain(RAW_USER_ID);
    expect(bytes).not.toContain("Zebedee");
    expect(bytes).toContain("Do you play the oboe?");
  });

  it("GIVEN STORE_QUESTIONS=none WHEN unanswered questions are recorded THEN no question text reaches the disk and the report still groups repeats", () => {
    const { store, dataDir } = testStore({ storeQuestions: "none" });
    store.recordAnswer(answerRecord({ question: "Do you like jazz?", abstained: true }));
    store.recordAnswer(answerRecord({ question: "  do you   LIKE jazz ", abstained: true }));
    store.recordAnswer(answerRecord({ question: "Do you ski?", abstained: true }));

    const [top, next] = store.summary(7).unanswered;
    expect(top).toMatchObject({ count: 2, text: null });
    expect(next).toMatchObject({ count: 1, text: null });
    store.close();
    expect(storeBytes(dataDir)).not.toMatch(/like jazz|Do you ski/i);
  });

  it("GIVEN STORE_QUESTIONS=all WHEN an answered question is recorded THEN its text is kept too", () => {
    const { store, dataDir } = testStore({ storeQuestions: "all" });
    store.recordAnswer(answerRecord({ question: "Where did you study?" }));

    expect(storeBytes(dataDir)).toContain("Where did you study?");
  });

  it("GIVEN default settings WHEN an unanswered question is recorded THEN the report shows its text", () => {
    const { store } = testStore();
    store.recordAnswer(answerRecord({ question: "Do you like jazz?", abstained: true }));

    expect(store.summary(7).unanswered).toEqual([
      expect.objectContaining({ text: "Do you like jazz?", count: 1 }),
    ]);
  });

  it("GIVEN an unanswered question carrying a mention, an email, a link and a phone number WHEN it is stored THEN each is redacted and the question's words and years stay", () => {
    const { store, dataDir } = testStore();
    const question =
      "<@123456789012345678> asks: mail jo@example.com or see https://evil.example/x, call +44 20 7946 0958 — what did you do 2016-2019?";
    store.recordAnswer(answerRecord({ question, abstained: true }));
    store.close();

    const bytes = storeBytes(dataDir);
    for (const secret of ["123456789012345678", "jo@example.com", "evil.example", "7946 0958"])
      expect(bytes).not.toContain(secret);
    expect(bytes).toContain("what did you do 2016-2019?");
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

describe("redactQuestion", () => {
  it("GIVEN a plain question with a year and a short number WHEN redacted THEN it is unchanged", () => {
    const question = "What did you publish in 2022 with 3 co-authors?";

    expect(redactQuestion(question)).toBe(question);
  });
});
