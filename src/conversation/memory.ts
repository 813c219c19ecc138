import type { Turn } from "../engine/types.ts";

/** Limits for conversation memory; everything is held in memory only. */
export interface MemoryOptions {
  turns: number;
  ttlMs: number;
  maxUsers: number;
  now?: () => number;
}

/** The last few turns per user, bounded in turns, users and age. */
export interface ConversationMemory {
  history(userId: string): Turn[];
  remember(userId: string, turn: Turn): void;
  forget(userId: string): boolean;
  readonly size: number;
}

export function createMemory(options: MemoryOptions): ConversationMemory {
  const now = options.now ?? Date.now;
  // A Map keeps insertion order, so re-inserting on use makes the first key the least recent.
  const users = new Map<string, { turns: Turn[]; at: number }>();

  function live(userId: string) {
    const slot = users.get(userId);
    if (slot && now() - slot.at > options.ttlMs) {
      users.delete(userId);
      return undefined;
    }
    return slot;
  }

  return {
    history(userId) {
      return [...(live(userId)?.turns ?? [])];
    },
    remember(userId, turn) {
      if (options.turns === 0) return;
      const turns = [...(live(userId)?.turns ?? []), turn].slice(-options.turns);
      users.delete(userId);
      users.set(userId, { turns, at: now() });
      while (users.size > options.maxUsers) {
        const oldest = users.keys().next().value;
        if (oldest === undefined) break;
        users.delete(oldest);
      }
    },
    forget(userId) {
      return users.delete(userId);
    },
    get size() {
      return users.size;
    },
  };
}
