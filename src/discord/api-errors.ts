import { DiscordAPIError } from "discord.js";
import { DeliveryError } from "../errors.ts";
import type { Logger } from "../logger.ts";

/** Discord errors that retrying cannot fix: logged once, never retried, never fatal. */
export const PERMANENT_CODES = new Set([
  10003, // unknown channel
  10008, // unknown message
  10062, // unknown interaction (expired)
  40060, // interaction already acknowledged
  50001, // missing access
  50007, // cannot send messages to this user
  50013, // missing permissions
]);

/** The parts of an error worth logging: never a request body or a URL token. */
export function errorSummary(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError) {
    return {
      name: "DiscordAPIError",
      code: err.code,
      status: err.status,
      message: err.message,
      permanent: PERMANENT_CODES.has(Number(err.code)) || err.status === 403,
    };
  }
  if (!(err instanceof Error)) return { message: String(err) };
  const { code, status } = err as { code?: unknown; status?: unknown };
  return { name: err.name, message: err.message, code, status };
}

/** Logs a handler failure once: a refused delivery as a warning with Discord's code, else an error. */
export function logFailure(log: Logger, err: unknown, what: string): void {
  if (err instanceof DeliveryError) log.warn(err.details, "reply not delivered");
  else log.error({ err: errorSummary(err) }, what);
}
