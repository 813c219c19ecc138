import { setTimeout as sleep } from "node:timers/promises";
import { type Client, DiscordjsErrorCodes } from "discord.js";
import { ConfigError } from "../config.ts";
import type { Logger } from "../logger.ts";
import { errorSummary } from "./api-errors.ts";

/** How long to wait between login attempts: doubling from the first, up to the last. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

const DEFAULT_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 60_000 };

/**
 * Logs in, retrying with backoff while Discord cannot be reached (a network outage must not
 * stop an unattended bot), but fails at once when Discord rejects the token: retrying cannot fix it.
 */
export async function loginWithRetry(
  client: Client,
  token: string,
  log: Logger,
  backoff: Backoff = DEFAULT_BACKOFF,
  signal?: AbortSignal,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.login(token);
      return;
    } catch (err) {
      if (isTokenRejected(err)) {
        throw new ConfigError([
          "DISCORD_TOKEN: Discord rejected this token (401 Unauthorized); copy a fresh one from the Developer Portal's Bot page",
        ]);
      }
      const retryInMs = Math.min(backoff.maxMs, backoff.firstMs * 2 ** (attempt - 1));
      log.warn({ attempt, retryInMs, err: errorSummary(err) }, "cannot reach Discord; retrying");
      await sleep(retryInMs, undefined, { signal });
    }
  }
}

function isTokenRejected(err: unknown): boolean {
  return (err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
}
