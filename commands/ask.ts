import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { ReplyableError } from "../src/errors.ts";
import type { Command } from "./types.ts";

/** `/ask question:` — a free-form question answered from the profile. */
export function askCommand(maxLength: number): Command {
  return {
    definition: {
      name: "ask",
      description: "Ask a question about my work; answered from my profile, with sources",
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
    async handler(ctx) {
      const question = ctx.options.question?.trim();
      if (!question) throw new ReplyableError("Please include a question.");
      await ctx.answer(question);
    },
  };
}
