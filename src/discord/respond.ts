import type { Message, RepliableInteraction } from "discord.js";
import { MessageFlags } from "discord-api-types/v10";
import { DeliveryError } from "../errors.ts";
import type { OutgoingMessage } from "../present/message.ts";
import { errorSummary } from "./api-errors.ts";
import { type DiscordPayload, toPayloads } from "./outgoing.ts";

/** Replies to an interaction (or edits its deferred reply), with follow-ups for the overflow. */
export async function respond(
  interaction: RepliableInteraction,
  message: OutgoingMessage,
): Promise<void> {
  const [first, ...rest] = toPayloads(message);
  if (!first) return;
  await delivered(async () => {
    if (interaction.deferred || interaction.replied) await interaction.editReply(forEdit(first));
    else await interaction.reply(first);
    for (const payload of rest) await interaction.followUp(payload);
  });
}

// Discord's refusals (expired interaction, missing permissions, DMs closed) become one error type,
// so callers neither retry them nor try to send an error reply that would fail the same way.
async function delivered(send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (err) {
    throw new DeliveryError(errorSummary(err));
  }
}

/** Edits the interaction's original reply; the payload still passes through the one helper. */
export async function editOriginal(
  interaction: RepliableInteraction,
  message: OutgoingMessage,
): Promise<void> {
  const [first] = toPayloads(message);
  if (first) await delivered(async () => void (await interaction.editReply(forEdit(first))));
}

/** Replies to a message (a mention or a DM); further pieces follow in the same channel. */
export async function replyToMessage(message: Message, out: OutgoingMessage): Promise<void> {
  const [first, ...rest] = toPayloads(out);
  if (!first) return;
  await delivered(async () => {
    await message.reply({ ...first, failIfNotExists: false });
    if (rest.length > 0 && message.channel.isSendable()) {
      for (const payload of rest) await message.channel.send(payload);
    }
  });
}

// An edit cannot change a message's visibility; Discord accepts only SUPPRESS_EMBEDS there.
function forEdit(payload: DiscordPayload): DiscordPayload {
  if (payload.flags === undefined) return payload;
  const { flags, ...rest } = payload;
  const kept = flags & MessageFlags.SuppressEmbeds;
  return kept ? { ...rest, flags: kept } : rest;
}
