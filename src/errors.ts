import type { OutgoingMessage } from "./present/message.ts";

/** An error whose message is meant for the person who asked; one catch site turns it into a reply. */
export class ReplyableError extends Error {
  toReply(): OutgoingMessage {
    return { content: this.message, ephemeral: true };
  }
}
