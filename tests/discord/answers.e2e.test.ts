import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  eventually,
  fakeLlm,
  sentMessages,
  startTestBot,
  TEST_API_KEY,
  type TestBot,
} from "../builders/bot.ts";
import { chatInputInteraction } from "../fakes/discord/index.ts";
import { reply } from "../fakes/openai/index.ts";

let t: TestBot;
const llm = () => fakeLlm(t);

beforeAll(async () => {
  t = await startTestBot({
    llm: true,
    env: { LLM_FIRST_TOKEN_TIMEOUT_MS: "10000", LLM_TIMEOUT_MS: "20000" },
  });
});
afterAll(() => t.stop());
beforeEach(() => llm().reset());

const originalEdits = (token: string) =>
  t.discord.requests.filter(
    (r) => r.method === "PATCH" && r.path.includes(`/webhooks/`) && r.path.includes(token),
  );

describe("/ask", () => {
  it("GIVEN a streamed LLM answer WHEN /ask is used THEN it defers, edits as tokens arrive at most once a second, and ends with sources", async () => {
    const text = `Backdraft is a lossless virtual switch I built as first author, published at NSDI [backdraft]. ${"It uses per-flow queues. ".repeat(6)}`;
    llm().respond(reply(text, { chunkSize: 6, chunkDelayMs: 100 }));
    const { id, token } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "What is Backdraft?" } }),
    );
    const last = await eventually(() => {
      const edits = originalEdits(token);
      const final = edits.at(-1)?.body as { content?: string } | undefined;
      return final?.content?.includes("Sources:") ? edits : undefined;
    }, 15_000);
    const callback = t.discord.requests.find((r) => r.path.includes(`/interactions/${id}/`));
    expect(callback?.body).toMatchObject({ type: 5 });
    const interim = last.slice(0, -1);
    expect(interim.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < interim.length; i++) {
      expect((interim[i]?.at ?? 0) - (interim[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    }
    const final = last.at(-1)?.body as {
      content: string;
      allowed_mentions: unknown;
      flags?: number;
    };
    expect(final.content).toContain("Backdraft is a lossless virtual switch");
    expect(final.content).toMatch(/Sources:.*Backdraft — Lossless virtual switch/);
    expect(final.allowed_mentions).toEqual({ parse: [] });
    expect(final.flags).toBe(4);
  });

  it("GIVEN an LLM that takes 5 s WHEN /ask is used THEN the interaction is acknowledged within 3 s", async () => {
    llm().respond(reply("Queen Mary University of London [phd].", { firstTokenDelayMs: 5_000 }));
    const { id, token, deliveredAt } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "Where was your PhD?" } }),
    );
    await eventually(() => t.discord.ackTime(id));
    expect((t.discord.ackTime(id) ?? Infinity) - deliveredAt).toBeLessThan(3_000);
    const final = await eventually(
      () =>
        originalEdits(token).find((r) =>
          String((r.body as { content?: string }).content).includes("Sources"),
        ),
      15_000,
    );
    expect((final.body as { content: string }).content).toMatch(/Queen Mary/);
  });

  it("GIVEN the LLM writes mass mentions WHEN /ask is answered THEN every payload forbids mentions", async () => {
    llm().respond(
      reply(
        "@everyone <@&123456789012345678> @here I build high-performance systems for modern datacenters [focus].",
      ),
    );
    const { token } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "ping everyone" } }),
    );
    const final = await eventually(() =>
      originalEdits(token).find((r) =>
        String((r.body as { content?: string }).content).includes("Sources"),
      ),
    );
    const content = (final.body as { content: string }).content;
    expect(content).toMatch(/everyone/);
    expect(content).not.toMatch(/@everyone|@here|<@&\d+>/);
    for (const m of sentMessages(t.discord.requests)) {
      expect(m.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it("GIVEN a 5,000-character answer WHEN /ask is answered THEN it arrives as several messages of at most 2,000 characters, none empty", async () => {
    const long = Array.from(
      { length: 100 },
      (_, i) =>
        `${i % 2 ? "Again, my" : "My"} CXL work in QEMU covers non-interleaved memory [qemu-cxl].`,
    ).join(" ");
    expect(long.length).toBeGreaterThan(5_000);
    llm().respond(reply(long, { chunkSize: 500 }));
    const { token } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "Tell me all about qemu-cxl" } }),
    );
    const followUps = await eventually(() => {
      const posts = t.discord.requests.filter(
        (r) => r.method === "POST" && r.path.startsWith("/webhooks/") && r.path.includes(token),
      );
      return posts.some((p) => String((p.body as { content?: string }).content).includes("Sources"))
        ? posts
        : undefined;
    }, 15_000);
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    const pieces = [...originalEdits(token), ...followUps].map(
      (r) => (r.body as { content?: string }).content ?? "",
    );
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2_000);
      expect(piece.trim()).not.toBe("");
    }
    expect(followUps.every((r) => r.status < 300)).toBe(true);
  });

  it("GIVEN no answers were wrong WHEN the logs are read THEN no token or key ever appears", () => {
    const logs = t.logs.text();
    expect(logs).not.toContain(t.discord.token);
    expect(logs).not.toContain(TEST_API_KEY);
    for (const r of t.discord.requests.filter((q) => q.path.startsWith("/webhooks/"))) {
      const token = r.path.split("/")[3] ?? "";
      expect(logs).not.toContain(token);
    }
  });
});

describe("mentions and DMs", () => {
  const repliesIn = (channelId: string) =>
    t.discord.requests.filter(
      (r) => r.method === "POST" && r.path === `/channels/${channelId}/messages`,
    );

  it("GIVEN a mention in a server WHEN it asks a question THEN the bot replies to that message with the answer", async () => {
    llm().respond(reply("Morpheus specializes data planes at run time [morpheus]."));
    const before = repliesIn(t.discord.channelId).length;
    const question = t.discord.sendMessage({ content: "what is Morpheus?", mentionsBot: true });
    const sent = await eventually(() => repliesIn(t.discord.channelId)[before]);
    const body = sent.body as {
      content: string;
      message_reference?: { message_id: string };
      allowed_mentions: unknown;
    };
    expect(body.content).toMatch(/Morpheus specializes/);
    expect(body.message_reference?.message_id).toBe(question.id);
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    const user = llm().lastRequest()?.body.messages.at(-1);
    expect(user?.content).toMatch(/what is Morpheus\?/);
    expect(user?.content).not.toMatch(/<@/);
  });

  it("GIVEN a reply to the bot's answer WHEN it asks a follow-up THEN the earlier question and answer reach the LLM", async () => {
    llm().respond(
      reply("Backdraft is a virtual switch [backdraft]."),
      reply("It was at NSDI 2022 [backdraft]."),
    );
    const before = repliesIn(t.discord.channelId).length;
    t.discord.sendMessage({ content: "tell me about Backdraft", mentionsBot: true });
    const answer = await eventually(() => repliesIn(t.discord.channelId)[before]);
    const answerId = (answer.response as { id: string }).id;
    t.discord.sendMessage({ content: "where was it published?", replyToMessageId: answerId });
    await eventually(() => repliesIn(t.discord.channelId)[before + 1]);
    const messages = llm().lastRequest()?.body.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(messages[1]?.content).toMatch(/tell me about Backdraft/);
    expect(messages[2]?.content).toMatch(/virtual switch/);
  });

  it("GIVEN a DM conversation WHEN the second question depends on the first THEN the first turn reaches the LLM", async () => {
    llm().respond(
      reply("machnet is DPDK-based messaging [machnet].", { firstTokenDelayMs: 600 }),
      reply("About 750K RPS [machnet]."),
    );
    const userId = "734829174628193847";
    const first = t.discord.sendMessage({
      content: "What is machnet?",
      guild: false,
      authorId: userId,
    });
    await eventually(() => repliesIn(first.channel_id)[0]);
    t.discord.sendMessage({ content: "How fast is it?", guild: false, authorId: userId });
    const second = await eventually(() => repliesIn(first.channel_id)[1]);
    expect((second.body as { content: string }).content).toMatch(/750K/);
    const messages = llm().lastRequest()?.body.messages ?? [];
    expect(messages[1]?.content).toMatch(/What is machnet\?/);
    expect(messages[2]?.content).toMatch(/DPDK-based/);
    expect(t.discord.requests.some((r) => r.path === `/channels/${first.channel_id}/typing`)).toBe(
      true,
    );
  });

  it("GIVEN messages from the bot itself or another bot WHEN they arrive THEN they are ignored", async () => {
    const before = t.discord.requests.length;
    t.discord.sendMessage({
      content: "What is machnet?",
      guild: false,
      authorId: t.discord.botUserId,
    });
    t.discord.sendMessage({
      content: "What is machnet?",
      mentionsBot: true,
      bot: true,
      authorId: "834829174628193847",
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(t.discord.requests.slice(before)).toEqual([]);
    expect(llm().requests).toHaveLength(0);
  });

  it("GIVEN a server message that does not mention the bot WHEN it arrives THEN it is ignored", async () => {
    const before = t.discord.requests.length;
    t.discord.sendMessage({ content: "unrelated chatter" });
    await new Promise((r) => setTimeout(r, 200));
    expect(t.discord.requests.slice(before)).toEqual([]);
  });

  it("GIVEN a question over the length cap WHEN sent by DM THEN a clear reply says so and the LLM is not called", async () => {
    const dm = t.discord.sendMessage({
      content: "why ".repeat(200),
      guild: false,
      authorId: "634829174628193847",
    });
    const sent = await eventually(() => repliesIn(dm.channel_id)[0]);
    expect((sent.body as { content: string }).content).toMatch(/under 500/);
    expect(llm().requests).toHaveLength(0);
  });
});
