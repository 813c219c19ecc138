/** Resident memory of a process group (a command and every process it started), from /proc. */
import { readdirSync, readFileSync } from "node:fs";

export interface TreeRss {
  totalMb: number;
  /** RSS of each process in the group, MB, largest first. */
  processesMb: number[];
}

export function groupRss(pgid: number): TreeRss | null {
  const sizes: number[] = [];
  try {
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after "(comm) ": state, ppid, pgrp, …
        const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
        if (group !== pgid) continue;
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
        if (kb) sizes.push(Number(kb) / 1024);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return null; // no /proc
  }
  if (!sizes.length) return null;
  const round = (mb: number) => Math.round(mb * 10) / 10;
  return {
    totalMb: round(sizes.reduce((s, v) => s + v, 0)),
    processesMb: sizes.sort((a, b) => b - a).map(round),
  };
}

/** Signals a whole process group; quiet when it is already gone. */
export function signalGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  if (!pgid) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // already exited
  }
}
