import type { Config } from "../src/config.ts";
import type { Knowledge } from "../src/knowledge/schema.ts";
import { privacyNote } from "../src/present/privacy.ts";
import type { Command, Registry } from "../src/registry.ts";
import { askCommand } from "./ask.ts";
import { askAboutMessageCommand } from "./ask-about-message.ts";
import { forgetCommand } from "./forget.ts";
import { helpCommand } from "./help.ts";
import { sectionCommand } from "./section.ts";
import { statsCommand } from "./stats.ts";

/** The one list of commands for a knowledge file: feeds registration and dispatch on every surface. */
export function buildRegistry(config: Config, knowledge: Knowledge): Registry {
  const commands: Command[] = [
    ...knowledge.sections.map(sectionCommand),
    askCommand(knowledge, config.QUESTION_MAX_LENGTH),
    askAboutMessageCommand,
    helpCommand(knowledge, privacyNote(config.STORE_QUESTIONS, config.RETENTION_DAYS)),
    forgetCommand,
    ...(config.OWNER_IDS.length > 0 ? [statsCommand] : []),
  ];
  return {
    commands: new Map(commands.map((c) => [c.definition.name, c])),
    definitions: commands.map((c) => c.definition),
  };
}
