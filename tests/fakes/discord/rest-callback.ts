/** REST: POST /interactions/:id/:token/callback — the initial response to an interaction. */

import { FAKE_IDS } from "./ids.ts";
import { applyEdit, contentFields, MessageFlag, newMessage } from "./messages.ts";
import { botUser } from "./payloads.ts";
import type { RestDeps } from "./rest-routes.ts";
import { bodyObject, type RouteContext, type RouteDef } from "./router.ts";
import type { FakeState, InteractionRecord } from "./state.ts";
import { RestError, type RouteResult } from "./types.ts";
import { validateCallbackType } from "./validate-callbacks.ts";

type Obj = Record<string, unknown>;

/**
 * Applies a callback's effect (its body was already checked against the spec and Discord's
 * rules); 4 and 5 create the @original, 6 and 7 target the component's message.
 */
function applyCallback(
  state: FakeState,
  rec: InteractionRecord,
  type: number,
  data: Obj,
  ctx: RouteContext,
) {
  if (type === 4 || type === 5) {
    const ephemeral = ((data.flags as number | undefined) ?? 0) & MessageFlag.Ephemeral;
    const message = newMessage({
      channelId: rec.channelId,
      author: botUser(),
      guildId: rec.guildId,
      webhookId: FAKE_IDS.applicationId,
      type: rec.type === 2 ? 20 : 0,
      ...(type === 4 ? contentFields(data, ctx.files) : { flags: MessageFlag.Loading | ephemeral }),
    });
    rec.originalId = state.addMessage(message).id;
  } else if (type === 6 || type === 7) {
    if (rec.componentMessageId === undefined) return;
    rec.originalId = rec.componentMessageId;
    const target = state.anyMessage(rec.componentMessageId);
    if (type === 7 && target) applyEdit(target, data, ctx.files);
  }
}

/** The `?with_response=true` body (RESTPostAPIInteractionCallbackWithResponseResult). */
function withResponse(state: FakeState, rec: InteractionRecord, type: number): RouteResult {
  const message = rec.originalId ? state.anyMessage(rec.originalId) : undefined;
  const flags = message?.flags ?? 0;
  const interaction = {
    id: rec.id,
    type: rec.type,
    ...(message && {
      response_message_id: message.id,
      response_message_loading: (flags & MessageFlag.Loading) !== 0,
      response_message_ephemeral: (flags & MessageFlag.Ephemeral) !== 0,
    }),
  };
  return { status: 200, body: { interaction, resource: { type, ...(message && { message }) } } };
}

export function callbackRoutes(deps: RestDeps): RouteDef[] {
  const { state } = deps;
  const callback = (ctx: RouteContext): RouteResult => {
    const rec = state.interactions.get(ctx.params.id ?? "");
    if (!rec || rec.token !== ctx.params.token) {
      throw new RestError(404, 10062, "Unknown interaction");
    }
    if (rec.ackAt !== undefined) {
      // Answering twice is the bot's bug, so it counts as a violation.
      throw new RestError(
        400,
        40060,
        "Interaction has already been acknowledged.",
        undefined,
        true,
      );
    }
    const limit = deps.interactionTimeoutMs;
    if (limit !== null && performance.now() - rec.deliveredAt > limit) {
      throw new RestError(404, 10062, "Unknown interaction");
    }
    const body = bodyObject(ctx.body);
    validateCallbackType(rec.type, body.type);
    const type = body.type as number;
    applyCallback(state, rec, type, bodyObject(body.data), ctx);
    rec.ackAt = performance.now();
    return ctx.query.with_response === "true" ? withResponse(state, rec, type) : { status: 204 };
  };
  return [
    {
      method: "POST",
      pattern: "/interactions/:id/:token/callback",
      noAuth: true,
      handler: callback,
    },
  ];
}
