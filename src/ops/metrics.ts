import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { FALLBACK_REASONS, type FallbackReason } from "../engine/types.ts";
import type { Surface } from "../flow/types.ts";

/** The Discord surfaces whose answers are counted; the console is the owner's and not counted. */
const SURFACES: readonly Surface[] = ["slash", "mention", "dm", "menu", "user-app"];
const MODES = ["llm", "offline"] as const;
const TOKEN_KINDS = ["prompt", "completion", "cached"] as const;
const MISNAMED_DEFAULTS = [
  "nodejs_active_handles_total",
  "nodejs_active_requests_total",
  "nodejs_active_resources_total",
];
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30];

/** The bot's live state, read when /metrics is scraped. */
export interface GaugeSources {
  gatewayConnected(): boolean;
  llm(): { active: number; queued: number; tokensToday: number; circuitOpen: boolean };
  conversations(): number;
}

/** Counters, a latency histogram and gauges in Prometheus' text format, via prom-client. */
export interface Metrics {
  answered(labels: { surface: Surface; mode: string; abstained: boolean }, seconds: number): void;
  tokens(kind: (typeof TOKEN_KINDS)[number], count: number): void;
  rateLimited(): void;
  llmFailure(reason: FallbackReason): void;
  /** The exposition page. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * One registry per bot (so tests can run several), with Node's default process metrics, and
 * every counter exported at 0 for its known labels from the start, so rates work from the first scrape.
 */
export function createMetrics(sources?: GaugeSources): Metrics {
  const register = new Registry();
  const registers = [register];
  collectDefaultMetrics({ register });
  // Gauges named like counters, which promtool's lint rejects; the per-type series stay.
  for (const name of MISNAMED_DEFAULTS) register.removeSingleMetric(name);
  const answers = new Counter({
    name: "askme_answers_total",
    help: "Answers sent, by surface, mode and whether the profile covered the question.",
    labelNames: ["surface", "mode", "abstained"] as const,
    registers,
  });
  const latency = new Histogram({
    name: "askme_answer_seconds",
    help: "Time from question to answer, by surface.",
    labelNames: ["surface"] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const tokens = new Counter({
    name: "askme_llm_tokens_total",
    help: "LLM tokens used: prompt, completion, and prompt tokens the server served from its cache.",
    labelNames: ["kind"] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: "askme_rate_limited_total",
    help: "Questions refused by the per-user rate limit.",
    registers,
  });
  const failures = new Counter({
    name: "askme_llm_failures_total",
    help: "Answers that fell back to the offline engine, by reason.",
    labelNames: ["reason"] as const,
    registers,
  });
  for (const surface of SURFACES) {
    latency.zero({ surface });
    for (const mode of MODES)
      for (const abstained of ["true", "false"]) answers.inc({ surface, mode, abstained }, 0);
  }
  for (const kind of TOKEN_KINDS) tokens.inc({ kind }, 0);
  for (const reason of FALLBACK_REASONS) failures.inc({ reason }, 0);
  rateLimited.inc(0);
  if (sources) addGauges(sources, registers);

  return {
    answered({ surface, mode, abstained }, seconds) {
      answers.inc({ surface, mode, abstained: String(abstained) });
      latency.observe({ surface }, seconds);
    },
    tokens: (kind, count) => tokens.inc({ kind }, count),
    rateLimited: () => rateLimited.inc(),
    llmFailure: (reason) => failures.inc({ reason }),
    render: () => register.metrics(),
    contentType: register.contentType,
  };
}

function addGauges(sources: GaugeSources, registers: Registry[]) {
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  gauge("askme_gateway_connected", "1 while the Discord gateway is connected.", () =>
    sources.gatewayConnected() ? 1 : 0,
  );
  gauge("askme_llm_active", "LLM calls in progress.", () => sources.llm().active);
  gauge("askme_llm_queued", "Questions waiting for an LLM slot.", () => sources.llm().queued);
  gauge(
    "askme_llm_tokens_today",
    "LLM tokens spent today (UTC), against the daily budget.",
    () => sources.llm().tokensToday,
  );
  gauge("askme_llm_circuit_open", "1 while the LLM circuit breaker is open.", () =>
    sources.llm().circuitOpen ? 1 : 0,
  );
  gauge("askme_conversations", "DM conversations held in memory.", () => sources.conversations());
}
