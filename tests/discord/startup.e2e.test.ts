import { type ChildProcess, execFile, spawn } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eventually } from "../builders/bot.ts";
import { cleanEnv, REPO, runCli, tempCwd } from "../cli/run.ts";
import {
  chatInputInteraction,
  type FakeDiscord,
  startFakeDiscord,
} from "../fakes/discord/index.ts";

const exec = promisify(execFile);
let discord: FakeDiscord;
let child: ChildProcess | undefined;

beforeAll(async () => {
  const run = await exec("npm", ["run", "--silent", "prestart"], { cwd: REPO });
  expect(run.stderr).toBe("");
});
beforeEach(async () => {
  discord = await startFakeDiscord();
});
afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
  await discord.close();
});

const discordEnv = () => ({
  DISCORD_TOKEN: discord.token,
  DISCORD_CLIENT_ID: discord.applicationId,
  DISCORD_API_URL: discord.apiUrl,
});

function start(env: Record<string, string>) {
  // `npm start` runs the prestart bundle; spawning node on it directly lets signals reach the bot.
  const proc = spawn(process.execPath, ["--enable-source-maps", join(REPO, "dist/main.js")], {
    cwd: tempCwd(),
    env: cleanEnv({ LOG_FORMAT: "json", ...env }),
    stdio: ["pipe", "pipe", "pipe"],
  });
  const out = { stdout: "", stderr: "" };
  proc.stdout?.on("data", (d) => {
    out.stdout += d;
  });
  proc.stderr?.on("data", (d) => {
    out.stderr += d;
  });
  child = proc;
  return { proc, out };
}

describe("npm start", () => {
  it("GIVEN Discord settings WHEN started THEN it connects, registers commands globally, answers a section command and stops cleanly on SIGTERM", async () => {
    const { proc, out } = start(discordEnv());
    await eventually(() => discord.commands().length > 0 || undefined, 15_000);
    const { id } = discord.sendInteraction(chatInputInteraction({ name: "about" }));
    await eventually(() => discord.ackTime(id), 5_000);
    proc.kill("SIGTERM");
    const code = await new Promise((resolve) => proc.on("exit", resolve));
    expect(code).toBe(0);
    expect(out.stderr).toMatch(/connected to Discord/);
    expect(out.stderr).not.toContain(discord.token);
  });

  it("GIVEN no DISCORD_TOKEN WHEN started THEN the console opens and says how to connect", async () => {
    const { proc, out } = start({ DISCORD_TOKEN: "" });
    proc.stdin?.end("/education\n/quit\n");
    const code = await new Promise((resolve) => proc.on("exit", resolve));
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/set DISCORD_TOKEN/);
    expect(out.stdout).toMatch(/Queen Mary/);
  });
});

describe("npm start while Discord is away or refuses", () => {
  it("GIVEN an unknown flag WHEN started THEN it prints one line naming it and exits 1", async () => {
    const proc = spawn(process.execPath, [join(REPO, "dist/main.js"), "--verbose"], {
      cwd: tempCwd(),
      env: cleanEnv(),
    });
    let stderr = "";
    proc.stderr.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise((resolve) => proc.on("exit", resolve));

    expect(code).toBe(1);
    expect(stderr).toMatch(/Unknown option '--verbose'/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("GIVEN a token Discord rejects WHEN started THEN it exits 1 at once, saying the token is wrong, without printing it", async () => {
    const { proc, out } = start({ ...discordEnv(), DISCORD_TOKEN: "not-the-token.abc.def" });
    const code = await new Promise((resolve) => proc.on("exit", resolve));

    expect(code).toBe(1);
    expect(out.stderr).toMatch(/DISCORD_TOKEN: Discord rejected this token \(401/);
    expect(out.stderr).not.toContain("not-the-token.abc.def");
  });

  it("GIVEN Discord cannot be reached WHEN started THEN it logs each attempt, keeps retrying, and connects once Discord is back", async () => {
    const port = discord.port;
    const env = discordEnv();
    await discord.close();
    const { proc, out } = start(env);
    await eventually(
      () => (out.stderr.match(/cannot reach Discord; retrying/g)?.length ?? 0) >= 2 || undefined,
      15_000,
    );
    expect(proc.exitCode).toBeNull();

    discord = await startFakeDiscord({ port });
    await eventually(() => /connected to Discord/.test(out.stderr) || undefined, 20_000);
    proc.kill("SIGTERM");
    expect(await new Promise((resolve) => proc.on("exit", resolve))).toBe(0);
    expect(out.stderr).toMatch(/"attempt":2/);
  });
});

describe("npm run register", () => {
  it("GIVEN an unknown flag WHEN registering THEN it prints one line naming it and exits 1", async () => {
    const run = await runCli("register", ["--global"], discordEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--global'/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("GIVEN a guild id WHEN registering THEN the commands land on that guild and it exits 0", async () => {
    const run = await runCli("register", [], {
      ...discordEnv(),
      DISCORD_GUILD_ID: discord.guildId,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Registered \d+ commands/);
    expect(discord.commands(discord.guildId).map((c) => c.name)).toContain("ask");
    expect(discord.commands()).toEqual([]);
  });

  it("GIVEN Discord refuses WHEN registering THEN it exits non-zero with the reason", async () => {
    discord.failNext(
      { method: "PUT" },
      { status: 403, body: { message: "Missing Access", code: 50001 } },
    );
    const run = await runCli("register", [], discordEnv());
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Missing Access/);
    expect(run.stderr).not.toContain(discord.token);
  });

  it("GIVEN no token WHEN registering THEN it names the missing settings", async () => {
    const run = await runCli("register", []);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DISCORD_TOKEN/);
    expect(run.stderr).toMatch(/DISCORD_CLIENT_ID/);
  });
});
