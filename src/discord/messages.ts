import type { Client, Message } from "discord.js";
import type { Turn } from "../engine/types.ts";
import { answerQuestion, type FlowDeps } from "../flow/answer-question.ts";
import type { ReplyChannel } from "../flow/types.ts";
import { fingerprint, type Logger } from "../logger.ts";
import { logFailure } from "./api-errors.ts";
import { replyToMessage } from "./respond.ts";

/** What message handling needs. */
export interface MessageDeps {
  flow: FlowDeps;
  client: Client;
  logger: Logger;
  /** How many messages up a reply chain to read as context. */
  chainDepth?: number;
}

const TYPING_EVERY_MS = 8_000;

/** Answers @mentions in servers (with the reply chain as context) and every DM. */
export function createMessageHandler(deps: MessageDeps) {
  return async (message: Message): Promise<void> => {
    const me = deps.client.user;
    if (!me || message.author.bot || message.webhookId || message.system) return;
    const isDm = message.channel.isDMBased();
    const mentioned = message.mentions.has(me, {
      ignoreEveryone: true,
      ignoreRoles: true,
      ignoreRepliedUser: false,
    });
    if (!isDm && !mentioned) return;
    const surface = isDm ? "dm" : "mention";
    const log = deps.logger.child({ surface, user: fingerprint(message.author.id) });
    const reply = messageReply(message);
    try {
      await answerQuestion(
        deps.flow,
        {
          surface,
          command: surface,
          userId: message.author.id,
          text: message.content.replaceAll(new RegExp(`<@!?${me.id}>`, "g"), " "),
          // A DM is one conversation, remembered; in a server the reply chain is the context.
          remember: isDm,
          ...(isDm ? {} : { history: () => replyChain(message, me.id, deps.chainDepth ?? 6) }),
          log,
        },
        reply,
      );
    } catch (err) {
      logFailure(log, err, "message handling failed");
    } finally {
      reply.stopTyping();
    }
  };
}

/**
 * A message as a reply channel: acknowledging shows "typing…" until the answer is written, and
 * the answer is a reply to it. Typing never runs while a finished answer waits for its send.
 */
function messageReply(message: Message): ReplyChannel & { stopTyping(): void } {
  let timer: NodeJS.Timeout | undefined;
  const stopTyping = () => clearInterval(timer);
  return {
    async acknowledge() {
      const channel = message.channel;
      if (!("sendTyping" in channel)) return;
      const send = () => void channel.sendTyping().catch(() => {});
      send();
      timer = setInterval(send, TYPING_EVERY_MS);
    },
    progress() {},
    async finish(out) {
      stopTyping();
      await replyToMessage(message, out);
    },
    async refuse(text, quiet) {
      if (!quiet) await replyToMessage(message, { content: text });
    },
    stopTyping,
  };
}

// The bot cannot read server messages that don't mention it, so the chain holds only the
// conversation with it: questions that mentioned it and its own answers.
async function replyChain(message: Message, me: string, depth: number): Promise<Turn[]> {
  const chain: Message[] = [];
  let current = message;
  for (let i = 0; i < depth && current.reference?.messageId; i++) {
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
