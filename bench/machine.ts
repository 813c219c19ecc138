/** The machine a run is on, and how busy other processes keep it (the bench shares 2 cores). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

/** What the report says about the machine. */
export const machine = () => ({
  cpu: os.cpus()[0]?.model.trim() ?? "unknown",
  cores: os.cpus().length,
  ramGb: Math.round(os.totalmem() / 1e9),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
});
/** The machine, as the report shows it. */
export type Machine = ReturnType<typeof machine>;

// Busy and total jiffies of all cores, from /proc/stat; null without it.
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const n = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
      .trim()
      .split(/\s+/)
      .slice(1);
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

/** The commit, and whether src/, commands/ or knowledge/ have uncommitted changes. */
export function codeVersion(): string {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      return "";
    }
  };
  const head = git("rev-parse", "--short", "HEAD").trim() || "unknown";
  const changed = git("status", "--porcelain", "--", "src", "commands", "knowledge").trim();
  const count = changed ? changed.split("\n").length : 0;
  return count
    ? `${head} with ${count} uncommitted change(s) in src/, commands/ or knowledge/`
    : head;
}
