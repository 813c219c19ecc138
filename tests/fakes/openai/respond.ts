import type { ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { Behaviour, ChatRequestBody, Pacing } from "./script.ts";
import {
  completion,
  deltaChunk,
  newMeta,
  promptText,
  replyDeltas,
  roughTokens,
  SSE_DONE,
  sseData,
  toUsage,
  usageChunk,
} from "./sse.ts";
import { json } from "./wire.ts";

/** One chat request being answered. `signal` aborts when the response closes for any reason. */
export interface Exchange {
  res: ServerResponse;
  body: ChatRequestBody;
  signal: AbortSignal;
  model: string;
  /** Prompt tokens to report as served from a prefix cache. */
  cachedTokens?: number;
}

type Resolved = Exclude<Behaviour, { kind: "dynamic" }>;

const DEFAULT_CHUNK_SIZE = 8;

/** Waits `ms` (or not at all when 0/undefined); returns false if the exchange was aborted. */
async function pause(ms: number | undefined, signal: AbortSignal): Promise<boolean> {
  if (ms && ms > 0) await delay(ms, undefined, { signal }).catch(() => undefined);
  return !signal.aborted;
}

function write(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => {
    res.write(data, () => resolve());
  });
}

function startSse(res: ServerResponse): void {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  res.flushHeaders();
}

/** Streams deltas with pacing; returns false if the client went away. */
async function streamDeltas(ex: Exchange, deltas: ReturnType<typeof replyDeltas>, p: Pacing) {
  const meta = newMeta(ex.model);
  if (!(await pause(p.firstTokenDelayMs, ex.signal))) return { ok: false, meta };
  for (const [i, delta] of deltas.entries()) {
    if (i > 0 && !(await pause(p.chunkDelayMs, ex.signal))) return { ok: false, meta };
    await write(ex.res, sseData(deltaChunk(meta, delta)));
  }
  return { ok: !ex.signal.aborted, meta };
}

async function replyBehaviour(ex: Exchange, b: Extract<Resolved, { kind: "reply" }>) {
  const size = b.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const finish = b.finishReason ?? "stop";
  const usage = toUsage(
    b.usage ?? {
      prompt_tokens: roughTokens(promptText(ex.body)),
      completion_tokens: roughTokens(b.text + (b.refusal ?? "")),
      ...(ex.cachedTokens !== undefined
        ? { prompt_tokens_details: { cached_tokens: ex.cachedTokens } }
        : {}),
    },
  );
  const deltas = replyDeltas(b.text, b.refusal, size);
  if (ex.body.stream !== true || b.ignoreStream) {
    const generation = (b.firstTokenDelayMs ?? 0) + (b.chunkDelayMs ?? 0) * (deltas.length - 1);
    if (!(await pause(generation, ex.signal))) return;
    json(ex.res, 200, completion(newMeta(ex.model), b.text, b.refusal, finish, usage));
    return;
  }
  startSse(ex.res);
  const { ok, meta } = await streamDeltas(ex, deltas, b);
  if (!ok || !(await pause(b.chunkDelayMs, ex.signal))) return;
  ex.res.write(sseData(deltaChunk(meta, {}, finish)));
  if (ex.body.stream_options?.include_usage === true) {
    ex.res.write(sseData(usageChunk(meta, usage)));
  }
  ex.res.end(SSE_DONE);
}

async function cutBehaviour(ex: Exchange, b: Extract<Resolved, { kind: "cut" }>) {
  const partial = b.text.slice(0, Math.max(0, b.afterChars));
  if (ex.body.stream !== true) {
    // Non-streaming: promise the whole JSON body, send half of it, then drop the connection.
    if (!(await pause(b.firstTokenDelayMs, ex.signal))) return;
    const full = JSON.stringify(
      completion(
        newMeta(ex.model),
        b.text,
        undefined,
        "stop",
        toUsage({ prompt_tokens: 1, completion_tokens: 1 }),
      ),
    );
    ex.res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(full),
    });
    await write(ex.res, full.slice(0, Math.floor(full.length / 2)));
    ex.res.socket?.destroy();
    return;
  }
  startSse(ex.res);
  const size = b.chunkSize ?? DEFAULT_CHUNK_SIZE;
  // At least the role chunk goes out, even when afterChars is 0.
  await streamDeltas(ex, replyDeltas(partial, undefined, size), b);
  ex.res.socket?.destroy();
}

export async function perform(ex: Exchange, behaviour: Resolved): Promise<void> {
  switch (behaviour.kind) {
    case "reply":
      return replyBehaviour(ex, behaviour);
    case "fail":
      return json(ex.res, behaviour.status, behaviour.body, behaviour.headers);
    case "hang":
      return; // never answer; the socket is destroyed by the client or by close()
    case "cut":
      return cutBehaviour(ex, behaviour);
  }
}
