/**
 * Follows what the bot sends to the fake Discord, request by request, without keeping the
 * fake's request log (which would hold every body for the whole run).
 */
import type { FakeDiscord, RecordedRequest } from "../tests/fakes/discord/index.ts";

export interface Track {
  id: string;
  deliveredAt: number;
  ackAt?: number;
  expired?: boolean;
  /** The first response was a deferral (type 5): the answer comes as an edit of @original. */
  deferred?: boolean;
  /** Edits of @original: arrival time and whether it is the final (not streaming) text. */
  edits: { at: number; final: boolean }[];
  /** When the first response already carried the answer (type 4), as offline `/ask` does. */
  answeredAt?: number;
}

export class Tracker {
  readonly interactions = new Map<string, Track>();
  private readonly byToken = new Map<string, Track>();
  private readonly dmWaiters = new Map<string, (at: number) => void>();
  private readonly listeners = new Set<() => void>();
  typing = 0;
  requests = 0;
  /** Counters over the tracked interactions, so waiting on them is O(1) per request. */
  acked = 0;
  expired = 0;
  answered = 0;
  finals = 0;

  constructor(private readonly fake: FakeDiscord) {
    const log = fake.requests as RecordedRequest[];
    // Replaces the log's push: every request is seen once, as it is recorded, and then dropped.
    Object.defineProperty(log, "push", {
      value: (...items: RecordedRequest[]) => {
        for (const r of items) this.onRequest(r);
        return 0;
      },
    });
  }

  track(id: string, token: string, deliveredAt: number): Track {
    const t: Track = { id, deliveredAt, edits: [] };
    this.interactions.set(id, t);
    this.byToken.set(token, t);
    return t;
  }

  /** Resolves with the arrival time of the bot's next message in this channel. */
  waitForMessage(channelId: string, timeoutMs: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.dmWaiters.delete(channelId);
        resolve(undefined);
      }, timeoutMs);
      this.dmWaiters.set(channelId, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }

  /** Resolves when `done()` holds, checked after every request; or after `timeoutMs`. */
  until(done: () => boolean, timeoutMs: number): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        finish(true);
      };
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(ok);
      };
      const timer = setTimeout(() => finish(done()), timeoutMs);
      this.listeners.add(check);
    });
  }

  forget(): void {
    this.interactions.clear();
    this.byToken.clear();
    this.acked = this.expired = this.answered = this.finals = 0;
  }

  private onRequest(r: RecordedRequest): void {
    this.requests++;
    const parts = r.path.split("/");
    if (r.route === "POST /interactions/:id/:token/callback") {
      const t = this.interactions.get(parts[2] ?? "");
      if (t && t.ackAt === undefined && !t.expired) {
        if (r.status === 404) {
          t.expired = true;
          this.expired++;
        } else if (r.status < 300) {
          t.ackAt = this.fake.ackTime(t.id) ?? r.at;
          const type = (r.body as { type?: unknown } | null)?.type;
          t.deferred = type === 5;
          this.acked++;
          if (type === 4) {
            t.answeredAt = r.at;
            this.answered++;
            this.finals++;
          }
        }
      }
    } else if (r.route === "PATCH /webhooks/:app/:token/messages/@original") {
      const t = this.byToken.get(parts[3] ?? "");
      const content = (r.body as { content?: unknown } | null)?.content;
      if (t && typeof content === "string" && r.status < 300) {
        const final = !content.endsWith("…");
        if (t.edits.length === 0) this.answered++;
        if (final && !t.edits.some((e) => e.final)) this.finals++;
        t.edits.push({ at: r.at, final });
      }
    } else if (r.route === "POST /channels/:id/messages") {
      const channelId = parts[2] ?? "";
      const waiter = this.dmWaiters.get(channelId);
      this.dmWaiters.delete(channelId);
      waiter?.(r.at);
    } else if (r.route === "POST /channels/:id/typing") {
      this.typing++;
    }
    for (const listener of this.listeners) listener();
  }
}
