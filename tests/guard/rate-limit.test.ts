import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/guard/rate-limit.ts";

describe("rate limiter", () => {
  it("GIVEN 5 a minute WHEN a user floods THEN 5 pass, the 6th gets one notice and the rest are silent", () => {
    let now = 0;
    const limiter = createRateLimiter(5, () => now);
    const decisions = Array.from({ length: 9 }, () => limiter.check("u1"));
    expect(decisions).toEqual([
      ...Array(5).fill("allowed"),
      "limited-notify",
      "limited-silent",
      "limited-silent",
      "limited-silent",
    ]);
    expect(limiter.check("u2")).toBe("allowed");
    now = 60_001;
    expect(limiter.check("u1")).toBe("allowed");
  });

  it("GIVEN many users who went quiet WHEN a minute passes THEN they are no longer tracked", () => {
    let now = 0;
    const limiter = createRateLimiter(5, () => now);
    for (let i = 0; i < 1000; i++) limiter.check(`u${i}`);
    now = 120_000;
    limiter.check("late");
    expect(limiter.trackedUsers).toBe(1);
  });
});
