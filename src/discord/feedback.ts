import type { ButtonInteraction } from "discord.js";
import type { AnswerResult } from "../engine/types.ts";
import type { Knowledge } from "../knowledge/schema.ts";
import type { ButtonView, OutgoingMessage } from "../present/message.ts";
import { answerText } from "../present/views.ts";
import type { Store, Vote } from "../store/types.ts";
import { respond } from "./respond.ts";

// Custom ids carry the stored answer's id, so the buttons keep working after a restart.
const PREFIX = { up: "askme:up:", down: "askme:down:", sources: "askme:src:" } as const;
const NONE = "-";

/** A free-form answer as a message: the text, its sources, and 👍 👎 Sources buttons. */
export function answerMessage(result: AnswerResult, answerId: string | undefined): OutgoingMessage {
  const id = answerId ?? NONE;
  const buttons: ButtonView[] = [
    { id: `${PREFIX.up}${id}`, label: "Helpful", emoji: "👍", style: "secondary" },
    { id: `${PREFIX.down}${id}`, label: "Not helpful", emoji: "👎", style: "secondary" },
    { id: `${PREFIX.sources}${id}`, label: "Sources", style: "secondary" },
  ];
  return { content: answerText(result), suppressEmbeds: result.mode === "llm", buttons };
}

/** Whether a button belongs to askme's answers. */
export function isAnswerButton(customId: string): boolean {
  return Object.values(PREFIX).some((p) => customId.startsWith(p));
}

const VOTE_REPLIES: Record<ReturnType<Store["recordFeedback"]>, string> = {
  recorded: "Thanks for the feedback!",
  duplicate: "You've already rated this answer.",
  unknown: "That answer is too old to rate.",
  unavailable: "Thanks! Feedback isn't being recorded right now.",
};

/** Handles 👍, 👎 and Sources; every reply is visible only to the person who pressed. */
export async function handleAnswerButton(
  interaction: ButtonInteraction,
  store: Store | undefined,
  knowledge: Knowledge,
): Promise<void> {
  const { customId } = interaction;
  const vote: Vote | undefined = customId.startsWith(PREFIX.up)
    ? "up"
    : customId.startsWith(PREFIX.down)
      ? "down"
      : undefined;
  const answerId = customId.slice(customId.lastIndexOf(":") + 1);
  if (vote) {
    const outcome =
      answerId === NONE || !store
        ? "unavailable"
        : store.recordFeedback(answerId, interaction.user.id, vote);
    await respond(interaction, { content: VOTE_REPLIES[outcome], ephemeral: true });
    return;
  }
  const ids = answerId === NONE ? undefined : store?.answerSources(answerId);
  await respond(interaction, sourcesMessage(ids, knowledge));
}

function sourcesMessage(ids: string[] | undefined, knowledge: Knowledge): OutgoingMessage {
  if (ids === undefined)
    return { content: "I no longer have the sources for that answer.", ephemeral: true };
  if (ids.length === 0)
    return { content: "That answer didn't cite any entry of my profile.", ephemeral: true };
  const lines = ids.map((id) => {
    for (const section of knowledge.sections) {
      const entry = section.entries.find((e) => e.id === id);
      if (!entry) continue;
      const links = (entry.links ?? []).map((l) => `[${l.label}](${l.url})`).join(" · ");
      return `• **${entry.title}** (${section.title})${links ? ` — ${links}` : ""}\n  ${entry.summary}`;
    }
    return `• ${id} (no longer in my profile)`;
  });
  return { embeds: [{ title: "Sources", description: lines.join("\n") }], ephemeral: true };
}
