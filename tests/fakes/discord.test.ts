import { once } from "node:events";
import {
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
  type TextChannel,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chatInputInteraction, type FakeDiscord, startFakeDiscord } from "./discord/index.ts";

let fake: FakeDiscord;
let client: Client;

/** Resolves with the next chat-input interaction the client emits. */
function nextCommand(c: Client): Promise<ChatInputCommandInteraction> {
  return new Promise((resolve) => {
    const listener = (interaction: Interaction) => {
      if (!interaction.isChatInputCommand()) return;
      c.off(Events.InteractionCreate, listener);
      resolve(interaction);
    };
    c.on(Events.InteractionCreate, listener);
  });
}

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
});

afterEach(async () => {
  await client.destroy();
  await fake.close();
});

describe("fake Discord with the real discord.js client", () => {
  it("GIVEN a logged-in client WHEN an interaction is dispatched THEN its reply reaches the fake", async () => {
    const received = nextCommand(client);
    const sent = fake.sendInteraction(
      chatInputInteraction({ name: "ask", options: { question: "hi" } }),
    );

    const interaction = await received;
    expect(interaction.options.getString("question")).toBe("hi");
    await interaction.reply({ content: "pong", allowedMentions: { parse: [] } });

    const request = await fake.waitForRequest(
      (r) => r.route === "POST /interactions/:id/:token/callback" && r.path.includes(sent.id),
    );
    expect(request.body).toMatchObject({
      type: 4,
      data: { content: "pong", allowed_mentions: { parse: [] } },
    });
    expect(request.status).toBe(204);
    expect(fake.ackTime(sent.id)).toBeGreaterThanOrEqual(sent.deliveredAt);
  });

  it("GIVEN a deferred interaction WHEN the bot edits its reply THEN PATCH @original updates the message", async () => {
    const received = nextCommand(client);
    fake.sendInteraction(chatInputInteraction({ name: "ask" }));
    const interaction = await received;

    await interaction.deferReply();
    const edited = await interaction.editReply("the answer");

    const patch = await fake.waitForRequest(
      (r) => r.route === "PATCH /webhooks/:app/:token/messages/@original",
    );
    expect(patch.path).toBe(
      `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`,
    );
    expect(patch.body).toMatchObject({ content: "the answer" });
    expect(edited.content).toBe("the answer");
    const stored = fake.messages.get(fake.channelId)?.find((m) => m.id === edited.id);
    expect(stored?.content).toBe("the answer");
  });

  it("GIVEN a user WHEN they DM the bot THEN messageCreate fires in a DM channel", async () => {
    const received = once(client, Events.MessageCreate) as Promise<[Message]>;
    const sent = fake.sendMessage({ content: "hello bot", guild: false });

    const [message] = await received;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe("hello bot");
    expect(message.channel.isDMBased()).toBe(true);
    expect(message.author.id).toBe(fake.userId);
  });

  it("GIVEN an invalid command name WHEN commands are registered THEN the fake rejects it with 400", async () => {
    const application = client.application;
    if (!application) throw new Error("client has no application");
    const attempt = application.commands.set([
      { name: "Bad Name", description: "uppercase and space" },
    ]);

    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(400);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(JSON.stringify((error as DiscordAPIError).rawError)).toContain(
      "APPLICATION_COMMAND_INVALID_NAME",
    );
    expect(fake.commands()).toEqual([]);

    await application.commands.set([{ name: "ask", description: "Ask a question" }]);
    expect(fake.commands().map((c) => c.name)).toEqual(["ask"]);
  });

  it("GIVEN a dropped gateway WHEN the client resumes THEN it still receives interactions", async () => {
    fake.dropGateway();
    const missed = nextCommand(client);
    fake.sendInteraction(chatInputInteraction({ name: "during-outage" }));
    expect((await missed).commandName).toBe("during-outage");

    const later = nextCommand(client);
    fake.sendInteraction(chatInputInteraction({ name: "after-resume" }));
    expect((await later).commandName).toBe("after-resume");
    expect(fake.gatewayStats()).toMatchObject({ identifies: 1, resumes: 1, connected: true });
  });

  it("GIVEN a message over 2000 characters WHEN the bot sends it THEN the fake rejects it with 400", async () => {
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;

    const error = await channel.send("x".repeat(2001)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(400);
    expect((error as DiscordAPIError).code).toBe(50035);
    const recorded = fake.requests.find((r) => r.route === "POST /channels/:id/messages");
    expect(recorded?.status).toBe(400);
    expect(fake.messages.get(fake.channelId) ?? []).toEqual([]);
  });

  it("GIVEN an injected 429 WHEN the bot sends a message THEN discord.js retries after Retry-After", async () => {
    fake.failNext({ route: "POST /channels/:id/messages" }, { status: 429 });
    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;

    const message = await channel.send("hi");
    const statuses = fake.requests
      .filter((r) => r.route === "POST /channels/:id/messages")
      .map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
    expect(message.content).toBe("hi");
  });

  it("GIVEN an acknowledged interaction WHEN a second callback arrives THEN the fake answers 40060", async () => {
    const received = nextCommand(client);
    const sent = fake.sendInteraction(chatInputInteraction({ name: "ask" }));
    await (await received).deferReply();

    const second = await fetch(
      `${fake.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: 4, data: { content: "again" } }),
      },
    );
    expect(second.status).toBe(400);
    expect(await second.json()).toEqual({
      message: "Interaction has already been acknowledged.",
      code: 40060,
    });
  });

  it("GIVEN a user replying to the bot WHEN the reply arrives THEN the chain resolves through the fake", async () => {
    const first = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.sendMessage({ content: "question", mentionsBot: true });
    const [question] = await first;
    expect(question.mentions.users.has(fake.botUserId)).toBe(true);
    const answer = await question.reply("answer");

    const second = once(client, Events.MessageCreate) as Promise<[Message]>;
    fake.sendMessage({ content: "follow-up", replyToMessageId: answer.id });
    const [followUp] = await second;
    const referenced = await followUp.fetchReference();
    expect(referenced.content).toBe("answer");
    expect((await referenced.fetchReference()).id).toBe(question.id);
  });
});
