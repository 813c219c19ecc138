import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createMetrics, type GaugeSources } from "../../src/ops/metrics.ts";
import { systemTool } from "../builders/system-tool.ts";

const PROMTOOL = systemTool("the metrics page's", ["promtool"]);

const sources: GaugeSources = {
  gatewayConnected: () => true,
  llm: () => ({ active: 1, queued: 2, tokensToday: 300, circuitOpen: false }),
  conversations: () => 7,
};

/** The value of one series on an exposition page, or undefined when it is absent. */
function sample(page: string, series: string): number | undefined {
  const line = page.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("metrics", () => {
  it("GIVEN no answer yet WHEN the page is read THEN every counter is there at 0 for each surface, mode, reason and token kind", async () => {
    const page = await createMetrics(sources).render();

    for (const surface of ["slash", "mention", "dm", "menu", "user-app"]) {
      for (const mode of ["llm", "offline"])
        for (const abstained of ["true", "false"])
          expect(
            sample(
              page,
              `askme_answers_total{surface="${surface}",mode="${mode}",abstained="${abstained}"}`,
            ),
          ).toBe(0);
      expect(sample(page, `askme_answer_seconds_count{surface="${surface}"}`)).toBe(0);
    }
    expect(sample(page, "askme_rate_limited_total")).toBe(0);
    expect(sample(page, 'askme_llm_failures_total{reason="llm-timeout"}')).toBe(0);
    expect(sample(page, 'askme_llm_tokens_total{kind="cached"}')).toBe(0);
  });

  it("GIVEN a page WHEN read THEN every family has HELP text and the gauges read the bot's state", async () => {
    const page = await createMetrics(sources).render();
    const families = [...page.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]);
    const helped = new Set([...page.matchAll(/^# HELP (\S+) \S/gm)].map((m) => m[1]));

    expect(families.length).toBeGreaterThan(10);
    for (const family of families) expect(helped, family).toContain(family);
    expect(sample(page, "askme_gateway_connected")).toBe(1);
    expect(sample(page, "askme_llm_queued")).toBe(2);
    expect(sample(page, "askme_conversations")).toBe(7);
  });

  it("GIVEN an answer on a DM WHEN the page is read THEN its counter and latency series rise, labelled by surface down to +Inf, _sum and _count", async () => {
    const metrics = createMetrics(sources);
    metrics.answered({ surface: "dm", mode: "offline", abstained: false }, 0.2);

    const page = await metrics.render();

    expect(sample(page, 'askme_answers_total{surface="dm",mode="offline",abstained="false"}')).toBe(
      1,
    );
    expect(sample(page, 'askme_answer_seconds_bucket{le="0.1",surface="dm"}')).toBe(0);
    expect(sample(page, 'askme_answer_seconds_bucket{le="+Inf",surface="dm"}')).toBe(1);
    expect(sample(page, 'askme_answer_seconds_sum{surface="dm"}')).toBeCloseTo(0.2);
    expect(sample(page, 'askme_answer_seconds_count{surface="dm"}')).toBe(1);
    expect(page).not.toMatch(/^askme_answer_seconds_(sum|count) /m);
  });

  it("GIVEN the default process metrics WHEN the page is read THEN memory, event-loop lag and GC are there", async () => {
    const page = await createMetrics(sources).render();

    expect(page).toMatch(/^process_resident_memory_bytes \d/m);
    expect(page).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(page).toMatch(/^# TYPE nodejs_gc_duration_seconds histogram/m);
  });

  it.skipIf(PROMTOOL.skip)(
    "GIVEN Prometheus' promtool WHEN it checks the page before and after answers THEN it finds no problem",
    async () => {
      const metrics = createMetrics(sources);
      const check = (page: string) =>
        spawnSync(PROMTOOL.path ?? "promtool", ["check", "metrics"], {
          input: page,
          encoding: "utf8",
        });

      const before = check(await metrics.render());
      metrics.answered({ surface: "slash", mode: "llm", abstained: true }, 1.5);
      metrics.tokens("prompt", 800);
      metrics.rateLimited();
      metrics.llmFailure("llm-busy");
      const after = check(await metrics.render());

      expect(before.error, "promtool did not run").toBeUndefined();
      expect(before.status, before.stdout + before.stderr).toBe(0);
      expect(after.status, after.stdout + after.stderr).toBe(0);
    },
  );
});

describe("recording an LLM answer", () => {
  it("GIVEN an answer whose prompt was partly served from the server's cache WHEN recorded THEN the cached tokens are counted apart", async () => {
    const { createLogger } = await import("../../src/logger.ts");
    const { recordAnswer } = await import("../../src/flow/record.ts");
    const metrics = createMetrics(sources);
    const log = createLogger({ level: "silent", format: "json" });

    recordAnswer(
      {
        surface: "slash",
        command: "ask",
        question: "q",
        userId: "1",
        latencyMs: 900,
        result: {
          answer: "a",
          abstained: false,
          sources: [],
          mode: "llm",
          usage: { promptTokens: 1000, completionTokens: 50, cachedPromptTokens: 768 },
        },
      },
      { metrics },
      log,
    );
    const page = await metrics.render();

    expect(sample(page, 'askme_llm_tokens_total{kind="cached"}')).toBe(768);
    expect(sample(page, 'askme_llm_tokens_total{kind="prompt"}')).toBe(1000);
    expect(sample(page, 'askme_llm_failures_total{reason="llm-unsupported"}')).toBe(0);
  });
});
