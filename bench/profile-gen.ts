/** The seeded generator behind the large profile: random picks, unique names, recorded facts. */
import type { Entry } from "../src/knowledge/schema.ts";
import * as V from "./profile-vocab.ts";
import { seededRandom } from "./stats.ts";

export interface Topic {
  tech: V.Phrase;
  dom: V.Phrase;
}

/** What a generated entry is about, so questions can target it. */
export interface EntryFacts {
  entryId: string;
  section: string;
  name?: string;
  topic?: Topic;
  metric?: string;
  award?: { title: string; paper: string };
  mentor?: string;
  org?: string;
  course?: string;
  uni?: string;
  entry: Entry;
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 32)
    .replace(/^-|-$/g, "");
export const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export class ProfileGen {
  readonly facts: EntryFacts[] = [];
  private readonly rnd: () => number;
  private readonly seen = new Map<string, Set<string>>();

  constructor(seed: number) {
    this.rnd = seededRandom(seed);
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)] as T;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  /** Draws until `key` of the value is new in its `kind`. */
  unique<T>(kind: string, make: () => T, key: (v: T) => string = String): T {
    const seen = this.seen.get(kind) ?? new Set<string>();
    this.seen.set(kind, seen);
    for (;;) {
      const v = make();
      if (seen.has(key(v))) continue;
      seen.add(key(v));
      return v;
    }
  }

  name(): string {
    return this.unique("name", () => `${this.pick(V.NAME_HEADS)}${this.pick(V.NAME_TAILS)}`);
  }

  topic(): Topic {
    const make = () => ({ tech: this.pick(V.TECHNIQUES), dom: this.pick(V.DOMAINS) });
    return this.unique("topic", make, (t) => `${t.tech.title}|${t.dom.title}`);
  }

  metric(): string {
    const kinds = [
      () => `${(1.5 + this.rnd() * 8).toFixed(2)}× higher throughput`,
      () => `${(10 + this.rnd() * 80).toFixed(1)}% lower p99 latency`,
      () => `${this.int(100, 990)},${this.int(100, 999)} requests per second on one core`,
      () => `${(5 + this.rnd() * 60).toFixed(1)}% less energy`,
    ];
    return this.unique("metric", () => this.pick(kinds)());
  }

  add(section: string, entry: Entry, extra: Partial<EntryFacts> = {}): Entry {
    this.facts.push({ entryId: entry.id, section, entry, ...extra });
    return entry;
  }

  /** `n` entries each with a new name, topic and metric; tags come from the topic. */
  named(
    section: string,
    n: number,
    build: (name: string, t: Topic, metric: string) => Omit<Entry, "id" | "tags">,
  ): Entry[] {
    return Array.from({ length: n }, () => {
      const name = this.name();
      const topic = this.topic();
      const metric = this.metric();
      const tags = [...topic.tech.tags, ...topic.dom.tags];
      const entry = { id: slug(name), ...build(name, topic, metric), tags };
      return this.add(section, entry, { name, topic, metric });
    });
  }
}
