/**
 * Application command rules (POST one, PUT bulk) from Discord's documentation that the spec
 * leaves out: name format, required descriptions, unique names, per-type caps.
 */

import type { FormErrors } from "./validate.ts";
import { checkChatInputName, checkDescription, checkOptions } from "./validate-options.ts";

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const CHAT_INPUT = 1;
/** Per-type caps: 100 chat-input, 5 user and 5 message commands (the spec caps the list at 130). */
const MAX_PER_TYPE: Record<number, number> = { 1: 100, 2: 5, 3: 5 };

/** Adds errors for one command at `path` (empty for POST, [index] for PUT). */
export function checkCommand(errs: FormErrors, path: Path, command: unknown): void {
  const c = (command ?? {}) as Obj;
  const type = c.type ?? CHAT_INPUT;
  if (type === CHAT_INPUT) {
    checkChatInputName(errs, [...path, "name"], c.name);
    checkDescription(errs, [...path, "description"], c.description);
    checkOptions(errs, [...path, "options"], c.options);
  } else if ((type === 2 || type === 3) && typeof c.description === "string" && c.description) {
    const message = "Context menu commands cannot have description";
    errs.add([...path, "description"], "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", message);
  }
}

/** Adds errors for a bulk-overwrite body (PUT). */
export function checkCommandList(errs: FormErrors, list: unknown): void {
  if (!Array.isArray(list)) return;
  const counts = new Map<unknown, number>();
  const seen = new Set<string>();
  list.forEach((command, i) => {
    checkCommand(errs, [i], command);
    const type = ((command ?? {}) as Obj).type ?? CHAT_INPUT;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    const key = `${String(type)}:${String(((command ?? {}) as Obj).name)}`;
    if (seen.has(key)) {
      const message = "Application command names must be unique";
      errs.add([i, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", message);
    }
    seen.add(key);
  });
  for (const [type, count] of counts) {
    const max = MAX_PER_TYPE[type as number];
    if (max !== undefined && count > max) {
      errs.add([], "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
    }
  }
}
