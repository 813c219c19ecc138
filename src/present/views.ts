import type { Entry, Knowledge, Section } from "../knowledge/schema.ts";
import { entryEmbed, entryLine } from "./entry.ts";
import type { OutgoingMessage } from "./message.ts";
import { voiceOf } from "./voice.ts";

// A section only changes when the knowledge file is reloaded (a new object), so its rendering is
// kept per section object instead of redone on every command.
const sectionViews = new WeakMap<Section, OutgoingMessage>();

/** A section as a list of its entries, one line each. */
export function sectionView(section: Section): OutgoingMessage {
  let view = sectionViews.get(section);
  if (!view) {
    const lines = section.entries.map((entry) => `• ${entryLine({ entry, section })}`);
    view = {
      embeds: [{ title: section.title, description: lines.join("\n"), footer: hint(section) }],
    };
    sectionViews.set(section, view);
  }
  return view;
}

/** One entry in full: everything the file says about it. */
export function entryView(section: Section, entry: Entry): OutgoingMessage {
  return { embeds: [entryEmbed({ entry, section })] };
}

/** Where help is read: Discord has slash-command syntax, mentions and DMs; the console has none. */
export type HelpPlace = "discord" | "console";

/** What askme knows and how to ask it, in the profile's voice; `privacy` says what is kept. */
export function helpView(
  knowledge: Knowledge,
  place: HelpPlace = "discord",
  privacy?: string,
): OutgoingMessage {
  const voice = voiceOf(knowledge);
  const work = `${voice.possessive} work`;
  const profile = voice.profile.toLowerCase();
  const ask =
    place === "discord"
      ? [
          `\`/ask question:\` — a question about ${work}, answered from ${profile} with its sources.`,
          `You can also @mention ${voice.firstPerson ? "me" : "askme"} in a server, or send a DM; in DMs the last few questions are remembered.`,
          "`/forget` — clear what is remembered of your conversation.",
        ]
      : [
          `Type a question about ${work}; it is answered from ${profile}, with its sources. The last few questions are remembered, so follow-ups work.`,
          "`/forget` — clear the conversation. `/quit` — leave.",
        ];
  const sectionUse =
    place === "discord"
      ? "`/<section> entry:<name>` shows one entry in full."
      : "`/<section> <name>` shows one entry in full.";
  return {
    embeds: [
      {
        title: place === "discord" ? "What I can tell you" : "How to use this console",
        description: [
          knowledge.person.headline,
          "",
          "**Sections**",
          ...knowledge.sections.map((s) => `\`/${s.id}\` — ${s.description}`),
          sectionUse,
          "",
          "**Ask anything**",
          ...ask,
          ...(privacy ? ["", privacy] : []),
        ].join("\n"),
      },
    ],
    ephemeral: true,
  };
}

function hint(section: Section): string {
  return `/${section.id} entry:<name> shows one in full`;
}
