import { describe, expect, it } from "vitest";
import { createLlmGate } from "../../src/guard/llm-gate.ts";

const base = {
  concurrency: 2,
  queueSize: 1,
  dailyTokens: 1000,
  failureThreshold: 3,
  openMs: 60_000,
};

describe("LLM gate", () => {
  it("GIVEN 2 slots and a queue of 1 WHEN 4 questions arrive THEN 2 run, 1 waits and 1 is refused as busy", async () => {
    const gate = createLlmGate(base);
    const a = await gate.acquire();
    const b = await gate.acquire();
    const waiting = gate.acquire();
    expect(await gate.acquire()).toEqual({ granted: false, reason: "busy" });
    expect(gate.state).toMatchObject({ active: 2, queued: 1 });
    if (a.granted) a.release();
    const c = await waiting;
    expect(c.granted).toBe(true);
    if (b.granted) b.release();
    if (c.granted) c.release();
    expect(gate.state).toMatchObject({ active: 0, queued: 0 });
  });

  it("GIVEN the daily budget is spent WHEN asked THEN it refuses until the next UTC day", async () => {
    let now = Date.UTC(2026, 0, 1, 12);
    const gate = createLlmGate({ ...base, now: () => now });
    gate.spend(1000);
    expect(await gate.acquire()).toEqual({ granted: false, reason: "budget" });
    now = Date.UTC(2026, 0, 2, 0, 1);
    expect((await gate.acquire()).granted).toBe(true);
  });

  it("GIVEN repeated failures or an exhausted quota WHEN asked THEN the circuit opens for a while", async () => {
    let now = 0;
    const gate = createLlmGate({ ...base, now: () => now });
    gate.failed("error");
    gate.failed("error");
    expect((await gate.acquire()).granted).toBe(true);
    gate.failed("error");
    expect(await gate.acquire()).toEqual({ granted: false, reason: "circuit-open" });
    now = 60_001;
    gate.failed("quota");
    expect(gate.state.circuitOpen).toBe(true);
  });
});
