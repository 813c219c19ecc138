/** The memory note: what the footprint is made of, and which per-user caches are unbounded. */
import type { MemoryResult } from "./memory.ts";
import { at, has } from "./source.ts";
import type { StartupSuite } from "./startup.ts";
import { round } from "./stats.ts";

export function memoryNote(m: MemoryResult, startup?: StartupSuite): string | undefined {
  const a = m.afterConversations;
  const unbounded = !m.dmChannelSweep || m.restHandlerSweepMin > 10;
  if (a.rssMb < 150 && !unbounded) return undefined;
  const eagerOpenAi = has("src/engine/llm.ts", /^import OpenAI from "openai"/m);
  const peak = m.points.reduce((p, q) => (q.rssMb > p.rssMb ? q : p), a);
  const u = m.perUserKb;
  const fixes = [
    ...(m.restHandlerSweepMin > 10
      ? [
          `pass \`handlerSweepInterval: 5 * 60_000\` in \`rest\` (${at("src/discord/client.ts", "rest:")}); @discordjs/rest sweeps idle handlers hourly by default`,
        ]
      : []),
    ...(m.dmChannelSweep
      ? []
      : [
          "sweep DM channels from `client.channels.cache` now and then (discord.js never evicts them and its ChannelManager cannot be limited; the Channel partial brings one back when its user writes)",
        ]),
    ...(eagerOpenAi
      ? [
          `import \`openai\` lazily in \`createLlm\` (${at("src/engine/llm.ts", "import OpenAI")} loads ~16 MB even offline)`,
        ]
      : []),
    ...buildStep(startup),
  ];
  return (
    `**Memory: RSS ${a.rssMb} MB after ${a.users.toLocaleString("en")} conversations, settled (idle ${m.idle.rssMb} MB, ${peak.rssMb} MB right after load).** ` +
    `Most of it is there before any user (the bot here runs ${m.runtime === "tsx" ? "under tsx, whose loader thread adds ~35 MB" : "bundled on plain Node, as `npm start` runs it"}): discord.js (~33 MB), zod (~12 MB), pino (~9 MB) and V8's reserve. Under load V8 keeps its heap expanded (heap total ${peak.heapTotalMb} MB for ${peak.heapUsedMb} MB used), which is the gap between the peak and the settled RSS. ` +
    `Per user the heap grows ~${round(u.restHandlers + u.dmChannels + u.remainder)} KB: @discordjs/rest rate-limit handlers, one per route and channel (${u.restHandlers} KB/user, ${u.handlers} handlers; swept every ${m.restHandlerSweepMin} min), cached DM channels (${u.dmChannels} KB/user; ${m.dmChannelSweep ? `swept by ${m.dmChannelSweep}` : "never evicted"}), and conversation memory with the rate limiter (${u.remainder} KB/user, capped at MEMORY_MAX_USERS). ` +
    `Past the cap the heap still grows ${m.heapKbPerThousandUsersAfterCap} KB per 1,000 new users until the sweeps run. **Fixes:** ${fixes.join("; ")}.`
  );
}

/** Suggests running plain JS only while `npm start` still runs tsx. */
function buildStep(startup?: StartupSuite): string[] {
  const start = startup?.runs.find((s) => s.label === "shipped");
  if (start && !start.command.includes("tsx")) return [];
  return [
    "run the bot as plain JS from a build step (e.g. an esbuild bundle, packages external): tsx's CLI process and loader thread cost ~85 MB of RSS across the process tree and ~0.4 s of start-up",
  ];
}
