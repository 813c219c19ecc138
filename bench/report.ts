/**
 * The run's report: the machine it ran on, how busy other processes kept it (the bench shares 2
 * cores), the code measured, and the Markdown of bench/results/latest.md.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { type Figure, table } from "./suite.ts";

const machine = () => ({
  cpu: os.cpus()[0]?.model.trim() ?? "unknown",
  cores: os.cpus().length,
  ramGb: Math.round(os.totalmem() / 1e9),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
});

// Busy and total jiffies of all cores, from /proc/stat; null without it.
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const [, ...n] = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/);
    const total = n.reduce((s, v) => s + Number(v), 0);
    return { busy: total - Number(n[3] ?? 0) - Number(n[4] ?? 0), total };
  } catch {
    return null;
  }
}

/** CPU busy (all cores, as a % of one core) while this bench is idle: other processes' load. */
export async function backgroundLoad(ms = 1_000): Promise<number | null> {
  const a = cpuTimes();
  await sleep(ms);
  const b = cpuTimes();
  if (!a || !b || b.total === a.total) return null;
  return Math.round(((b.busy - a.busy) / (b.total - a.total)) * os.cpus().length * 100);
}

// The commit, and whether src/, commands/ or knowledge/ have uncommitted changes.
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout ?? "";
  const head = git("rev-parse", "--short", "HEAD").trim() || "unknown";
  const changed = git("status", "--porcelain", "--", "src", "commands", "knowledge").trim();
  const count = changed ? changed.split("\n").length : 0;
  return count
    ? `${head} with ${count} uncommitted change(s) in src/, commands/ or knowledge/`
    : head;
}

type Errors = Record<string, string>;

/**
 * Where, when and how the run was made, once it is over (`t0`: its start); `backgroundCpu` is other processes' CPU
 * use (% of one core) for 1 s before (`before`, from backgroundLoad) and after the run.
 */
export async function runMeta(args: string[], t0: number, before: number | null, errors: Errors) {
  return {
    date: new Date().toISOString(),
    command: ["npm run bench", ...(args.length ? ["--", ...args] : [])].join(" "),
    machine: machine(),
    commit: codeVersion(),
    durationS: Math.round((performance.now() - t0) / 1000),
    backgroundCpu: { before, after: await backgroundLoad() },
    errors,
  };
}

type Meta = Awaited<ReturnType<typeof runMeta>>;

/** The report: figures against targets, then notes, details and how it was measured. */
export function markdown(meta: Meta, figures: Figure[], notes: string[], details: string[]) {
  const m = meta.machine;
  const cpu = meta.backgroundCpu;
  const errors = Object.entries(meta.errors);
  const missed = figures.filter((f) => f.status === "MISS");
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
    ...[...missed.map((f) => `Missed: ${f.figure}.`), ...notes].flatMap((n) => [`- ${n}`, ""]),
    ...(missed.length || notes.length ? [] : ["No target missed.", ""]),
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
