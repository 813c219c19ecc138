import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { answerQuestion } from "../src/flow/answer-question.ts";
import type { Knowledge } from "../src/knowledge/schema.ts";
import { voiceOf } from "../src/present/voice.ts";
import { type Command, EVERYWHERE } from "../src/registry.ts";

/** `/ask question:` — a free-form question answered from the profile, through the ask flow. */
export function askCommand(knowledge: Knowledge, maxLength: number): Command {
  const voice = voiceOf(knowledge);
  return {
    definition: {
      ...EVERYWHERE,
      name: "ask",
      description:
        `Ask a question about ${voice.possessive} work; answered from ${voice.profile.toLowerCase()}, with sources`.slice(
          0,
          100,
        ),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "question",
          description: "What would you like to know?",
          required: true,
          max_length: maxLength,
        },
      ],
    },
    handler: (ctx) =>
      answerQuestion(
        ctx.flow,
        {
          surface: ctx.surface,
          command: "ask",
          userId: ctx.userId,
          text: ctx.options.question ?? "",
          remember: ctx.remembers,
          log: ctx.log,
          ...(ctx.locale ? { locale: ctx.locale } : {}),
        },
        ctx.reply,
      ),
  };
}
