import type { Knowledge } from "../src/knowledge/schema.ts";
import { helpView } from "../src/present/views.ts";
import { type Command, EVERYWHERE } from "../src/registry.ts";

/** `/help` — what askme knows and how to ask it; `privacy` says what the owner keeps. */
export function helpCommand(knowledge: Knowledge, privacy: string): Command {
  return {
    definition: {
      ...EVERYWHERE,
      name: "help",
      description: "What askme can tell you about, and how to ask",
    },
    async handler(ctx) {
      const place = ctx.surface === "console" ? "console" : "discord";
      await ctx.reply.finish(helpView(knowledge, place, privacy));
    },
  };
}
