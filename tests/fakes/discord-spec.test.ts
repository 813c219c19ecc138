import { ButtonStyle, ComponentType, MessageFlags } from "discord.js";
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

type Json = Record<string, unknown>;

/** Sends a raw REST request to the fake, as any client could. */
async function send(method: string, path: string, body?: unknown): Promise<[number, Json]> {
  const response = await fetch(`${fake.apiUrl}/v10${path}`, {
    method,
    headers: { authorization: `Bot ${fake.token}`, "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return [response.status, text ? (JSON.parse(text) as Json) : {}];
}

/** An interaction the fake knows (no client needed), and its callback path. */
function interaction(): { callback: string; original: string } {
  const sent = fake.sendInteraction(chatInputInteraction({ name: "ask" }));
  return {
    callback: `/interactions/${sent.id}/${sent.token}/callback`,
    original: `/webhooks/${fake.applicationId}/${sent.token}/messages/@original`,
  };
}

const button = (customId: string) => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label: "Helpful",
  custom_id: customId,
});

/** The rule lines of the only violation recorded, after checking the 50035 answer names it. */
function onlyViolation(status: number, body: Json, field: string, code: string): string[] {
  expect(status).toBe(400);
  expect(body.code).toBe(50035);
  let node = body.errors as Json;
  for (const key of field.split(".")) node = node[key] as Json;
  expect(JSON.stringify(node._errors)).toContain(code);
  expect(fake.violations).toHaveLength(1);
  return fake.violations[0]?.rules ?? [];
}

describe("fake Discord holds REST bodies to Discord's spec and documented limits", () => {
  it("GIVEN a button custom_id of 101 characters WHEN the bot replies THEN 400 names data.components…custom_id", async () => {
    const { callback } = interaction();
    const data = {
      content: "hi",
      components: [{ type: 1, components: [button("x".repeat(101))] }],
    };

    const [status, body] = await send("POST", callback, { type: 4, data });

    const rules = onlyViolation(
      status,
      body,
      "data.components.0.components.0.custom_id",
      "BASE_TYPE_MAX_LENGTH",
    );
    expect(rules[0]).toContain("Must be 100 or fewer in length.");
    expect(fake.violations[0]?.where).toBe(
      "POST /interactions/{interaction_id}/{interaction_token}/callback",
    );
    expect(fake.ackTime(callback.split("/")[2] ?? "")).toBeUndefined();
  });

  it("GIVEN six buttons in one action row WHEN the bot sends them THEN 400 names the row's components", async () => {
    const row = { type: 1, components: [1, 2, 3, 4, 5, 6].map((n) => button(`b${n}`)) };

    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: "pick one",
      components: [row],
    });

    onlyViolation(status, body, "components.0.components", "BASE_TYPE_MAX_LENGTH");
    expect(fake.messages.get(fake.channelId) ?? []).toEqual([]);
  });

  it("GIVEN 26 autocomplete choices WHEN the bot answers THEN 400 names data.choices", async () => {
    const sent = fake.sendInteraction(
      autocompleteInteraction({ name: "projects", options: { entry: "a" }, focused: "entry" }),
    );
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));

    const [status, body] = await send("POST", `/interactions/${sent.id}/${sent.token}/callback`, {
      type: 8,
      data: { choices },
    });

    onlyViolation(status, body, "data.choices", "BASE_TYPE_MAX_LENGTH");
  });

  it("GIVEN an autocomplete choice value of 101 characters WHEN the bot answers THEN 400 names its value (documented, looser in the spec)", async () => {
    const sent = fake.sendInteraction(
      autocompleteInteraction({ name: "projects", options: { entry: "a" }, focused: "entry" }),
    );
    const choices = [{ name: "long", value: "v".repeat(101) }];

    const [status, body] = await send("POST", `/interactions/${sent.id}/${sent.token}/callback`, {
      type: 8,
      data: { choices },
    });

    onlyViolation(status, body, "data.choices.0.value", "BASE_TYPE_MAX_LENGTH");
  });

  it("GIVEN a deferred reply WHEN the edit sets EPHEMERAL THEN 400 names flags and the message is unchanged", async () => {
    const { callback, original } = interaction();
    await send("POST", callback, { type: 5, data: { flags: MessageFlags.Ephemeral } });

    const [status, body] = await send("PATCH", original, {
      content: "the answer",
      flags: MessageFlags.Ephemeral,
    });

    const rules = onlyViolation(status, body, "flags", "MESSAGE_FLAGS_NOT_ALLOWED");
    expect(rules[0]).toContain("got Ephemeral");
    const [, stored] = await send("GET", original);
    expect(stored.content).toBe("");
  });

  it("GIVEN EPHEMERAL on a channel message WHEN the bot sends it THEN 400 (only replies and follow-ups can be ephemeral)", async () => {
    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: "secret",
      flags: MessageFlags.Ephemeral,
    });

    onlyViolation(status, body, "flags", "MESSAGE_FLAGS_NOT_ALLOWED");
  });

  it("GIVEN a field of the wrong type per the spec WHEN the bot sends it THEN 400 names the field", async () => {
    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: 2000,
    });

    onlyViolation(status, body, "content", "BASE_TYPE_STRING");
  });

  it("GIVEN an unknown interaction callback type WHEN the bot sends it THEN 400 lists the spec's types", async () => {
    const { callback } = interaction();

    const [status, body] = await send("POST", callback, { type: 42 });

    const rules = onlyViolation(status, body, "type", "BASE_TYPE_CHOICES");
    expect(rules[0]).toMatch(/one of \{1, 4, 5, 6, 7, 8, 9, 12/);
  });

  it("GIVEN a field the spec does not know WHEN the bot sends it THEN it is accepted, as the spec forbids no extra fields there", async () => {
    const [status] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: "hello",
      not_a_discord_field: true,
    });

    expect(status).toBe(200);
    expect(fake.violations).toEqual([]);
  });

  it("GIVEN a follow-up of 2001 characters WHEN the bot sends it THEN 400 names content", async () => {
    const { callback } = interaction();
    await send("POST", callback, { type: 5 });
    const sent = fake.requests[0]?.path.split("/")[3] ?? "";

    const [status, body] = await send("POST", `/webhooks/${fake.applicationId}/${sent}`, {
      content: "x".repeat(2001),
    });

    onlyViolation(status, body, "content", "BASE_TYPE_MAX_LENGTH");
  });

  it("GIVEN two buttons with one custom_id WHEN the bot sends them THEN 400 names the duplicate", async () => {
    const row = { type: 1, components: [button("same"), button("same")] };

    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: "vote",
      components: [row],
    });

    onlyViolation(
      status,
      body,
      "components.0.components.1.custom_id",
      "COMPONENT_CUSTOM_ID_DUPLICATED",
    );
  });

  it("GIVEN a link button with a custom_id WHEN the bot sends it THEN 400 names the custom_id", async () => {
    const link = {
      type: 2,
      style: ButtonStyle.Link,
      label: "Docs",
      url: "https://example.com",
      custom_id: "x",
    };

    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: "see",
      components: [{ type: 1, components: [link] }],
    });

    onlyViolation(
      status,
      body,
      "components.0.components.0.custom_id",
      "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
    );
  });

  it("GIVEN six action rows without Components V2 WHEN the bot sends them THEN 400 names components", async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => ({ type: 1, components: [button(`r${n}`)] }));

    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      content: "rows",
      components: rows,
    });

    onlyViolation(status, body, "components", "BASE_TYPE_MAX_LENGTH");
  });

  it("GIVEN a message with nothing to show WHEN the bot sends it THEN 50006 is answered and recorded", async () => {
    const [status, body] = await send("POST", `/channels/${fake.channelId}/messages`, {
      allowed_mentions: { parse: [] },
    });

    expect([status, body.code]).toEqual([400, 50006]);
    expect(fake.violations[0]?.rules[0]).toContain("50006");
  });

  it("GIVEN a command with 26 options, or named in capitals WHEN registered THEN 400 names each rule", async () => {
    const option = (n: number) => ({ type: 3, name: `o${n}`, description: "An option" });
    const many = {
      name: "many",
      description: "Too many",
      options: Array.from({ length: 26 }, (_, i) => option(i)),
    };

    const [tooMany, body] = await send(
      "PUT",
      `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
      [many],
    );
    const [badName, named] = await send("POST", `/applications/${fake.applicationId}/commands`, {
      name: "Ask",
      description: "Capital letter",
    });

    expect([tooMany, badName]).toEqual([400, 400]);
    expect(JSON.stringify((body.errors as Json)["0"])).toContain("BASE_TYPE_MAX_LENGTH");
    expect(JSON.stringify(named.errors)).toContain("APPLICATION_COMMAND_INVALID_NAME");
    expect(fake.violations.map((v) => v.where)).toEqual([
      "PUT /applications/{application_id}/guilds/{guild_id}/commands",
      "POST /applications/{application_id}/commands",
    ]);
    expect(fake.commands(fake.guildId)).toEqual([]);
  });

  it("GIVEN 101 chat-input commands WHEN registered in bulk THEN 400 (at most 100)", async () => {
    const list = Array.from({ length: 101 }, (_, i) => ({
      name: `c${i}`,
      description: "A command",
    }));

    const [status, body] = await send("PUT", `/applications/${fake.applicationId}/commands`, list);

    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain("Must be 100 or fewer in length.");
  });

  it("GIVEN a multipart upload WHEN its payload_json breaks a rule THEN it is checked like a JSON body", async () => {
    const form = new FormData();
    form.append("payload_json", JSON.stringify({ content: "y".repeat(2001) }));
    form.append("files[0]", new Blob(["hello"], { type: "text/plain" }), "a.txt");

    const response = await fetch(`${fake.apiUrl}/v10/channels/${fake.channelId}/messages`, {
      method: "POST",
      headers: { authorization: `Bot ${fake.token}` },
      body: form,
    });

    expect(response.status).toBe(400);
    expect(fake.violations[0]?.rules[0]).toMatch(/^content: BASE_TYPE_MAX_LENGTH/);
  });

  it("GIVEN a path Discord's API does not have WHEN called THEN 404 and a recorded violation", async () => {
    const [status] = await send("POST", `/channels/${fake.channelId}/not-an-endpoint`, {});

    expect(status).toBe(404);
    expect(fake.violations[0]?.rules[0]).toContain("UNKNOWN_OPERATION");
  });

  it("GIVEN a body that is not JSON WHEN sent THEN 50109 and a recorded violation", async () => {
    const response = await fetch(`${fake.apiUrl}/v10/channels/${fake.channelId}/messages`, {
      method: "POST",
      headers: { authorization: `Bot ${fake.token}`, "content-type": "application/json" },
      body: "{not json",
    });

    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).code).toBe(50109);
    expect(fake.violations).toHaveLength(1);
  });
});
