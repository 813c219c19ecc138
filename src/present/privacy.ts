import type { QuestionStorage } from "../config.ts";

/** One sentence for /help: what the owner's store keeps of a question, and for how long. */
export function privacyNote(storage: QuestionStorage, retentionDays: number): string {
  const days = `${retentionDays} day${retentionDays === 1 ? "" : "s"}`;
  if (storage === "none")
    return "Privacy: questions are never stored as text, only as a keyed hash for counting.";
  if (storage === "all")
    return `Privacy: questions are kept for ${days} (mentions, emails, links and long numbers removed) so the owner can improve the profile.`;
  return `Privacy: questions the profile can't answer are kept for ${days} (mentions, emails, links and long numbers removed) so the owner can improve it; other questions are stored only as a keyed hash.`;
}
