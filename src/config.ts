import { config as loadDotenv } from "dotenv";
import { z } from "zod";

// Empty strings count as unset, so `FOO=` in .env falls back to the default.
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((v) => (v === "" || v === undefined ? fallback : v), schema);
const int = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const bool = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1");
// `true` and `false` were this setting's values before it had three; they stay accepted.
const storeQuestions = z
  .enum(["none", "unanswered", "all", "true", "false"], {
    error: "must be none, unanswered or all",
  })
  .transform((v): QuestionStorage => (v === "true" ? "all" : v === "false" ? "none" : v));

/** Which question texts the owner's store keeps: none, only those the profile could not answer, or all. */
export type QuestionStorage = "none" | "unanswered" | "all";

// Values never repeated back in an error message.
const SECRETS = new Set(["DISCORD_TOKEN", "OPENAI_API_KEY"]);
const snowflake = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^\d{17,20}$/, "must be a Discord id (17-20 digits)")
    .optional(),
);
const httpUrl = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
);

const envSchema = z.object({
  DISCORD_TOKEN: optionalString,
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: httpUrl,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl,
  OPENAI_MODEL: withDefault(z.string(), "gpt-4o-mini"),
  LLM_TIMEOUT_MS: withDefault(int(1000, 600_000), 20_000),
  LLM_FIRST_TOKEN_TIMEOUT_MS: withDefault(int(500, 600_000), 8_000),
  LLM_MAX_RETRIES: withDefault(int(0, 5), 1),
  LLM_MAX_TOKENS: withDefault(int(16, 16_000), 600),
  LLM_TOKEN_PARAM: withDefault(z.enum(["auto", "max_tokens", "max_completion_tokens"]), "auto"),
  LLM_CONTEXT_TOKENS: withDefault(int(200, 100_000), 3_000),
  LLM_CONCURRENCY: withDefault(int(1, 256), 4),
  LLM_QUEUE_SIZE: withDefault(int(0, 10_000), 32),
  LLM_DAILY_TOKEN_BUDGET: withDefault(int(0, 1_000_000_000), 500_000),
  LLM_BREAKER_FAILURES: withDefault(int(1, 100), 3),
  LLM_BREAKER_SECONDS: withDefault(int(1, 86_400), 60),
  RATE_LIMIT_PER_MINUTE: withDefault(int(1, 10_000), 5),
  // 0 picks a free port (tests); the bound address is logged.
  HEALTH_PORT: z.preprocess((v) => (v === "" ? undefined : v), int(0, 65_535).optional()),
  HEALTH_HOST: withDefault(z.string(), "127.0.0.1"),
  KNOWLEDGE_FILE: withDefault(z.string(), "knowledge/profile.yaml"),
  QUESTION_MAX_LENGTH: withDefault(int(20, 4_000), 500),
  MEMORY_TURNS: withDefault(int(0, 50), 6),
  MEMORY_TTL_MINUTES: withDefault(int(1, 10_080), 30),
  MEMORY_MAX_USERS: withDefault(int(1, 1_000_000), 10_000),
  DATA_DIR: withDefault(z.string(), "data"),
  STORE_QUESTIONS: withDefault(storeQuestions, "unanswered"),
  RETENTION_DAYS: withDefault(int(1, 3650), 30),
  OWNER_IDS: withDefault(
    z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^\d{17,20}$/, "must be Discord user ids, comma-separated"))),
    "",
  ),
  LOG_LEVEL: withDefault(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be fatal, error, warn, info, debug, trace or silent",
    }),
    "info",
  ),
  LOG_FORMAT: withDefault(
    z.enum(["auto", "pretty", "json"], { error: "must be auto, pretty or json" }),
    "auto",
  ),
  LOG_MESSAGE_TEXT: withDefault(bool, "false"),
});

/** Every setting's name, for checking that the docs cover them all. */
export const SETTING_NAMES = Object.keys(envSchema.shape);

/** Validated settings; the only view of the environment the rest of the code gets. */
export type Config = z.output<typeof envSchema>;

/** Raised with every bad or missing setting at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings (see .env.example):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses an environment; pure, so tests pass their own. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((i) => {
      const name = String(i.path[0] ?? "");
      const given = env[name];
      const quoted =
        given === undefined || SECRETS.has(name) ? "" : ` (got "${given.slice(0, 80)}")`;
      return `${i.path.join(".")}: ${i.message}${quoted}`;
    }),
  );
}

/** Reads `.env` (when present) and process.env. The only reader of process.env. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): Config {
  loadDotenv({ quiet: true });
  return parseConfig({ ...process.env, ...overrides });
}

/** Fails early, naming every missing setting, when a front end needs some. */
export function requireSettings<K extends keyof Config>(
  config: Config,
  keys: K[],
): { [P in K]-?: NonNullable<Config[P]> } {
  const missing = keys.filter((k) => config[k] === undefined);
  if (missing.length > 0) throw new ConfigError(missing.map((k) => `${String(k)}: required`));
  return config as unknown as { [P in K]-?: NonNullable<Config[P]> };
}
