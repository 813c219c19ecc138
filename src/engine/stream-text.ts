import type { Llm } from "./llm.ts";
import { type ChatMessage, NOT_COVERED } from "./prompt.ts";
import type { Usage } from "./types.ts";

/** The model's raw text so far, a pause in it, or how it ended. */
export type TextEvent =
  | { type: "text"; raw: string }
  /** No new text for a while: a sentence that ended before the pause can count as complete. */
  | { type: "pause"; raw: string }
  | { type: "end"; raw: string; finishReason: string | null; refusal: boolean; usage?: Usage };

/**
 * Accumulates the model's stream into raw text snapshots. With `pauseMs`, a model that goes quiet
 * that long after some text gets one "pause" event, so what it wrote can be shown without waiting
 * for its next token.
 */
export async function* streamText(
  llm: Llm,
  messages: ChatMessage[],
  signal: AbortSignal,
  pauseMs?: number,
): AsyncGenerator<TextEvent> {
  let raw = "";
  // Our own signal, so stopping early (a leak) also stops the model's stream.
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  const chunks = llm.stream(messages, stop.signal);
  let next = chunks.next();
  let paused = true;
  let finished = false;
  try {
    for (;;) {
      const step = paused || !pauseMs ? await next : await quietFor(next, pauseMs);
      if (step === PAUSE) {
        paused = true;
        yield { type: "pause", raw };
        continue;
      }
      if (step.done) {
        finished = true;
        return;
      }
      const chunk = step.value;
      if (chunk.type === "end") {
        finished = true;
        const { type: _, ...end } = chunk;
        yield { type: "end", raw, ...end };
        return;
      }
      raw += chunk.text;
      paused = false;
      next = chunks.next();
      yield { type: "text", raw };
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    if (!finished) {
      stop.abort(new Error("answer stopped early"));
      next.catch(() => undefined);
    }
  }
}

const PAUSE = Symbol("pause");

async function quietFor<T>(next: Promise<T>, ms: number): Promise<T | typeof PAUSE> {
  let timer: NodeJS.Timeout | undefined;
  const pause = new Promise<typeof PAUSE>((resolve) => {
    timer = setTimeout(() => resolve(PAUSE), ms);
  });
  try {
    return await Promise.race([next, pause]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether an unfinished answer may still turn out to be the not-covered marker. */
export function mayBeNotCovered(raw: string): boolean {
  const head = raw.trimStart();
  return head.startsWith(NOT_COVERED) || NOT_COVERED.startsWith(head);
}
