import { helpView } from "../src/present/views.ts";
import type { Command } from "./types.ts";

/** `/help` — what askme knows and how to ask it. */
export const helpCommand: Command = {
  definition: { name: "help", description: "What I can tell you about, and how to ask" },
  async handler(ctx) {
    await ctx.reply(helpView(ctx.engine.knowledge));
  },
};
