/** Forks TypeScript entry points (via tsx's loader) and runs bench suites in fresh processes. */
import { type ChildProcess, fork } from "node:child_process";
import { resolve } from "node:path";
import { suiteBundle } from "./build-js.ts";

/** A file in bench/. The bench runs from the project root (as `npm run bench` does); this holds
 * in suites bundled to plain JS too, where import.meta.url is the bundle's. */
export const benchFile = (name: string) => resolve("bench", name);

/** A child Node process running a .ts file, with IPC; output goes to ours. */
export function forkTs(file: string, args: string[] = [], nodeFlags: string[] = []): ChildProcess {
  return fork(file, args, {
    execArgv: ["--import", "tsx", ...nodeFlags],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** Resolves on the child's exit, or kills it (by its pid) after `timeoutMs`. */
export function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/**
 * Runs `bench/<suite>.ts`'s `run(options)` in a fresh child (bench/worker.ts) and returns what
 * it resolved to. A suite that overruns `timeoutMs` is killed and reported as an error.
 */
export async function runSuite<T>(
  suite: string,
  options: unknown,
  timeoutMs: number,
  nodeFlags: string[] = [],
  plainNode = false,
): Promise<T> {
  const child = plainNode
    ? fork(await suiteBundle(suite), [JSON.stringify(options)], {
        execArgv: nodeFlags,
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      })
    : forkTs(benchFile("./worker.ts"), [suite, JSON.stringify(options)], nodeFlags);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      child.kill("SIGKILL");
      reject(new Error(`${suite}: no result within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on("message", (m: { result?: T; error?: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (m.error !== undefined) reject(new Error(`${suite}: ${m.error}`));
      else resolve(m.result as T);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!settled) reject(new Error(`${suite}: exited with ${code} before reporting`));
      settled = true;
    });
  }).finally(() => exited(child, 10_000));
}
