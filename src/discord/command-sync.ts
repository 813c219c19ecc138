import { REST, Routes } from "discord.js";
import type { RESTPostAPIApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { Logger } from "../logger.ts";

type Definition = RESTPostAPIApplicationCommandsJSONBody;

/** Where commands go: one server (instant) when a guild id is set, globally otherwise. */
export interface RegisterTarget {
  rest: REST;
  clientId: string;
  guildId?: string | undefined;
}

export function createRest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
}

function route({ clientId, guildId }: RegisterTarget) {
  return guildId
    ? Routes.applicationGuildCommands(clientId, guildId)
    : Routes.applicationCommands(clientId);
}

/** Replaces the registered commands with these (Discord's bulk overwrite). */
export async function registerCommands(
  target: RegisterTarget,
  definitions: Definition[],
): Promise<void> {
  await target.rest.put(route(target), { body: definitions });
}

/** Registers the commands only when what Discord has differs; returns whether it wrote. */
export async function syncCommands(
  target: RegisterTarget,
  definitions: Definition[],
  log: Logger,
): Promise<boolean> {
  const current = (await target.rest.get(route(target))) as unknown[];
  if (sameCommands(definitions, current)) {
    log.info({ commands: definitions.length }, "commands already up to date");
    return false;
  }
  await registerCommands(target, definitions);
  log.info(
    { commands: definitions.length, scope: target.guildId ? "guild" : "global" },
    "commands registered",
  );
  return true;
}

/** Whether Discord's copy matches ours, looking only at the fields we send. */
export function sameCommands(local: Definition[], remote: unknown[]): boolean {
  if (local.length !== remote.length) return false;
  const byName = new Map(remote.map((r) => [(r as { name?: string }).name, r]));
  return local.every((l) => covers(l, byName.get(l.name)));
}

// Discord omits defaults (required: false, empty lists) in what it returns.
function covers(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    const list = Array.isArray(have) ? have : [];
    return want.length === list.length && want.every((w, i) => covers(w, list[i]));
  }
  if (want !== null && typeof want === "object") {
    const obj = (have ?? {}) as Record<string, unknown>;
    return Object.entries(want).every(([k, v]) => covers(v, obj[k]));
  }
  if (want === false && have === undefined) return true;
  return want === have;
}
