import { ApplicationCommandType } from "discord-api-types/v10";
import { ReplyableError } from "../src/errors.ts";
import { answerQuestion } from "../src/flow/answer-question.ts";
import { type Command, EVERYWHERE } from "../src/registry.ts";

/** The name shown under Apps when a message is right-clicked. */
export const ASK_ABOUT_MESSAGE = "Ask askme";

/**
 * "Ask askme" on any message: the message's text is the question, answered through the ask flow
 * like /ask, as a reply that quotes what it answers. Needs no Message Content intent: the
 * interaction carries the message.
 */
export const askAboutMessageCommand: Command = {
  definition: { ...EVERYWHERE, type: ApplicationCommandType.Message, name: ASK_ABOUT_MESSAGE },
  async handler(ctx) {
    const text = ctx.targetText?.trim();
    if (!text) throw new ReplyableError("That message has no text to answer.");
    await answerQuestion(
      ctx.flow,
      {
        surface: ctx.surface,
        command: "menu",
        userId: ctx.userId,
        text,
        quote: true,
        log: ctx.log,
        ...(ctx.locale ? { locale: ctx.locale } : {}),
      },
      ctx.reply,
    );
  },
};
