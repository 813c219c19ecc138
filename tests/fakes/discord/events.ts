/** Gateway-originated events the tests trigger: INTERACTION_CREATE and MESSAGE_CREATE. */

import type { APIChannel, APIInteraction } from "discord.js";
import type { Gateway } from "./gateway.ts";
import { FAKE_IDS } from "./ids.ts";
import { newMessage, type StoredMessage } from "./messages.ts";
import { botUser } from "./payloads.ts";
import type { FakeState, InteractionRecord } from "./state.ts";
import type { SendMessageOptions } from "./types.ts";

export interface DeliveredInteraction {
  id: string;
  token: string;
  /** performance.now() when the dispatch was handed to the socket (or queued for replay). */
  deliveredAt: number;
}

/** Registers the interaction (so callbacks and webhooks resolve) and dispatches it. */
export function sendInteraction(
  state: FakeState,
  gateway: Gateway,
  payload: APIInteraction,
): DeliveredInteraction {
  const channel = payload.channel as APIChannel | undefined;
  const channelId = channel?.id ?? payload.channel_id ?? FAKE_IDS.channelId;
  const user = payload.member?.user ?? payload.user;
  if (user && !state.users.has(user.id)) state.users.set(user.id, user);
  // A user-installed app is used where the bot is not: those channels refuse the bot's REST calls.
  const userInstallOnly = !("0" in (payload.authorizing_integration_owners ?? {}));
  if (channel && userInstallOnly) state.outside.add(channel.id);
  // Adopt channels the fake has not seen, so the bot can post to them over REST.
  else if (channel && !state.channels.has(channel.id)) {
    const dm = channel.type === 1 && user ? { ...state.dmWith(user.id), id: channel.id } : null;
    state.channels.set(channel.id, dm ?? channel);
  }
  const rec: InteractionRecord = {
    id: payload.id,
    token: payload.token,
    type: payload.type,
    channelId,
    guildId: payload.guild_id,
    deliveredAt: performance.now(),
  };
  let out: APIInteraction = payload;
  if ("message" in payload && payload.message) {
    const stored = state.anyMessage(payload.message.id);
    if (stored) out = { ...payload, message: structuredClone(stored) } as APIInteraction;
    else state.addMessage(structuredClone(payload.message) as StoredMessage);
    rec.componentMessageId = payload.message.id;
  }
  state.interactions.set(rec.id, rec);
  state.interactionsByToken.set(rec.token, rec);
  rec.deliveredAt = gateway.dispatch("INTERACTION_CREATE", out);
  return { id: rec.id, token: rec.token, deliveredAt: rec.deliveredAt };
}

/** Builds, stores and dispatches a user's MESSAGE_CREATE. */
export function sendMessage(
  state: FakeState,
  gateway: Gateway,
  opts: SendMessageOptions,
): StoredMessage {
  const authorId = opts.authorId ?? FAKE_IDS.userId;
  const author = { ...state.user(authorId), ...(opts.bot && { bot: true }) };
  const inGuild = opts.guild ?? true;
  const channelId = opts.channelId ?? (inGuild ? FAKE_IDS.channelId : state.dmWith(authorId).id);
  const channel = state.channels.get(channelId);
  const mention = `<@${FAKE_IDS.botUserId}>`;
  let content = opts.content;
  if (opts.mentionsBot && !content.includes(mention)) content = `${mention} ${content}`;
  let reference: StoredMessage | undefined;
  if (opts.replyToMessageId !== undefined) {
    reference =
      state.findMessage(channelId, opts.replyToMessageId) ??
      state.anyMessage(opts.replyToMessageId);
    if (!reference) {
      throw new Error(`sendMessage: no stored message ${opts.replyToMessageId} to reply to`);
    }
  }
  const mentions = opts.mentionsBot ? [botUser()] : [];
  const pinged = reference && opts.replyPing !== false ? reference.author : undefined;
  if (pinged && !mentions.some((u) => u.id === pinged.id)) mentions.push(pinged);
  const message = newMessage({
    channelId,
    author,
    content,
    mentions,
    reference,
    guildId: inGuild ? FAKE_IDS.guildId : undefined,
    channelType: channel?.type ?? (inGuild ? 0 : 1),
  });
  state.addMessage(message);
  gateway.dispatch("MESSAGE_CREATE", message);
  return message;
}
