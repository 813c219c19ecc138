import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestBot, type TestBot } from "../builders/bot.ts";
import { chatInputInteraction } from "../fakes/discord/index.ts";

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ env: { LOG_LEVEL: "warn" } });
});
afterAll(() => t.stop());

describe("without an LLM", () => {
  it("GIVEN no API key WHEN /ask is used THEN the first response is the offline answer with its sources and buttons", async () => {
    const { id } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "Who advised your PhD?" } }),
    );
    const callback = await eventually(() =>
      t.discord.requests.find((r) => r.path.includes(`/interactions/${id}/`)),
    );
    const body = callback.body as {
      type: number;
      data: { content: string; components: unknown[] };
    };
    expect(body.type).toBe(4);
    expect(body.data.content).toMatch(/Antichi/);
    expect(body.data.content).toMatch(/Sources:/);
    expect(body.data.components).toHaveLength(1);
  });
});

describe("a burst of section commands", () => {
  it("GIVEN 300 interactions sent back to back WHEN the bot handles them THEN every one is acknowledged before Discord's 3 s expiry", async () => {
    const before = t.discord.requests.length;
    const sections = ["about", "projects", "publications", "interests", "education", "positions"];
    const sent = Array.from({ length: 300 }, (_, i) =>
      t.discord.sendInteraction(
        chatInputInteraction({ name: sections[i % sections.length] ?? "about" }),
      ),
    );
    await eventually(
      () => sent.every((s) => t.discord.ackTime(s.id) !== undefined) || undefined,
      10_000,
    );
    const callbacks = t.discord.requests.slice(before).filter((r) => r.route.endsWith("callback"));
    expect(callbacks).toHaveLength(300);
    expect(callbacks.every((r) => r.status < 300)).toBe(true);
  });
});
