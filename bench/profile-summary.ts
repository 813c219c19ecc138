/**
 * Summarises a V8 `.cpuprofile` (self and inclusive time) or `.heapprofile` (bytes allocated,
 * sampled) by function and source line: `tsx bench/profile-summary.ts FILE [--top N] [--grep RE]`.
 * Profiles come from `node --import tsx --cpu-prof` or `--heap-prof`.
 */
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface CpuNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

export interface Row {
  where: string;
  self: number;
  total: number;
}

const label = (f: CallFrame) => {
  const file = f.url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "");
  return `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`;
};

function rowFor(rows: Map<string, Row>, key: string): Row {
  const found = rows.get(key);
  if (found) return found;
  const made = { where: key, self: 0, total: 0 };
  rows.set(key, made);
  return made;
}

/** Self and inclusive milliseconds per function (recursion counted once per stack). */
export function cpuRows(profile: {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}): Row[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const rows = new Map<string, Row>();
  const row = (key: string) => rowFor(rows, key);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const first = byId.get(id);
    if (first) row(label(first.callFrame)).self += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label((byId.get(at) as CpuNode).callFrame);
      if (!seen.has(key)) row(key).total += ms;
      seen.add(key);
    }
  });
  return [...rows.values()];
}

/** Sampled bytes allocated per function: self, and including callees. */
export function heapRows(head: HeapNode): Row[] {
  const rows = new Map<string, Row>();
  const walk = (n: HeapNode, stack: Set<string>): number => {
    const key = label(n.callFrame);
    const r = rowFor(rows, key);
    r.self += n.selfSize;
    let total = n.selfSize;
    const inner = new Set(stack).add(key);
    for (const c of n.children) total += walk(c, inner);
    if (!stack.has(key)) r.total += total;
    return total;
  };
  walk(head, new Set());
  return [...rows.values()];
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const [file = ""] = process.argv.slice(2);
  const arg = (f: string) =>
    process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined;
  const top = Number(arg("--top") ?? 25);
  const grep = new RegExp(arg("--grep") ?? ".");
  const data = JSON.parse(readFileSync(file, "utf8"));
  const heap = "head" in data;
  const rows = (heap ? heapRows(data.head) : cpuRows(data)).filter((r) => grep.test(r.where));
  const unit = heap
    ? (v: number) => `${(v / 1e6).toFixed(1)} MB`
    : (v: number) => `${v.toFixed(0)} ms`;
  for (const key of ["self", "total"] as const) {
    console.log(`\n== top ${top} by ${key} ${heap ? "bytes allocated (sampled)" : "time"}`);
    for (const r of rows.sort((a, b) => b[key] - a[key]).slice(0, top)) {
      console.log(
        `${unit(r.self).padStart(9)} self ${unit(r.total).padStart(9)} total  ${r.where}`,
      );
    }
  }
}
