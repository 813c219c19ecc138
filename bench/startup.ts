/**
 * Time from process start to ready for what `npm start` runs (its prestart esbuild bundle on plain
 * Node, built here to a file of our own) on the shipped profile, against a fake Discord in this
 * process. Ready is the "connected to Discord" log line.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { startFakeDiscord } from "../tests/fakes/discord/index.ts";
import { exited, prestartBundle } from "./child.ts";
import { median, round } from "./stats.ts";
import { defineSuite, judged } from "./suite.ts";

// Spawns the bundle and resolves with the ms to its ready line (NaN if it never comes), then stops it.
async function once(bundle: string, env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--enable-source-maps", bundle], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  let timer: NodeJS.Timeout | undefined;
  const ready = await new Promise<number>((resolve) => {
    timer = setTimeout(() => resolve(Number.NaN), 20_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('"msg":"connected to Discord"')) resolve(round(performance.now() - t0));
    });
  });
  clearTimeout(timer);
  child.kill("SIGTERM");
  await exited(child, 5_000); // SIGKILL after 5 s
  return ready;
}

async function run({ quick }: { quick: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), "askme-bench-"));
  const bundle = prestartBundle();
  const fake = await startFakeDiscord();
  try {
    const env = {
      PATH: process.env.PATH ?? "",
      KNOWLEDGE_FILE: "knowledge/profile.yaml",
      DATA_DIR: dir,
      OPENAI_API_KEY: "",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const readyMs: number[] = [];
    for (let i = 0; i < (quick ? 2 : 6); i++) readyMs.push(await once(bundle.file, env));
    return {
      command: `node --enable-source-maps ${relative(process.cwd(), bundle.file)}`,
      bundleMs: bundle.buildMs,
      readyMs,
      // The first start warms the disk cache.
      medianMs: round(median(readyMs.slice(1))),
    };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default defineSuite({
  key: "startup",
  limitS: 180,
  run,
  figures: (r) => [
    judged(
      "Start to ready (`npm start`'s bundle on plain Node)",
      "< 1.5 s",
      `${round(r.medianMs / 1000)} s median (starts: ${r.readyMs.join(", ")} ms)`,
      r.medianMs < 1500,
    ),
  ],
});
