import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, requireSettings, SETTING_NAMES } from "../src/config.ts";

/** The ConfigError `run` throws; fails the test when it throws nothing or something else. */
function configErrorFrom(run: () => unknown): ConfigError {
  try {
    run();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError, but nothing was thrown");
}

/** The ConfigError parseConfig throws for `env`. */
function configError(env: Record<string, string | undefined>): ConfigError {
  return configErrorFrom(() => parseConfig(env));
}

describe("parseConfig", () => {
  it("GIVEN an empty environment WHEN settings are parsed THEN every default is filled in and nothing optional is set", () => {
    const config = parseConfig({});

    expect(config).toEqual({
      OPENAI_MODEL: "gpt-4o-mini",
      LLM_TIMEOUT_MS: 20_000,
      LLM_FIRST_TOKEN_TIMEOUT_MS: 8_000,
      LLM_MAX_RETRIES: 1,
      LLM_MAX_TOKENS: 600,
      LLM_TOKEN_PARAM: "auto",
      LLM_CONTEXT_TOKENS: 3_000,
      KNOWLEDGE_FILE: "knowledge/profile.yaml",
      QUESTION_MAX_LENGTH: 500,
      MEMORY_TURNS: 6,
      MEMORY_TTL_MINUTES: 30,
      MEMORY_MAX_USERS: 10_000,
      LOG_LEVEL: "info",
      LOG_FORMAT: "auto",
      LOG_MESSAGE_TEXT: false,
      LLM_CONCURRENCY: 4,
      LLM_QUEUE_SIZE: 32,
      LLM_DAILY_TOKEN_BUDGET: 500_000,
      LLM_BREAKER_FAILURES: 3,
      LLM_BREAKER_SECONDS: 60,
      RATE_LIMIT_PER_MINUTE: 5,
      HEALTH_HOST: "127.0.0.1",
      DATA_DIR: "data",
      STORE_QUESTIONS: "unanswered",
      RETENTION_DAYS: 30,
      OWNER_IDS: [],
    });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it("GIVEN settings written as FOO= in .env WHEN settings are parsed THEN each empty value counts as unset", () => {
    const config = parseConfig({
      DISCORD_TOKEN: "",
      DISCORD_CLIENT_ID: "",
      OPENAI_API_KEY: "",
      OPENAI_BASE_URL: "",
      OPENAI_MODEL: "",
      LLM_TIMEOUT_MS: "",
      MEMORY_TURNS: "",
      LOG_LEVEL: "",
      LOG_MESSAGE_TEXT: "",
    });

    expect(config).toEqual(parseConfig({}));
  });

  it("GIVEN numbers, flags and ids as environment strings WHEN settings are parsed THEN they come back typed", () => {
    const config = parseConfig({
      DISCORD_CLIENT_ID: "123456789012345678",
      OPENAI_BASE_URL: "http://localhost:8080/v1",
      LLM_TIMEOUT_MS: "5000",
      MEMORY_TURNS: "0",
      LOG_MESSAGE_TEXT: "1",
    });

    expect(config.DISCORD_CLIENT_ID).toBe("123456789012345678");
    expect(config.OPENAI_BASE_URL).toBe("http://localhost:8080/v1");
    expect(config.LLM_TIMEOUT_MS).toBe(5000);
    expect(config.MEMORY_TURNS).toBe(0);
    expect(config.LOG_MESSAGE_TEXT).toBe(true);
  });

  it("GIVEN three bad settings WHEN settings are parsed THEN one ConfigError names all three", () => {
    const error = configError({
      LLM_TIMEOUT_MS: "abc",
      DISCORD_CLIENT_ID: "xyz",
      OPENAI_BASE_URL: "notaurl",
    });

    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(/LLM_TIMEOUT_MS: /);
    expect(error.message).toContain(
      'DISCORD_CLIENT_ID: must be a Discord id (17-20 digits) (got "xyz")',
    );
    expect(error.message).toContain('OPENAI_BASE_URL: must be an http(s) URL (got "notaurl")');
  });

  it("GIVEN an ftp base URL WHEN settings are parsed THEN it is rejected as not http(s)", () => {
    const error = configError({ OPENAI_BASE_URL: "ftp://example.com/v1" });

    expect(error.problems).toEqual([
      'OPENAI_BASE_URL: must be an http(s) URL (got "ftp://example.com/v1")',
    ]);
  });

  it("GIVEN a rate limit that is not a number WHEN settings are parsed THEN the error says what is expected and quotes the value given", () => {
    const error = configError({ RATE_LIMIT_PER_MINUTE: "abc" });

    expect(error.problems).toEqual([
      'RATE_LIMIT_PER_MINUTE: must be a whole number from 1 to 10000 (got "abc")',
    ]);
  });

  it("GIVEN a bad setting next to a token and an API key WHEN settings are parsed THEN the secrets are never repeated", () => {
    const error = configError({
      DISCORD_TOKEN: "secret-token-value",
      OPENAI_API_KEY: "sk-secret-key-value",
      LLM_TIMEOUT_MS: "soon",
    });

    expect(error.message).not.toContain("secret-token-value");
    expect(error.message).not.toContain("sk-secret-key-value");
    expect(error.message).toContain('(got "soon")');
  });

  it("GIVEN STORE_QUESTIONS in its old true/false form or its new names WHEN settings are parsed THEN each maps to none, unanswered or all", () => {
    const storage = (v: string) => parseConfig({ STORE_QUESTIONS: v }).STORE_QUESTIONS;

    expect(["true", "false", "none", "unanswered", "all"].map(storage)).toEqual([
      "all",
      "none",
      "none",
      "unanswered",
      "all",
    ]);
    expect(configError({ STORE_QUESTIONS: "some" }).problems).toEqual([
      'STORE_QUESTIONS: must be none, unanswered or all (got "some")',
    ]);
  });

  it("GIVEN numbers outside their ranges and an unknown log level WHEN settings are parsed THEN each is reported by name", () => {
    const error = configError({ LLM_MAX_RETRIES: "9", MEMORY_TURNS: "-1", LOG_LEVEL: "loud" });

    const names = error.problems.map((p) => p.split(":")[0]);
    expect(names.sort()).toEqual(["LLM_MAX_RETRIES", "LOG_LEVEL", "MEMORY_TURNS"]);
  });
});

describe("requireSettings", () => {
  it("GIVEN no Discord token or client id WHEN a front end requires both THEN the error names every missing key", () => {
    const config = parseConfig({});

    const error = configErrorFrom(() =>
      requireSettings(config, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID", "OPENAI_MODEL"]),
    );

    expect(error.problems).toEqual(["DISCORD_TOKEN: required", "DISCORD_CLIENT_ID: required"]);
    expect(error.message).toContain("DISCORD_TOKEN: required");
    expect(error.message).toContain("DISCORD_CLIENT_ID: required");
  });

  it("GIVEN every required key is set WHEN a front end requires them THEN their values come back", () => {
    const config = parseConfig({ DISCORD_TOKEN: "t", DISCORD_CLIENT_ID: "123456789012345678" });

    const settings = requireSettings(config, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID"]);

    expect(settings.DISCORD_TOKEN).toBe("t");
    expect(settings.DISCORD_CLIENT_ID).toBe("123456789012345678");
  });
});

describe("documentation of settings", () => {
  it("GIVEN every setting the code reads WHEN .env.example and the README are read THEN each is documented in both", async () => {
    const { readFile } = await import("node:fs/promises");
    const example = await readFile(".env.example", "utf8");
    const readme = await readFile("README.md", "utf8");
    for (const name of SETTING_NAMES) {
      expect(example, `${name} in .env.example`).toMatch(new RegExp(`^${name}=`, "m"));
      expect(readme, `${name} in README`).toContain(`\`${name}\``);
    }
  });
});
