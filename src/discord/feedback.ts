import type { ButtonInteraction } from "discord.js";
import type { FlowDeps } from "../flow/answer-question.ts";
import { parseAnswerButton, sourcesMessage, UNRECORDED } from "../present/answer.ts";
import type { FeedbackResult } from "../store/types.ts";
import { respond } from "./respond.ts";

const VOTE_REPLIES: Record<FeedbackResult, string> = {
  recorded: "Thanks for the feedback!",
  duplicate: "You've already rated this answer.",
  unknown: "That answer is too old to rate.",
  unavailable: "Thanks! Feedback isn't being recorded right now.",
};

/** Handles 👍, 👎 and Sources; every reply is visible only to the person who pressed. */
export async function handleAnswerButton(
  interaction: ButtonInteraction,
  flow: Pick<FlowDeps, "store" | "engine">,
): Promise<void> {
  const button = parseAnswerButton(interaction.customId);
  if (!button) return;
  const { action, answerId } = button;
  const store = answerId === UNRECORDED ? undefined : flow.store;
  if (action === "sources") {
    await respond(
      interaction,
      sourcesMessage(store?.answerSources(answerId), flow.engine.knowledge),
    );
    return;
  }
  const outcome = store
    ? store.recordFeedback(answerId, interaction.user.id, action)
    : "unavailable";
  await respond(interaction, { content: VOTE_REPLIES[outcome], ephemeral: true });
}
