/** REST: channels, channel messages (with reply chains), typing, and DM channel creation. */

import { FAKE_IDS } from "./ids.ts";
import {
  applyEdit,
  contentFields,
  isEmptyMessage,
  newMessage,
  type StoredMessage,
} from "./messages.ts";
import { botUser } from "./payloads.ts";
import type { RestDeps } from "./rest-routes.ts";
import { bodyObject, type RouteContext, type RouteDef } from "./router.ts";
import { RestError, type RouteResult } from "./types.ts";
import { emptyMessageError, FormErrors, REQUIRED } from "./validate.ts";

const ok = (body: unknown): RouteResult => ({ status: 200, body });

export function channelRoutes(deps: RestDeps): RouteDef[] {
  const { state } = deps;

  const referenced = (
    channelId: string,
    body: Record<string, unknown>,
  ): StoredMessage | undefined => {
    const ref = bodyObject(body.message_reference);
    if (typeof ref.message_id !== "string") return undefined;
    const inChannel = typeof ref.channel_id === "string" ? ref.channel_id : channelId;
    const found = state.findMessage(inChannel, ref.message_id);
    if (!found && ref.fail_if_not_exists !== false) {
      // Not a violation: the message may have been deleted after the bot saw it.
      const errors = {
        message_reference: {
          _errors: [{ code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", message: "Unknown message" }],
        },
      };
      throw new RestError(400, 50035, "Invalid Form Body", errors);
    }
    return found;
  };

  const create = (ctx: RouteContext): RouteResult => {
    const channelId = ctx.params.id ?? "";
    const channel = state.channel(channelId);
    const body = bodyObject(ctx.body);
    const guildId = "guild_id" in channel ? channel.guild_id : undefined;
    const msg = newMessage({
      channelId,
      author: botUser(),
      guildId,
      channelType: channel.type,
      ...contentFields(body, ctx.files),
      reference: referenced(channelId, body),
    });
    state.addMessage(msg);
    if (deps.echoBotMessages) deps.gateway.dispatch("MESSAGE_CREATE", msg);
    return ok(msg);
  };

  const edit = (ctx: RouteContext): RouteResult => {
    state.channel(ctx.params.id ?? "");
    const msg = state.message(ctx.params.id ?? "", ctx.params.message ?? "");
    if (msg.author.id !== FAKE_IDS.botUserId) {
      throw new RestError(403, 50005, "Cannot edit a message authored by another user");
    }
    const body = bodyObject(ctx.body);
    if (isEmptyMessage(applyEdit(structuredClone(msg), body, ctx.files))) throw emptyMessageError();
    applyEdit(msg, body, ctx.files);
    if (deps.echoBotMessages) deps.gateway.dispatch("MESSAGE_UPDATE", msg);
    return ok(msg);
  };

  const list = (ctx: RouteContext): RouteResult => {
    state.channel(ctx.params.id ?? "");
    const limit = Math.min(Math.max(Number(ctx.query.limit ?? 50) || 50, 1), 100);
    const all = state.messages.get(ctx.params.id ?? "") ?? [];
    return ok(all.slice(-limit).reverse());
  };

  const openDm = (ctx: RouteContext): RouteResult => {
    const recipient = bodyObject(ctx.body).recipient_id;
    if (typeof recipient !== "string") {
      const errs = new FormErrors();
      errs.add(["recipient_id"], ...REQUIRED);
      errs.throwIfAny();
    }
    return ok(state.dmWith(recipient as string));
  };

  const message = "/channels/:id/messages/:message";
  return [
    {
      method: "GET",
      pattern: "/channels/:id",
      handler: (ctx) => ok(state.channel(ctx.params.id ?? "")),
    },
    { method: "GET", pattern: "/channels/:id/messages", handler: list },
    { method: "POST", pattern: "/channels/:id/messages", handler: create },
    {
      method: "POST",
      pattern: "/channels/:id/typing",
      handler: (ctx) => {
        state.channel(ctx.params.id ?? "");
        return { status: 204 };
      },
    },
    {
      method: "GET",
      pattern: message,
      handler: (ctx) => ok(state.message(ctx.params.id ?? "", ctx.params.message ?? "")),
    },
    { method: "PATCH", pattern: message, handler: edit },
    {
      method: "DELETE",
      pattern: message,
      handler: (ctx) => {
        state.deleteMessage(ctx.params.id ?? "", ctx.params.message ?? "");
        return { status: 204 };
      },
    },
    { method: "POST", pattern: "/users/@me/channels", handler: openDm },
  ];
}
