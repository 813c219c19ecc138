/**
 * Chat-input command names, descriptions and options (recursively, for subcommands): the
 * documented rules the spec leaves out. The spec checks lengths, counts (≤ 25 options and
 * choices), option types and how deep subcommands nest.
 */

import { checkString, type FormErrors, REQUIRED } from "./validate.ts";

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const NAME_RE = /^[-_\p{L}\p{N}]{1,32}$/u;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const INVALID_NAME = ["APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"] as const;
const REQUIRED_ORDER = [
  "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
  "Required options must be placed before non-required options",
] as const;

/** Lowercase, 1–32 of `-_`, letters and digits. */
export function checkChatInputName(errs: FormErrors, path: Path, name: unknown): void {
  if (typeof name !== "string") {
    errs.add(path, ...REQUIRED);
  } else if (!NAME_RE.test(name) || name !== name.toLowerCase()) {
    errs.add(path, ...INVALID_NAME);
  }
}

/** Required and 1–100 characters (the spec lets a command's description be absent or empty). */
export function checkDescription(errs: FormErrors, path: Path, description: unknown): void {
  if (typeof description !== "string") errs.add(path, ...REQUIRED);
  else checkString(errs, path, description, 1, 100);
}

/** The spec types these as any number; Discord wants integers. */
function checkInt(errs: FormErrors, path: Path, value: unknown) {
  if (typeof value === "number" && !Number.isInteger(value)) {
    errs.add(path, "NUMBER_TYPE_COERCE", `Value "${String(value)}" is not int.`);
  }
}

/** Unique names, required ones first; recurses into subcommands. */
export function checkOptions(errs: FormErrors, path: Path, options: unknown): void {
  const list = (Array.isArray(options) ? options : []) as Obj[];
  let sawOptional = false;
  const names = new Set<unknown>();
  list.forEach((option, i) => {
    const o = (option ?? {}) as Obj;
    checkOption(errs, [...path, i], o);
    if (names.has(o.name)) {
      const message = "Option name already exists";
      errs.add([...path, i, "name"], "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", message);
    }
    names.add(o.name);
    if (o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP) return;
    if (o.required === true && sawOptional) errs.add(path, ...REQUIRED_ORDER);
    if (o.required !== true) sawOptional = true;
  });
}

function checkOption(errs: FormErrors, path: Path, o: Obj): void {
  checkChatInputName(errs, [...path, "name"], o.name);
  const choices = (Array.isArray(o.choices) ? o.choices : []) as Obj[];
  choices.forEach((choice, i) => {
    // Documented as ≤ 100 characters; the spec allows 6000.
    if (typeof choice?.value === "string") {
      checkString(errs, [...path, "choices", i, "value"], choice.value, 0, 100);
    }
  });
  if (o.autocomplete === true && choices.length > 0) {
    const message = "Autocomplete cannot be set with choices";
    errs.add([...path, "autocomplete"], "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE", message);
  }
  checkInt(errs, [...path, "min_length"], o.min_length);
  checkInt(errs, [...path, "max_length"], o.max_length);
  if (o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP) {
    checkOptions(errs, [...path, "options"], o.options);
  }
}
