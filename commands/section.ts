import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { ReplyableError } from "../src/errors.ts";
import { recordSectionView } from "../src/flow/record.ts";
import type { Entry, Section } from "../src/knowledge/schema.ts";
import { entryView, sectionView } from "../src/present/views.ts";
import { type Choice, type Command, EVERYWHERE } from "../src/registry.ts";

const MAX_CHOICES = 25;
// Discord's limit for a choice's name and value.
const CHOICE_LENGTH = 100;

/** A command generated from one knowledge section: `/projects [entry]`. */
export function sectionCommand(section: Section): Command {
  return {
    definition: {
      ...EVERYWHERE,
      name: section.id,
      description: section.description,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: "entry",
          description: `Show one of the ${section.title.toLowerCase()} in full`.slice(0, 100),
          required: false,
          autocomplete: true,
          max_length: 100,
        },
      ],
    },
    async handler(ctx) {
      const started = Date.now();
      const wanted = ctx.options.entry?.trim();
      const entry = wanted ? findEntry(section, wanted) : undefined;
      if (wanted && !entry) {
        const names = section.entries.map((e) => `\`${e.id}\``).join(", ");
        throw new ReplyableError(
          `${section.title} has no entry “${wanted}”. Try one of: ${names}.`,
        );
      }
      await ctx.reply.finish(entry ? entryView(section, entry) : sectionView(section));
      // Section commands count too: the owner's report shows which sections and entries people open.
      recordSectionView(
        {
          surface: ctx.surface,
          userId: ctx.userId,
          sectionId: section.id,
          entry: entry && { id: entry.id, title: entry.title },
          latencyMs: Date.now() - started,
        },
        ctx.flow,
        ctx.log,
      );
    },
    autocomplete(_option, typed) {
      return suggestEntries(section, typed);
    },
  };
}

/** Finds an entry by id, or by its title ignoring case. */
export function findEntry(section: Section, wanted: string): Entry | undefined {
  const key = wanted.toLowerCase();
  return section.entries.find((e) => e.id === key || e.title.toLowerCase() === key);
}

function suggestEntries(section: Section, typed: string): Choice[] {
  const key = typed.trim().toLowerCase();
  return section.entries
    .filter((e) => !key || e.id.includes(key) || e.title.toLowerCase().includes(key))
    .slice(0, MAX_CHOICES)
    .map((e) => ({ name: e.title.slice(0, CHOICE_LENGTH), value: e.id.slice(0, CHOICE_LENGTH) }));
}
