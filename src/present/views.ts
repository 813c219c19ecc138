import { renderEntry } from "../engine/offline.ts";
import type { AnswerResult } from "../engine/types.ts";
import type { Entry, Knowledge, Section } from "../knowledge/schema.ts";
import type { EmbedView, OutgoingMessage } from "./message.ts";

// A section only changes when the knowledge file is reloaded (a new object), so its rendering is
// kept per section object instead of redone on every command.
const sectionViews = new WeakMap<Section, OutgoingMessage>();

/** A section as a list of its entries, one line each. */
export function sectionView(section: Section): OutgoingMessage {
  let view = sectionViews.get(section);
  if (!view) {
    const lines = section.entries.map((entry) => `• ${renderEntry({ entry, section })}`);
    view = {
      embeds: [{ title: section.title, description: lines.join("\n"), footer: hint(section) }],
    };
    sectionViews.set(section, view);
  }
  return view;
}

/** One entry in full: everything the file says about it. */
export function entryView(section: Section, entry: Entry): OutgoingMessage {
  const meta = [
    entry.venue && `**Venue:** ${entry.venue}`,
    entry.year && `**Year:** ${entry.year}`,
    entry.role && `**Role:** ${entry.role}`,
  ].filter(Boolean);
  const links = (entry.links ?? []).map((l) => `[${l.label}](${l.url})`);
  const parts = [meta.join(" · "), entry.summary, entry.details, links.join(" · ")];
  const embed: EmbedView = {
    title: entry.title,
    description: parts.filter(Boolean).join("\n\n"),
    footer: `${section.title} · ${entry.id}`,
  };
  const url = entry.links?.[0]?.url;
  return { embeds: [url ? { ...embed, url } : embed] };
}

/** What askme knows and how to ask it. */
export function helpView(knowledge: Knowledge): OutgoingMessage {
  const sections = knowledge.sections.map((s) => `\`/${s.id}\` — ${s.description}`);
  return {
    embeds: [
      {
        title: "What I can tell you",
        description: [
          knowledge.person.headline,
          "",
          "**Sections**",
          ...sections,
          "",
          "**Ask anything**",
          "`/ask question:` — a question about my work, answered from my profile with its sources.",
          "You can also @mention me in a server, or DM me; in DMs I remember the last few questions.",
          "`/forget` — clear what I remember of our conversation.",
        ].join("\n"),
      },
    ],
    ephemeral: true,
  };
}

/** The sources line under an answer, or nothing when it cites none. */
export function sourcesLine(result: AnswerResult): string {
  if (result.sources.length === 0) return "";
  return `**Sources:** ${result.sources.map((s) => s.title).join(" · ")}`;
}

/** The final text of an answer: the answer, then its sources. */
export function answerText(result: AnswerResult): string {
  return [result.answer, sourcesLine(result)].filter(Boolean).join("\n\n");
}

function hint(section: Section): string {
  return `/${section.id} entry:<name> shows one in full`;
}
