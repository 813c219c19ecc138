import { buildRegistry } from "../commands/index.ts";
import { runConsole } from "./cli/console.ts";
import { exitWithError, printedHelpOnly } from "./cli/fail.ts";
import { loadConfig } from "./config.ts";
import { createCore } from "./core.ts";

const USAGE = `Usage: npm start
  Connects to Discord when DISCORD_TOKEN is set (see README), otherwise opens the local console.
  Settings come from the environment or .env.`;

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the local console otherwise. The entry
 * point owns the commands: it hands the registry to the front end it starts.
 */
async function main() {
  if (printedHelpOnly(USAGE)) return;
  const config = loadConfig();
  const registry = (knowledge: Parameters<typeof buildRegistry>[1]) =>
    buildRegistry(config, knowledge);
  if (!config.DISCORD_TOKEN) {
    const core = await createCore(config, { quietLogs: true });
    process.stdout.write(
      "No DISCORD_TOKEN set, so this is the local console. To connect to Discord, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).\n",
    );
    await runConsole(core, registry);
    return;
  }
  const core = await createCore(config);
  // A stray rejection is logged, never fatal: one bad interaction must not take the bot down.
  process.on("unhandledRejection", (reason) =>
    core.logger.error({ reason: String(reason) }, "unhandled rejection"),
  );
  // Loaded only here, so the console and CLI start without discord.js.
  const [{ startBot }, { createStore }] = await Promise.all([
    import("./discord/bot.ts"),
    import("./store/store.ts"),
  ]);
  const store = createStore({
    dataDir: config.DATA_DIR,
    storeQuestions: config.STORE_QUESTIONS,
    retentionDays: config.RETENTION_DAYS,
    logger: core.logger.child({ part: "store" }),
  });
  const stopping = new AbortController();
  let stop = async () => {};
  const shutdown = async (signal: string) => {
    core.logger.info({ signal }, "shutting down");
    stopping.abort();
    await stop();
    store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  try {
    const bot = await startBot(core, { registry, store, signal: stopping.signal });
    stop = () => bot.stop();
  } catch (err) {
    // A shutdown while the login was still retrying is not a failure.
    if (!stopping.signal.aborted) throw err;
  }
}

main().catch(exitWithError);
