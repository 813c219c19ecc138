import { describe, expect, it } from "vitest";
import { startTestBot } from "../builders/bot.ts";

/** A reply whose button custom_id is over Discord's 100-character limit. */
async function breakDiscordRule(apiUrl: string, channelId: string, token: string): Promise<number> {
  const components = [
    { type: 1, components: [{ type: 2, style: 2, label: "Go", custom_id: "x".repeat(101) }] },
  ];
  const response = await fetch(`${apiUrl}/v10/channels/${channelId}/messages`, {
    method: "POST",
    headers: { authorization: `Bot ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ content: "hi", components }),
  });
  return response.status;
}

describe("a test bot fails its test when a fake refused a request the real API would refuse", () => {
  it("GIVEN a rule-breaking request the test did not expect WHEN the test bot stops THEN stop fails naming the rule", async () => {
    const t = await startTestBot();
    const { apiUrl, channelId, token } = t.discord;

    expect(await breakDiscordRule(apiUrl, channelId, token)).toBe(400);

    await expect(t.stop()).rejects.toThrow(
      /POST \/channels\/\{channel_id\}\/messages -> 400\n\s+components\.0\.components\.0\.custom_id: BASE_TYPE_MAX_LENGTH/,
    );
  });

  it("GIVEN the test expects that violation WHEN the test bot stops THEN stop passes, and fails when it never came", async () => {
    const t = await startTestBot();
    t.expectViolation("custom_id: BASE_TYPE_MAX_LENGTH");
    await breakDiscordRule(t.discord.apiUrl, t.discord.channelId, t.discord.token);
    await expect(t.stop()).resolves.toBeUndefined();

    const quiet = await startTestBot();
    quiet.expectViolation(/custom_id/);
    await expect(quiet.stop()).rejects.toThrow(/expected violations never happened: \/custom_id\//);
  });

  it("GIVEN a chat request the SDK's types do not allow WHEN the test bot stops THEN stop fails naming the parameter", async () => {
    const t = await startTestBot({ llm: true });
    const llm = t.llm;
    if (!llm) throw new Error("no fake LLM");

    const response = await fetch(`${llm.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: "m",
        messages: [{ role: "user", content: "hi" }],
        tempreature: 1,
      }),
    });

    expect(response.status).toBe(400);
    await expect(t.stop()).rejects.toThrow(/tempreature: unknown_parameter/);
  });
});
