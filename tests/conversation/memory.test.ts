import { describe, expect, it } from "vitest";
import { createMemory, type MemoryOptions } from "../../src/conversation/memory.ts";
import type { Turn } from "../../src/engine/types.ts";

const MINUTE = 60_000;

function turn(n: number): Turn {
  return { question: `question ${n}`, answer: `answer ${n}` };
}

/** A memory on a clock the test moves by hand. */
function memoryWithClock(options: Partial<Omit<MemoryOptions, "now">> = {}) {
  const clock = { time: 1_000_000 };
  const memory = createMemory({
    turns: 6,
    ttlMs: 30 * MINUTE,
    maxUsers: 100,
    ...options,
    now: () => clock.time,
  });
  return { memory, clock };
}

describe("conversation memory", () => {
  it("GIVEN a limit of 3 turns WHEN a user asks 5 questions THEN only the last 3 are remembered, oldest first", () => {
    const { memory } = memoryWithClock({ turns: 3 });

    for (const n of [1, 2, 3, 4, 5]) memory.remember("u1", turn(n));

    expect(memory.history("u1")).toEqual([turn(3), turn(4), turn(5)]);
  });

  it("GIVEN two users WHEN each asks something THEN each sees only their own turns", () => {
    const { memory } = memoryWithClock();

    memory.remember("u1", turn(1));
    memory.remember("u2", turn(2));

    expect(memory.history("u1")).toEqual([turn(1)]);
    expect(memory.history("u2")).toEqual([turn(2)]);
  });

  it("GIVEN a 30 minute TTL WHEN the user comes back after 29 minutes THEN the conversation is still remembered", () => {
    const { memory, clock } = memoryWithClock({ ttlMs: 30 * MINUTE });
    memory.remember("u1", turn(1));

    clock.time += 29 * MINUTE;

    expect(memory.history("u1")).toEqual([turn(1)]);
  });

  it("GIVEN a 30 minute TTL WHEN the user comes back after 31 minutes THEN the conversation is forgotten", () => {
    const { memory, clock } = memoryWithClock({ ttlMs: 30 * MINUTE });
    memory.remember("u1", turn(1));

    clock.time += 31 * MINUTE;

    expect(memory.history("u1")).toEqual([]);
  });

  it("GIVEN an expired conversation WHEN the user asks again THEN only the new turn is remembered", () => {
    const { memory, clock } = memoryWithClock({ ttlMs: 30 * MINUTE });
    memory.remember("u1", turn(1));

    clock.time += 31 * MINUTE;
    memory.remember("u1", turn(2));

    expect(memory.history("u1")).toEqual([turn(2)]);
  });

  it("GIVEN a conversation kept going WHEN each new turn comes within the TTL THEN the TTL counts from the latest turn", () => {
    const { memory, clock } = memoryWithClock({ ttlMs: 30 * MINUTE });
    memory.remember("u1", turn(1));
    clock.time += 20 * MINUTE;
    memory.remember("u1", turn(2));

    clock.time += 20 * MINUTE;

    expect(memory.history("u1")).toEqual([turn(1), turn(2)]);
  });

  it("GIVEN room for 2 users WHEN a third user talks THEN the user who talked least recently is forgotten", () => {
    const { memory } = memoryWithClock({ maxUsers: 2 });
    memory.remember("a", turn(1));
    memory.remember("b", turn(2));
    memory.remember("a", turn(3));

    memory.remember("c", turn(4));

    expect(memory.size).toBe(2);
    expect(memory.history("b")).toEqual([]);
    expect(memory.history("a")).toEqual([turn(1), turn(3)]);
    expect(memory.history("c")).toEqual([turn(4)]);
  });

  it("GIVEN a remembered conversation WHEN the user asks to forget THEN it is cleared and forget reports there was something", () => {
    const { memory } = memoryWithClock();
    memory.remember("u1", turn(1));
    memory.remember("u2", turn(2));

    const had = memory.forget("u1");

    expect(had).toBe(true);
    expect(memory.history("u1")).toEqual([]);
    expect(memory.history("u2")).toEqual([turn(2)]);
  });

  it("GIVEN nothing remembered WHEN the user asks to forget THEN forget reports there was nothing", () => {
    const { memory } = memoryWithClock();

    expect(memory.forget("u1")).toBe(false);
  });

  it("GIVEN turns set to 0 WHEN a user asks questions THEN nothing is remembered and no user is held", () => {
    const { memory } = memoryWithClock({ turns: 0 });

    memory.remember("u1", turn(1));
    memory.remember("u1", turn(2));

    expect(memory.history("u1")).toEqual([]);
    expect(memory.size).toBe(0);
  });

  it("GIVEN a history handed out WHEN the caller changes that array THEN the remembered conversation is unchanged", () => {
    const { memory } = memoryWithClock();
    memory.remember("u1", turn(1));

    memory.history("u1").push(turn(99));

    expect(memory.history("u1")).toEqual([turn(1)]);
  });
});
