/** Gateway IDENTIFY rules: the intents a bot may ask for, and a valid shard. */

import { GatewayIntentBits } from "discord.js";

/** A refused IDENTIFY: the field, and the close code and reason Discord sends. */
export interface IdentifyProblem {
  field: string;
  code: number;
  reason: string;
  detail: string;
}

const intentBits = Object.entries(GatewayIntentBits).filter(
  (entry): entry is [string, number] => typeof entry[1] === "number",
);
const KNOWN_INTENTS = intentBits.reduce((mask, [, bit]) => mask | bit, 0);

/** Intents an application must be approved for in the developer portal. */
export const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers |
  GatewayIntentBits.GuildPresences |
  GatewayIntentBits.MessageContent;

function intentNames(mask: number): string {
  return intentBits
    .filter(([, bit]) => (mask & bit) !== 0)
    .map(([name]) => name)
    .join(", ");
}

function validShard(shard: unknown): boolean {
  if (shard === undefined) return true;
  if (!Array.isArray(shard) || shard.length !== 2) return false;
  const [id, count] = shard as unknown[];
  return (
    Number.isInteger(id) &&
    Number.isInteger(count) &&
    (id as number) >= 0 &&
    (id as number) < (count as number)
  );
}

/** Why Discord would close the connection on this IDENTIFY (token already checked), or null. */
export function identifyProblem(
  d: Record<string, unknown>,
  allowedPrivileged: number,
): IdentifyProblem | null {
  const intents = d.intents;
  if (
    typeof intents !== "number" ||
    !Number.isInteger(intents) ||
    intents < 0 ||
    (intents & ~KNOWN_INTENTS) !== 0
  ) {
    return {
      field: "intents",
      code: 4013,
      reason: "Invalid intent(s).",
      detail: `got ${String(intents)}`,
    };
  }
  const refused = intents & PRIVILEGED_INTENTS & ~allowedPrivileged;
  if (refused !== 0) {
    const detail = `privileged ${intentNames(refused)} not enabled for this application`;
    return { field: "intents", code: 4014, reason: "Disallowed intent(s).", detail };
  }
  if (!validShard(d.shard)) {
    return {
      field: "shard",
      code: 4010,
      reason: "Invalid shard.",
      detail: `got ${JSON.stringify(d.shard)}`,
    };
  }
  return null;
}
