/** Figures from the suites that run the bot against the fake Discord. */
import type { AddFigure, Results } from "./figures.ts";
import { median, round } from "./stats.ts";

/** Acknowledgements, answers and LLM streaming. */
export function loadFigures(r: Results, add: AddFigure): void {
  for (const kind of ["section", "ask"] as const) {
    const label =
      kind === "ask" ? "/ask (offline, answered in the first response)" : "section command";
    const paced = r.ack?.filter((p) => p.kind === kind && p.rate === 200) ?? [];
    if (paced.length) {
      const p99 = round(median(paced.map((p) => p.ack.p99)));
      const runs =
        paced.length > 1 ? `median of ${paced.map((p) => p.ack.p99).join(", ")}` : "1 run";
      const p50 = round(median(paced.map((p) => p.ack.p50)));
      add(`Ack p99 at 200/s, ${label}`, "< 20 ms", `${p99} ms (${runs}; p50 ${p50})`, p99 < 20);
    } else add(`Ack p99 at 200/s, ${label}`, "< 20 ms", "not measured", "n/a");
    const bursts = r.ack?.filter((p) => p.kind === kind && p.sent === 300 && p.rate === null) ?? [];
    if (bursts.length) {
      const rate = round(median(bursts.map((b) => b.drainPerSec)));
      const runs =
        bursts.length > 1 ? `median of ${bursts.map((b) => b.drainPerSec).join(", ")}` : "1 run";
      add(`Burst of 300 drained, ${label}`, "≥ 2,000/s", `${rate}/s (${runs})`, rate >= 2000);
    } else add(`Burst of 300 drained, ${label}`, "≥ 2,000/s", "not measured", "n/a");
    const big = r.ack?.find((p) => p.kind === kind && p.sent === 3000);
    if (big) {
      const text = `${big.drainPerSec}/s, p99 ack ${big.ack.p99} ms, ${big.expired} expired, ${big.unanswered} unanswered`;
      add(`Burst of 3,000 drained, ${label}`, "(info)", text, "info");
    }
  }
  const answered = (r.ack ?? []).flatMap((p) => (p.answers ? [p.answers] : []));
  if (answered.length) {
    const perSec = round(median(answered.map((a) => a.perSec)));
    const edits = median(answered.map((a) => a.editsPerAnswer));
    const last = round(median(answered.map((a) => a.answer.max)) / 1000);
    const text = `${perSec}/s; ${edits} edit${edits === 1 ? "" : "s"} per answer; last answer after ${last} s`;
    add("/ask answers delivered, burst of 300", "(info)", text, "info");
  }
  const o = r.askOverhead;
  if (o) {
    const first = `${o.firstTokenToFirstEditMs.p50} ms median (${o.holdBackMs} ms of it is the streaming hold-back)`;
    add("/ask LLM first token → first visible edit", "(info)", first, "info");
    const last = `${o.lastTokenToFinalEditMs.p50} ms median (stream end → final edit ${o.streamEndToFinalEditMs.p50} ms)`;
    add("/ask LLM last token → final edit", "(info)", last, "info");
    add(
      `/ask edits per answer (${o.pace.streamMs} ms stream)`,
      "(info)",
      `${o.editsPerAnswer}`,
      "info",
    );
  }
}

/** Memory and start-up of the running bot. */
export function processFigures(r: Results, add: AddFigure): void {
  const m = r.memory;
  if (m) {
    const a = m.afterConversations;
    const rss = `${a.rssMb} MB (idle ${m.idle.rssMb} MB; peak under load ${m.peakRssMb} MB)`;
    add(
      `RSS after ${a.users.toLocaleString("en")} DM conversations`,
      "< 150 MB",
      rss,
      a.rssMb < 150,
    );
    const u = m.perUserKb;
    const growth = `${m.heapKbPerThousandUsersAfterCap} KB per 1,000 new users until swept (REST handlers ${u.restHandlers}, DM channels ${u.dmChannels}, conversations and the rest ${u.remainder} KB/user)`;
    add("Heap growth past the conversation cap", "(info)", growth, "info");
    const unbounded = [
      ...(m.dmChannelSweep ? [] : ["DM channels are never evicted"]),
      ...(m.restHandlerSweepMin > 10
        ? [`REST handlers are swept only every ${m.restHandlerSweepMin} min`]
        : []),
    ];
    const how = `conversations capped (MEMORY_MAX_USERS); REST handlers swept every ${m.restHandlerSweepMin} min; DM channels ${m.dmChannelSweep ? `swept (${m.dmChannelSweep})` : "kept"}`;
    add(
      "Per-user memory bounded",
      "every cache capped or swept (≤ 10 min)",
      unbounded.length ? unbounded.join("; ") : how,
      unbounded.length === 0,
    );
    const d = m.defaultLimit;
    const dm = `${d.repliesPerSec}/s (${d.dms} answers, ${d.typingRequests} typing requests)`;
    add("DM answers/s under discord.js's default 50 req/s", "(info)", dm, "info");
  } else add("RSS after 10,000 DM conversations", "< 150 MB", "not measured", "n/a");
  const runs = r.startup?.runs ?? [];
  const s = runs.find((x) => x.label === "shipped");
  if (s) {
    const how = s.command.includes("tsx")
      ? "`tsx src/main.ts`"
      : "`npm start`'s bundle on plain Node";
    const text = `${round(s.connectedMs / 1000)} s median (commands GET ${round(s.commandsGetMs / 1000)} s; core ready ${round(s.coreReadyMs / 1000)} s; process tree RSS ${s.treeRssMb} MB)`;
    add(`Start to ready (${how})`, "< 1.5 s", text, s.connectedMs < 1500);
  } else add("Start to ready", "< 1.5 s", "not measured", "n/a");
  if (r.startup?.bundleMs != null) {
    add(
      "`npm start`'s prestart bundling",
      "(info)",
      `${r.startup.bundleMs} ms before the process starts`,
      "info",
    );
  }
  const sl = runs.find((x) => x.label === "large");
  if (sl)
    add(
      "Start to ready, large profile",
      "(info)",
      `${round(sl.connectedMs / 1000)} s median`,
      "info",
    );
  const tsx = runs.find((x) => x.label === "shipped, tsx src/main.ts");
  if (s && tsx) {
    const text = `ready ${round(tsx.connectedMs / 1000)} s, process tree RSS ${tsx.treeRssMb} MB (vs ${round(s.connectedMs / 1000)} s, ${s.treeRssMb} MB)`;
    add("For comparison: `tsx src/main.ts`", "(info)", text, "info");
  }
}
