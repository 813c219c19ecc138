/**
 * Time from process start to ready for what `npm start` runs (its prestart esbuild bundle on plain
 * Node; built here to a file of our own), spawned against a fake Discord in this process, so spawn
 * time, log lines and requests share one clock. Ready = the "connected to Discord" log line; also
 * when the commands GET reaches the fake, and the RSS of the process tree 1 s later. For
 * comparison, `tsx src/main.ts` (how the bot ran before the bundle).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type FakeDiscord, startFakeDiscord } from "../tests/fakes/discord/index.ts";
import { prestartBundle } from "./build-js.ts";
import { exited } from "./child.ts";
import { generateProfile } from "./generate-profile.ts";
import { groupRss, signalGroup } from "./process-tree.ts";
import { SHIPPED_FILE } from "./profiles.ts";
import { median, round } from "./stats.ts";

export interface StartupRun {
  coreReadyMs?: number;
  connectedMs?: number;
  commandsGetMs?: number;
  /** All processes of the command (tsx's CLI and the node it starts), 1 s after ready. */
  treeRssMb?: number;
  processesMb?: number[];
}

export interface StartupResult {
  label: string;
  command: string;
  runs: StartupRun[];
  /** Medians over the runs after the first (the first may compile TypeScript into tsx's cache). */
  connectedMs: number;
  commandsGetMs: number;
  coreReadyMs: number;
  treeRssMb: number;
  firstRunConnectedMs: number;
}

async function once(fake: FakeDiscord, command: string[], env: Record<string, string>) {
  const run: StartupRun = {};
  const t0 = performance.now();
  const [cmd = "", ...args] = command;
  const child = spawn(cmd, args, {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group: tsx and the node it starts are measured and stopped together
  });
  let buffered = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    const at = performance.now() - t0;
    buffered += chunk.toString();
    if (run.coreReadyMs === undefined && buffered.includes('"msg":"core ready"')) {
      run.coreReadyMs = round(at);
    }
    if (run.connectedMs === undefined && buffered.includes('"msg":"connected to Discord"')) {
      run.connectedMs = round(at);
    }
  });
  try {
    const get = await fake.waitForRequest(
      (r) => r.at > t0 && r.method === "GET" && r.route.endsWith("/commands"),
      20_000,
    );
    run.commandsGetMs = round(get.at - t0);
    await sleep(1_000);
    const rss = child.pid ? groupRss(child.pid) : null;
    if (rss) Object.assign(run, { treeRssMb: rss.totalMb, processesMb: rss.processesMb });
  } finally {
    signalGroup(child.pid, "SIGTERM");
    if ((await exited(child, 5_000)) === null) signalGroup(child.pid, "SIGKILL");
    await sleep(300); // let the rest of the tree finish exiting
  }
  return run;
}

async function measure(
  label: string,
  command: string[],
  env: Record<string, string>,
  runs: number,
) {
  const fake = await startFakeDiscord();
  try {
    const all: StartupRun[] = [];
    const discord = {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    };
    for (let i = 0; i < runs; i++) all.push(await once(fake, command, { ...env, ...discord }));
    const warm = all.slice(1);
    const med = (f: (r: StartupRun) => number | undefined) =>
      round(median(warm.map((r) => f(r) ?? Number.NaN)));
    return {
      label,
      // Paths relative to the repository, so the committed report names no machine's folders.
      command: command
        .join(" ")
        .replaceAll(process.execPath, "node")
        .replaceAll(`${process.cwd()}/`, ""),
      runs: all,
      connectedMs: med((r) => r.connectedMs),
      commandsGetMs: med((r) => r.commandsGetMs),
      coreReadyMs: med((r) => r.coreReadyMs),
      treeRssMb: med((r) => r.treeRssMb),
      firstRunConnectedMs: all[0]?.connectedMs ?? Number.NaN,
    } satisfies StartupResult;
  } finally {
    await fake.close();
  }
}

export interface StartupSuite {
  runs: StartupResult[];
  /** How long `npm run prestart` (the esbuild bundle `npm start` builds first) takes, ms. */
  bundleMs: number | null;
}

export async function run(options: { quick?: boolean } = {}): Promise<StartupSuite> {
  const dir = mkdtempSync(join(tmpdir(), "askme-bench-"));
  const bundle = prestartBundle();
  try {
    const large = join(dir, "large-profile.yaml");
    writeFileSync(large, generateProfile().yaml);
    const env = (knowledge: string) => ({
      KNOWLEDGE_FILE: knowledge,
      DATA_DIR: dir,
      OPENAI_API_KEY: "",
      HEALTH_PORT: "",
      LOG_LEVEL: "debug",
      LOG_FORMAT: "json",
    });
    const tsx = ["node_modules/.bin/tsx", "src/main.ts"];
    // What `npm start` runs after its prestart bundle; without one, what it ran before.
    const start = bundle ? [process.execPath, "--enable-source-maps", bundle.file] : tsx;
    const n = (full: number) => (options.quick ? 2 : full);
    const runs = [
      await measure("shipped", start, env(SHIPPED_FILE), n(6)),
      await measure("large", start, env(large), n(4)),
    ];
    if (bundle) runs.push(await measure("shipped, tsx src/main.ts", tsx, env(SHIPPED_FILE), n(4)));
    return { runs, bundleMs: bundle?.buildMs ?? null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
