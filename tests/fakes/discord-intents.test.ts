import { Client, GatewayIntentBits } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type FakeDiscord, startFakeDiscord } from "./discord/index.ts";

let fake: FakeDiscord;

beforeEach(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  await fake.close();
});

/** The close code and reason the fake's gateway answers this IDENTIFY with, or "READY". */
async function identify(intents: number): Promise<string> {
  const ws = new WebSocket(fake.gatewayUrl);
  const outcome = new Promise<string>((resolve) => {
    ws.on("message", (data) => {
      const payload = JSON.parse(String(data)) as { op: number; t?: string };
      if (payload.op === 10) {
        const properties = { os: "linux", browser: "test", device: "test" };
        ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents, properties } }));
      }
      if (payload.t === "READY") resolve("READY");
    });
    ws.on("close", (code, reason) => resolve(`${code} ${String(reason)}`));
  });
  const result = await outcome;
  ws.terminate();
  return result;
}

describe("fake Discord's gateway holds IDENTIFY to Discord's intent rules", () => {
  const { Guilds, GuildMessages, MessageContent, GuildMembers } = GatewayIntentBits;

  it("GIVEN IDENTIFY asking for MESSAGE_CONTENT WHEN the application is not approved THEN 4014 Disallowed intent(s)", async () => {
    const answer = await identify(Guilds | GuildMessages | MessageContent);

    expect(answer).toBe("4014 Disallowed intent(s).");
    expect(fake.violations[0]?.where).toBe("GATEWAY IDENTIFY");
    expect(fake.violations[0]?.rules[0]).toContain("MessageContent");
    expect(JSON.stringify(fake.violations[0]?.body)).not.toContain(fake.token);
  });

  it("GIVEN an unknown intent bit WHEN identifying THEN 4013 Invalid intent(s)", async () => {
    expect(await identify(1 << 30)).toBe("4013 Invalid intent(s).");
  });

  it("GIVEN an approved privileged intent WHEN identifying with it THEN READY", async () => {
    await fake.close();
    fake = await startFakeDiscord({ allowedPrivilegedIntents: GuildMembers });

    expect(await identify(Guilds | GuildMembers)).toBe("READY");
    expect(await identify(Guilds | MessageContent)).toBe("4014 Disallowed intent(s).");
  });

  it("GIVEN discord.js asking for MESSAGE_CONTENT WHEN it logs in THEN login fails", async () => {
    const client = new Client({
      intents: [Guilds, MessageContent],
      rest: { api: fake.apiUrl },
    });
    try {
      await expect(client.login(fake.token)).rejects.toThrow(/disallowed intents/i);
    } finally {
      await client.destroy();
    }
  });
});
