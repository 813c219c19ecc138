import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { ReplyableError } from "../src/errors.ts";
import { type Command, SERVER_ONLY } from "../src/registry.ts";
import { reportText } from "../src/report/plain.ts";

/** `/stats` — the owner's usage summary; hidden from members without Administrator. */
export const statsCommand: Command = {
  definition: {
    ...SERVER_ONLY,
    name: "stats",
    description: "Owner only: what people asked and what could not be answered",
    // "0": only administrators see it by default; the handler still checks OWNER_IDS.
    default_member_permissions: "0",
    options: [
      {
        type: ApplicationCommandOptionType.Integer,
        name: "days",
        description: "How many days back (default 7)",
        required: false,
        min_value: 1,
        max_value: 365,
      },
    ],
  },
  async handler(ctx) {
    if (!ctx.isOwner) throw new ReplyableError("This command is for the bot's owner.");
    const store = ctx.flow.store;
    if (!store?.available)
      throw new ReplyableError("No usage is being recorded (the store is unavailable).");
    const days = Number(ctx.options.days ?? 7);
    const summary = reportText(store.summary(Number.isInteger(days) && days > 0 ? days : 7));
    await ctx.reply.finish({ content: `\`\`\`\n${summary}\n\`\`\``, ephemeral: true });
  },
};
