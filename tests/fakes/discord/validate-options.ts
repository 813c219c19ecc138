/** Chat-input command names, descriptions and options (recursively, for subcommands). */

import { checkArrayMax, checkString, type FormErrors, REQUIRED } from "./validate.ts";

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
  } else if (
    checkString(errs, path, name, 1, 32) === 0 ||
    !NAME_RE.test(name) ||
    name !== name.toLowerCase()
  ) {
    errs.add(path, ...INVALID_NAME);
  }
}

/** Required, 1–100 characters. */
export function checkDescription(errs: FormErrors, path: Path, description: unknown): void {
  if (typeof description !== "string") errs.add(path, ...REQUIRED);
  else checkString(errs, path, description, 1, 100);
}

function checkInt(errs: FormErrors, path: Path, value: unknown, min: number, max: number) {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    errs.add(path, "NUMBER_TYPE_COERCE", `Value "${String(value)}" is not int.`);
  } else if (value < min) {
    errs.add(path, "NUMBER_TYPE_MIN", `int value should be greater than or equal to ${min}.`);
  } else if (value > max) {
    errs.add(path, "NUMBER_TYPE_MAX", `int value should be less than or equal to ${max}.`);
  }
}

/** ≤ 25 options, unique names, required ones first; recurses into subcommands. */
export function checkOptions(errs: FormErrors, path: Path, options: unknown, depth = 0): void {
  const list = checkArrayMax(errs, path, options, 25) as Obj[];
  let sawOptional = false;
  const names = new Set<unknown>();
  list.forEach((option, i) => {
    const o = (option ?? {}) as Obj;
    checkOption(errs, [...path, i], o, depth);
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

function checkOption(errs: FormErrors, path: Path, o: Obj, depth: number): void {
  if (typeof o.type !== "number" || o.type < 1 || o.type > 11) {
    const message = "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.";
    errs.add([...path, "type"], "BASE_TYPE_CHOICES", message);
  }
  checkChatInputName(errs, [...path, "name"], o.name);
  checkDescription(errs, [...path, "description"], o.description);
  const choices = checkArrayMax(errs, [...path, "choices"], o.choices, 25) as Obj[];
  choices.forEach((choice, i) => {
    checkString(errs, [...path, "choices", i, "name"], choice?.name, 1, 100);
    if (typeof choice?.value === "string") {
      checkString(errs, [...path, "choices", i, "value"], choice.value, 0, 100);
    }
  });
  if (o.autocomplete === true && choices.length > 0) {
    const message = "Autocomplete cannot be set with choices";
    errs.add([...path, "autocomplete"], "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE", message);
  }
  checkInt(errs, [...path, "min_length"], o.min_length, 0, 6000);
  checkInt(errs, [...path, "max_length"], o.max_length, 1, 6000);
  if (o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP) {
    if (depth >= 2 || (depth === 1 && o.type === SUB_COMMAND_GROUP)) {
      const message = "Subcommands cannot be nested this deep";
      errs.add([...path, "type"], "APPLICATION_COMMAND_OPTION_TYPE_INVALID", message);
    }
    checkOptions(errs, [...path, "options"], o.options, depth + 1);
  }
}
