/** Discord-style body validation: the 50035 "Invalid Form Body" error tree, and message rules. */

import { RestError } from "./types.ts";

type Path = ReadonlyArray<string | number>;
type ErrorNode = { [key: string]: ErrorNode } & { _errors?: { code: string; message: string }[] };

export const REQUIRED = ["BASE_TYPE_REQUIRED", "This field is required"] as const;

/** Collects field errors into Discord's nested `{field: {_errors: [...]}}` shape. */
export class FormErrors {
  readonly root: ErrorNode = {} as ErrorNode;
  private count = 0;

  add(path: Path, code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      node[String(key)] ??= {} as ErrorNode;
      node = node[String(key)] as ErrorNode;
    }
    node._errors ??= [];
    node._errors.push({ code, message });
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  throwIfAny(): void {
    if (this.count > 0) throw new RestError(400, 50035, "Invalid Form Body", this.root);
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

const EMBED_LIMITS: ReadonlyArray<[string[], number]> = [
  [["title"], 256],
  [["description"], 4096],
  [["footer", "text"], 2048],
  [["author", "name"], 256],
];

/** Embed field checks; returns the embed's counted text length. */
function checkEmbed(errs: FormErrors, path: Path, embed: Record<string, unknown>): number {
  let total = 0;
  for (const [keys, max] of EMBED_LIMITS) {
    const [outer, inner] = keys as [string, string | undefined];
    const value = inner
      ? (embed[outer] as Record<string, unknown> | undefined)?.[inner]
      : embed[outer];
    total += checkString(errs, [...path, ...keys], value, 0, max);
  }
  const fields = checkArrayMax(errs, [...path, "fields"], embed.fields, 25);
  fields.forEach((field, i) => {
    const f = (field ?? {}) as Record<string, unknown>;
    const at = [...path, "fields", i];
    if (typeof f.name !== "string") errs.add([...at, "name"], ...REQUIRED);
    if (typeof f.value !== "string") errs.add([...at, "value"], ...REQUIRED);
    total += checkString(errs, [...at, "name"], f.name, 0, 256);
    total += checkString(errs, [...at, "value"], f.value, 0, 1024);
  });
  return total;
}

/** Form checks for a message create/edit body (content, embeds, components). */
export function checkMessageForm(errs: FormErrors, path: Path, body: Record<string, unknown>) {
  checkString(errs, [...path, "content"], body.content, 0, 2000);
  const embeds = checkArrayMax(errs, [...path, "embeds"], body.embeds, 10);
  let total = 0;
  embeds.forEach((embed, i) => {
    total += checkEmbed(errs, [...path, "embeds", i], (embed ?? {}) as Record<string, unknown>);
  });
  if (total > 6000) {
    errs.add(
      [...path, "embeds"],
      "MAX_EMBED_SIZE_EXCEEDED",
      "Embed size exceeds maximum size of 6000",
    );
  }
  const v2 = typeof body.flags === "number" && (body.flags & 32768) !== 0;
  checkArrayMax(errs, [...path, "components"], body.components, v2 ? 40 : 5);
}

/** Throws 50035 for form errors in a message body (nested under `prefix`, e.g. ["data"]). */
export function validateMessageForm(body: Record<string, unknown>, prefix: Path = []): void {
  const errs = new FormErrors();
  checkMessageForm(errs, prefix, body);
  errs.throwIfAny();
}

export function emptyMessageError(): RestError {
  return new RestError(400, 50006, "Cannot send an empty message");
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
