import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord-api-types/v10";
import type { ButtonView, EmbedView, OutgoingMessage } from "../present/message.ts";
import { CONTENT_LIMIT, EMBED_DESCRIPTION_LIMIT, splitMarkdown, truncate } from "./split.ts";

/** Nobody is ever pinged by what askme sends: no @everyone, @here, roles or users. */
export const NO_MENTIONS = { parse: [] as never[] };

const EMBEDS_PER_MESSAGE = 10;
const EMBED_TEXT_PER_MESSAGE = 6000;

/** One Discord message body, ready for any send, reply, edit or follow-up. */
export interface DiscordPayload {
  content?: string;
  embeds?: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
  flags?: number;
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

/**
 * The one place outgoing messages are shaped: splits text to Discord's limits, never yields an
 * empty message, and sets `allowed_mentions: { parse: [] }` on every payload.
 */
export function toPayloads(message: OutgoingMessage): DiscordPayload[] {
  const flags =
    (message.ephemeral ? MessageFlags.Ephemeral : 0) |
    (message.suppressEmbeds ? MessageFlags.SuppressEmbeds : 0);
  const extra = flags ? { flags } : {};
  const texts = splitMarkdown(message.content ?? "", CONTENT_LIMIT);
  const payloads: DiscordPayload[] = texts.map((content) => ({
    content,
    allowedMentions: NO_MENTIONS,
    ...extra,
  }));
  for (const group of groupEmbeds((message.embeds ?? []).flatMap(toEmbeds))) {
    payloads.push({ embeds: group, allowedMentions: NO_MENTIONS, ...extra });
  }
  const last = payloads.at(-1);
  if (last && message.buttons?.length) last.components = [actionRow(message.buttons)];
  return payloads;
}

function actionRow(buttons: ButtonView[]): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: buttons.slice(0, 5).map((b) => ({
      type: ComponentType.Button,
      custom_id: b.id.slice(0, 100),
      label: b.label.slice(0, 80),
      style: b.style === "primary" ? ButtonStyle.Primary : ButtonStyle.Secondary,
      ...(b.emoji ? { emoji: { name: b.emoji } } : {}),
    })),
  };
}

// A long description becomes several embeds: the title on the first, the footer on the last.
function toEmbeds(view: EmbedView): APIEmbed[] {
  const parts = splitMarkdown(view.description, EMBED_DESCRIPTION_LIMIT);
  if (parts.length === 0) parts.push("—");
  return parts.map((description, i) => {
    const embed: APIEmbed = { description };
    if (i === 0) {
      embed.title = truncate(view.title, 256);
      if (view.url) embed.url = view.url;
    }
    if (i === parts.length - 1 && view.footer) embed.footer = { text: truncate(view.footer, 2048) };
    return embed;
  });
}

function groupEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length =
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0);
    if (
      current.length === EMBEDS_PER_MESSAGE ||
      (current.length > 0 && size + length > EMBED_TEXT_PER_MESSAGE)
    ) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
