/**
 * Plain-JS bundles made with esbuild (a project dependency), packages left external, written to
 * bench/experiments/.build/ and removed by `cleanBuilds()`:
 * - the bot exactly as `npm run prestart` bundles it (its own flags, another output file), so
 *   start-up is measured on what `npm start` runs without touching dist/;
 * - a bench suite, so the bot it starts in-process runs on plain Node as in production.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";

export const BUILD_DIR = resolve("bench/experiments/.build");

/** Bundles src/main.ts with the flags of package.json's prestart; null when there is none. */
export function prestartBundle(): { file: string; buildMs: number } | null {
  const scripts = (
    JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: Record<string, string> }
  ).scripts;
  const prestart = scripts?.prestart;
  if (!prestart?.startsWith("esbuild ") || !/--outfile=\S+/.test(prestart)) return null;
  const file = join(BUILD_DIR, `main-${process.pid}.js`);
  const command = prestart.replace(/--outfile=\S+/, `--outfile=${file}`);
  const start = performance.now();
  execFileSync("sh", ["-c", command], {
    env: {
      ...process.env,
      PATH: `${resolve("node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { file, buildMs: Math.round(performance.now() - start) };
}

/** Bundles a bench suite with an entry that runs it and reports over IPC (like bench/worker.ts). */
export async function suiteBundle(suite: string): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = join(BUILD_DIR, `suite-${suite}-${process.pid}.mjs`);
  const contents = `import { run } from "./${suite}.ts";
const finish = (message) => process.send?.(message, () => process.exit(0));
run(JSON.parse(process.argv[2] ?? "{}")).then(
  (result) => finish({ result }),
  (err) => finish({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
);`;
  await build({
    stdin: {
      contents,
      resolveDir: resolve("bench"),
      loader: "ts",
      sourcefile: `${suite}-entry.ts`,
    },
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

export function cleanBuilds(): void {
  rmSync(BUILD_DIR, { recursive: true, force: true });
}
