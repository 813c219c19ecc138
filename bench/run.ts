/**
 * `npm run bench` (tsx bench/run.ts [--quick] [--only ack,memory,...]): runs every suite in a
 * fresh child process, one after another, then writes bench/results/latest.md and latest.json
 * and prints the figures. Bounded: each suite has a time limit, and suites that would start
 * after 9 minutes are skipped.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanBuilds } from "./build-js.ts";
import { runSuite } from "./child.ts";
import { figures, type Results } from "./figures.ts";
import { backgroundLoad, codeVersion, machine } from "./machine.ts";
import { notes } from "./notes.ts";
import { type Meta, markdown } from "./report.ts";

interface Suite {
  key: keyof Results;
  file: string;
  limitS: number;
  flags?: string[];
  /** Bundled and run on plain Node, as `npm start` runs the bot (no tsx loader in the process). */
  plain?: boolean;
}

const SUITES: Suite[] = [
  { key: "retrieval", file: "retrieval", limitS: 180 },
  { key: "tokens", file: "tokens", limitS: 180 },
  { key: "heap", file: "heap", limitS: 180, flags: ["--expose-gc"], plain: true },
  { key: "startup", file: "startup", limitS: 180 },
  { key: "claims" as keyof Results, file: "claims", limitS: 120, plain: true },
  { key: "askOverhead", file: "ask-overhead", limitS: 120, plain: true },
  { key: "ack", file: "ack", limitS: 300, plain: true },
  { key: "memory", file: "memory", limitS: 300, flags: ["--expose-gc"], plain: true },
];
const BUDGET_S = 9 * 60;

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "").split(",") : [];
  const loadBefore = await backgroundLoad();
  const started = performance.now();
  const results: Results = {};
  const errors: Record<string, string> = {};
  for (const suite of SUITES) {
    if (only.length && !only.includes(suite.file)) continue;
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed > BUDGET_S) {
      errors[suite.file] = `skipped: the run had already taken ${Math.round(elapsed)} s`;
      continue;
    }
    process.stdout.write(`bench: ${suite.file}… `);
    const t0 = performance.now();
    try {
      const { file, limitS, flags, plain } = suite;
      const value = await runSuite(file, { quick }, limitS * 1000, flags, plain);
      (results as Record<string, unknown>)[suite.key] = value;
      process.stdout.write(`${Math.round((performance.now() - t0) / 1000)} s\n`);
    } catch (err) {
      errors[suite.file] = err instanceof Error ? err.message : String(err);
      process.stdout.write(`failed: ${errors[suite.file]?.split("\n")[0]}\n`);
    }
  }

  cleanBuilds();
  const durationS = Math.round((performance.now() - started) / 1000);
  const meta: Meta = {
    date: new Date().toISOString(),
    command: ["npm run bench", ...(args.length ? ["--", ...args] : [])].join(" "),
    machine: machine(),
    commit: codeVersion(),
    durationS,
    backgroundCpu: { before: loadBefore, after: await backgroundLoad() },
    errors,
  };
  const rows = figures(results);
  const found = notes(results);
  const dir = new URL(`file://${resolve("bench/results")}/`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL("latest.md", dir), markdown(meta, rows, results, found));
  writeFileSync(
    new URL("latest.json", dir),
    `${JSON.stringify({ meta, figures: rows, notes: found, results }, null, 2)}\n`,
  );

  const width = Math.max(...rows.map((r) => r.figure.length));
  console.log(
    `\n${meta.machine.cpu}, ${meta.machine.cores} cores, Node ${meta.machine.node}, ${meta.durationS} s; other processes' CPU ${loadBefore ?? "?"}% / ${meta.backgroundCpu.after ?? "?"}% of a core before / after\n`,
  );
  for (const r of rows)
    console.log(`${r.status.padEnd(5)} ${r.figure.padEnd(width)}  ${r.result}  [${r.target}]`);
  console.log("\nWritten: bench/results/latest.md, bench/results/latest.json");
  if (Object.keys(errors).length) process.exitCode = 1;
}

await main();
