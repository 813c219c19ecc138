/** Each operation's request-body schema in Discord's spec, and checking a body against it. */

import { type ZodMiniType, z } from "zod/mini";
import type { DiscordSpec, SpecSchemas } from "./spec.ts";
import { addSpecIssues } from "./spec-errors.ts";
import type { FormErrors } from "./validate.ts";

type Build = (s: SpecSchemas) => ZodMiniType;

function need(s: SpecSchemas, name: string): ZodMiniType {
  const schema = s[name];
  if (!schema) throw new Error(`discord-api-spec has no ${name}; update spec-bodies.ts`);
  return schema;
}

const one =
  (name: string): Build =>
  (s) =>
    need(s, name);

/** The spec's `anyOf` bodies. */
const anyOf =
  (...names: string[]): Build =>
  (s) =>
    z.union(names.map((n) => need(s, n)));

// The spec declares this body inline on the operation: a nullable array of at most 130 commands.
const commandList: Build = (s) =>
  z.nullable(z.array(need(s, "ApplicationCommandUpdateRequestSchema")).check(z.maxLength(130)));

const messageEdit = one("IncomingWebhookUpdateRequestPartialSchema");
const commandCreate = one("ApplicationCommandCreateRequestSchema");

/** Request bodies by operation key, as the spec's `requestBody` names them. */
const BODIES: Record<string, Build> = {
  "POST /channels/{channel_id}/messages": one("MessageCreateRequestSchema"),
  "PATCH /channels/{channel_id}/messages/{message_id}": one("MessageEditRequestPartialSchema"),
  "POST /webhooks/{webhook_id}/{webhook_token}": anyOf(
    "IncomingWebhookRequestPartialSchema",
    "IncomingWebhookUpdateRequestPartialSchema",
  ),
  "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original": messageEdit,
  "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}": messageEdit,
  "POST /interactions/{interaction_id}/{interaction_token}/callback": anyOf(
    "ApplicationCommandAutocompleteCallbackRequestSchema",
    "CreateMessageInteractionCallbackRequestSchema",
    "LaunchActivityInteractionCallbackRequestSchema",
    "ModalInteractionCallbackRequestSchema",
    "PongInteractionCallbackRequestSchema",
    "SocialLayerSKUPurchaseEligibilityInteractionCallbackRequestSchema",
    "UpdateMessageInteractionCallbackRequestSchema",
  ),
  "PUT /applications/{application_id}/commands": commandList,
  "PUT /applications/{application_id}/guilds/{guild_id}/commands": commandList,
  "POST /applications/{application_id}/commands": commandCreate,
  "POST /applications/{application_id}/guilds/{guild_id}/commands": commandCreate,
  "POST /users/@me/channels": one("CreatePrivateChannelRequestSchema"),
};

/** The operations whose bodies the fake checks against the spec. */
export const SPEC_BODY_OPERATIONS: readonly string[] = Object.keys(BODIES);

const built = new WeakMap<SpecSchemas, Map<string, ZodMiniType>>();

/** The body schema for an operation key, or undefined when the fake checks none. */
export function bodySchema(spec: DiscordSpec, key: string): ZodMiniType | undefined {
  const build = BODIES[key];
  if (!build) return undefined;
  let cache = built.get(spec.schemas);
  if (!cache) {
    cache = new Map();
    built.set(spec.schemas, cache);
  }
  let schema = cache.get(key);
  if (!schema) {
    schema = build(spec.schemas);
    cache.set(key, schema);
  }
  return schema;
}

/** Adds the spec's complaints about `body` (skipped when the request has no body). */
export function checkSpecBody(errs: FormErrors, spec: DiscordSpec, key: string, body: unknown) {
  const schema = bodySchema(spec, key);
  if (!schema || body === null) return;
  const result = z.safeParse(schema, body, { reportInput: true });
  if (!result.success) addSpecIssues(errs, result.error.issues);
}
