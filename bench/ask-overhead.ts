/**
 * `/ask` with an LLM of known pace (first token after 200 ms, then a chunk every 50 ms): how long
 * from the LLM's first token leaving the fake to the first visible edit of the answer at the fake
 * Discord, and from its last token (and from the end of its stream) to the final edit.
 * The fake LLM runs in the fake Discord's process, so all these times come from one clock.
 */
import { visiblePart } from "../src/engine/stream-text.ts";
import { startBenchBot } from "./bot.ts";
import { startDiscordProcess } from "./discord-control.ts";
import type { LlmAskTiming } from "./protocol.ts";
import { median, roundSummary, type Summary, summarize } from "./stats.ts";

export const PACE = { firstTokenMs: 200, chunkMs: 50, chunkSize: 8 };
// ~40 chunks of 8 characters: about 2.2 s of streaming, citing a real entry.
const TEXT =
  "Backdraft is a software virtual switch that removes the slow-receiver problem in data " +
  "planes, using per-flow queues, dynamic buffering and backpressure-aware scheduling. It was " +
  "published at USENIX NSDI 2022, where I was first author [backdraft].";

export interface AskOverheadResult {
  asks: number;
  pace: typeof PACE & { chunks: number; streamMs: number };
  ackMs: Summary;
  requestToFirstTokenMs: Summary;
  firstTokenToFirstEditMs: Summary;
  lastTokenToFinalEditMs: Summary;
  streamEndToFinalEditMs: Summary;
  deliveryToFinalEditMs: Summary;
  /** By design: how long after the first token the engine starts showing text (its hold-back). */
  holdBackMs: number;
  editsPerAnswer: number;
  editGapsMs: Summary;
  incomplete: number;
}

export async function run(options: { quick?: boolean } = {}): Promise<AskOverheadResult> {
  const discord = await startDiscordProcess();
  const { baseURL } = await discord.call<{ baseURL: string }>({
    type: "openai",
    ...PACE,
    text: TEXT,
  });
  const { bot } = await startBenchBot(discord.info, {
    OPENAI_API_KEY: "sk-bench-0123456789abcdefghijkl",
    OPENAI_BASE_URL: baseURL,
    OPENAI_MODEL: "gpt-fake",
  });
  try {
    const question = "What is Backdraft and where was it published?";
    await discord.call({ type: "ask-llm", count: 2, question }); // warm-up
    const count = options.quick ? 4 : 12;
    const runs = await discord.call<LlmAskTiming[]>({ type: "ask-llm", count, question });
    const complete = runs.filter(
      (r) => r.firstTokenAt !== undefined && r.edits.some((e) => e.final) && r.endAt !== undefined,
    );
    const pick = (f: (r: LlmAskTiming) => number) => roundSummary(summarize(complete.map(f)));
    const firstEdit = (r: LlmAskTiming) => r.edits[0]?.at ?? Number.NaN;
    const finalEdit = (r: LlmAskTiming) => r.edits.find((e) => e.final)?.at ?? Number.NaN;
    const gaps = complete.flatMap((r) =>
      r.edits.slice(1).map((e, i) => e.at - (r.edits[i]?.at ?? e.at)),
    );
    const chunks = Math.ceil(TEXT.length / PACE.chunkSize);
    return {
      asks: runs.length,
      pace: { ...PACE, chunks, streamMs: PACE.firstTokenMs + (chunks - 1) * PACE.chunkMs },
      ackMs: pick((r) => (r.ackAt ?? Number.NaN) - r.deliveredAt),
      requestToFirstTokenMs: pick((r) => (r.firstTokenAt as number) - (r.llmRequestAt as number)),
      firstTokenToFirstEditMs: pick((r) => firstEdit(r) - (r.firstTokenAt as number)),
      lastTokenToFinalEditMs: pick((r) => finalEdit(r) - (r.lastTokenAt as number)),
      streamEndToFinalEditMs: pick((r) => finalEdit(r) - (r.endAt as number)),
      deliveryToFinalEditMs: pick((r) => finalEdit(r) - r.deliveredAt),
      holdBackMs: holdBack(),
      editsPerAnswer: median(complete.map((r) => r.edits.length)),
      editGapsMs: roundSummary(summarize(gaps)),
      incomplete: runs.length - complete.length,
    };
  } finally {
    await bot.stop().catch(() => {});
    await discord.close();
  }
}

/** When, at this pace, the engine's streaming hold-back first lets some text through. */
function holdBack(): number {
  let raw = "";
  for (let i = 0; i * PACE.chunkSize < TEXT.length; i++) {
    raw += TEXT.slice(i * PACE.chunkSize, (i + 1) * PACE.chunkSize);
    if (visiblePart(raw)) return i * PACE.chunkMs;
  }
  return Number.NaN;
}
