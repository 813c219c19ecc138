import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestBot, type TestBot } from "../builders/bot.ts";
import { fixturePath } from "../builders/knowledge.ts";
import { systemTool } from "../builders/system-tool.ts";
import { chatInputInteraction } from "../fakes/discord/index.ts";

let t: TestBot;
let file: string;

beforeAll(async () => {
  file = join(await mkdtemp(join(tmpdir(), "askme-knowledge-")), "profile.yaml");
  await copyFile(fixturePath("shipped"), file);
  t = await startTestBot({
    env: { KNOWLEDGE_FILE: file, RATE_LIMIT_PER_MINUTE: "3", HEALTH_PORT: "0" },
  });
});
afterAll(() => t.stop());

const repliesIn = (channelId: string) =>
  t.discord.requests.filter(
    (r) => r.method === "POST" && r.path === `/channels/${channelId}/messages`,
  );

describe("rate limit", () => {
  it("GIVEN 3 questions a minute WHEN one user sends 6 DMs THEN 3 are answered, 1 polite notice follows, and the rest get nothing", async () => {
    const authorId = "534829174628193847";
    let channel = "";
    for (let i = 0; i < 6; i++)
      channel = t.discord.sendMessage({
        content: "What is machnet?",
        guild: false,
        authorId,
      }).channel_id;
    await eventually(() => repliesIn(channel).length >= 4 || undefined);
    await new Promise((r) => setTimeout(r, 300));
    const contents = repliesIn(channel).map((r) => (r.body as { content: string }).content);
    expect(contents).toHaveLength(4);
    expect(contents.filter((c) => /750K/.test(c))).toHaveLength(3);
    expect(contents.filter((c) => /wait a minute/.test(c))).toHaveLength(1);
  });

  it("GIVEN a limited user WHEN /ask is used THEN the refusal is private", async () => {
    const userId = "434829174628193847";
    const ids = Array.from(
      { length: 4 },
      () =>
        t.discord.sendInteraction(
          chatInputInteraction({
            name: "ask",
            userId,
            options: { question: "What is Backdraft?" },
          }),
        ).id,
    );
    const last = await eventually(() =>
      t.discord.requests.find((r) => r.path.includes(`/interactions/${ids[3]}/`)),
    );
    expect(last.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/wait a minute/) },
    });
  });
});

describe("knowledge hot reload", () => {
  it("GIVEN a valid edit adding a section WHEN saved THEN its command is registered and answers with the new content", async () => {
    const original = await readFile(file, "utf8");
    const added = `${original}
  - id: talks
    title: Talks
    description: Talks I have given
    entries:
      - id: test-talk
        title: A test talk about Zanzibar routers
        summary: Only in this test's copy of the file.
`;
    await writeFile(file, added);
    await eventually(
      () => t.discord.commands(t.discord.guildId).some((c) => c.name === "talks") || undefined,
      5_000,
    );
    const { id } = t.discord.sendInteraction(chatInputInteraction({ name: "talks" }));
    const reply = await eventually(() =>
      t.discord.requests.find((r) => r.path.includes(`/interactions/${id}/`)),
    );
    expect(JSON.stringify(reply.body)).toMatch(/Zanzibar routers/);
  });

  it("GIVEN an invalid edit WHEN saved THEN the error is logged with its line and the previous version keeps answering", async () => {
    const valid = await readFile(file, "utf8");
    await writeFile(file, valid.replace("id: talks", "id: Talks!"));
    await eventually(() => t.logs.text().includes("knowledge edit is invalid") || undefined, 5_000);
    expect(t.logs.text()).toMatch(/profile\.yaml:\d+:\d+ sections\[\d+\]\.id/);
    const { id } = t.discord.sendInteraction(chatInputInteraction({ name: "talks" }));
    const reply = await eventually(() =>
      t.discord.requests.find((r) => r.path.includes(`/interactions/${id}/`)),
    );
    expect(JSON.stringify(reply.body)).toMatch(/Zanzibar routers/);
  });
});

describe("health and metrics", () => {
  it("GIVEN HEALTH_PORT WHEN probed THEN /healthz says connected and /metrics counts answers and rate-limited users", async () => {
    const url = t.bot.healthUrl;
    expect(url).toBeDefined();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, gateway: true, knowledge: true });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(
      /askme_answers_total\{surface="dm",mode="offline",abstained="false"\} [1-9]/,
    );
    expect(metrics).toMatch(/askme_rate_limited_total [1-9]/);
    expect(metrics).toMatch(/askme_gateway_connected 1/);
  });
});

describe("metrics on a fresh bot", () => {
  const promtool = systemTool("the metrics page's", ["promtool"]);
  const slashOffline =
    /^askme_answers_total\{surface="slash",mode="offline",abstained="false"\} (\d+)$/m;

  it("GIVEN a bot that has answered nothing WHEN /metrics is read, then read again after an /ask THEN the counter is there at 0 and then rises, and promtool accepts both pages", async () => {
    const fresh = await startTestBot({ env: { HEALTH_PORT: "0" } });
    try {
      const page = async () => (await fetch(`${fresh.bot.healthUrl}/metrics`)).text();
      const before = await page();
      const { id } = fresh.discord.sendInteraction(
        chatInputInteraction({ name: "ask", options: { question: "What is machnet?" } }),
      );
      // Offline, the answer is counted before its first (and only) response is sent.
      await eventually(() => fresh.discord.ackTime(id));
      const after = await page();

      expect(slashOffline.exec(before)?.[1]).toBe("0");
      expect(slashOffline.exec(after)?.[1]).toBe("1");
      if (!promtool.skip) {
        for (const text of [before, after]) {
          const check = spawnSync(promtool.path ?? "promtool", ["check", "metrics"], {
            input: text,
            encoding: "utf8",
          });
          expect(check.status, check.stdout + check.stderr).toBe(0);
        }
      }
    } finally {
      await fresh.stop();
    }
  });
});
