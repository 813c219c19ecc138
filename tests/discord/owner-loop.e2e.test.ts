import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestBot, type TestBot } from "../builders/bot.ts";
import { runCli } from "../cli/run.ts";
import {
  buttonInteraction,
  chatInputInteraction,
  type FakeDiscord,
  startFakeDiscord,
} from "../fakes/discord/index.ts";

const OWNER = "134829174628193847";
const ALICE = "234829174628193847";
const BOB = "334829174628193847";

let discord: FakeDiscord;
let dataDir: string;
let t: TestBot;
const start = () =>
  startTestBot({ discord, store: true, env: { DATA_DIR: dataDir, OWNER_IDS: OWNER } });

beforeAll(async () => {
  discord = await startFakeDiscord();
  dataDir = await mkdtemp(join(tmpdir(), "askme-data-"));
  t = await start();
});
afterAll(async () => {
  await t.stop();
  await discord.close();
});

type Body = { content?: string; components?: { components: { custom_id: string }[] }[] };

/** Asks with /ask and returns the final message's content and its button ids. */
async function ask(question: string, userId: string) {
  const { id } = discord.sendInteraction(
    chatInputInteraction({ name: "ask", userId, options: { question } }),
  );
  // Offline, the answer is the interaction's first response (type 4), buttons included.
  const final = await eventually(() =>
    discord.requests.find((r) => r.path.includes(`/interactions/${id}/`)),
  );
  const body = (final.body as { data: Body }).data;
  const buttons = body.components?.[0]?.components.map((c) => c.custom_id) ?? [];
  return {
    content: body.content ?? "",
    up: buttons[0] ?? "",
    down: buttons[1] ?? "",
    sources: buttons[2] ?? "",
  };
}

async function press(customId: string, userId: string): Promise<string> {
  const { id } = discord.sendInteraction(buttonInteraction({ customId, userId }));
  const reply = await eventually(() =>
    discord.requests.find((r) => r.path.includes(`/interactions/${id}/`)),
  );
  return JSON.stringify(reply.body);
}

/** Every byte under the data dir (database, WAL, report), as latin1 text. */
async function dataDirBytes(dir: string): Promise<string> {
  const files = await readdir(dir);
  const contents = await Promise.all(files.map((f) => readFile(join(dir, f)).catch(() => "")));
  return contents.map((c) => c.toString("latin1")).join("");
}

describe("the owner's loop", () => {
  let phd: Awaited<ReturnType<typeof ask>>;
  let birthday: Awaited<ReturnType<typeof ask>>;

  it("GIVEN answers and abstentions WHEN people vote THEN each vote counts once per person", async () => {
    phd = await ask("Where did you do your PhD?", ALICE);
    birthday = await ask("What is your date of birth?", ALICE);
    await ask("What is your date of birth?", BOB);
    expect(phd.up).toMatch(/^askme:up:/);
    expect(await press(phd.up, ALICE)).toMatch(/Thanks for the feedback/);
    expect(await press(phd.up, ALICE)).toMatch(/already rated/);
    expect(await press(birthday.down, ALICE)).toMatch(/Thanks for the feedback/);
    for (const name of ["projects", "publications"]) {
      const { id } = discord.sendInteraction(chatInputInteraction({ name, userId: BOB }));
      await eventually(() => discord.ackTime(id));
    }
  });

  it("GIVEN a restart WHEN old buttons are pressed THEN votes and Sources still work", async () => {
    await t.stop();
    t = await start();
    expect(await press(phd.down, BOB)).toMatch(/Thanks for the feedback/);
    const sources = await press(phd.sources, BOB);
    expect(sources).toMatch(/PhD in Computer Systems/);
    expect(sources).toMatch(/"flags":64/);
  });

  it("GIVEN the session WHEN the owner runs the report THEN it shows each answer, abstention and vote", async () => {
    const run = await runCli("report", ["--json", "--days", "1"], { DATA_DIR: dataDir });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.totals).toMatchObject({ answers: 5, abstained: 2, up: 1, down: 2, askers: 2 });
    // Unanswered questions are what the report is for: their text shows, by default.
    expect(report.unanswered[0]).toMatchObject({ count: 2, text: "What is your date of birth?" });
    expect(report.downvoted).toHaveLength(2);
    expect(report.topSections.map((s: { id: string }) => s.id).sort()).toEqual([
      "projects",
      "publications",
    ]);
    expect(report.topEntries[0]).toMatchObject({ id: "phd" });
  });

  it("GIVEN the database files WHEN searched THEN no raw user id nor any answered question's text is in them", async () => {
    const bytes = await dataDirBytes(dataDir);
    for (const id of [OWNER, ALICE, BOB]) expect(bytes).not.toContain(id);
    expect(bytes).not.toContain("do your PhD");
  });

  it("GIVEN /stats WHEN the owner uses it THEN they see the summary privately; others are refused", async () => {
    const mine = discord.sendInteraction(chatInputInteraction({ name: "stats", userId: OWNER }));
    const reply = await eventually(() =>
      discord.requests.find((r) => r.path.includes(`/interactions/${mine.id}/`)),
    );
    expect(reply.body).toMatchObject({ data: { flags: 64 } });
    expect(JSON.stringify(reply.body)).toMatch(/answers/i);
    const theirs = discord.sendInteraction(chatInputInteraction({ name: "stats", userId: BOB }));
    const refused = await eventually(() =>
      discord.requests.find((r) => r.path.includes(`/interactions/${theirs.id}/`)),
    );
    expect(JSON.stringify(refused.body)).toMatch(/for the bot's owner/);
    const stats = discord.commands(discord.guildId).find((c) => c.name === "stats");
    expect(stats?.default_member_permissions).toBe("0");
  });

  it("GIVEN a corrupt database file WHEN the bot starts THEN it still answers and says feedback is not recorded", async () => {
    await t.stop();
    await writeFile(join(dataDir, "askme.db"), "this is not a database".repeat(100));
    t = await start();
    expect(t.store?.available).toBe(false);
    const answer = await ask("What is machnet?", ALICE);
    expect(answer.content).toMatch(/750K/);
    expect(await press(answer.up, ALICE)).toMatch(/isn't being recorded/);
  });
});
