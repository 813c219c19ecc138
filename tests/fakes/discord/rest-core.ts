/** REST: gateway discovery, the bot user, the application, and application commands. */

import type { APIApplicationCommand } from "discord.js";
import { FAKE_IDS, newSnowflake } from "./ids.ts";
import { applicationPayload, botUser } from "./payloads.ts";
import type { RestDeps } from "./rest-routes.ts";
import { bodyObject, type RouteContext, type RouteDef } from "./router.ts";
import type { FakeState } from "./state.ts";
import { RestError, type RouteResult } from "./types.ts";

type Obj = Record<string, unknown>;

function scope(ctx: RouteContext): string | undefined {
  if (ctx.params.app !== FAKE_IDS.applicationId) {
    throw new RestError(
      403,
      20012,
      "You are not authorized to perform this action on this application",
    );
  }
  const guild = ctx.params.guild;
  if (guild !== undefined && guild !== FAKE_IDS.guildId) {
    throw new RestError(403, 50001, "Missing Access");
  }
  return guild;
}

function toStored(body: Obj, guildId: string | undefined, existing?: APIApplicationCommand) {
  const type = (body.type as number | undefined) ?? 1;
  const stored = {
    id: existing?.id ?? newSnowflake(),
    application_id: FAKE_IDS.applicationId,
    version: newSnowflake(),
    type,
    name: body.name,
    name_localizations: body.name_localizations ?? null,
    description: body.description ?? "",
    description_localizations: body.description_localizations ?? null,
    default_member_permissions: body.default_member_permissions ?? null,
    nsfw: body.nsfw ?? false,
    contexts: body.contexts ?? null,
    integration_types: body.integration_types ?? [0],
    ...(body.options !== undefined && { options: body.options }),
    ...(guildId !== undefined && { guild_id: guildId }),
  };
  return stored as unknown as APIApplicationCommand;
}

const sameCommand = (body: Obj) => (c: APIApplicationCommand) =>
  c.name === body.name && c.type === ((body.type as number | undefined) ?? 1);

function commandRoutes(state: FakeState, base: string): RouteDef[] {
  const key = (guild: string | undefined) => guild ?? "global";
  const find = (ctx: RouteContext) => {
    const command = state.commandList(scope(ctx)).find((c) => c.id === ctx.params.command);
    if (!command) throw new RestError(404, 10063, "Unknown application command");
    return command;
  };
  return [
    { method: "GET", pattern: base, handler: (ctx) => ok(state.commandList(scope(ctx))) },
    {
      method: "PUT",
      pattern: base,
      handler: (ctx) => {
        const guild = scope(ctx);
        const old = state.commandList(guild);
        // The spec allows a null body; it empties the list like [] does.
        const bodies = (Array.isArray(ctx.body) ? ctx.body : []) as Obj[];
        const list = bodies.map((b) => toStored(b, guild, old.find(sameCommand(b))));
        state.commands.set(key(guild), list);
        return ok(list);
      },
    },
    {
      method: "POST",
      pattern: base,
      handler: (ctx) => {
        const guild = scope(ctx);
        const body = bodyObject(ctx.body);
        const list = [...state.commandList(guild)];
        const index = list.findIndex(sameCommand(body));
        const stored = toStored(body, guild, list[index]);
        if (index === -1) list.push(stored);
        else list[index] = stored;
        state.commands.set(key(guild), list);
        return { status: index === -1 ? 201 : 200, body: stored };
      },
    },
    { method: "GET", pattern: `${base}/:command`, handler: (ctx) => ok(find(ctx)) },
    {
      method: "DELETE",
      pattern: `${base}/:command`,
      handler: (ctx) => {
        const command = find(ctx);
        const guild = scope(ctx);
        state.commands.set(
          key(guild),
          state.commandList(guild).filter((c) => c !== command),
        );
        return { status: 204 };
      },
    },
  ];
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });

export function coreRoutes(deps: RestDeps): RouteDef[] {
  const gatewayBot = () => ({
    url: deps.gatewayUrl(),
    shards: 1,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
  });
  return [
    {
      method: "GET",
      pattern: "/gateway",
      noAuth: true,
      handler: () => ok({ url: deps.gatewayUrl() }),
    },
    { method: "GET", pattern: "/gateway/bot", handler: () => ok(gatewayBot()) },
    { method: "GET", pattern: "/users/@me", handler: () => ok(botUser()) },
    {
      method: "GET",
      pattern: "/users/:user",
      handler: (ctx) => {
        const user = deps.state.users.get(ctx.params.user ?? "");
        if (!user) throw new RestError(404, 10013, "Unknown User");
        return ok(user);
      },
    },
    { method: "GET", pattern: "/applications/@me", handler: () => ok(applicationPayload()) },
    ...commandRoutes(deps.state, "/applications/:app/commands"),
    ...commandRoutes(deps.state, "/applications/:app/guilds/:guild/commands"),
  ];
}
