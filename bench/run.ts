/**
 * `npm run bench` (tsx bench/run.ts [--quick] [--only ack,memory,...]): runs each suite in a fresh
 * process, one after another, then writes bench/results/latest.md and latest.json and prints the
 * figures. Bounded: each suite has a time limit, and suites that would start after 9 minutes are
 * skipped.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cleanBuilds, runSuite } from "./child.ts";
import { backgroundLoad, markdown, runMeta } from "./report.ts";
import type { BenchSuite, Figure } from "./suite.ts";

/**
 * The suites, in the order they run and are reported. To add one, write bench/<name>.ts with
 * `export default defineSuite({...})` (bench/suite.ts) and add its name here, on a line of its own.
 */
// biome-ignore format: one suite a line, so adding one is a one-line change
const SUITES = [
  "ack",
  "ask-overhead",
  "retrieval",
  "tokens",
  "memory",
  "dm-throughput",
  "heap",
  "startup",
  "claims",
];
const BUDGET_S = 9 * 60;

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "").split(",") : [];
  const unknown = only.filter((name) => !SUITES.includes(name));
  if (unknown.length) {
    console.error(`bench: no suite ${unknown.join(", ")}; the suites are ${SUITES.join(", ")}`);
    process.exit(2);
  }
  const loadBefore = await backgroundLoad();
  const started = performance.now();
  const results: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const [figures, notes, details]: [Figure[], string[], string[]] = [[], [], []];
  for (const name of SUITES.filter((s) => !only.length || only.includes(s))) {
    const suite = ((await import(`./${name}.ts`)) as { default: BenchSuite<unknown> }).default;
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed > BUDGET_S) {
      errors[name] = `skipped: the run had already taken ${Math.round(elapsed)} s`;
      continue;
    }
    process.stdout.write(`bench: ${name}… `);
    const t0 = performance.now();
    try {
      const result = await runSuite(name, quick, suite);
      results[suite.key] = result;
      figures.push(...suite.figures(result));
      notes.push(...(suite.notes?.(result) ?? []));
      details.push(...(suite.details?.(result) ?? []));
      process.stdout.write(`${Math.round((performance.now() - t0) / 1000)} s\n`);
    } catch (err) {
      errors[name] = err instanceof Error ? err.message : String(err);
      figures.push({ figure: `${name} suite`, target: "—", result: "not measured", status: "n/a" });
      process.stdout.write(`failed: ${errors[name].split("\n")[0]}\n`);
    }
  }
  cleanBuilds();

  const meta = await runMeta(args, started, loadBefore, errors);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/latest.md", markdown(meta, figures, notes, details));
  const json = JSON.stringify({ meta, figures, notes, results }, null, 2);
  writeFileSync("bench/results/latest.json", `${json}\n`);

  const width = Math.max(...figures.map((f) => f.figure.length));
  console.log(`\n${meta.durationS} s; full report in bench/results/latest.md\n`);
  for (const f of figures)
    console.log(`${f.status.padEnd(5)} ${f.figure.padEnd(width)}  ${f.result}  [${f.target}]`);

  if (Object.keys(errors).length) process.exitCode = 1;
}

await main();
