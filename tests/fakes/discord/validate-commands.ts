/** Application command validation (POST one, PUT bulk) with Discord's limits and 50035 shapes. */

import { checkString, FormErrors, REQUIRED } from "./validate.ts";
import { checkChatInputName, checkDescription, checkOptions } from "./validate-options.ts";

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const CHAT_INPUT = 1;
/** Per-type caps: 100 chat-input, 5 user and 5 message commands. */
const MAX_PER_TYPE: Record<number, number> = { 1: 100, 2: 5, 3: 5 };

/** Adds errors for one command at `path` (empty for POST, [index] for PUT). */
export function checkCommand(errs: FormErrors, path: Path, command: unknown): void {
  if (typeof command !== "object" || command === null || Array.isArray(command)) {
    errs.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return;
  }
  const c = command as Obj;
  const type = c.type ?? CHAT_INPUT;
  if (type === CHAT_INPUT) {
    checkChatInputName(errs, [...path, "name"], c.name);
    checkDescription(errs, [...path, "description"], c.description);
    checkOptions(errs, [...path, "options"], c.options);
  } else if (type === 2 || type === 3) {
    if (typeof c.name !== "string") errs.add([...path, "name"], ...REQUIRED);
    else checkString(errs, [...path, "name"], c.name, 1, 32);
    if (typeof c.description === "string" && c.description !== "") {
      const message = "Context menu commands cannot have description";
      errs.add([...path, "description"], "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", message);
    }
  } else if (type !== 4) {
    errs.add([...path, "type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
  }
}

/** Validates a single command body (POST); throws RestError 50035. */
export function validateCommand(command: unknown): void {
  const errs = new FormErrors();
  checkCommand(errs, [], command);
  errs.throwIfAny();
}

/** Validates a bulk-overwrite body (PUT); throws RestError 50035. */
export function validateCommandList(list: unknown): void {
  const errs = new FormErrors();
  if (!Array.isArray(list)) {
    errs.add([], "BASE_TYPE_ARRAY", "Could not interpret value as array.");
    errs.throwIfAny();
    return;
  }
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
  errs.throwIfAny();
}
