/** Renders a run as Markdown (bench/results/latest.md) and JSON (latest.json). */
import type { Figure, Results } from "./figures.ts";
import { table } from "./md-table.ts";
import { details } from "./report-details.ts";

export interface Meta {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; ramGb: number; node: string; os: string };
  commit: string;
  durationS: number;
  /** Other processes' CPU use, % of one core, sampled for 1 s before and after the run. */
  backgroundCpu: { before: number | null; after: number | null };
  errors: Record<string, string>;
}

export function markdown(meta: Meta, figures: Figure[], results: Results, notes: string[]): string {
  const m = meta.machine;
  const errors = Object.entries(meta.errors);
  return [
    "# askme benchmark",
    "",
    `- Date: ${meta.date}`,
    `- Command: \`${meta.command}\``,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, ${m.os}`,
    `- Code: ${meta.commit}`,
    `- Duration: ${meta.durationS} s`,
    `- Other processes' CPU use while the bench was idle: ${meta.backgroundCpu.before ?? "?"}% of one core before, ${meta.backgroundCpu.after ?? "?"}% after (${m.cores} cores; latency tails are sensitive to it)`,
    "",
    "## Figures",
    "",
    table(
      ["Figure", "Target", "Result", "Status"],
      figures.map((f) => [f.figure, f.target, f.result, f.status]),
    ),
    ...(errors.length
      ? ["", "## Errors", "", ...errors.map(([k, v]) => `- ${k}: ${v.split("\n")[0]}`)]
      : []),
    "",
    "## Bottlenecks and suggested fixes",
    "",
    ...(notes.length ? notes.flatMap((n) => [`- ${n}`, ""]) : ["No target missed.", ""]),
    "## Details",
    "",
    ...details(results).flatMap((d) => [d, ""]),
    "## Method",
    "",
    "- Fake Discord (tests/fakes/discord) in a child process, driven over IPC; delivery and acknowledgement times are both `performance.now()` in that process. The bot (createCore + startBot, LOG_LEVEL=warn, logs discarded) runs in a fresh child per suite, so suites do not share heaps or JIT state; the suites that run the bot (ack, /ask, memory, heap) are bundled with esbuild and run on plain Node, as `npm start` runs the bot. Each interaction comes from a new user (the per-user rate limit is 5 a minute).",
    "- Paced load is sent from the fake's own timer; bursts are sent back to back in one tick. Acked/s = acknowledged / (last ack − first delivery). The fake expires interactions 3 s after delivery.",
    "- The fake LLM runs in the fake Discord's process; token times are when the SSE chunk was written.",
    "- Context recall: every `must` regex of a fact question must match the profile part of the system prompt (not the question). Large profile: generated with a fixed seed (bench/generate-profile.ts), questions in bench/generate-questions.ts.",
    "- RSS/heap are read after two forced GCs. Heap growth is heap used after GC, so it is deterministic to within a few hundred KB; latency tails vary between runs on a 2-core machine.",
    "",
  ].join("\n");
}
