/**
 * Child process entry: hosts the fake Discord (and, on request, the timed fake OpenAI) so that it
 * never shares the bot's event loop. Driven over IPC (bench/protocol.ts); exits when its parent
 * goes away, on "close", or after 15 minutes at most.
 */
import { startFakeDiscord } from "../tests/fakes/discord/index.ts";
import { askLlm, runDms, sendInteractions } from "./discord-load.ts";
import { Tracker } from "./fake-tracker.ts";
import { startTimedOpenAI, type TimedOpenAI } from "./openai-timing.ts";
import type { Command, FakeInfo, Reply } from "./protocol.ts";

const send = (message: unknown) => process.send?.(message);
setTimeout(() => process.exit(2), 15 * 60_000).unref();
process.on("disconnect", () => process.exit(0));

const fake = await startFakeDiscord({ interactionTimeoutMs: 3000 });
const tracker = new Tracker(fake);
let llm: TimedOpenAI | undefined;

async function handle(cmd: Command): Promise<unknown> {
  switch (cmd.type) {
    case "interactions":
      return sendInteractions(fake, tracker, cmd);
    case "dms":
      return runDms(fake, tracker, cmd);
    case "openai":
      llm ??= await startTimedOpenAI(cmd);
      return { baseURL: llm.baseURL };
    case "ask-llm":
      if (!llm) throw new Error("start the fake OpenAI first");
      return askLlm(fake, tracker, llm, cmd);
    case "close":
      await llm?.close();
      await fake.close();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on("message", ({ id, cmd }: { id: number; cmd: Command }) => {
  handle(cmd).then(
    (value) => send({ id, ok: true, value } satisfies Reply),
    (err: unknown) => send({ id, ok: false, error: String(err) } satisfies Reply),
  );
});

const { apiUrl, token, applicationId, guildId } = fake;
send({ ready: { apiUrl, token, applicationId, guildId } satisfies FakeInfo });
