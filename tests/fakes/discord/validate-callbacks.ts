/** Interaction callback checks: allowed callback types, autocomplete choices, modals. */

import { checkString, FormErrors } from "./validate.ts";

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

/**
 * Type 8: a string choice's value is at most 100 characters, as documented (the spec allows
 * 6000). The spec checks the rest: ≤ 25 choices, names 1–100 characters.
 */
export function checkAutocompleteResult(errs: FormErrors, data: Obj): void {
  const choices = Array.isArray(data.choices) ? (data.choices as Obj[]) : [];
  choices.forEach((choice, i) => {
    if (typeof choice?.value === "string") {
      checkString(errs, ["data", "choices", i, "value"], choice.value, 0, 100);
    }
  });
}

/** Type 9: 1–5 components, as documented (the spec allows 40); the spec checks custom_id and title. */
export function checkModal(errs: FormErrors, data: Obj): void {
  const rows = Array.isArray(data.components) ? data.components.length : 0;
  if (rows < 1 || rows > 5) {
    errs.add(["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
  }
}
