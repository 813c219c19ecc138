import { describe, expect, it } from "vitest";
import { toPayloads } from "../../src/discord/outgoing.ts";

describe("toPayloads", () => {
  it("GIVEN any message WHEN shaped for Discord THEN every payload forbids all mentions", () => {
    const payloads = toPayloads({
      content: "@everyone <@&123456789012345678> ".repeat(100),
      embeds: [{ title: "t", description: "@here" }],
    });
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(p.allowedMentions).toEqual({ parse: [] });
  });

  it("GIVEN an embed longer than 4,096 characters WHEN shaped THEN it becomes several embeds within limits, titled once", () => {
    const description = Array.from(
      { length: 300 },
      (_, i) => `• line number ${i} of the list`,
    ).join("\n");
    const payloads = toPayloads({ embeds: [{ title: "Projects", description, footer: "end" }] });
    const embeds = payloads.flatMap((p) => p.embeds ?? []);
    expect(embeds.length).toBeGreaterThan(1);
    for (const e of embeds) expect(e.description?.length).toBeLessThanOrEqual(4096);
    expect(embeds.filter((e) => e.title).length).toBe(1);
    expect(embeds.at(-1)?.footer?.text).toBe("end");
    for (const p of payloads) {
      const size = (p.embeds ?? []).reduce(
        (n, e) => n + (e.description?.length ?? 0) + (e.title?.length ?? 0),
        0,
      );
      expect(size).toBeLessThanOrEqual(6000);
    }
  });

  it("GIVEN an empty message WHEN shaped THEN nothing is sent", () => {
    expect(toPayloads({ content: "   " })).toEqual([]);
  });

  it("GIVEN an ephemeral LLM answer WHEN shaped THEN it carries the ephemeral and suppress-embeds flags", () => {
    const [p] = toPayloads({ content: "hi", ephemeral: true, suppressEmbeds: true });
    expect(p?.flags).toBe(64 | 4);
  });
});
