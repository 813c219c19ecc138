import { Writable } from "node:stream";
import { createMemory } from "../../src/conversation/memory.ts";
import { createEngine } from "../../src/engine/engine.ts";
import type { FlowDeps } from "../../src/flow/answer-question.ts";
import type { ReplyChannel, Surface } from "../../src/flow/types.ts";
import { createRateLimiter } from "../../src/guard/rate-limit.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { createLogger } from "../../src/logger.ts";
import type { OutgoingMessage } from "../../src/present/message.ts";
import type { CommandContext } from "../../src/registry.ts";
import type { Store } from "../../src/store/types.ts";
import { aKnowledge } from "./knowledge.ts";

/** What a reply channel was asked to do, in order. */
export type ReplyEvent =
  | { kind: "acknowledge" }
  | { kind: "progress"; text: string }
  | { kind: "finish"; message: OutgoingMessage }
  | { kind: "refuse"; text: string; quiet: boolean };

/** A reply channel that records what it was asked to do. */
export interface RecordingReply extends ReplyChannel {
  readonly events: ReplyEvent[];
  /** The messages sent with `finish`. */
  readonly finished: OutgoingMessage[];
}

export function recordingReply(): RecordingReply {
  const events: ReplyEvent[] = [];
  return {
    events,
    get finished() {
      return events.flatMap((e) => (e.kind === "finish" ? [e.message] : []));
    },
    async acknowledge() {
      events.push({ kind: "acknowledge" });
    },
    progress(text) {
      events.push({ kind: "progress", text });
    },
    async finish(message) {
      events.push({ kind: "finish", message });
    },
    async refuse(text, quiet) {
      events.push({ kind: "refuse", text, quiet });
    },
  };
}

/** Flow dependencies over a real offline engine, with generous limits unless given. */
export function testFlow(
  spec: { knowledge?: Knowledge; store?: Store; perMinute?: number } = {},
): FlowDeps {
  return {
    engine: createEngine({
      knowledge: spec.knowledge ?? aKnowledge(),
      logger: silentLogger(),
      contextTokens: 3000,
    }),
    memory: createMemory({ turns: 6, ttlMs: 60_000, maxUsers: 10 }),
    rateLimiter: createRateLimiter(spec.perMinute ?? 1000),
    maxLength: 500,
    logText: false,
    store: spec.store,
  };
}

/** A CommandContext whose replies are recorded, not sent. */
export interface RecordingContext extends CommandContext {
  readonly reply: RecordingReply;
  /** The messages the handler sent. */
  readonly replies: OutgoingMessage[];
}

export interface ContextSpec {
  options?: Record<string, string | undefined>;
  knowledge?: Knowledge;
  flow?: FlowDeps;
  userId?: string;
  isOwner?: boolean;
  surface?: Surface;
}

/** Builds a context over a real offline engine; replies are recorded, not sent. */
export function recordingContext(spec: ContextSpec = {}): RecordingContext {
  const reply = recordingReply();
  return {
    surface: spec.surface ?? "slash",
    userId: spec.userId ?? "100000000000000001",
    options: spec.options ?? {},
    remembers: false,
    isOwner: spec.isOwner ?? false,
    log: silentLogger(),
    reply,
    flow: spec.flow ?? testFlow(spec.knowledge ? { knowledge: spec.knowledge } : {}),
    get replies() {
      return reply.finished;
    },
  };
}

function silentLogger() {
  return createLogger({
    level: "silent",
    format: "json",
    destination: new Writable({ write: (_c, _e, done) => done() }),
  });
}
