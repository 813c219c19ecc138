/** Weighs the per-user state the bot keeps, by dropping each kind and reading the heap again. */
import type { Bot } from "../src/discord/bot.ts";
import type { MemoryPoint, MemoryResult } from "./memory.ts";
import { round } from "./stats.ts";

/** Drops discord.js's per-channel REST handlers, then its cached DM channels, weighing each. */
export async function attribute(
  bot: Bot,
  point: (users: number, settleMs?: number) => Promise<MemoryPoint>,
  users: number,
  idle: MemoryPoint,
): Promise<MemoryResult["perUserKb"]> {
  const kb = (a: MemoryPoint, b: MemoryPoint) =>
    round(((a.heapUsedMb - b.heapUsedMb) * 1024) / users);
  const start = await point(users);
  const handlers = bot.client.rest.handlers.size;
  bot.client.rest.handlers.clear();
  const noHandlers = await point(users);
  for (const [id, channel] of bot.client.channels.cache) {
    if (channel.isDMBased()) bot.client.channels.cache.delete(id);
  }
  const noChannels = await point(users);
  return {
    restHandlers: kb(start, noHandlers),
    dmChannels: kb(noHandlers, noChannels),
    remainder: kb(noChannels, idle),
    handlers,
  };
}
