/**
 * Message component rules from Discord's documentation that its OpenAPI schema leaves out: row
 * layout, button kinds, unique custom ids, and what Components V2 changes. The spec already checks
 * lengths and counts per component (custom_id ≤ 100, label ≤ 80, ≤ 5 per row, …).
 */

import { MessageFlag } from "./messages.ts";
import type { FormErrors } from "./validate.ts";

type Path = ReadonlyArray<string | number>;
type Obj = Record<string, unknown>;

const ACTION_ROW = 1;
const BUTTON = 2;
const SELECTS = new Set([3, 5, 6, 7, 8]);
const LINK = 5;
const PREMIUM = 6;
/** Components V2 allows 40 components in a message, nested ones included. */
const MAX_V2_TOTAL = 40;
const MAX_LEGACY_ROWS = 5;

const asObj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Each component under `components` (recursively), with its path. */
function* walk(components: unknown, path: Path): Generator<[Obj, Path]> {
  for (const [i, raw] of list(components).entries()) {
    const c = asObj(raw);
    const at = [...path, i];
    yield [c, at];
    yield* walk(c.components, [...at, "components"]);
    if (c.accessory !== undefined) {
      const accessory = asObj(c.accessory);
      yield [accessory, [...at, "accessory"]];
    }
  }
}

function checkButton(errs: FormErrors, path: Path, b: Obj): void {
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  const style = b.style;
  if (style === LINK) {
    if (!has("url"))
      errs.add([...path, "url"], "BUTTON_COMPONENT_URL_REQUIRED", "A link button needs a url.");
    if (has("custom_id")) {
      errs.add(
        [...path, "custom_id"],
        "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
        "A link button cannot have a custom_id.",
      );
    }
  } else if (style === PREMIUM) {
    if (!has("sku_id"))
      errs.add(
        [...path, "sku_id"],
        "BUTTON_COMPONENT_SKU_ID_REQUIRED",
        "A premium button needs a sku_id.",
      );
    for (const key of ["custom_id", "url", "label", "emoji"]) {
      if (has(key)) {
        errs.add(
          [...path, key],
          "BUTTON_COMPONENT_FIELD_NOT_ALLOWED",
          `A premium button cannot have ${key}.`,
        );
      }
    }
  } else {
    if (!has("custom_id")) {
      errs.add(
        [...path, "custom_id"],
        "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED",
        "A non-link button needs a custom_id.",
      );
    }
    if (has("url"))
      errs.add(
        [...path, "url"],
        "BUTTON_COMPONENT_URL_NOT_ALLOWED",
        "Only a link button can have a url.",
      );
  }
  if (style !== PREMIUM && !has("label") && !has("emoji")) {
    errs.add(
      [...path, "label"],
      "BUTTON_COMPONENT_LABEL_REQUIRED",
      "A button needs a label or an emoji.",
    );
  }
}

function checkRow(errs: FormErrors, path: Path, row: Obj): void {
  const children = list(row.components).map(asObj);
  if (children.length > 1 && children.some((c) => SELECTS.has(c.type as number))) {
    const message = "A select menu takes a whole action row.";
    errs.add([...path, "components"], "COMPONENT_LAYOUT_WIDTH_EXCEEDED", message);
  }
}

/** Adds component errors for a message body at `path` (its `components` field and flags). */
export function checkComponents(errs: FormErrors, path: Path, body: Obj): void {
  const v2 = typeof body.flags === "number" && (body.flags & MessageFlag.IsComponentsV2) !== 0;
  const at: Path = [...path, "components"];
  const top = list(body.components).map(asObj);
  if (v2) {
    for (const legacy of ["content", "embeds", "poll", "sticker_ids"]) {
      if (body[legacy] !== undefined && body[legacy] !== null) {
        const message = `${legacy} cannot be used with the IS_COMPONENTS_V2 flag.`;
        errs.add([...path, legacy], "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", message);
      }
    }
  } else {
    if (top.length > MAX_LEGACY_ROWS) {
      errs.add(at, "BASE_TYPE_MAX_LENGTH", `Must be ${MAX_LEGACY_ROWS} or fewer in length.`);
    }
    top.forEach((c, i) => {
      if (c.type !== ACTION_ROW) {
        const message = "Only action rows can be top-level components without IS_COMPONENTS_V2.";
        errs.add([...at, i, "type"], "COMPONENT_TYPE_REQUIRES_COMPONENTS_V2", message);
      }
    });
  }
  const ids = new Set<string>();
  let total = 0;
  for (const [c, p] of walk(body.components, at)) {
    total++;
    if (c.type === BUTTON) checkButton(errs, p, c);
    if (c.type === ACTION_ROW) checkRow(errs, p, c);
    if (typeof c.custom_id === "string") {
      if (ids.has(c.custom_id)) {
        const message = "Component custom id cannot be duplicated";
        errs.add([...p, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", message);
      }
      ids.add(c.custom_id);
    }
  }
  if (v2 && total > MAX_V2_TOTAL) {
    const message = `A message can hold at most ${MAX_V2_TOTAL} components, nested ones included.`;
    errs.add(at, "COMPONENT_MAX_TOTAL_EXCEEDED", message);
  }
}
