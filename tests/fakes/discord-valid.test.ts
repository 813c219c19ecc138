import { once } from "node:events";
import {
  ButtonStyle,
  type ChatInputCommandInteraction,
  Client,
  ComponentType,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  type TextChannel,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  autocompleteInteraction,
  chatInputInteraction,
  type FakeDiscord,
  startFakeDiscord,
} from "./discord/index.ts";

let fake: FakeDiscord;

beforeEach(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  await fake.close();
});

const button = (customId: string) => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label: "Helpful",
  custom_id: customId,
});

/** Resolves with the next chat-input interaction the client emits. */
function nextCommand(c: Client): Promise<ChatInputCommandInteraction> {
  return new Promise((resolve) => {
    const listener = (i: Interaction) => {
      if (!i.isChatInputCommand()) return;
      c.off(Events.InteractionCreate, listener);
      resolve(i);
    };
    c.on(Events.InteractionCreate, listener);
  });
}

describe("what discord.js sends for askme's kinds of message passes", () => {
  let client: Client;

  beforeEach(async () => {
    client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
      ],
      rest: { api: fake.apiUrl },
    });
    const ready = once(client, Events.ClientReady);
    await client.login(fake.token);
    await ready;
  });

  afterEach(async () => {
    await client.destroy();
  });

  it("GIVEN replies, deferrals, edits, follow-ups, buttons, embeds and commands WHEN sent through discord.js THEN nothing is refused", async () => {
    const application = client.application;
    if (!application) throw new Error("client has no application");
    await application.commands.set(
      [
        {
          name: "ask",
          description: "Ask a question",
          options: [
            {
              type: 3,
              name: "question",
              description: "What to ask",
              required: true,
              max_length: 500,
            },
          ],
        },
        {
          name: "projects",
          description: "Projects",
          options: [{ type: 3, name: "entry", description: "One", autocomplete: true }],
        },
        // discord.js sends permissions as a string; Discord coerces it to the spec's integer.
        { name: "stats", description: "Owner only", default_member_permissions: "0" },
      ],
      fake.guildId,
    );

    const first = nextCommand(client);
    fake.sendInteraction(chatInputInteraction({ name: "ask", options: { question: "hi" } }));
    const reply = await first;
    await reply.reply({
      content: "An answer",
      embeds: [{ title: "Source", description: "From the profile", footer: { text: "askme" } }],
      components: [{ type: 1, components: [button("up:1"), button("down:1")] }],
      allowedMentions: { parse: [] },
    });
    await reply.followUp({
      content: "More",
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });

    const second = nextCommand(client);
    fake.sendInteraction(chatInputInteraction({ name: "ask", options: { question: "again" } }));
    const deferred = await second;
    await deferred.deferReply({ flags: MessageFlags.Ephemeral });
    await deferred.editReply({ content: "Edited", flags: MessageFlags.SuppressEmbeds });

    const answered = new Promise<void>((resolve) => {
      client.once(Events.InteractionCreate, async (i) => {
        if (!i.isAutocomplete()) return;
        const choices = Array.from({ length: 25 }, (_, n) => ({
          name: `Project ${n}`,
          value: `p${n}`,
        }));
        await i.respond(choices);
        resolve();
      });
    });
    fake.sendInteraction(
      autocompleteInteraction({ name: "projects", options: { entry: "p" }, focused: "entry" }),
    );
    await answered;

    const channel = (await client.channels.fetch(fake.channelId)) as TextChannel;
    const posted = await channel.send({
      content: "In the channel",
      allowedMentions: { parse: [] },
    });
    await posted.reply({
      content: "A reply",
      failIfNotExists: false,
      allowedMentions: { parse: [] },
    });
    await posted.edit({ content: "Changed" });

    expect(fake.violations).toEqual([]);
    expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});
