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
  // Loaded only here, so the console and CLI start without discord.js.
  const { startBot } = await import("./discord/bot.ts");
  await startBot(core);
}

main().catch(exitWithError);
