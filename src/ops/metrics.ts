type Labels = Record<string, string>;

const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30];

/** Counters and a latency histogram, exposed in Prometheus' text format. */
export interface Metrics {
  answered(labels: { surface: string; mode: string; abstained: boolean }, seconds: number): void;
  tokens(kind: "prompt" | "completion", count: number): void;
  rateLimited(): void;
  llmFailure(reason: string): void;
  render(gauges?: Record<string, number>): string;
}

export function createMetrics(): Metrics {
  const counters = new Map<string, { help: string; values: Map<string, number> }>();
  const buckets = new Map<string, number[]>();
  let sum = 0;
  let count = 0;

  const inc = (name: string, help: string, labels: Labels, by = 1) => {
    const metric = counters.get(name) ?? { help, values: new Map() };
    counters.set(name, metric);
    const key = formatLabels(labels);
    metric.values.set(key, (metric.values.get(key) ?? 0) + by);
  };

  return {
    answered({ surface, mode, abstained }, seconds) {
      inc("askme_answers_total", "Answers sent, by surface and mode.", {
        surface,
        mode,
        abstained: String(abstained),
      });
      const counts = buckets.get(surface) ?? LATENCY_BUCKETS.map(() => 0);
      LATENCY_BUCKETS.forEach((le, i) => {
        if (seconds <= le) counts[i] = (counts[i] ?? 0) + 1;
      });
      buckets.set(surface, counts);
      sum += seconds;
      count++;
    },
    tokens(kind, n) {
      inc("askme_llm_tokens_total", "LLM tokens used.", { kind }, n);
    },
    rateLimited() {
      inc("askme_rate_limited_total", "Questions refused by the per-user rate limit.", {});
    },
    llmFailure(reason) {
      inc("askme_llm_failures_total", "Answers that fell back offline, by reason.", { reason });
    },
    render(gauges = {}) {
      const lines: string[] = [];
      for (const [name, { help, values }] of counters) {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
        for (const [labels, value] of values) lines.push(`${name}${labels} ${value}`);
      }
      lines.push(
        "# HELP askme_answer_seconds Time from question to answer.",
        "# TYPE askme_answer_seconds histogram",
      );
      for (const [surface, counts] of buckets) {
        LATENCY_BUCKETS.forEach((le, i) => {
          lines.push(
            `askme_answer_seconds_bucket${formatLabels({ surface, le: String(le) })} ${counts[i] ?? 0}`,
          );
        });
      }
      lines.push(
        `askme_answer_seconds_bucket{le="+Inf"} ${count}`,
        `askme_answer_seconds_sum ${sum}`,
        `askme_answer_seconds_count ${count}`,
      );
      for (const [name, value] of Object.entries(gauges))
        lines.push(`# TYPE ${name} gauge`, `${name} ${value}`);
      return `${lines.join("\n")}\n`;
    },
  };
}

function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, "_")}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}
