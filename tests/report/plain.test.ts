import { describe, expect, it } from "vitest";
import { reportText } from "../../src/report/plain.ts";
import { testStore } from "../store/builders.ts";
import { seedUsage } from "./seed.ts";

const NOW = new Date("2025-03-10T12:00:00Z");

describe("the text report", () => {
  it("GIVEN recorded usage with STORE_QUESTIONS=none WHEN printed THEN it gives the totals, hashes for unanswered questions saying their text was not stored, and the top lists", () => {
    const { store } = testStore({ storeQuestions: "none", now: () => NOW });
    seedUsage(store, NOW);

    const text = reportText(store.summary(7));

    expect(text).toMatch(/answers\s+8 \(3 not covered by the profile\), from 4 people/);
    expect(text).toMatch(/feedback\s+1 up, 3 down/);
    expect(text).toMatch(/p50 200 ms, p95 2500 ms/);
    expect(text).toMatch(/^\s+2x\s+question #[0-9a-f]{8} \(text not stored\)$/m);
    expect(text).toMatch(/\/publications\s+\[backdraft\]\s+2 down/);
    expect(text).toMatch(/Most asked sections: publications 3/);
    expect(text).toMatch(/Most cited entries:\s+backdraft 3, morpheus 2/);
    expect(text).not.toContain("jazz");
  });

  it("GIVEN default settings WHEN printed THEN the questions the profile could not answer show as written", () => {
    const { store } = testStore({ now: () => NOW });
    seedUsage(store, NOW);

    expect(reportText(store.summary(7))).toMatch(/^\s+2x\s+Do you like jazz\?$/m);
  });
});
