import type { Store } from "./types.ts";
import { clampDays, emptyReport } from "./window.ts";

/** A store that records nothing, for when the database could not be opened. */
export function unavailableStore(now: () => Date): Store {
  return {
    available: false,
    recordAnswer: () => undefined,
    recordFeedback: () => "unavailable",
    answerSources: () => undefined,
    summary: (days, at) => emptyReport(clampDays(days), at ?? now()),
    purgeExpired: () => 0,
    close: () => {},
  };
}
