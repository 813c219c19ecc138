import { buildRegistry } from "../../commands/index.ts";
import { loadConfig, requireSettings } from "../config.ts";
import { createRest, registerCommands } from "../discord/command-sync.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { CliError, exitWithError, printedHelpOnly } from "./fail.ts";

const USAGE = `Usage: npm run register
  Registers the slash commands on DISCORD_GUILD_ID when set (instant), globally otherwise.
  Needs DISCORD_TOKEN and DISCORD_CLIENT_ID.`;

/** `npm run register`: puts the commands on DISCORD_GUILD_ID when set, globally otherwise. */
async function main() {
  if (printedHelpOnly(USAGE)) return;
  const config = loadConfig();
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID } = requireSettings(config, [
    "DISCORD_TOKEN",
    "DISCORD_CLIENT_ID",
  ]);
  const { definitions } = buildRegistry(config, await loadKnowledge(config.KNOWLEDGE_FILE));
  const target = {
    rest: createRest(DISCORD_TOKEN, config.DISCORD_API_URL),
    clientId: DISCORD_CLIENT_ID,
    guildId: config.DISCORD_GUILD_ID,
  };
  await registerCommands(target, definitions).catch((err: unknown) => {
    const { name, status, code, message } = err as Record<string, unknown>;
    if (name === "DiscordAPIError")
      throw new CliError(`Discord refused the commands: HTTP ${status}, ${message} (code ${code})`);
    throw new CliError(`cannot reach Discord: ${(err as Error).message}`);
  });
  const scope = config.DISCORD_GUILD_ID
    ? `server ${config.DISCORD_GUILD_ID}`
    : "all servers (global; may take up to an hour to appear)";
  process.stdout.write(
    `Registered ${definitions.length} commands on ${scope}: ${definitions.map((c) => `/${c.name}`).join(" ")}\n`,
  );
}

main().catch(exitWithError);
