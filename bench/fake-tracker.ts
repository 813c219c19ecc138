/**
 * Follows what the bot sends to the fake Discord, request by request, without keeping the fake's
 * request log (which would hold every body for the whole run).
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { FakeDiscord, RecordedRequest } from "../tests/fakes/discord/index.ts";

/** An interaction sent to the bot, and what came back for it. */
export interface Track {
  deliveredAt: number;
  ackAt?: number;
  expired?: boolean;
  /** Edits of @original: arrival time and whether it is the final (not streaming) text. */
  edits: { at: number; final: boolean }[];
}

/** Counts and waits on the bot's requests to the fake. */
export class Tracker {
  readonly interactions = new Map<string, Track>();
  private readonly byToken = new Map<string, Track>();
  private readonly replyWaiters = new Map<string, (at: number) => void>();
  /** Requests and typing requests seen; interactions acked, expired and finally edited since `forget`. */
  readonly count = { requests: 0, typing: 0, acked: 0, expired: 0, finals: 0 };

  constructor(private readonly fake: FakeDiscord) {
    // Every request is seen once, as the fake records it, and then dropped.
    Object.defineProperty(fake.requests, "push", {
      value: (...items: RecordedRequest[]) => {
        for (const r of items) this.onRequest(r);
      },
    });
  }

  /** Follows an interaction just delivered. */
  track(delivered: { id: string; token: string; deliveredAt: number }): Track {
    const t: Track = { deliveredAt: delivered.deliveredAt, edits: [] };
    this.interactions.set(delivered.id, t);
    this.byToken.set(delivered.token, t);
    return t;
  }

  /** Stops following the interactions so far and zeroes their counts. */
  forget(): void {
    this.interactions.clear();
    this.byToken.clear();
    Object.assign(this.count, { acked: 0, expired: 0, finals: 0 });
  }

  /** Resolves with the arrival time of the bot's next message in this channel. */
  nextMessage(channelId: string, timeoutMs: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.replyWaiters.get(channelId)?.(Number.NaN), timeoutMs);
      this.replyWaiters.set(channelId, (at) => {
        clearTimeout(timer);
        this.replyWaiters.delete(channelId);
        resolve(Number.isNaN(at) ? undefined : at);
      });
    });
  }

  /** Resolves once `done()` holds (polled; the times measured come from the requests), or after `timeoutMs`. */
  async until(done: () => boolean, timeoutMs: number): Promise<void> {
    const end = performance.now() + timeoutMs;
    while (!done() && performance.now() < end) await sleep(2);
  }

  private onRequest(r: RecordedRequest): void {
    this.count.requests++;
    const parts = r.path.split("/");
    if (r.route === "POST /interactions/:id/:token/callback") {
      const id = parts[2] ?? "";
      const t = this.interactions.get(id);
      if (!t || t.ackAt !== undefined || t.expired) return;
      if (r.status === 404) {
        t.expired = true;
        this.count.expired++;
      } else if (r.status < 300) {
        t.ackAt = this.fake.ackTime(id) ?? r.at;
        this.count.acked++;
      }
    } else if (r.route === "PATCH /webhooks/:app/:token/messages/@original") {
      const t = this.byToken.get(parts[3] ?? "");
      const content = (r.body as { content?: unknown } | null)?.content;
      if (!t || typeof content !== "string" || r.status >= 300) return;
      const final = !content.endsWith("…");
      if (final && !t.edits.some((e) => e.final)) this.count.finals++;
      t.edits.push({ at: r.at, final });
    } else if (r.route === "POST /channels/:id/messages") {
      this.replyWaiters.get(parts[2] ?? "")?.(r.at);
    } else if (r.route === "POST /channels/:id/typing") {
      this.count.typing++;
    }
  }
}
