/** The machine a run is on, and how busy other processes keep it (the bench shares 2 cores). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

/** CPU busy (all cores, as a % of one core) while this bench is idle: other processes' load. */
export async function backgroundLoad(ms = 1_000): Promise<number | null> {
  const read = () => {
    try {
      const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/);
      const n = fields.slice(1).map(Number);
      const idle = (n[3] ?? 0) + (n[4] ?? 0);
      return { busy: n.reduce((s, v) => s + v, 0) - idle, total: n.reduce((s, v) => s + v, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await sleep(ms);
  const b = read();
  if (!a || !b || b.total === a.total) return null;
  return Math.round(((b.busy - a.busy) / (b.total - a.total)) * os.cpus().length * 100);
}

/** The commit, and whether src/, commands/ or knowledge/ have uncommitted changes. */
export function codeVersion(): string {
  const git = (args: string[]) => {
    try {
      return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      return "";
    }
  };
  const head = git(["rev-parse", "--short", "HEAD"]).trim() || "unknown";
  const changed = git(["status", "--porcelain", "--", "src", "commands", "knowledge"]).trim();
  const count = changed ? changed.split("\n").length : 0;
  return count
    ? `${head} with ${count} uncommitted change(s) in src/, commands/ or knowledge/`
    : head;
}
