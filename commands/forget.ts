import type { Command } from "./types.ts";

/** `/forget` — clears the caller's conversation memory. */
export const forgetCommand: Command = {
  definition: { name: "forget", description: "Forget our conversation so far" },
  async handler(ctx) {
    const had = ctx.forget();
    await ctx.reply({
      content: had ? "Done: I've forgotten our conversation." : "There was nothing to forget.",
      ephemeral: true,
    });
  },
};
