/**
 * Child processes of the bench: suites bundled with esbuild and run on plain Node (as `npm start`
 * runs the bot), and the fake Discord under tsx. Bundles go to node_modules/.cache/askme-bench
 * (where Node still resolves the project's packages, and git ignores them).
 */
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { once } from "node:events";
import { readFileSync, rmSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import type { BenchSuite } from "./suite.ts";

const BUILD_DIR = resolve("node_modules/.cache/askme-bench");

/** Resolves on the child's exit, or kills it after `timeoutMs`. */
export async function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return code;
}

/** Bundles src/main.ts with the flags of package.json's prestart, to a file of our own. */
export function prestartBundle(): { file: string; buildMs: number } {
  const prestart: string = JSON.parse(readFileSync("package.json", "utf8")).scripts?.prestart ?? "";
  if (!/^esbuild .*--outfile=\S+/.test(prestart))
    throw new Error("prestart is not an esbuild bundle");
  const file = join(BUILD_DIR, `main-${process.pid}.js`);
  const start = performance.now();
  execFileSync("sh", ["-c", prestart.replace(/--outfile=\S+/, `--outfile=${file}`)], {
    env: { ...process.env, PATH: `${resolve("node_modules/.bin")}${delimiter}${process.env.PATH}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { file, buildMs: Math.round(performance.now() - start) };
}

// An entry that runs the suite's `run` and sends back what it resolved to.
async function suiteBundle(name: string): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = join(BUILD_DIR, `suite-${name}-${process.pid}.mjs`);
  const contents = `import suite from "./${name}.ts";
const finish = (message) => process.send?.(message, () => process.exit(0));
suite.run(JSON.parse(process.argv[2])).then(
  (result) => finish({ result }),
  (err) => finish({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
);`;
  await build({
    stdin: { contents, resolveDir: resolve("bench"), loader: "ts", sourcefile: `${name}-entry.ts` },
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

type Outcome = { result?: unknown; error?: string };

/** Runs bench/<name>.ts's suite in a fresh process; rejects on its error or after its time limit. */
export async function runSuite(name: string, quick: boolean, suite: BenchSuite<unknown>) {
  const child = fork(await suiteBundle(name), [JSON.stringify({ quick })], {
    execArgv: suite.nodeFlags ?? [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const timeoutMs = suite.limitS * 1000;
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exit = once(child, "exit").then(([code, signal]) => {
    throw new Error(signal ? `no result within ${timeoutMs / 1000} s` : `exited with ${code}`);
  });
  try {
    const [m] = (await Promise.race([once(child, "message"), exit])) as [Outcome];
    if (m.error !== undefined) throw new Error(m.error);
    return m.result;
  } finally {
    clearTimeout(timer);
    exit.catch(() => {});
    await exited(child, 10_000);
  }
}

/** Removes the bundles. */
export const cleanBuilds = () => rmSync(BUILD_DIR, { recursive: true, force: true });
