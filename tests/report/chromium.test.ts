import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportHtml } from "../../src/report/html.ts";
import { tempDir, testStore } from "../store/builders.ts";
import { CHROMIUM, metricsIn, renderInChromium } from "./chromium.ts";
import { pngFacts } from "./png.ts";
import { SEEDED, seedUsage } from "./seed.ts";

const NOW = new Date("2025-03-10T12:00:00Z");

describe.skipIf(CHROMIUM.skip)("the HTML report in a real browser", () => {
  it("GIVEN a week of recorded usage WHEN the page is opened in headless Chromium THEN it draws a full page whose numbers are the seeded ones", async () => {
    const { store } = testStore({ storeQuestions: "all", now: () => NOW });
    seedUsage(store, NOW);
    const file = join(tempDir(), "report.html");
    writeFileSync(file, reportHtml(store.summary(7)));

    const { png, dom } = await renderInChromium(file, { width: 1200, height: 1600 });

    const picture = pngFacts(png);
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1200, height: 1600 });
    // A blank page is one colour; text, cards and bars give hundreds, over a good share of it.
    expect(picture.colours).toBeGreaterThan(50);
    expect(picture.inked).toBeGreaterThan(0.05);

    const metrics = metricsIn(dom);
    expect(metrics).toMatchObject({
      answers: [String(SEEDED.answers)],
      abstained: [String(SEEDED.abstained)],
      askers: [String(SEEDED.askers)],
      up: [String(SEEDED.up)],
      down: [String(SEEDED.down)],
      "latency-p50": [String(SEEDED.p50)],
      "latency-p95": [String(SEEDED.p95)],
      "prompt-tokens": [String(SEEDED.promptTokens)],
      "completion-tokens": [String(SEEDED.completionTokens)],
      "cached-prompt-tokens": [String(SEEDED.cachedPromptTokens)],
      "unanswered-groups": [String(SEEDED.unansweredGroups)],
      "unanswered-count": ["2", "1"],
      "downvoted-answers": [String(SEEDED.downvotedAnswers)],
    });
    // The hostile question arrived as text: the browser built no element from it.
    expect(dom).not.toMatch(/<img/i);
    expect(dom).toContain("&lt;img src=x onerror=");
  }, 90_000);
});
