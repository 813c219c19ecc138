import type { OutgoingMessage } from "./present/message.ts";

/** An error whose message is meant for the person who asked; one catch site turns it into a reply. */
export class ReplyableError extends Error {
  toReply(): OutgoingMessage {
    return { content: this.message, ephemeral: true };
  }
}

/** A reply the chat service refused or could not take; replying again would fail the same way. */
export class DeliveryError extends Error {
  constructor(readonly details: Record<string, unknown>) {
    super(`reply not delivered: ${String(details.message ?? "unknown error")}`);
  }
}
