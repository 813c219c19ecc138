/** Which message flags each kind of message request may set (the spec types `flags` as any number). */

import { MessageFlag } from "./messages.ts";
import type { FormErrors } from "./validate.ts";

type Path = ReadonlyArray<string | number>;

/**
 * `create`: POST /channels/{id}/messages. `reply`: an interaction response (callback 4/5) or a
 * follow-up, the only places EPHEMERAL is allowed. `edit`: any edit (PATCH of a channel or
 * webhook message, callback 7), where only SUPPRESS_EMBEDS and IS_COMPONENTS_V2 can be set.
 */
export type MessageKind = "create" | "reply" | "edit";

const F = MessageFlag;
const ALLOWED: Record<MessageKind, number> = {
  create: F.SuppressEmbeds | F.SuppressNotifications | F.IsVoiceMessage | F.IsComponentsV2,
  reply: F.SuppressEmbeds | F.Ephemeral | F.SuppressNotifications | F.IsComponentsV2,
  edit: F.SuppressEmbeds | F.IsComponentsV2,
};

function flagNames(bits: number): string {
  const names = Object.entries(MessageFlag)
    .filter(([, bit]) => (bits & bit) !== 0)
    .map(([name]) => name);
  const known = Object.values(MessageFlag).reduce((a, b) => a | b, 0);
  if (bits & ~known) names.push(`bits ${bits & ~known}`);
  return names.join(", ");
}

/** Adds MESSAGE_FLAGS_NOT_ALLOWED (the fake's name for it) when `flags` has bits this kind can't set. */
export function checkFlags(errs: FormErrors, path: Path, flags: unknown, kind: MessageKind): void {
  if (typeof flags !== "number") return;
  const extra = flags & ~ALLOWED[kind];
  if (extra === 0) return;
  const allowed = flagNames(ALLOWED[kind]);
  errs.add(
    path,
    "MESSAGE_FLAGS_NOT_ALLOWED",
    `Only ${allowed} can be set on a ${kind === "create" ? "new" : kind} message (got ${flagNames(extra)}).`,
  );
}
