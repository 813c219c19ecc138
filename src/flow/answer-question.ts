import type { ConversationMemory } from "../conversation/memory.ts";
import type { Engine } from "../engine/engine.ts";
import type { AnswerResult } from "../engine/types.ts";
import { answerMessage } from "../present/answer.ts";
import { type AdmissionDeps, admit } from "./admission.ts";
import { type RecordDeps, recordAnswer } from "./record.ts";
import type { Question, ReplyChannel } from "./types.ts";

/** What asking needs on every surface: the engine, memory, limits and where answers are counted. */
export interface FlowDeps extends AdmissionDeps, RecordDeps {
  engine: Engine;
  memory: ConversationMemory;
}

/**
 * The one way a free-form question is answered, whatever the surface: admit it, acknowledge when
 * the answer will take a moment, stream it, remember and record it, and send the final message.
 */
export async function answerQuestion(
  deps: FlowDeps,
  question: Question,
  reply: ReplyChannel,
): Promise<void> {
  const { log, userId } = question;
  const admission = admit(userId, question.text, deps, log);
  if (!admission.ok) {
    await reply.refuse(admission.message, admission.quiet);
    return;
  }
  const text = admission.question;
  const history = question.remember
    ? deps.memory.history(userId)
    : ((await question.history?.()) ?? []);
  const started = Date.now();
  // Offline answers take under a millisecond, so they are the first response; only an LLM answer
  // is acknowledged first (Discord drops an interaction not answered within 3 s).
  if (deps.engine.mode === "llm") await reply.acknowledge();
  let result: AnswerResult | undefined;
  const options = { history, log, ...(question.locale ? { locale: question.locale } : {}) };
  for await (const event of deps.engine.stream(text, options)) {
    if (event.type === "done") result = event.result;
    else reply.progress(event.text);
  }
  if (!result) throw new Error("answer stream ended without a result");
  if (question.remember) deps.memory.remember(userId, { question: text, answer: result.answer });
  const answerId = recordAnswer(
    {
      surface: question.surface,
      command: question.command,
      question: text,
      userId,
      result,
      latencyMs: Date.now() - started,
    },
    deps,
    log,
  );
  await reply.finish(answerMessage(result, answerId, question.quote ? text : undefined));
}
