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
      // The console is the owner's own: nothing they type there is recorded.
      const local = ctx.surface === "console";
      await ctx.reply.finish(
        helpView(knowledge, local ? "console" : "discord", local ? undefined : privacy),
      );
    },
  };
}
