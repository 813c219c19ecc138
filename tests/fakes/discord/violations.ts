/** Turning a rejected request into a recorded Violation with one readable line per broken rule. */

import type { RestError, Violation } from "./types.ts";

type ErrorNode = { [key: string]: unknown; _errors?: { code: string; message: string }[] };

/** `field.path: CODE (message)` for each leaf of a 50035 `errors` tree. */
export function ruleLines(tree: unknown, path: string[] = []): string[] {
  if (typeof tree !== "object" || tree === null) return [];
  const node = tree as ErrorNode;
  const field = path.length > 0 ? path.join(".") : "(body)";
  const here = (node._errors ?? []).map((e) => `${field}: ${e.code} (${e.message})`);
  const below = Object.entries(node)
    .filter(([key]) => key !== "_errors")
    .flatMap(([key, child]) => ruleLines(child, [...path, key]));
  return [...here, ...below];
}

/** The violation a rule-breaking RestError stands for. */
export function restViolation(where: string, error: RestError, body: unknown): Violation {
  const rules = error.errors ? ruleLines(error.errors) : [];
  return {
    where,
    rules: rules.length > 0 ? rules : [`(body): ${error.code} (${error.message})`],
    status: error.status,
    body,
  };
}

/** One line per violation, for a failing test's message. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => `${v.where} -> ${v.status}\n    ${v.rules.join("\n    ")}`)
    .join("\n  ");
}
