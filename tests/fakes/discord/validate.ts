/** Discord-style body validation: the 50035 "Invalid Form Body" error tree, and message rules. */

import { RestError } from "./types.ts";
import { checkComponents } from "./validate-components.ts";
import { checkFlags, type MessageKind } from "./validate-flags.ts";

type Path = ReadonlyArray<string | number>;
type ErrorNode = { [key: string]: ErrorNode } & { _errors?: { code: string; message: string }[] };

export const REQUIRED = ["BASE_TYPE_REQUIRED", "This field is required"] as const;

/** Collects field errors into Discord's nested `{field: {_errors: [...]}}` shape. */
export class FormErrors {
  readonly root: ErrorNode = {} as ErrorNode;
  private count = 0;

  /** Adds an error at `path`; the same code twice at one field is kept once. */
  add(path: Path, code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      node[String(key)] ??= {} as ErrorNode;
      node = node[String(key)] as ErrorNode;
    }
    node._errors ??= [];
    if (node._errors.some((e) => e.code === code)) return;
    node._errors.push({ code, message });
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** Throws 50035 Invalid Form Body, marked as a violation of Discord's rules. */
  throwIfAny(): void {
    if (this.count > 0) throw new RestError(400, 50035, "Invalid Form Body", this.root, true);
  }
}

/** Length in characters (code points), which is what Discord limits. */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** Checks an optional string against [min, max]; returns its length (0 when absent). */
export function checkString(
  errs: FormErrors,
  path: Path,
  value: unknown,
  min: number,
  max: number,
) {
  if (value === undefined || value === null) return 0;
  if (typeof value !== "string") {
    errs.add(path, "BASE_TYPE_STRING", "Could not interpret value as string.");
    return 0;
  }
  const len = charLength(value);
  if (len < min || len > max) {
    const message =
      min > 0
        ? `Must be between ${min} and ${max} in length.`
        : `Must be ${max} or fewer in length.`;
    errs.add(path, min > 0 ? "BASE_TYPE_BAD_LENGTH" : "BASE_TYPE_MAX_LENGTH", message);
  }
  return len;
}

export function checkArrayMax(
  errs: FormErrors,
  path: Path,
  value: unknown,
  max: number,
): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errs.add(path, "BASE_TYPE_ARRAY", "Could not interpret value as array.");
    return [];
  }
  if (value.length > max) {
    errs.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
  }
  return value;
}

/** Text that counts toward an embed's 6000-character total (the spec checks each field's own limit). */
function embedText(embed: Record<string, unknown>): number {
  const str = (v: unknown) => (typeof v === "string" ? charLength(v) : 0);
  const sub = (key: string, field: string) =>
    str((embed[key] as Record<string, unknown> | undefined)?.[field]);
  let total =
    str(embed.title) + str(embed.description) + sub("footer", "text") + sub("author", "name");
  for (const field of Array.isArray(embed.fields) ? embed.fields : []) {
    const f = (field ?? {}) as Record<string, unknown>;
    total += str(f.name) + str(f.value);
  }
  return total;
}

/**
 * The documented message limits the spec leaves out or sets looser: content ≤ 2000 characters
 * (the spec allows 4000 on create), ≤ 6000 characters across embeds, the components rules and
 * the flags this kind of request may set.
 */
export function checkMessageForm(
  errs: FormErrors,
  path: Path,
  body: Record<string, unknown>,
  kind: MessageKind,
) {
  checkString(errs, [...path, "content"], body.content, 0, 2000);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  const total = embeds.reduce<number>(
    (sum, embed) => sum + embedText((embed ?? {}) as Record<string, unknown>),
    0,
  );
  if (total > 6000) {
    errs.add(
      [...path, "embeds"],
      "MAX_EMBED_SIZE_EXCEEDED",
      "Embed size exceeds maximum size of 6000",
    );
  }
  checkComponents(errs, path, body);
  checkFlags(errs, [...path, "flags"], body.flags, kind);
}

export function emptyMessageError(): RestError {
  return new RestError(400, 50006, "Cannot send an empty message", undefined, true);
}

/** True when a create body has nothing to show. */
export function isEmptyCreate(body: Record<string, unknown>, fileCount: number): boolean {
  const has = (v: unknown) => Array.isArray(v) && v.length > 0;
  return (
    !(typeof body.content === "string" && body.content.length > 0) &&
    !has(body.embeds) &&
    !has(body.components) &&
    !has(body.sticker_ids) &&
    !has(body.attachments) &&
    body.poll === undefined &&
    fileCount === 0
  );
}
