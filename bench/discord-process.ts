/**
 * Child process entry: hosts the fake Discord (and, on request, the timed fake OpenAI) so that it
 * never shares the bot's event loop. Driven over IPC (bench/protocol.ts); exits when its parent
 * goes away, on "close", or after 15 minutes at most.
 */
import { startFakeDiscord } from "../tests/fakes/discord/index.ts";
import { askLlm, type Fakes, runDms, sendInteractions } from "./discord-load.ts";
import { Tracker } from "./fake-tracker.ts";
import { startTimedOpenAI } from "./openai-timing.ts";
import type { Command, FakeInfo, Reply } from "./protocol.ts";

const send = (message: unknown) => process.send?.(message);
setTimeout(() => process.exit(2), 15 * 60_000).unref();
process.on("disconnect", () => process.exit(0));

const fake = await startFakeDiscord({ interactionTimeoutMs: 3000 });
const fakes: Fakes = { fake, tracker: new Tracker(fake) };

async function handle(cmd: Command): Promise<unknown> {
  switch (cmd.type) {
    case "interactions":
      return sendInteractions(fakes, cmd);
    case "dms":
      return runDms(fakes, cmd);
    case "openai":
      fakes.llm ??= await startTimedOpenAI(cmd);
      return { baseURL: fakes.llm.baseURL };
    case "ask-llm":
      return askLlm(fakes, cmd);
    case "close":
      await fakes.llm?.close();
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
