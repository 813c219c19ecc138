/** Zod issues from the spec's schemas, rewritten as Discord's 50035 error tree entries. */

import type { $ZodIssue } from "zod/v4/core";
import { charLength, type FormErrors, REQUIRED } from "./validate.ts";

type Path = (string | number)[];

const TYPE_ERRORS: Record<string, readonly [string, string]> = {
  string: ["BASE_TYPE_STRING", "Could not interpret value as string."],
  number: ["NUMBER_TYPE_COERCE", "Value is not a number."],
  int: ["NUMBER_TYPE_COERCE", "Value is not int."],
  boolean: ["BASE_TYPE_BOOLEAN", "Must be either true or false."],
  object: ["MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"],
  record: ["DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType"],
  array: ["LIST_TYPE_CONVERT", "Only iterables may be used in a ListType"],
};

const NUMERIC = new Set(["number", "int"]);
const INTEGER = /^-?\d+$/;

function keyOf(key: PropertyKey): string | number {
  return typeof key === "number" ? key : String(key);
}

/** A union branch that failed on its discriminant (`type`), or on being the wrong kind of value. */
function missedDiscriminant(branch: readonly $ZodIssue[]): boolean {
  return branch.some(
    (i) =>
      (i.code === "invalid_value" && i.path.length === 1 && i.path[0] === "type") ||
      (i.code === "invalid_type" && i.path.length === 0),
  );
}

/** The branch a union value was meant to be: one whose `type` matched, with the fewest issues. */
function intendedBranch(errors: readonly (readonly $ZodIssue[])[]): readonly $ZodIssue[] | null {
  const candidates = errors.filter((b) => !missedDiscriminant(b));
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.length < a.length ? b : a));
}

/** The `type` values a union accepts, gathered from its branches. */
function unionTypes(errors: readonly (readonly $ZodIssue[])[]): string {
  const values = new Set<string>();
  for (const branch of errors) {
    for (const i of branch) {
      if (i.code === "invalid_value" && i.path[0] === "type") {
        for (const v of i.values) values.add(String(v));
      }
    }
  }
  return [...values].sort((a, b) => Number(a) - Number(b)).join(", ");
}

function addUnion(errs: FormErrors, path: Path, errors: readonly (readonly $ZodIssue[])[]) {
  const branch = intendedBranch(errors);
  if (branch) {
    addSpecIssues(errs, branch, path);
    return;
  }
  const types = unionTypes(errors);
  if (types) {
    errs.add([...path, "type"], "BASE_TYPE_CHOICES", `Value must be one of {${types}}.`);
  } else {
    errs.add(path, "UNION_TYPE_CHOICES", "Value matches none of the allowed types.");
  }
}

function addIssue(errs: FormErrors, issue: $ZodIssue, prefix: Path): void {
  const path = [...prefix, ...issue.path.map(keyOf)];
  switch (issue.code) {
    case "invalid_union":
      addUnion(errs, path, issue.errors);
      return;
    case "invalid_type": {
      // Discord coerces integer strings (discord.js sends permissions as "8"); the spec says integer.
      if (
        NUMERIC.has(issue.expected) &&
        typeof issue.input === "string" &&
        INTEGER.test(issue.input)
      ) {
        return;
      }
      if (issue.input === undefined) {
        errs.add(path, ...REQUIRED);
        return;
      }
      const [code, message] = TYPE_ERRORS[issue.expected] ?? ["BASE_TYPE_INVALID", issue.message];
      errs.add(path, code, message);
      return;
    }
    case "too_big":
      if (issue.origin === "string" || issue.origin === "array") {
        // Discord counts characters; zod counts UTF-16 units, which overcounts emoji.
        if (typeof issue.input === "string" && charLength(issue.input) <= Number(issue.maximum)) {
          return;
        }
        errs.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${issue.maximum} or fewer in length.`);
      } else {
        errs.add(
          path,
          "NUMBER_TYPE_MAX",
          `Value should be less than or equal to ${issue.maximum}.`,
        );
      }
      return;
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") {
        errs.add(path, "BASE_TYPE_MIN_LENGTH", `Must be ${issue.minimum} or more in length.`);
      } else {
        errs.add(
          path,
          "NUMBER_TYPE_MIN",
          `Value should be greater than or equal to ${issue.minimum}.`,
        );
      }
      return;
    case "invalid_value":
      errs.add(path, "BASE_TYPE_CHOICES", `Value must be one of {${issue.values.join(", ")}}.`);
      return;
    case "invalid_format":
      if (issue.format === "url") errs.add(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.");
      else
        errs.add(
          path,
          "STRING_TYPE_REGEX",
          `String value did not match the ${issue.format} format.`,
        );
      return;
    default:
      errs.add(path, "BASE_TYPE_INVALID", issue.message);
  }
}

/** Adds each issue (from a parse with `reportInput: true`) under `prefix`. */
export function addSpecIssues(errs: FormErrors, issues: readonly $ZodIssue[], prefix: Path = []) {
  for (const issue of issues) addIssue(errs, issue, prefix);
}
