import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildRegistry } from "../../commands/index.ts";
import { parseConfig } from "../../src/config.ts";
import { createCore } from "../../src/core.ts";
import { type Bot, startBot } from "../../src/discord/bot.ts";
import { createStore } from "../../src/store/store.ts";
import type { Store } from "../../src/store/types.ts";
import {
  describeViolations,
  type FakeDiscord,
  type RecordedRequest,
  startFakeDiscord,
  type Violation,
} from "../fakes/discord/index.ts";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai/index.ts";
import { fixturePath } from "./knowledge.ts";
import { collectLines, type LineCollector } from "./log-lines.ts";

/** A bot logged into a fake Discord, optionally with a fake LLM, and everything it logged. */
export interface TestBot {
  bot: Bot;
  discord: FakeDiscord;
  llm?: FakeOpenAI;
  /** The usage store, when asked for (in a temporary DATA_DIR unless env sets one). */
  store?: Store;
  logs: LineCollector;
  /**
   * Declares that this test breaks a rule of Discord's or OpenAI's API on purpose: `rule` is
   * matched against each violation's `where` and rule lines. Without it, stop() fails the test on
   * any violation the fakes recorded; with it, stop() fails when no violation matched.
   */
  expectViolation(rule: string | RegExp): void;
  /** Stops everything, then fails if the fakes recorded a violation the test did not expect. */
  stop(): Promise<void>;
}

/** Short LLM deadlines and no retries, for tests whose fake LLM hangs or fails on purpose. */
export const FAULTY_LLM_SETTINGS = {
  LLM_FIRST_TOKEN_TIMEOUT_MS: "500",
  LLM_TIMEOUT_MS: "3000",
  LLM_MAX_RETRIES: "0",
  // Each test scripts its own failures; the breaker has a test of its own.
  LLM_BREAKER_FAILURES: "100",
};

export const TEST_API_KEY = "sk-test-key-0123456789abcdefghijkl";

export async function startTestBot(
  options: {
    llm?: boolean;
    env?: Record<string, string>;
    discord?: FakeDiscord;
    store?: boolean;
  } = {},
): Promise<TestBot> {
  const discord = options.discord ?? (await startFakeDiscord());
  // A shared fake may hold violations from before this bot started.
  const firstViolation = discord.violations.length;
  const expected: (string | RegExp)[] = [];
  const llm = options.llm ? await startFakeOpenAI() : undefined;
  const logs = collectLines();
  // Never the owner's ./data: a store, when asked for, lives in a temporary directory.
  const dataDir = mkdtempSync(join(tmpdir(), "askme-bot-data-"));
  const config = parseConfig({
    DATA_DIR: dataDir,
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
    LOG_FORMAT: "json",
    LOG_LEVEL: "debug",
    KNOWLEDGE_FILE: fixturePath("shipped"),
    // Tests send many questions as one user; the rate limit has tests of its own.
    RATE_LIMIT_PER_MINUTE: "10000",
    ...(llm
      ? { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: "gpt-fake" }
      : {}),
    ...options.env,
  });
  const core = await createCore(config, { logDestination: logs });
  const store = options.store
    ? createStore({
        dataDir: config.DATA_DIR,
        storeQuestions: config.STORE_QUESTIONS,
        retentionDays: config.RETENTION_DAYS,
        logger: core.logger,
      })
    : undefined;
  const bot = await startBot(core, {
    registry: (knowledge) => buildRegistry(config, knowledge),
    store,
  });
  const handle: TestBot = {
    bot,
    discord,
    ...(llm ? { llm } : {}),
    ...(store ? { store } : {}),
    logs,
    expectViolation: (rule) => expected.push(rule),
    async stop() {
      // The current bot: a test may have restarted it.
      await handle.bot.stop();
      handle.store?.close();
      if (!options.discord) await discord.close();
      await llm?.close();
      rmSync(dataDir, { recursive: true, force: true });
      const seen = [...discord.violations.slice(firstViolation), ...(llm?.violations ?? [])];
      checkViolations(seen, expected);
    },
  };
  return handle;
}

function matchesRule(v: Pick<Violation, "where" | "rules">, rule: string | RegExp): boolean {
  const lines = [v.where, ...v.rules];
  return lines.some((line) => (typeof rule === "string" ? line.includes(rule) : rule.test(line)));
}

/** Throws when a violation was not expected, or an expected one never came. */
function checkViolations(seen: Violation[], expected: (string | RegExp)[]): void {
  const unexpected = seen.filter((v) => !expected.some((rule) => matchesRule(v, rule)));
  if (unexpected.length > 0) {
    throw new Error(
      `the fakes refused requests the real APIs would refuse:\n  ${describeViolations(unexpected)}\n` +
        "(call t.expectViolation(rule) if the test provokes this on purpose)",
    );
  }
  const missing = expected.filter((rule) => !seen.some((v) => matchesRule(v, rule)));
  if (missing.length > 0) {
    throw new Error(`expected violations never happened: ${missing.map(String).join(", ")}`);
  }
}

/** The test bot's fake LLM; fails loudly when the bot was started without one. */
export function fakeLlm(t: TestBot): FakeOpenAI {
  if (!t.llm) throw new Error("this test bot has no fake LLM (start it with { llm: true })");
  return t.llm;
}

/** A message body the bot sent, from any route that creates or edits a message. */
export interface SentMessage {
  route: string;
  content?: string;
  embeds?: { title?: string; description?: string }[];
  allowed_mentions?: { parse?: string[] };
  flags?: number;
}

const MESSAGE_ROUTES = /messages|webhooks|callback/;

/** Every message payload the bot sent, unwrapping interaction callbacks' `data`. */
export function sentMessages(requests: RecordedRequest[]): SentMessage[] {
  return requests
    .filter((r) => (r.method === "POST" || r.method === "PATCH") && MESSAGE_ROUTES.test(r.route))
    .flatMap((r) => {
      const body = r.body as { type?: number; data?: SentMessage } & SentMessage;
      const message = r.route.includes("callback") ? body?.data : body;
      if (!message || !("content" in message || "embeds" in message)) return [];
      return [{ ...message, route: r.route }];
    });
}

/** Waits until `check` passes, polling; for effects that arrive over the network. */
export async function eventually<T>(check: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
