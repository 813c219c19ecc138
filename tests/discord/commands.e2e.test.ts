import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventually,
  type SentMessage,
  sentMessages,
  startTestBot,
  type TestBot,
} from "../builders/bot.ts";
import { fixtureKnowledge } from "../builders/knowledge.ts";
import { autocompleteInteraction, chatInputInteraction } from "../fakes/discord/index.ts";

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ llm: true });
});
afterAll(() => t.stop());

function callbackFor(id: string): SentMessage & { type: number } {
  const request = t.discord.requests.find(
    (r) => r.route.endsWith("callback") && r.path.includes(`/interactions/${id}/`),
  );
  return request?.body as SentMessage & { type: number };
}

describe("registration and section commands", () => {
  it("GIVEN a fresh start WHEN the bot is ready THEN it registered valid commands for every section plus ask, help and forget", async () => {
    const knowledge = fixtureKnowledge("shipped");
    const commands = await eventually(() => {
      const list = t.discord.commands(t.discord.guildId);
      return list.length > 0 ? list : undefined;
    });
    const slash = commands.filter((c) => c.type === 1 || c.type === undefined);
    expect(slash.map((c) => c.name).sort()).toEqual(
      [...knowledge.sections.map((s) => s.id), "ask", "forget", "help"].sort(),
    );
    expect(commands.filter((c) => c.type === 3).map((c) => c.name)).toEqual(["Ask askme"]);
    for (const c of slash) {
      expect(c.name).toMatch(NAME);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.description.length).toBeGreaterThanOrEqual(1);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect((c.options ?? []).length).toBeLessThanOrEqual(25);
    }
    const ask = commands.find((c) => c.name === "ask");
    expect(ask?.options?.[0]).toMatchObject({ name: "question", required: true, max_length: 500 });
  });

  it("GIVEN the registered commands WHEN their install contexts are read THEN /ask, the sections, /help and Ask askme work in both installs everywhere, /forget in the bot's DMs, and no dm_permission is sent", async () => {
    const commands = await eventually(() => {
      const list = t.discord.commands(t.discord.guildId);
      return list.length > 0 ? list : undefined;
    });
    const everywhere = { integration_types: [0, 1], contexts: [0, 1, 2] };
    for (const name of ["ask", "help", "about", "publications", "Ask askme"])
      expect(
        commands.find((c) => c.name === name),
        name,
      ).toMatchObject(everywhere);
    expect(commands.find((c) => c.name === "forget")).toMatchObject({
      integration_types: [0, 1],
      contexts: [1],
    });
    const payload = t.discord.requests.find(
      (r) => r.method === "PUT" && r.route.includes("commands"),
    );
    expect(JSON.stringify(payload?.body)).not.toContain("dm_permission");
  });

  it("GIVEN each section command WHEN invoked THEN it answers at once with that section's entries and no LLM request", async () => {
    const knowledge = fixtureKnowledge("shipped");
    t.llm?.reset();
    for (const section of knowledge.sections) {
      const { id } = t.discord.sendInteraction(chatInputInteraction({ name: section.id }));
      const reply = await eventually(() => callbackFor(id));
      expect(reply.type).toBe(4);
      const text = JSON.stringify(reply);
      for (const entry of section.entries) expect(text).toContain(entry.title.split(" — ")[0]);
      expect(reply).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
    }
    expect(t.llm?.requests).toHaveLength(0);
  });

  it("GIVEN /publications with an entry WHEN invoked THEN that entry is shown in full", async () => {
    const { id } = t.discord.sendInteraction(
      chatInputInteraction({ name: "publications", options: { entry: "backdraft" } }),
    );
    const reply = await eventually(() => callbackFor(id));
    const text = JSON.stringify(reply);
    expect(text).toMatch(/USENIX NSDI/);
    expect(text).toMatch(/I led the design/);
  });

  it("GIVEN an unknown entry WHEN invoked THEN a private reply lists the valid ones", async () => {
    const { id } = t.discord.sendInteraction(
      chatInputInteraction({ name: "projects", options: { entry: "nope" } }),
    );
    const reply = (await eventually(() => callbackFor(id))) as unknown as { data: SentMessage };
    expect(reply.data.content).toMatch(/qemu-cxl/);
    expect(reply.data.flags).toBe(64);
  });

  it("GIVEN someone typing in the entry option WHEN autocomplete fires THEN matching entries come back", async () => {
    const { id } = t.discord.sendInteraction(
      autocompleteInteraction({
        name: "projects",
        options: [{ type: 3, name: "entry", value: "qemu", focused: true }],
      }),
    );
    const reply = (await eventually(() => callbackFor(id))) as unknown as {
      type: number;
      data: { choices: { value: string }[] };
    };
    expect(reply.type).toBe(8);
    expect(reply.data.choices.map((c) => c.value).sort()).toEqual(["qemu-cxl", "qemu-lab"]);
  });

  it("GIVEN /help and /forget WHEN invoked THEN both answer privately", async () => {
    for (const name of ["help", "forget"]) {
      const { id } = t.discord.sendInteraction(chatInputInteraction({ name }));
      const reply = (await eventually(() => callbackFor(id))) as unknown as { data: SentMessage };
      expect(reply.data.flags).toBe(64);
    }
    expect(
      sentMessages(t.discord.requests).every((m) => m.allowed_mentions?.parse?.length === 0),
    ).toBe(true);
  });
  it("GIVEN the commands already match WHEN the bot restarts THEN it does not overwrite them", async () => {
    const puts = () =>
      t.discord.requests.filter((r) => r.method === "PUT" && r.route.includes("commands"));
    expect(puts()).toHaveLength(1);
    await t.bot.stop();
    const again = await startTestBot({ discord: t.discord });
    t.bot = again.bot;
    await eventually(
      () =>
        t.discord.requests.filter((r) => r.method === "GET" && r.route.includes("commands"))
          .length >= 2,
    );
    expect(puts()).toHaveLength(1);
  });
});
