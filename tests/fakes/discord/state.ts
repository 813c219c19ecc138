/** The fake's world: channels, users, messages, interactions and registered commands. */

import type { APIApplicationCommand, APIChannel, APIUser } from "discord.js";
import { dmChannelIdFor, FAKE_IDS } from "./ids.ts";
import type { StoredMessage } from "./messages.ts";
import { botUser, dmChannel, guildTextChannel, humanUser } from "./payloads.ts";
import { RestError } from "./types.ts";

export interface InteractionRecord {
  id: string;
  token: string;
  /** Interaction type (2 command, 3 component, 4 autocomplete, 5 modal). */
  type: number;
  channelId: string;
  guildId: string | undefined;
  deliveredAt: number;
  ackAt?: number;
  /** The message behind `@original` (the response, or the component's message). */
  originalId?: string;
  componentMessageId?: string;
}

export class FakeState {
  readonly messages = new Map<string, StoredMessage[]>();
  readonly channels = new Map<string, APIChannel>();
  readonly users = new Map<string, APIUser>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  readonly commands = new Map<string, APIApplicationCommand[]>(); // key: guild id or "global"
  /** Channels the bot is not in (a user-installed app's): any REST call on them is refused. */
  readonly outside = new Set<string>();

  constructor() {
    this.channels.set(FAKE_IDS.channelId, guildTextChannel());
    this.users.set(FAKE_IDS.botUserId, botUser());
  }

  user(id: string): APIUser {
    let user = this.users.get(id);
    if (!user) {
      user = humanUser(id);
      this.users.set(id, user);
    }
    return user;
  }

  /** The bot↔user DM channel, created on first use (like POST /users/@me/channels). */
  dmWith(userId: string): APIChannel {
    const id = dmChannelIdFor(userId);
    let channel = this.channels.get(id);
    if (!channel) {
      channel = { ...dmChannel(userId), recipients: [this.user(userId)] };
      this.channels.set(id, channel);
    }
    return channel;
  }

  channel(id: string): APIChannel {
    if (this.outside.has(id)) throw new RestError(403, 50001, "Missing Access");
    const channel = this.channels.get(id);
    if (!channel) throw new RestError(404, 10003, "Unknown Channel");
    return channel;
  }

  addMessage(message: StoredMessage): StoredMessage {
    const list = this.messages.get(message.channel_id) ?? [];
    list.push(message);
    this.messages.set(message.channel_id, list);
    const channel = this.channels.get(message.channel_id);
    if (channel && "last_message_id" in channel) channel.last_message_id = message.id;
    return message;
  }

  findMessage(channelId: string, messageId: string): StoredMessage | undefined {
    return this.messages.get(channelId)?.find((m) => m.id === messageId);
  }

  message(channelId: string, messageId: string): StoredMessage {
    const message = this.findMessage(channelId, messageId);
    if (!message) throw new RestError(404, 10008, "Unknown Message");
    return message;
  }

  deleteMessage(channelId: string, messageId: string): void {
    const list = this.messages.get(channelId) ?? [];
    const index = list.findIndex((m) => m.id === messageId);
    if (index === -1) throw new RestError(404, 10008, "Unknown Message");
    list.splice(index, 1);
  }

  /** Any stored message with this id, whatever its channel. */
  anyMessage(messageId: string): StoredMessage | undefined {
    for (const list of this.messages.values()) {
      const found = list.find((m) => m.id === messageId);
      if (found) return found;
    }
    return undefined;
  }

  commandList(guildId?: string): APIApplicationCommand[] {
    return this.commands.get(guildId ?? "global") ?? [];
  }
}
