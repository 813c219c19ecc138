import type { Logger } from "../logger.ts";

/** Runs store calls so a failure returns a fallback instead of throwing, logged once per kind. */
export interface FailureGuard {
  run<T>(operation: string, fallback: T, fn: () => T): T;
}

/** What kind of failure this is: SQLite and system errors carry a code; others go by name. */
export function failureKind(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return err instanceof Error ? err.name : "unknown";
}

export function createFailureGuard(logger: Logger): FailureGuard {
  // A full disk fails every answer; one line says so, thousands would bury everything else.
  const seen = new Set<string>();
  return {
    run(operation, fallback, fn) {
      try {
        return fn();
      } catch (err) {
        const kind = failureKind(err);
        if (!seen.has(kind)) {
          seen.add(kind);
          logger.error(
            { err, operation, kind },
            "store call failed; carrying on without it (further failures of this kind are not logged)",
          );
        }
        return fallback;
      }
    },
  };
}

/** The database file vanished while open (its directory was deleted); writes would go nowhere. */
export class DatabaseGoneError extends Error {
  override name = "DatabaseGoneError";
}
