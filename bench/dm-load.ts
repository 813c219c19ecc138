/** DM conversations the fake Discord child drives: distinct users, each waiting for its reply. */
import { dmChannelIdFor, type FakeDiscord } from "../tests/fakes/discord/index.ts";
import type { Tracker } from "./fake-tracker.ts";
import type { Command, DmReport } from "./protocol.ts";

// Distinct 19-digit user ids, away from the fake's fixed ones and from interaction users.
const DM_USER_BASE = 1_190_000_000_000_000_000n;

const DM_QUESTIONS = [
  "Where did you get your PhD?",
  "Who were your advisors?",
  "What is Backdraft?",
  "Where was it published?",
  "What are your research areas?",
  "What did you do on machnet?",
];

/** `users` distinct users DM the bot, `turns` questions each, waiting for each reply. */
export async function runDms(
  fake: FakeDiscord,
  tracker: Tracker,
  cmd: Extract<Command, { type: "dms" }>,
): Promise<DmReport> {
  const start = performance.now();
  const typing = tracker.typing;
  const report: DmReport = { replies: 0, timeouts: 0, durationMs: 0, replyMs: [], typing: 0 };
  let next = 0;
  const worker = async () => {
    while (next < cmd.users) {
      const user = next++;
      const authorId = (DM_USER_BASE + BigInt(cmd.userBase + user)).toString();
      for (let turn = 0; turn < cmd.turns; turn++) {
        const reply = tracker.waitForMessage(dmChannelIdFor(authorId), 20_000);
        const sentAt = performance.now();
        const content = DM_QUESTIONS[(user * cmd.turns + turn) % DM_QUESTIONS.length] ?? "Hi";
        fake.sendMessage({ content, authorId, guild: false });
        const at = await reply;
        if (at === undefined) {
          report.timeouts++;
          break;
        }
        report.replies++;
        report.replyMs.push(at - sentAt);
      }
    }
  };
  await Promise.all(Array.from({ length: cmd.concurrency }, worker));
  report.durationMs = performance.now() - start;
  report.typing = tracker.typing - typing;
  return report;
}
