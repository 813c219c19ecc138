import { describe, expect, it } from "vitest";
import { createLogger, type Logger } from "../src/logger.ts";
import { collectLines, type LineCollector } from "./builders/log-lines.ts";

// Made-up secrets in the real shapes: a Discord bot token, an OpenAI key, an interaction token.
const DISCORD_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
const OPENAI_KEY = "sk-proj-abcdefghijklmnopqrstuvwx1234";
const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OmZha2U";
const APP_ID = "123456789012345678";

function jsonLogger(): { log: Logger; out: LineCollector } {
  const out = collectLines();
  return { log: createLogger({ level: "info", format: "json", destination: out }), out };
}

/** Every line written, each parsed as the JSON object it must be. */
function records(out: LineCollector): Record<string, unknown>[] {
  return out.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("createLogger with JSON output", () => {
  it("GIVEN a message at info level WHEN it is logged THEN one JSON line with the message is written", () => {
    const { log, out } = jsonLogger();

    log.info("bot ready");

    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(/\n$/);
    expect(records(out)[0]).toMatchObject({ level: 30, msg: "bot ready" });
  });

  it("GIVEN a Discord bot token in a message WHEN it is logged THEN the token never appears and the rest of the message does", () => {
    const { log, out } = jsonLogger();

    log.info(`login failed with ${DISCORD_TOKEN} today`);

    expect(out.text()).not.toContain(DISCORD_TOKEN);
    expect(out.text()).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789AB");
    expect(records(out)[0]?.msg).toBe("login failed with [token] today");
  });

  it("GIVEN an sk- API key in a message WHEN it is logged THEN the key never appears", () => {
    const { log, out } = jsonLogger();

    log.warn(`openai rejected key ${OPENAI_KEY}`);

    expect(out.text()).not.toContain(OPENAI_KEY);
    expect(out.text()).not.toContain("abcdefghijklmnopqrstuvwx1234");
    expect(records(out)[0]?.msg).toBe("openai rejected key [api-key]");
  });

  it("GIVEN an interaction callback URL WHEN it is logged THEN its token segment never appears but the route does", () => {
    const { log, out } = jsonLogger();

    log.error(
      `POST https://discord.com/api/v10/interactions/${APP_ID}/${INTERACTION_TOKEN}/callback failed`,
    );

    expect(out.text()).not.toContain(INTERACTION_TOKEN);
    expect(records(out)[0]?.msg).toBe(
      `POST https://discord.com/api/v10/interactions/${APP_ID}/[token]/callback failed`,
    );
  });

  it("GIVEN a webhook URL in a logged field WHEN it is logged THEN its token segment never appears", () => {
    const { log, out } = jsonLogger();

    log.error(
      {
        url: `https://discord.com/api/v10/webhooks/${APP_ID}/${INTERACTION_TOKEN}/messages/@original`,
      },
      "edit",
    );

    expect(out.text()).not.toContain(INTERACTION_TOKEN);
    expect(records(out)[0]?.url).toBe(
      `https://discord.com/api/v10/webhooks/${APP_ID}/[token]/messages/@original`,
    );
  });

  it("GIVEN token and apiKey fields WHEN they are logged THEN their values never appear", () => {
    const { log, out } = jsonLogger();

    log.info({ token: "plain-secret-one", apiKey: "plain-secret-two" }, "config");
    log.info({ client: { token: "plain-secret-three", apiKey: "plain-secret-four" } }, "client");

    for (const secret of [
      "plain-secret-one",
      "plain-secret-two",
      "plain-secret-three",
      "plain-secret-four",
    ]) {
      expect(out.text()).not.toContain(secret);
    }
    expect(records(out)[0]).toMatchObject({ token: "[redacted]", apiKey: "[redacted]" });
  });

  it("GIVEN an authorization header WHEN it is logged THEN the credential never appears", () => {
    const { log, out } = jsonLogger();

    log.info({ headers: { authorization: "Bot plain-secret-five" } }, "request");

    expect(out.text()).not.toContain("plain-secret-five");
  });

  it("GIVEN the loaded settings WHEN they are logged THEN the Discord token and OpenAI key never appear", () => {
    const { log, out } = jsonLogger();

    log.info(
      { config: { DISCORD_TOKEN: "plain-secret-six", OPENAI_API_KEY: "plain-secret-seven" } },
      "settings",
    );

    expect(out.text()).not.toContain("plain-secret-six");
    expect(out.text()).not.toContain("plain-secret-seven");
  });

  it("GIVEN terminal escapes and control characters in a message WHEN it is logged THEN none of them reaches the raw line", () => {
    const { log, out } = jsonLogger();

    log.info("user said \u001b[31mred\u0000 \u009b2J \u007f bell\u0007");

    const [line = ""] = out.lines;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    expect(line.replace(/\n$/, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(records(out)[0]?.msg).toMatch(/^user said .*red.* bell/);
  });

  it("GIVEN a level of warn WHEN an info message is logged THEN nothing is written", () => {
    const out = collectLines();
    const log = createLogger({ level: "warn", format: "json", destination: out });

    log.info("quiet");

    expect(out.lines).toEqual([]);
  });
});

describe("createLogger edge cases", () => {
  it("GIVEN an API key or token right after a newline or tab WHEN logged THEN it is still scrubbed and the line stays valid JSON", () => {
    const { log, out } = jsonLogger();

    log.info(`OpenAI said:\n${OPENAI_KEY}`);
    log.info({ body: `x\t${OPENAI_KEY}` }, `token:\n${DISCORD_TOKEN}`);

    expect(out.text()).not.toContain("abcdefghijklmnopqrstuvwx1234");
    expect(out.text()).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789AB");
    expect(records(out).map((r) => r.msg)).toEqual(["OpenAI said:\n[api-key]", "token:\n[token]"]);
  });

  it("GIVEN terminal escapes and NUL in a message WHEN logged as JSON THEN the parsed message holds no control characters", () => {
    const { log, out } = jsonLogger();

    log.info({ question: "\u001b[31mred\u0000" }, "bell\u0007");

    const [record] = records(out);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    expect(String(record?.msg)).not.toMatch(control);
    expect(String(record?.question)).not.toMatch(control);
  });

  it("GIVEN the pretty format WHEN a line is logged THEN it is written readably, with secrets scrubbed", () => {
    const out = collectLines();
    const log = createLogger({ level: "info", format: "pretty", destination: out });

    log.info(`ready with ${OPENAI_KEY}`);

    expect(out.text()).toMatch(/INFO.*ready with \[api-key\]/);
  });
});
