import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  eventually,
  FAULTY_LLM_SETTINGS,
  fakeLlm,
  sentMessages,
  startTestBot,
  type TestBot,
} from "../builders/bot.ts";
import { chatInputInteraction } from "../fakes/discord/index.ts";
import { cutStream, fail, hang, reply } from "../fakes/openai/index.ts";

let t: TestBot;
const llm = () => fakeLlm(t);

beforeAll(async () => {
  t = await startTestBot({
    llm: true,
    env: FAULTY_LLM_SETTINGS,
  });
});
afterAll(() => t.stop());
afterEach(() => {
  llm().reset();
  llm().setDefault(reply("ok"));
});

let users = 734_829_174_628_193_000n;
const newUser = () => String(users++);

/** Sends a DM question from a fresh user and returns the bot's reply content. */
async function askByDm(question: string): Promise<string> {
  const dm = t.discord.sendMessage({ content: question, guild: false, authorId: newUser() });
  const sent = await eventually(
    () =>
      t.discord.requests.find(
        (r) =>
          r.method === "POST" && r.path === `/channels/${dm.channel_id}/messages` && r.status < 300,
      ),
    10_000,
  );
  return (sent.body as { content: string }).content;
}

describe("LLM faults", () => {
  it("GIVEN the LLM answers 500 WHEN asked THEN the user still gets the offline answer, marked as such", async () => {
    llm().setDefault(fail(500));
    const content = await askByDm("What is Backdraft?");
    expect(content).toMatch(/language model is unavailable/);
    expect(content).toMatch(/virtual switch/);
  });

  it("GIVEN the LLM hangs WHEN asked THEN the offline answer arrives once the deadline passes", async () => {
    llm().setDefault(hang());
    const started = Date.now();
    const content = await askByDm("What is Morpheus?");
    expect(content).toMatch(/took too long/);
    expect(content).toMatch(/ASPLOS/);
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it("GIVEN the stream breaks off WHEN /ask is streaming THEN the final message is the offline answer, never the partial one", async () => {
    llm().respond(
      cutStream("Backdraft is a lossless virtual switch and it also happens that ", 70, {
        chunkDelayMs: 20,
      }),
    );
    const { token } = t.discord.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "What is Backdraft?" } }),
    );
    const final = await eventually(() =>
      t.discord.requests
        .filter((r) => r.method === "PATCH" && r.path.includes(token))
        .find((r) => String((r.body as { content?: string }).content).includes("Sources")),
    );
    const content = (final.body as { content: string }).content;
    expect(content).toMatch(/straight from my profile/);
    expect(content).not.toMatch(/it also happens that/);
  });

  it("GIVEN finish_reason length, content_filter or a refusal WHEN answered THEN fixed messages are shown", async () => {
    llm().respond(reply("Backdraft is a", { finishReason: "length" }));
    expect(await askByDm("What is Backdraft?")).toMatch(/cut short/);
    llm().respond(reply("", { finishReason: "content_filter" }));
    expect(await askByDm("What is Backdraft?")).toMatch(/can't help with that/);
    llm().respond(reply("", { refusal: "I refuse." }));
    expect(await askByDm("What is Backdraft?")).toMatch(/can't help with that/);
  });

  it("GIVEN a 429 insufficient_quota WHEN asked THEN the circuit opens and the next question is answered offline without calling the LLM", async () => {
    llm().setDefault(fail(429, { code: "insufficient_quota" }));
    expect(await askByDm("What is machnet?")).toMatch(/unavailable/);
    const calls = llm().requests.length;
    llm().setDefault(reply("should not be used"));
    expect(await askByDm("What is machnet?")).toMatch(/unavailable.*\n\n.*750K/s);
    expect(llm().requests.length).toBe(calls);
  });
});

describe("Discord faults", () => {
  it("GIVEN Discord answers 429 with Retry-After WHEN replying THEN the reply is retried after the wait and lands", async () => {
    t.discord.failNext(
      { route: /\/channels\/:id\/messages$/ },
      { status: 429, headers: { "retry-after": "0.2" } },
    );
    const content = await askByDm("What is qemu-lab?");
    expect(content).toMatch(/sandbox/);
  });

  it.each([
    [403, 50013, "Missing Permissions"],
    [403, 50007, "Cannot send messages to this user"],
    [403, 50001, "Missing Access"],
  ])(
    "GIVEN a %i/%i on a reply WHEN it happens THEN it is not retried, logged once, and the bot keeps answering",
    async (status, code, message) => {
      const before = t.discord.requests.length;
      t.discord.failNext(
        { route: /\/channels\/:id\/messages$/ },
        { status, body: { message, code } },
      );
      const dm = t.discord.sendMessage({
        content: "What is Cook-RDMA?",
        guild: false,
        authorId: newUser(),
      });
      await eventually(() => t.logs.text().includes(`"code":${code}`) || undefined);
      const attempts = t.discord.requests
        .slice(before)
        .filter((r) => r.path === `/channels/${dm.channel_id}/messages`);
      expect(attempts).toHaveLength(1);
      expect(t.logs.text().split(`"code":${code}`).length - 1).toBe(1);
      expect(await askByDm("What is Cook-RDMA?")).toMatch(/RDMA examples/);
    },
  );

  it("GIVEN an interaction that expired (10062) WHEN the bot acknowledges it THEN it is logged once, not retried, and the next one works", async () => {
    t.discord.failNext(
      { route: /callback/ },
      { status: 404, body: { message: "Unknown interaction", code: 10062 } },
    );
    const { id } = t.discord.sendInteraction(chatInputInteraction({ name: "about" }));
    await eventually(() => t.logs.text().includes('"code":10062') || undefined);
    expect(t.discord.requests.filter((r) => r.path.includes(`/interactions/${id}/`))).toHaveLength(
      1,
    );
    const next = t.discord.sendInteraction(chatInputInteraction({ name: "about" }));
    await eventually(() => t.discord.ackTime(next.id));
  });

  it("GIVEN the gateway drops WHEN it resumes THEN the bot answers again", async () => {
    t.discord.dropGateway(4000);
    await eventually(() => t.logs.text().includes("gateway resumed") || undefined, 10_000);
    const { id } = t.discord.sendInteraction(chatInputInteraction({ name: "projects" }));
    await eventually(() => t.discord.ackTime(id), 5_000);
  });

  it("GIVEN every payload so far WHEN checked THEN none could ping anyone or exceed Discord's limits", () => {
    for (const m of sentMessages(t.discord.requests)) {
      expect(m.allowed_mentions).toEqual({ parse: [] });
      expect((m.content ?? "").length).toBeLessThanOrEqual(2000);
    }
  });
});
