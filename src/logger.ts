import { createHash } from "node:crypto";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/** Field paths whose values are secrets wherever they appear in a log object. */
const REDACT_PATHS = [
  "token",
  "*.token",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "config.DISCORD_TOKEN",
  "config.OPENAI_API_KEY",
];

// Discord bot tokens, OpenAI-style keys, and the token segment of interaction/webhook URLs.
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g, "[token]"],
  [/\bsk-[A-Za-z0-9_-]{16,}\b/g, "[api-key]"],
  [/(\/(?:interactions\/\d+|webhooks\/\d+)\/)[^/\s?"']+/g, "$1[token]"],
  [/(Bot|Bearer)\s+[^\s"']+/g, "$1 [redacted]"],
];

/** Removes token-shaped strings and control characters from text bound for a log line. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return out.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "�");
}

export interface LoggerOptions {
  level: string;
  format: "auto" | "pretty" | "json";
  /** Where lines go; stderr by default so stdout stays clean for CLI output. */
  destination?: NodeJS.WritableStream;
}

/** Builds the one root logger: readable on a terminal, JSON otherwise, secrets redacted. */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stderr;
  const isTty = "isTTY" in destination && Boolean(destination.isTTY);
  const usePretty = options.format === "pretty" || (options.format === "auto" && isTty);
  const scrubbing = {
    write(line: string) {
      destination.write(`${scrubSecrets(line.replace(/\n$/, ""))}\n`);
    },
  };
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    base: null,
  };
  if (usePretty) {
    return pino(base, pretty({ destination: scrubbing as never, sync: true, colorize: isTty }));
  }
  return pino(base, scrubbing);
}

/** A short, stable fingerprint of a value (a user id, a question) for logs that must not hold it. */
export function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 12);
}

/** How a question is logged: its length and fingerprint, or its (scrubbed) text when opted in. */
export function describeText(text: string, includeText: boolean): Record<string, unknown> {
  const base = { length: text.length, hash: fingerprint(text) };
  return includeText ? { ...base, text: scrubSecrets(text).slice(0, 500) } : base;
}
