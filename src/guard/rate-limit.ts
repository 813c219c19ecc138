/** What the rate limiter decided for one question. */
export type RateDecision = "allowed" | "limited-notify" | "limited-silent";

/** Per-user sliding-window limit, shared by every surface. */
export interface RateLimiter {
  check(userId: string): RateDecision;
  readonly trackedUsers: number;
}

/**
 * Allows `perMinute` questions in any 60 s per user. The first refusal in a window says so
 * (`limited-notify`); later ones in the same window stay quiet, so a flood gets one notice.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windowMs = 60_000;
  const users = new Map<string, { times: number[]; notified: boolean }>();
  let lastSweep = now();

  function sweep(at: number) {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const [id, slot] of users)
      if (slot.times.every((t) => at - t >= windowMs)) users.delete(id);
  }

  return {
    check(userId) {
      const at = now();
      sweep(at);
      const slot = users.get(userId) ?? { times: [], notified: false };
      slot.times = slot.times.filter((t) => at - t < windowMs);
      users.set(userId, slot);
      if (slot.times.length < perMinute) {
        slot.times.push(at);
        slot.notified = false;
        return "allowed";
      }
      if (slot.notified) return "limited-silent";
      slot.notified = true;
      return "limited-notify";
    },
    get trackedUsers() {
      return users.size;
    },
  };
}
