/** REST: the interaction webhook — follow-ups and GET/PATCH/DELETE of @original or a message id. */

import { FAKE_IDS } from "./ids.ts";
import {
  applyEdit,
  contentFields,
  isEmptyMessage,
  MessageFlag,
  newMessage,
  type StoredMessage,
} from "./messages.ts";
import { botUser } from "./payloads.ts";
import type { RestDeps } from "./rest-routes.ts";
import { bodyObject, type RouteContext, type RouteDef } from "./router.ts";
import type { InteractionRecord } from "./state.ts";
import { RestError, type RouteResult } from "./types.ts";
import { emptyMessageError } from "./validate.ts";

export function webhookRoutes(deps: RestDeps): RouteDef[] {
  const { state } = deps;

  const hook = (ctx: RouteContext): InteractionRecord => {
    const rec = state.interactionsByToken.get(ctx.params.token ?? "");
    if (!rec || ctx.params.app !== FAKE_IDS.applicationId) {
      throw new RestError(404, 10015, "Unknown Webhook");
    }
    return rec;
  };

  const hookMessage = (ctx: RouteContext): [InteractionRecord, StoredMessage] => {
    const rec = hook(ctx);
    const id = ctx.params.message ?? rec.originalId;
    if (id === undefined) throw new RestError(404, 10008, "Unknown Message");
    return [rec, state.message(rec.channelId, id)];
  };

  const get = (ctx: RouteContext): RouteResult => ({ status: 200, body: hookMessage(ctx)[1] });

  const edit = (ctx: RouteContext): RouteResult => {
    const [, message] = hookMessage(ctx);
    const body = bodyObject(ctx.body);
    if (isEmptyMessage(applyEdit(structuredClone(message), body, ctx.files))) {
      throw emptyMessageError();
    }
    return { status: 200, body: applyEdit(message, body, ctx.files) };
  };

  const remove = (ctx: RouteContext): RouteResult => {
    const [rec, message] = hookMessage(ctx);
    state.deleteMessage(rec.channelId, message.id);
    return { status: 204 };
  };

  const followUp = (ctx: RouteContext): RouteResult => {
    const rec = hook(ctx);
    if (rec.ackAt === undefined) throw new RestError(404, 10015, "Unknown Webhook");
    const body = bodyObject(ctx.body);
    const message = newMessage({
      channelId: rec.channelId,
      author: botUser(),
      guildId: rec.guildId,
      webhookId: FAKE_IDS.applicationId,
      ...contentFields(body, ctx.files),
      flags: ((body.flags as number | undefined) ?? 0) & MessageFlag.Ephemeral,
    });
    state.addMessage(message);
    return ctx.query.wait === "true" ? { status: 200, body: message } : { status: 204 };
  };

  const routes: RouteDef[] = [
    { method: "POST", pattern: "/webhooks/:app/:token", noAuth: true, handler: followUp },
  ];
  // The literal @original template must precede :message so it wins the match.
  for (const pattern of [
    "/webhooks/:app/:token/messages/@original",
    "/webhooks/:app/:token/messages/:message",
  ]) {
    routes.push(
      { method: "GET", pattern, noAuth: true, handler: get },
      { method: "PATCH", pattern, noAuth: true, handler: edit },
      { method: "DELETE", pattern, noAuth: true, handler: remove },
    );
  }
  return routes;
}
