import type { Client, Message } from "discord.js";
import type { Turn } from "../engine/types.ts";
import { fingerprint, type Logger } from "../logger.ts";
import { type AskingDeps, admit, observe } from "./asking.ts";
import { logFailure } from "./errors.ts";
import { answerMessage } from "./feedback.ts";
import { replyToMessage } from "./respond.ts";

/** What message handling needs. */
export interface MessageDeps extends AskingDeps {
  client: Client;
  /** How many messages up a reply chain to read as context. */
  chainDepth?: number;
}

const TYPING_EVERY_MS = 8_000;
const TYPING_AFTER_MS = 300;

/** Answers @mentions in servers (with the reply chain as context) and every DM. */
export function createMessageHandler(deps: MessageDeps) {
  return async (message: Message): Promise<void> => {
    const me = deps.client.user;
    if (
      !me ||
      message.author.bot ||
      message.author.id === me.id ||
      message.webhookId ||
      message.system
    )
      return;
    const isDm = message.channel.isDMBased();
    if (
      !isDm &&
      !message.mentions.has(me, {
        ignoreEveryone: true,
        ignoreRoles: true,
        ignoreRepliedUser: false,
      })
    ) {
      return;
    }
    const log = deps.logger.child({
      surface: isDm ? "dm" : "mention",
      user: fingerprint(message.author.id),
    });
    try {
      await answer(message, isDm, log, deps);
    } catch (err) {
      logFailure(log, err, "message handling failed");
    }
  };
}

async function answer(message: Message, isDm: boolean, log: Logger, deps: MessageDeps) {
  const me = deps.client.user?.id ?? "";
  const raw = message.content.replaceAll(new RegExp(`<@!?${me}>`, "g"), " ");
  const admission = admit(message.author.id, raw, deps, log);
  if (!admission.ok) {
    if (admission.message) await replyToMessage(message, { content: admission.message });
    return;
  }
  const { question } = admission;
  const history = isDm ? deps.memory.history(message.author.id) : await replyChain(message, deps);
  const stopTyping = keepTyping(message);
  try {
    const started = Date.now();
    const result = await deps.engine.answer(question, { history, log });
    if (isDm) deps.memory.remember(message.author.id, { question, answer: result.answer });
    const surface = isDm ? "dm" : "mention";
    const answerId = observe(
      {
        surface,
        command: surface,
        question,
        userId: message.author.id,
        result,
        latencyMs: Date.now() - started,
      },
      deps,
      log,
    );
    await replyToMessage(message, answerMessage(result, answerId));
  } finally {
    stopTyping();
  }
}

// The bot cannot read server messages that don't mention it, so the chain holds only the
// conversation with it: questions that mentioned it and its own answers.
async function replyChain(message: Message, deps: MessageDeps): Promise<Turn[]> {
  const me = deps.client.user?.id;
  const chain: Message[] = [];
  let current = message;
  for (let i = 0; i < (deps.chainDepth ?? 6) && current.reference?.messageId; i++) {
    const parent = await current.fetchReference().catch(() => undefined);
    if (!parent) break;
    chain.unshift(parent);
    current = parent;
  }
  const turns: Turn[] = [];
  for (let i = 0; i < chain.length - 1; i++) {
    const [q, a] = [chain[i], chain[i + 1]];
    if (q && a && q.author.id !== me && a.author.id === me) {
      turns.push({ question: q.content.replaceAll(/<@!?\d+>/g, "").trim(), answer: a.content });
      i++;
    }
  }
  return turns;
}

// Typing shows only for answers that take a moment: an instant (offline) answer would spend a
// request of Discord's 50 a second on an indicator nobody sees.
function keepTyping(message: Message): () => void {
  const channel = message.channel;
  if (!("sendTyping" in channel)) return () => {};
  const send = () => void channel.sendTyping().catch(() => {});
  let timer = setTimeout(() => {
    send();
    timer = setInterval(send, TYPING_EVERY_MS);
  }, TYPING_AFTER_MS);
  return () => clearTimeout(timer);
}
