import { BOT_DM_ONLY, type Command } from "../src/registry.ts";

/** `/forget` — clears the caller's conversation memory. */
export const forgetCommand: Command = {
  definition: {
    ...BOT_DM_ONLY,
    name: "forget",
    description: "Forget our conversation so far",
  },
  async handler(ctx) {
    const had = ctx.flow.memory.forget(ctx.userId);
    await ctx.reply.finish({
      content: had ? "Done: the conversation so far is forgotten." : "There was nothing to forget.",
      ephemeral: true,
    });
  },
};
