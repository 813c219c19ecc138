import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { cleanEnv, REPO } from "../builders/child-env.ts";
import { fixturePath } from "../builders/knowledge.ts";
import { startFakeDiscord } from "../fakes/discord/index.ts";
import { startFakeOpenAI } from "../fakes/openai/index.ts";
import { type Sent, sendOne } from "./traffic.ts";

// `npm run soak -- --minutes N`: mixed traffic and faults against the real bot process.
const { values } = parseArgs({
  options: { minutes: { type: "string", default: "10" }, rate: { type: "string", default: "8" } },
});
const minutes = Number(values.minutes);
const perSecond = Number(values.rate);
const API_KEY = "sk-soak-0123456789abcdefghijklmnop";

const discord = await startFakeDiscord({ interactionTimeoutMs: null });
const llm = await startFakeOpenAI();
// The same process `npm start` runs: the prestart bundle, on plain node.
execFileSync("npm", ["run", "--silent", "prestart"], { cwd: REPO });
// Its own working and data directory: the soak's traffic never reaches the owner's report.
const workDir = mkdtempSync(join(tmpdir(), "askme-soak-"));
process.on("exit", () => rmSync(workDir, { recursive: true, force: true }));
const bot = spawn(process.execPath, ["--enable-source-maps", join(REPO, "dist/main.js")], {
  cwd: workDir,
  env: cleanEnv({
    KNOWLEDGE_FILE: join(REPO, fixturePath("shipped")),
    DATA_DIR: join(workDir, "data"),
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    OPENAI_API_KEY: API_KEY,
    OPENAI_BASE_URL: llm.baseURL,
    LLM_FIRST_TOKEN_TIMEOUT_MS: "2000",
    LLM_TIMEOUT_MS: "8000",
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
  }),
  stdio: ["ignore", "ignore", "pipe"],
});
let logs = "";
let crashed = 0;
bot.stderr.on("data", (d) => {
  logs += d;
});
bot.on("exit", (code) => {
  if (code !== 0 && code !== null) crashed++;
});

const rss = () =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${bot.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
await waitFor(() => discord.commands().length > 0, 30_000);
const rssStart = rss();

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const users = Array.from({ length: 400 }, (_, i) => String(734_829_174_628_000_000n + BigInt(i)));
const sent: Sent[] = [];
const until = Date.now() + minutes * 60_000;
let tick = 0;
while (Date.now() < until && crashed === 0) {
  sent.push(sendOne(discord, llm, users, random));
  tick++;
  if (tick % 200 === 0)
    discord.failNext(
      { route: /channels\/:id\/messages$/ },
      { status: 429, headers: { "retry-after": "0.3" } },
    );
  if (tick % 500 === 0) discord.dropGateway(4000);
  await sleep(1000 / perSecond);
}
await sleep(25_000);
const rssEnd = rss();
bot.kill("SIGTERM");
await new Promise((resolve) => bot.on("exit", resolve));

const payloads = discord.requests.filter((r) => ["POST", "PATCH"].includes(r.method));
for (const s of sent) {
  const hit = payloads.find((r) => r.at >= s.at && r.status < 300 && s.match(r.path, r.body));
  if (hit) s.answeredAt = hit.at;
}
const bodies = payloads.map((r) => JSON.stringify(r.body ?? ""));
const contents = payloads.flatMap((r) => {
  const b = r.body as { content?: string; data?: { content?: string } } | null;
  const c = b?.content ?? b?.data?.content;
  return typeof c === "string" ? [c] : [];
});
const tokens = discord.requests.flatMap(
  (r) => /\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(r.path)?.[1] ?? [],
);
const latencies = sent
  .flatMap((s) => (s.answeredAt ? [s.answeredAt - s.at] : []))
  .sort((a, b) => a - b);
const report = {
  minutes,
  questions: sent.length,
  answered: latencies.length,
  lost: sent.length - latencies.length,
  crashes: crashed,
  secretsInLogs: [discord.token, API_KEY, ...new Set(tokens)].filter((s) => logs.includes(s))
    .length,
  massMentions: contents.filter((c) => /@everyone|@here|<@&\d+>/.test(c)).length,
  withoutParseEmpty: bodies.filter(
    (b) => /"content"/.test(b) && !/"allowed_mentions":\{"parse":\[\]/.test(b),
  ).length,
  over2000OrEmpty: contents.filter((c) => c.length > 2000 || !c.trim()).length,
  latencyMs: { p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), max: latencies.at(-1) ?? 0 },
  rssMb: { start: Math.round(rssStart), end: Math.round(rssEnd) },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await discord.close();
await llm.close();
process.exit(
  report.lost ||
    report.crashes ||
    report.secretsInLogs ||
    report.massMentions ||
    report.over2000OrEmpty
    ? 1
    : 0,
);

function pct(sorted: number[], p: number) {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
}
function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
async function waitFor(check: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("the bot did not start");
    await sleep(50);
  }
}
