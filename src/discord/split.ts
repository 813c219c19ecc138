/** Discord's limits for one message's content and one embed's description. */
export const CONTENT_LIMIT = 2000;
export const EMBED_DESCRIPTION_LIMIT = 4096;

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const CLOSE_RESERVE = 4; // "\n```"
const MAX_FENCE_LINE = 24;

/**
 * Splits Markdown into pieces of at most `limit` characters: at paragraphs, then lines, then
 * sentences, then words. A code fence cut in two is closed and reopened, so no piece breaks its
 * formatting. Never returns an empty or whitespace-only piece.
 */
export function splitMarkdown(text: string, limit = CONTENT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  let openFence: string | null = null;
  while (rest.length > 0) {
    const prefix = openFence ? `${openFence}\n` : "";
    if (prefix.length + rest.length <= limit) {
      pieces.push(prefix + rest);
      break;
    }
    const budget = limit - prefix.length - CLOSE_RESERVE;
    const cut = findCut(rest, budget);
    const piece = rest.slice(0, cut).trimEnd();
    rest = rest
      .slice(cut)
      .replace(/^\s*\n/, "")
      .replace(/^ +/, "");
    openFence = fenceAfter(openFence, piece);
    const body = prefix + piece + (openFence ? "\n```" : "");
    if (piece.trim()) pieces.push(body);
  }
  return pieces.filter((p) => p.trim().length > 0);
}

/** Cuts text to at most `limit` characters, ending with an ellipsis when it was longer. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, safeIndex(text, limit - 1))}…`;
}

function findCut(text: string, budget: number): number {
  const window = text.slice(0, budget);
  const floor = Math.floor(budget / 2);
  const candidates = [
    window.lastIndexOf("\n\n"),
    window.lastIndexOf("\n"),
    lastSentenceEnd(window),
    window.lastIndexOf(" "),
  ];
  for (const at of candidates) if (at >= floor) return at + 1;
  return safeIndex(text, budget);
}

function lastSentenceEnd(text: string): number {
  let at = -1;
  for (const m of text.matchAll(/[.!?](?=\s)/g)) at = m.index;
  return at;
}

// Never cut between the two halves of a surrogate pair.
function safeIndex(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

function fenceAfter(open: string | null, piece: string): string | null {
  let state = open;
  for (const line of piece.split("\n")) {
    const match = FENCE.exec(line);
    if (!match) continue;
    state = state ? null : `${match[1]}${(match[2] ?? "").trim()}`.slice(0, MAX_FENCE_LINE);
  }
  return state;
}
