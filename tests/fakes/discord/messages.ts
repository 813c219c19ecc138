/** Message payloads: building new ones, applying edits, and the reply chain. */

import type { APIAttachment, APIEmbed, APIMessage, APIUser } from "discord.js";
import { FAKE_IDS, newSnowflake } from "./ids.ts";
import { memberNoUser } from "./payloads.ts";
import type { FilePart } from "./types.ts";

/** A message as the fake stores and serves it (APIMessage plus gateway-only fields). */
export type StoredMessage = APIMessage & {
  guild_id?: string;
  channel_type?: number;
  member?: ReturnType<typeof memberNoUser>;
};

/** Message flag bits the fake knows. */
export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  IsVoiceMessage: 1 << 13,
  IsComponentsV2: 1 << 15,
} as const;

export interface NewMessageInit {
  channelId: string;
  author: APIUser;
  content?: string;
  embeds?: APIEmbed[];
  components?: unknown[];
  attachments?: APIAttachment[];
  flags?: number;
  type?: number;
  guildId?: string | undefined;
  channelType?: number;
  mentions?: APIUser[];
  reference?: StoredMessage | undefined;
  webhookId?: string;
  tts?: boolean;
}

export function newMessage(init: NewMessageInit): StoredMessage {
  const msg: StoredMessage = {
    id: newSnowflake(),
    channel_id: init.channelId,
    author: init.author,
    content: init.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: init.tts ?? false,
    mention_everyone: false,
    mentions: init.mentions ?? [],
    mention_roles: [],
    attachments: init.attachments ?? [],
    embeds: init.embeds ?? [],
    components: (init.components ?? []) as NonNullable<APIMessage["components"]>,
    pinned: false,
    type: init.reference ? 19 : (init.type ?? 0),
    flags: init.flags ?? 0,
  };
  if (init.guildId !== undefined) {
    msg.guild_id = init.guildId;
    if (!init.webhookId) msg.member = memberNoUser();
  }
  if (init.channelType !== undefined) msg.channel_type = init.channelType;
  if (init.webhookId !== undefined) {
    msg.webhook_id = init.webhookId;
    msg.application_id = FAKE_IDS.applicationId;
  }
  if (init.reference) {
    msg.message_reference = {
      type: 0,
      message_id: init.reference.id,
      channel_id: init.reference.channel_id,
      ...(init.reference.guild_id !== undefined && { guild_id: init.reference.guild_id }),
    };
    msg.referenced_message = withoutReference(init.reference);
  }
  return msg;
}

/** Discord nests only one level of referenced_message. */
function withoutReference(msg: StoredMessage): StoredMessage {
  const { referenced_message: _drop, ...rest } = msg;
  return rest;
}

/** Uploaded files become attachments; `attachments: [{id}]` entries keep existing ones. */
function attachmentsFor(
  files: FilePart[],
  body: Record<string, unknown>,
  existing: APIAttachment[],
) {
  const described = Array.isArray(body.attachments) ? (body.attachments as { id?: unknown }[]) : [];
  const kept = existing.filter((a) => described.some((d) => String(d.id) === a.id));
  return [
    ...kept,
    ...files.map((f) => {
      const id = newSnowflake();
      return {
        id,
        filename: f.filename,
        size: f.size,
        content_type: f.contentType,
        url: `https://cdn.discordapp.com/attachments/${id}/${f.filename}`,
        proxy_url: `https://media.discordapp.net/attachments/${id}/${f.filename}`,
      };
    }),
  ];
}

/** The message-content fields of a create/edit body. */
export function contentFields(
  body: Record<string, unknown>,
  files: FilePart[],
  existing: APIAttachment[] = [],
): Partial<NewMessageInit> {
  const fields: Partial<NewMessageInit> = {};
  if (typeof body.content === "string") fields.content = body.content;
  if (Array.isArray(body.embeds)) fields.embeds = body.embeds as APIEmbed[];
  if (Array.isArray(body.components)) fields.components = body.components;
  if (typeof body.flags === "number") fields.flags = body.flags;
  if (typeof body.tts === "boolean") fields.tts = body.tts;
  if (files.length > 0 || Array.isArray(body.attachments)) {
    fields.attachments = attachmentsFor(files, body, existing);
  }
  return fields;
}

/** Apply an edit body in place; returns the message. Clears the deferred "loading" flag. */
export function applyEdit(msg: StoredMessage, body: Record<string, unknown>, files: FilePart[]) {
  const f = contentFields(body, files, msg.attachments);
  if (f.content !== undefined) msg.content = f.content;
  if (f.embeds !== undefined) msg.embeds = f.embeds;
  if (f.components !== undefined) {
    msg.components = f.components as NonNullable<StoredMessage["components"]>;
  }
  if (f.attachments !== undefined) msg.attachments = f.attachments;
  if (body.content === null) msg.content = "";
  if (body.embeds === null) msg.embeds = [];
  if (body.components === null) msg.components = [];
  const keep = (msg.flags ?? 0) & MessageFlag.Ephemeral;
  msg.flags = ((f.flags ?? msg.flags ?? 0) & ~MessageFlag.Loading) | keep;
  msg.edited_timestamp = new Date().toISOString();
  return msg;
}

/** True when a message would show nothing (Discord's 50006 condition). */
export function isEmptyMessage(m: StoredMessage): boolean {
  const none = (list: unknown[] | undefined) => (list?.length ?? 0) === 0;
  return !m.content && none(m.embeds) && none(m.components) && none(m.attachments);
}
