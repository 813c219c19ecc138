import type { Command, CommandContext } from "../commands/index.ts";
import { DeliveryError, ReplyableError } from "./errors.ts";

/** The single catch site for command handlers on every surface. */
export async function runCommand(command: Command, ctx: CommandContext): Promise<void> {
  try {
    await command.handler(ctx);
  } catch (err) {
    if (err instanceof ReplyableError) {
      ctx.log.info({ command: command.definition.name, reason: err.message }, "command refused");
      await ctx.reply(err.toReply());
      return;
    }
    if (err instanceof DeliveryError) {
      ctx.log.warn({ ...err.details, command: command.definition.name }, "reply not delivered");
      return;
    }
    ctx.log.error({ err, command: command.definition.name }, "command failed");
    await ctx.reply({
      content: "Something went wrong on my side. Please try again.",
      ephemeral: true,
    });
  }
}
