import { Writable } from "node:stream";
import type { CommandContext } from "../../commands/types.ts";
import { createEngine } from "../../src/engine/engine.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";
import { createLogger } from "../../src/logger.ts";
import type { OutgoingMessage } from "../../src/present/message.ts";
import { aKnowledge } from "./knowledge.ts";

/** A CommandContext that records what a handler sent, for assertions. */
export interface RecordingContext extends CommandContext {
  readonly replies: OutgoingMessage[];
  readonly questions: string[];
  readonly forgets: number;
}

export interface ContextSpec {
  options?: Record<string, string | undefined>;
  knowledge?: Knowledge;
  userId?: string;
  /** What forget() reports: whether there was anything to forget. */
  hadMemory?: boolean;
  isOwner?: boolean;
  /** What usageSummary() returns; undefined means no usage store. */
  usage?: string;
}

/** Builds a console-surface context over a real offline engine; replies are recorded, not sent. */
export function recordingContext(spec: ContextSpec = {}): RecordingContext {
  const log = createLogger({ level: "silent", format: "json", destination: discard() });
  const engine = createEngine({
    knowledge: spec.knowledge ?? aKnowledge(),
    logger: log,
    contextTokens: 3000,
  });
  const replies: OutgoingMessage[] = [];
  const questions: string[] = [];
  let forgets = 0;
  return {
    surface: "console",
    isOwner: spec.isOwner ?? false,
    usageSummary: () => spec.usage,
    userId: spec.userId ?? "100000000000000001",
    options: spec.options ?? {},
    engine,
    log,
    replies,
    questions,
    get forgets() {
      return forgets;
    },
    async reply(message) {
      replies.push(message);
    },
    async answer(question) {
      questions.push(question);
      await engine.answer(question);
    },
    forget() {
      forgets += 1;
      return spec.hadMemory ?? false;
    },
  };
}

function discard(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}
