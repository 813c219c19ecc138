import type { Knowledge } from "../src/knowledge/schema.ts";
import { askCommand } from "./ask.ts";
import { forgetCommand } from "./forget.ts";
import { helpCommand } from "./help.ts";
import { sectionCommand } from "./section.ts";
import { statsCommand } from "./stats.ts";
import type { Command } from "./types.ts";

export type { Choice, Command, CommandContext, Surface } from "./types.ts";

/** Settings the registry needs. */
export interface RegistryOptions {
  questionMaxLength: number;
  /** Register the owner's /stats command (when OWNER_IDS is set). */
  withStats?: boolean;
}

/** The one list of commands: feeds both registration and dispatch. */
export function loadCommands(knowledge: Knowledge, options: RegistryOptions): Map<string, Command> {
  const commands = [
    ...knowledge.sections.map(sectionCommand),
    askCommand(options.questionMaxLength),
    helpCommand,
    forgetCommand,
    ...(options.withStats ? [statsCommand] : []),
  ];
  return new Map(commands.map((c) => [c.definition.name, c]));
}

/** The payload Discord's bulk-overwrite endpoint takes. */
export function registrationPayload(commands: Map<string, Command>) {
  return [...commands.values()].map((c) => c.definition);
}
