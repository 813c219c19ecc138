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
  return out.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\ufffd");
}

export interface LoggerOptions {
  level: string;
  /** `brief`: warnings and errors only, one short line each (the console, between answers). */
  format: "auto" | "pretty" | "json" | "brief";
  /** Where lines go; stderr by default so stdout stays clean for CLI output. */
  destination?: NodeJS.WritableStream;
}

/** Builds the one root logger: readable on a terminal, JSON otherwise, secrets redacted. */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stderr;
  const isTty = "isTTY" in destination && Boolean(destination.isTTY);
  const usePretty = options.format === "pretty" || (options.format === "auto" && isTty);
  const brief = options.format === "brief";
  const settings: pino.LoggerOptions = {
    level: brief && LEVELS.indexOf(options.level) < LEVELS.indexOf("warn") ? "warn" : options.level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    base: null,
    // Scrub raw strings before they are serialised, so escaping cannot hide a token or a control
    // character from the patterns.
    formatters: { log: (object) => scrubValue(object, 0) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? scrubSecrets(a) : a));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
  if (brief) return pino(settings, briefLines(destination));
  if (usePretty) {
    return pino(
      settings,
      pretty({ destination: destination as never, sync: true, colorize: isTty }),
    );
  }
  return pino(settings, destination as pino.DestinationStream);
}

const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

// One short line per record: what happened and why, without the record's fields.
function briefLines(destination: NodeJS.WritableStream): pino.DestinationStream {
  return {
    write(line: string) {
      const record = JSON.parse(line) as {
        level: number;
        msg?: string;
        reason?: unknown;
        err?: unknown;
      };
      const why = record.reason ?? (record.err as { message?: unknown } | undefined)?.message;
      const label = record.level >= 50 ? "error" : "warning";
      destination.write(`askme ${label}: ${record.msg ?? ""}${why ? ` (${String(why)})` : ""}\n`);
    },
  };
}

const MAX_DEPTH = 6;

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    // A scrubbed copy, still an Error, so pino's error serialiser keeps its type.
    const copy = new Error(scrubSecrets(value.message));
    copy.name = value.name;
    if (value.stack) copy.stack = scrubSecrets(value.stack);
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, depth + 1);
  return out;
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
