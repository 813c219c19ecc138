/** Renders a run as Markdown (bench/results/latest.md). */
import type { Machine } from "./machine.ts";
import { type Figure, table } from "./suite.ts";

/** Where, when and how the run was made. */
export interface Meta {
  date: string;
  command: string;
  machine: Machine;
  commit: string;
  durationS: number;
  /** Other processes' CPU use, % of one core, sampled for 1 s before and after the run. */
  backgroundCpu: { before: number | null; after: number | null };
  errors: Record<string, string>;
}

/** The report: figures against targets, then notes, details and how it was measured. */
export function markdown(meta: Meta, figures: Figure[], notes: string[], details: string[]) {
  const m = meta.machine;
  const cpu = meta.backgroundCpu;
  const errors = Object.entries(meta.errors);
  return [
    "# askme benchmark",
    "",
    `- Date: ${meta.date}`,
    `- Command: \`${meta.command}\``,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, ${m.os}`,
    `- Code: ${meta.commit}`,
    `- Duration: ${meta.durationS} s`,
    `- Other processes' CPU use while the bench was idle: ${cpu.before ?? "?"}% of one core before, ${cpu.after ?? "?"}% after (${m.cores} cores; latency tails are sensitive to it)`,
    "",
    "## Figures",
    "",
    table(figures),
    ...(errors.length
      ? ["", "## Errors", "", ...errors.map(([k, v]) => `- ${k}: ${v.split("\n")[0]}`)]
      : []),
    "",
    "## Bottlenecks and suggested fixes",
    "",
    ...(notes.length ? notes.flatMap((n) => [`- ${n}`, ""]) : ["No target missed.", ""]),
    "## Details",
    "",
    ...details.flatMap((d) => [d, ""]),
    "## Method",
    "",
    "- Each suite runs in a fresh process, bundled with esbuild and run on plain Node as `npm start` runs the bot, so suites share no heap or JIT state. The bot is createCore + startBot at LOG_LEVEL=warn with its logs discarded, on knowledge/profile.yaml; offline unless a suite gives it the fake LLM.",
    "- The fake Discord (tests/fakes/discord) runs in its own process, driven over IPC; delivery, acknowledgement and reply times are all `performance.now()` in that process. Every interaction and every DM comes from a new user (the per-user rate limit is 5 a minute).",
    "- Paced load is sent from the fake's own timer; bursts are sent back to back in one tick. Acked/s = acknowledged / (last ack − first delivery). The fake expires interactions 3 s after delivery. The fake LLM runs in the fake Discord's process; token times are when its SSE chunk was written.",
    "- Context recall: every `must` regex of a fact question must match the profile part of the system prompt (not the question). The generated profile and its fact questions are fixed files (bench/fixtures).",
    "- RSS and heap are read after two forced GCs. Heap growth is heap used after GC, so it is deterministic to within a few hundred KB; latency tails and throughput vary between runs on a shared 2-core machine.",
    "",
  ].join("\n");
}
