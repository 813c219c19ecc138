import { runConsole } from "./cli/console.ts";
import { exitWithError } from "./cli/fail.ts";
import { loadConfig } from "./config.ts";
import { createCore } from "./core.ts";

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, the local console otherwise. */
async function main() {
  const core = await createCore(loadConfig());
  if (!core.config.DISCORD_TOKEN) {
    process.stdout.write(
      "No DISCORD_TOKEN set, so this is the local console. To connect to Discord, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).\n",
    );
    await runConsole(core);
    return;
  }
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
    dataDir: core.config.DATA_DIR,
    storeQuestions: core.config.STORE_QUESTIONS,
    retentionDays: core.config.RETENTION_DAYS,
    logger: core.logger.child({ part: "store" }),
  });
  const bot = await startBot(core, { store });
  const shutdown = async (signal: string) => {
    core.logger.info({ signal }, "shutting down");
    await bot.stop();
    store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch(exitWithError);
