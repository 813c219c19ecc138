/** Interaction callback checks: allowed callback types, autocomplete choices, modals. */

import { checkArrayMax, checkString, FormErrors, REQUIRED } from "./validate.ts";

type Obj = Record<string, unknown>;

/** Callback types each interaction type accepts (1 ping, 2 command, 3 component, 4 autocomplete, 5 modal). */
const ALLOWED: Record<number, number[]> = {
  1: [1],
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

export function validateCallbackType(interactionType: number, callbackType: unknown): void {
  const errs = new FormErrors();
  if (typeof callbackType !== "number" || !ALLOWED[interactionType]?.includes(callbackType)) {
    const message = "Invalid interaction callback type for this interaction";
    errs.add(["type"], "INTERACTION_CALLBACK_TYPE_INVALID", message);
  }
  errs.throwIfAny();
}

/** Type 8: at most 25 choices, names 1–100 characters. */
export function validateAutocompleteResult(data: Obj): void {
  const errs = new FormErrors();
  const choices = checkArrayMax(errs, ["data", "choices"], data.choices, 25) as Obj[];
  choices.forEach((choice, i) => {
    const at = ["data", "choices", i];
    if (typeof choice?.name !== "string") {
      errs.add([...at, "name"], ...REQUIRED);
    } else {
      checkString(errs, [...at, "name"], choice.name, 1, 100);
    }
    if (typeof choice?.value === "string") {
      checkString(errs, [...at, "value"], choice.value, 0, 100);
    }
  });
  errs.throwIfAny();
}

/** Type 9: custom_id (1–100), title (1–45) and 1–5 components. */
export function validateModal(data: Obj): void {
  const errs = new FormErrors();
  const limits: ReadonlyArray<readonly [string, number]> = [
    ["custom_id", 100],
    ["title", 45],
  ];
  for (const [field, max] of limits) {
    if (typeof data[field] !== "string") {
      errs.add(["data", field], ...REQUIRED);
    } else {
      checkString(errs, ["data", field], data[field], 1, max);
    }
  }
  const rows = Array.isArray(data.components) ? data.components.length : 0;
  if (rows < 1 || rows > 5) {
    errs.add(["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
  }
  errs.throwIfAny();
}
