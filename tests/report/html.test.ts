import { describe, expect, it } from "vitest";
import { reportHtml } from "../../src/report/html.ts";
import type { ReportData } from "../../src/store/report-data.ts";
import { emptyReport } from "../../src/store/window.ts";
import { testStore } from "../store/builders.ts";
import { metricsIn } from "./chromium.ts";
import { HOSTILE_QUESTION, SEEDED, seedUsage } from "./seed.ts";

const NOW = new Date("2025-03-10T12:00:00Z");

/** A report with nothing in it but what the test sets. */
function report(overrides: Partial<ReportData> = {}): ReportData {
  return { ...emptyReport(7, NOW), ...overrides };
}

describe("the HTML report", () => {
  it("GIVEN hostile text in a question, a section and a source WHEN rendered THEN it shows as text and never as markup", () => {
    const html = reportHtml(
      report({
        unanswered: [
          { hash: "ab".repeat(32), text: HOSTILE_QUESTION, count: 1, lastAt: NOW.toISOString() },
        ],
        topSections: [{ id: `"><script>alert(1)</script>`, count: 1 }],
        topEntries: [{ id: "<b>bold</b>", count: 1 }],
      }),
    );

    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>bold");
    expect(html).toContain(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39; &lt;/td&gt;",
    );
  });

  it("GIVEN any report WHEN rendered THEN the page needs nothing from outside: no script, stylesheet link, image or URL", () => {
    const html = reportHtml(report());
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\b(src|href)=|url\(|@import|https?:/i);
    expect(html).toMatch(/<style>/);
    expect(html).toMatch(/<svg /);
  });

  it("GIVEN questions are not stored WHEN an unanswered question is shown THEN it is named by its hash prefix", () => {
    const html = reportHtml(
      report({
        unanswered: [{ hash: "0123456789abcdef", text: null, count: 3, lastAt: NOW.toISOString() }],
      }),
    );
    expect(html).toContain("question #01234567");
    expect(metricsIn(html)["unanswered-count"]).toEqual(["3"]);
  });

  it("GIVEN recorded usage WHEN rendered THEN the marked numbers are the recorded ones", () => {
    const { store } = testStore({ storeQuestions: "all", now: () => NOW });
    seedUsage(store, NOW);
    const metrics = metricsIn(reportHtml(store.summary(7)));
    expect(metrics.answers).toEqual([String(SEEDED.answers)]);
    expect(metrics["latency-p95"]).toEqual([String(SEEDED.p95)]);
    expect(metrics["section-count"]).toEqual(["3"]);
    expect(metrics["entry-count"]).toEqual(["3", "2"]);
  });

  it("GIVEN no answers WHEN rendered THEN latency shows a dash and the lists say they are empty", () => {
    const html = reportHtml(report());
    expect(metricsIn(html)["latency-p50"]).toEqual(["–"]);
    expect(html).toContain("Every question was covered.");
    expect(html).toContain("No answer was voted down.");
  });
});
