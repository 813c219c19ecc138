import type { OutgoingMessage } from "./message.ts";

/** A message as plain terminal text (Markdown left as is; it reads fine). */
export function messageToText(message: OutgoingMessage): string {
  const parts = [message.content ?? ""];
  for (const embed of message.embeds ?? []) {
    parts.push(`## ${embed.title}`, embed.description);
    if (embed.footer) parts.push(`(${embed.footer})`);
  }
  return parts.filter(Boolean).join("\n\n");
}
