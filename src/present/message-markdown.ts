import type { OutgoingMessage } from "./message.ts";

/** A message as one Markdown document, for surfaces without embeds: each embed becomes a heading. */
export function messageMarkdown(message: OutgoingMessage): string {
  const parts = [message.content ?? ""];
  for (const embed of message.embeds ?? []) {
    parts.push(`## ${embed.title}`, embed.description);
    if (embed.footer) parts.push(`_${embed.footer}_`);
  }
  return parts.filter(Boolean).join("\n\n");
}
