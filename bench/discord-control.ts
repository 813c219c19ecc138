/** The parent's handle on the fake Discord child process (bench/discord-process.ts). */
import { benchFile, exited, forkTs } from "./child.ts";
import type { Command, FakeInfo, Reply } from "./protocol.ts";

export interface DiscordProcess {
  info: FakeInfo;
  pid: number;
  call<T>(cmd: Command, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startDiscordProcess(): Promise<DiscordProcess> {
  const child = forkTs(benchFile("./discord-process.ts"));
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  const info = await new Promise<FakeInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("fake Discord did not start in 30 s")), 30_000);
    child.once("exit", (code) => reject(new Error(`fake Discord exited (${code}) on start`)));
    child.on("message", (m: { ready?: FakeInfo }) => {
      if (!m.ready) return;
      clearTimeout(timer);
      resolve(m.ready);
    });
  }).catch(async (err: unknown) => {
    child.kill();
    await exited(child, 1_000);
    throw err;
  });
  child.on("message", (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new Error(`fake Discord: ${m.error}`));
  });
  child.on("exit", () => {
    for (const p of pending.values()) p.reject(new Error("fake Discord exited"));
    pending.clear();
  });
  const call = <T>(cmd: Command, timeoutMs = 180_000) => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`fake Discord: ${cmd.type} took over ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      child.send({ id, cmd });
    });
  };
  return {
    info,
    pid: child.pid ?? 0,
    call,
    async close() {
      if (child.exitCode === null) await call({ type: "close" }, 5_000).catch(() => {});
      await exited(child, 5_000);
    },
  };
}
