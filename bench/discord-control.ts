/** A suite's handle on the fake Discord's process (bench/discord-process.ts). */
import { fork } from "node:child_process";
import { resolve } from "node:path";
import { exited } from "./child.ts";
import type { Command, FakeInfo, Reply } from "./protocol.ts";

/** The running fake Discord: what the bot logs in with, and commands for its load. */
export type DiscordProcess = Awaited<ReturnType<typeof startDiscordProcess>>;

/** Forks the fake Discord's process (under tsx, output to ours) and resolves once it listens. */
export async function startDiscordProcess() {
  const child = fork(resolve("bench/discord-process.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, (reply: Reply) => void>();
  const info = await new Promise<FakeInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("fake Discord did not start in 30 s")), 30_000);
    child.once("exit", (code) => reject(new Error(`fake Discord exited (${code}) on start`)));
    child.on("message", (m: { ready?: FakeInfo }) => {
      clearTimeout(timer);
      if (m.ready) resolve(m.ready);
    });
  }).catch(async (err: unknown) => {
    child.kill();
    await exited(child, 1_000);
    throw err;
  });
  child.on("message", (m: Reply) => pending.get(m.id)?.(m));
  child.on("exit", () => {
    for (const settle of pending.values()) settle({ id: 0, ok: false, error: "exited" });
  });
  let nextId = 1;
  const call = <T>(cmd: Command, timeoutMs = 300_000) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const late: Reply = { id, ok: false, error: `${cmd.type} took over ${timeoutMs} ms` };
      const timer = setTimeout(() => settle(late), timeoutMs);
      const settle = (reply: Reply) => {
        clearTimeout(timer);
        pending.delete(id);
        if (reply.ok) resolve(reply.value as T);
        else reject(new Error(`fake Discord: ${reply.error}`));
      };
      pending.set(id, settle);
      child.send({ id, cmd });
    });
  return {
    info,
    call,
    async close() {
      if (child.exitCode === null) await call({ type: "close" }, 5_000).catch(() => {});
      await exited(child, 5_000);
    },
  };
}
