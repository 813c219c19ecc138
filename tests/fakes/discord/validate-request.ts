/**
 * Every REST body the fake receives is checked here before its route runs: first against the
 * operation's request schema in Discord's spec, then against the documented rules the spec
 * leaves out. A broken rule throws Discord's 50035 (or 50006 for an empty message).
 */

import type { DiscordSpec, SpecOperation } from "./spec.ts";
import { checkSpecBody } from "./spec-bodies.ts";
import { RestError } from "./types.ts";
import { checkMessageForm, emptyMessageError, FormErrors, isEmptyCreate } from "./validate.ts";
import { checkAutocompleteResult, checkModal } from "./validate-callbacks.ts";
import { checkCommand, checkCommandList } from "./validate-commands.ts";
import { checkFlags } from "./validate-flags.ts";

type Obj = Record<string, unknown>;
/** Adds errors for a body; returns true when the body creates a message that must not be empty. */
type Rule = (errs: FormErrors, body: Obj, raw: unknown) => boolean;

const obj = (v: unknown): Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {};

const create: Rule = (errs, body) => {
  checkMessageForm(errs, [], body, "create");
  return true;
};
const followUp: Rule = (errs, body) => {
  checkMessageForm(errs, [], body, "reply");
  return true;
};
const edit: Rule = (errs, body) => {
  checkMessageForm(errs, [], body, "edit");
  return false;
};

const callback: Rule = (errs, body) => {
  const data = obj(body.data);
  switch (body.type) {
    case 4:
      checkMessageForm(errs, ["data"], data, "reply");
      return true;
    case 5:
      checkFlags(errs, ["data", "flags"], data.flags, "reply");
      return false;
    case 7:
      checkMessageForm(errs, ["data"], data, "edit");
      return false;
    case 8:
      checkAutocompleteResult(errs, data);
      return false;
    case 9:
      checkModal(errs, data);
      return false;
    default:
      return false;
  }
};

const commandList: Rule = (errs, _body, raw) => {
  checkCommandList(errs, raw);
  return false;
};
const command: Rule = (errs, body) => {
  checkCommand(errs, [], body);
  return false;
};

const RULES: Record<string, Rule> = {
  "POST /channels/{channel_id}/messages": create,
  "PATCH /channels/{channel_id}/messages/{message_id}": edit,
  "POST /webhooks/{webhook_id}/{webhook_token}": followUp,
  "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original": edit,
  "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}": edit,
  "POST /interactions/{interaction_id}/{interaction_token}/callback": callback,
  "PUT /applications/{application_id}/commands": commandList,
  "PUT /applications/{application_id}/guilds/{guild_id}/commands": commandList,
  "POST /applications/{application_id}/commands": command,
  "POST /applications/{application_id}/guilds/{guild_id}/commands": command,
};

/** The part of a create body that holds the message (a callback's `data`). */
function messageOf(op: SpecOperation, body: Obj): Obj {
  return op.template.startsWith("/interactions/") ? obj(body.data) : body;
}

/** Throws when `body` (JSON, or multipart's `payload_json`) breaks the spec or a documented rule. */
export function validateRequest(
  spec: DiscordSpec,
  op: SpecOperation,
  body: unknown,
  fileCount: number,
): void {
  if (typeof body === "object" && body !== null && "__unparseable" in body) {
    throw new RestError(400, 50109, "The request body contains invalid JSON.", undefined, true);
  }
  const errs = new FormErrors();
  checkSpecBody(errs, spec, op.key, body);
  errs.throwIfAny();
  const rule = RULES[op.key];
  if (!rule) return;
  const mustShow = rule(errs, obj(body), body);
  errs.throwIfAny();
  if (mustShow && isEmptyCreate(messageOf(op, obj(body)), fileCount)) throw emptyMessageError();
}
