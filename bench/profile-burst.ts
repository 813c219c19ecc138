/**
 * A workload to profile the bot under: bursts of interactions through the real discord.js client
 * to the fake Discord child. Run under the profiler, then summarise:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-burst.ts [section|ask] [bursts]
 *   node_modules/.bin/tsx bench/profile-summary.ts /tmp/prof/CPU.*.cpuprofile
 */
import { startBenchBot } from "./bot.ts";
import { startDiscordProcess } from "./discord-control.ts";
import type { InteractionsReport, Invocation } from "./protocol.ts";
import { round, summarize } from "./stats.ts";

const kind = process.argv[2] === "ask" ? "ask" : "section";
const bursts = Number(process.argv[3] ?? 5);
const discord = await startDiscordProcess();
const { core, bot } = await startBenchBot(discord.info);
try {
  const invocations: Invocation[] =
    kind === "ask"
      ? [{ name: "ask", options: { question: "What is Backdraft?" } }]
      : core.engine.knowledge.sections.map((s) => ({ name: s.id }));
  for (let i = 0; i < bursts; i++) {
    const r = await discord.call<InteractionsReport>({
      type: "interactions",
      invocations,
      count: 3000,
    });
    const s = summarize(r.ackMs);
    const rate = (r.ackMs.length / (r.lastAckAt - r.firstDeliveredAt)) * 1000;
    console.log(`${kind} burst ${i + 1}: p50 ${round(s.p50)} ms, drained ${round(rate)}/s`);
  }
} finally {
  await bot.stop();
  await discord.close();
}
