import type { Turn } from "../engine/types.ts";
import type { Logger } from "../logger.ts";
import type { OutgoingMessage } from "../present/message.ts";

/**
 * Where a question or command came from; the owner's report counts each apart. `user-app` is a
 * user-installed app answering where the bot is not a member; `menu` is "Ask askme" on a message.
 */
export type Surface = "slash" | "mention" | "dm" | "menu" | "user-app" | "console";

/**
 * How one surface shows an answer: the only part of asking that differs between slash commands,
 * mentions, DMs, the console, or any new surface.
 */
export interface ReplyChannel {
  /** The answer will take a moment: acknowledge now (defer, start typing). */
  acknowledge(): Promise<void>;
  /** The answer so far (checked text only); a surface may show it, throttled, or ignore it. */
  progress(text: string): void;
  /** Sends the final message; anything shown while writing stops first. */
  finish(message: OutgoingMessage): Promise<void>;
  /** Declines to answer; `quiet` refusals (a repeated rate-limit notice) may be dropped. */
  refuse(text: string, quiet: boolean): Promise<void>;
}

/** One free-form question as a surface hands it to the ask flow. */
export interface Question {
  surface: Surface;
  /** What the owner's report files it under: "ask", "mention", "dm", "menu". */
  command: string;
  userId: string;
  /** As typed; the flow cleans and checks it. */
  text: string;
  /** Earlier turns to answer in (a reply chain); ignored when `remember` is set. */
  history?: () => Promise<Turn[]>;
  /** Keep the conversation per user, so follow-ups work (DMs, the console). */
  remember?: boolean;
  /** Quote the question's first line above the answer (it was not typed to askme). */
  quote?: boolean;
  /** The asker's locale where the surface knows it (Discord's interaction locale). */
  locale?: string;
  log: Logger;
}
