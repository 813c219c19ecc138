import { loadCommands, registrationPayload } from "../../commands/index.ts";
import { loadConfig, requireSettings } from "../config.ts";
import { createRest, registerCommands } from "../discord/register.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { exitWithError } from "./fail.ts";

/** `npm run register`: puts the commands on DISCORD_GUILD_ID when set, globally otherwise. */
async function main() {
  const config = loadConfig();
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID } = requireSettings(config, [
    "DISCORD_TOKEN",
    "DISCORD_CLIENT_ID",
  ]);
  const knowledge = await loadKnowledge(config.KNOWLEDGE_FILE);
  const payload = registrationPayload(
    loadCommands(knowledge, {
      questionMaxLength: config.QUESTION_MAX_LENGTH,
      withStats: config.OWNER_IDS.length > 0,
    }),
  );
  const target = {
    rest: createRest(DISCORD_TOKEN, config.DISCORD_API_URL),
    clientId: DISCORD_CLIENT_ID,
    guildId: config.DISCORD_GUILD_ID,
  };
  await registerCommands(target, payload);
  const scope = config.DISCORD_GUILD_ID
    ? `server ${config.DISCORD_GUILD_ID}`
    : "all servers (global; may take up to an hour to appear)";
  process.stdout.write(
    `Registered ${payload.length} commands on ${scope}: ${payload.map((c) => `/${c.name}`).join(" ")}\n`,
  );
}

main().catch(exitWithError);
