import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, sentMessages, startTestBot, type TestBot } from "../builders/bot.ts";
import { fixtureKnowledge, fixturePath } from "../builders/knowledge.ts";
import { chatInputInteraction } from "../fakes/discord/index.ts";

// Another owner: a professor, in the third person, with a name and sections of her own.
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ env: { KNOWLEDGE_FILE: fixturePath("professor") } });
});
afterAll(() => t.stop());

async function run(name: string, options: Record<string, string> = {}) {
  const sent = t.discord.sendInteraction(chatInputInteraction({ name, options }));
  await eventually(() => t.discord.ackTime(sent.id));
  return sentMessages(t.discord.requests.filter((r) => r.path.includes(`/${sent.id}/`)));
}

describe("a third-person profile with a name", () => {
  it("GIVEN her sections WHEN the bot registers THEN each becomes a command and /ask speaks of her work", async () => {
    const names = fixtureKnowledge("professor").sections.map((s) => s.id);
    const commands = await eventually(() => {
      const list = t.discord.commands(t.discord.guildId);
      return list.length > 0 ? list : undefined;
    });

    for (const id of names) expect(commands.map((c) => c.name)).toContain(id);
    expect(commands.find((c) => c.name === "ask")?.description).toMatch(
      /about Miriam Adeyemi's work/,
    );
  });

  it("GIVEN /help WHEN used THEN it names her, and never says 'my work'", async () => {
    const [help] = await run("help");
    const text = help?.embeds?.[0]?.description ?? "";

    expect(text).toMatch(/Miriam Adeyemi's work/);
    expect(text).not.toMatch(/\bmy (work|profile)\b/i);
  });

  it("GIVEN a section of her own WHEN its command is used THEN its entries are listed", async () => {
    const [grants] = await run("grants");

    expect(grants?.embeds?.[0]?.title).toBe("Grants");
    expect(grants?.embeds?.[0]?.description).toMatch(/ERC/);
  });

  it("GIVEN a question her profile does not cover WHEN asked THEN the answer says so in the third person", async () => {
    const [answer] = await run("ask", { question: "What is her favourite film?" });

    expect(answer?.content).toMatch(/doesn't cover/);
    expect(answer?.content).not.toMatch(/\bmy profile\b/i);
  });
});
