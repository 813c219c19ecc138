/** The detail sections of the report: one table per suite. */
import type { Results } from "./figures.ts";
import { table } from "./md-table.ts";
import { offlineDetails } from "./report-offline.ts";

export function details(r: Results): string[] {
  const out: string[] = [];
  if (r.ack) {
    out.push(
      "### Acknowledgements (fake Discord in its own process; ms from gateway delivery to first callback)",
    );
    out.push(
      table(
        [
          "phase",
          "sent",
          "p50",
          "p95",
          "p99",
          "max",
          "acked/s",
          "expired",
          "unanswered",
          "awaiting answer at end",
        ],
        r.ack.map((p) => [
          p.name,
          p.sent,
          p.ack.p50,
          p.ack.p95,
          p.ack.p99,
          p.ack.max,
          p.drainPerSec,
          p.expired,
          p.unanswered,
          p.awaitingAnswer,
        ]),
      ),
    );
    for (const p of r.ack.filter((x) => x.answers)) {
      const a = p.answers as NonNullable<typeof p.answers>;
      out.push(
        `${p.name}: ${a.answered} answers, delivery → final edit p50 ${a.answer.p50} ms, max ${a.answer.max} ms, ${a.perSec} answers/s, ${a.editsPerAnswer} edit${a.editsPerAnswer === 1 ? "" : "s"} per answer.`,
      );
    }
  }
  const o = r.askOverhead;
  if (o) {
    out.push(
      `### /ask with a paced LLM (first token after ${o.pace.firstTokenMs} ms, ${o.pace.chunkSize} characters every ${o.pace.chunkMs} ms, ${o.pace.chunks} chunks; ${o.asks} asks, one at a time)`,
    );
    const rows: [string, typeof o.ackMs][] = [
      ["delivery → ack (defer)", o.ackMs],
      ["LLM request → first token", o.requestToFirstTokenMs],
      ["first token → first visible edit", o.firstTokenToFirstEditMs],
      ["last token → final edit", o.lastTokenToFinalEditMs],
      ["stream end → final edit", o.streamEndToFinalEditMs],
      ["delivery → final edit", o.deliveryToFinalEditMs],
      ["gap between edits", o.editGapsMs],
    ];
    out.push(
      table(
        ["interval (ms)", "p50", "p95", "max"],
        rows.map(([k, s]) => [k, s.p50, s.p95, s.max]),
      ),
    );
    out.push(
      `Edits per answer: ${o.editsPerAnswer}. Hold-back by design: ${o.holdBackMs} ms. Incomplete: ${o.incomplete}.`,
    );
  }
  if (r.memory) {
    const m = r.memory;
    out.push("### Memory of the running bot (offline; 2-turn DM conversations, 50 at a time)");
    out.push(
      table(
        ["users", "RSS MB", "heap used MB", "heap total MB", "external MB", "DM channels cached"],
        [m.idle, ...m.points, m.afterConversations].map((p, i) => [
          i === m.points.length + 1 ? `${p.users} (settled)` : i === 0 ? "0 (idle)" : p.users,
          p.rssMb,
          p.heapUsedMb,
          p.heapTotalMb,
          p.externalMb,
          p.dmChannelsCached,
        ]),
      ),
    );
    out.push(
      `After ${m.afterConversations.users.toLocaleString("en")} users, settled (median of 3 reads 5–7 s after): RSS ${m.afterConversations.rssMb} MB, heap ${m.afterConversations.heapUsedMb} MB. ${m.conversations.replies} replies at ${m.conversations.repliesPerSec}/s (discord.js's 50 req/s limit lifted for this part), reply p50 ${m.conversations.replyMs.p50} ms, ${m.conversations.timeouts} timeouts. Per user: REST handlers ${m.perUserKb.restHandlers} KB (${m.perUserKb.handlers} handlers), DM channels ${m.perUserKb.dmChannels} KB, the rest ${m.perUserKb.remainder} KB.`,
    );
  }
  if (r.startup) {
    out.push(
      "### Start-up (ms from spawn; medians exclude the first run; RSS of the whole process tree 1 s after ready)",
    );
    out.push(
      table(
        [
          "run",
          "command",
          "core ready",
          "connected",
          "commands GET",
          "tree RSS MB",
          "first run",
          "all runs (connected)",
        ],
        r.startup.runs.map((s) => [
          s.label,
          `\`${s.command.replace(process.execPath, "node").replace(/\S*\/bench\/experiments\/\.build\//, "")}\``,
          s.coreReadyMs,
          s.connectedMs,
          s.commandsGetMs,
          `${s.treeRssMb} (${s.runs.at(-1)?.processesMb?.join(" + ") ?? "?"})`,
          s.firstRunConnectedMs,
          s.runs.map((x) => x.connectedMs ?? "—").join(", "),
        ]),
      ),
    );
  }
  return [...out, ...offlineDetails(r)];
}
