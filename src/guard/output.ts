/** What the output guard needs to know. */
export interface OutputGuardOptions {
  /** Secret marker in the system prompt; seeing it in an answer proves a leak. */
  canary: string;
  /** The rules part of the system prompt (not the profile, which answers may quote). */
  rules: string;
  /** URLs that appear in the knowledge file; only these stay live. */
  allowedUrls: ReadonlySet<string>;
}

/** A guarded answer text, and whether it had to be withheld as a leak. */
export interface Guarded {
  text: string;
  leaked: boolean;
}

const RUN_WORDS = 8;
const THINK = /<think>[\s\S]*?(<\/think>|$)/gi;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const MASKED_LINK = /\[([^\]]+)\]\(\s*<?(https?:\/\/[^\s)>]+)>?\s*\)/g;
const BARE_URL = /<?\bhttps?:\/\/[^\s<>)\]]+>?/g;

/**
 * Makes model output safe to post: drops <think> blocks and images, keeps links live only when the
 * knowledge file has them, defuses mention syntax, and flags the canary or long runs of the rules.
 */
export function createOutputGuard(options: OutputGuardOptions) {
  const ruleRuns = wordRuns(options.rules);
  const allowed = (url: string) => options.allowedUrls.has(url.replace(/[.,;:!?]+$/, ""));

  return function guard(raw: string): Guarded {
    const text = raw
      .replace(THINK, "")
      .replace(IMAGE, (_m, alt: string) => alt)
      .replace(MASKED_LINK, (m, label: string, url: string) => (allowed(url) ? m : label))
      .replace(BARE_URL, (m) => {
        const url = m.replace(/^<|>$/g, "");
        return allowed(url) ? m : `\`${url.replace(/^https?:\/\//, "")}\``;
      })
      .replace(/@(everyone|here)\b/gi, "@\u200b$1")
      .replace(/<@&\d+>/g, "@role")
      .replace(/<@!?\d+>/g, "@user")
      .replace(/<#\d+>/g, "#channel")
      .trim();
    const leaked = text.includes(options.canary) || quotesRules(text, ruleRuns);
    return { text, leaked };
  };
}

/** Every URL the knowledge file mentions. */
export function urlsIn(text: string): Set<string> {
  return new Set(
    (text.match(/https?:\/\/[^\s"'<>)\]]+/g) ?? []).map((u) => u.replace(/[.,;:!?]+$/, "")),
  );
}

function normalizeWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function wordRuns(text: string): Set<string> {
  const words = normalizeWords(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++)
    runs.add(words.slice(i, i + RUN_WORDS).join(" "));
  return runs;
}

function quotesRules(text: string, runs: Set<string>): boolean {
  const words = normalizeWords(text);
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    if (runs.has(words.slice(i, i + RUN_WORDS).join(" "))) return true;
  }
  return false;
}
