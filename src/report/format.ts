/** Small formatters shared by the text and HTML reports, so both say the same thing. */

/** Characters of the question hash shown where the text was not stored. */
const HASH_PREFIX = 8;

/** The question's text when stored, else a stable stand-in naming its hash and why. */
export function questionLabel(q: { text: string | null; hash: string }): string {
  return q.text ?? `question #${q.hash.slice(0, HASH_PREFIX)} (text not stored)`;
}

/** A latency in ms, or a dash when there were no answers. */
export function formatMs(ms: number | null): string {
  return ms === null ? "–" : `${ms} ms`;
}

/** An ISO time as `YYYY-MM-DD HH:MM` UTC. */
export function formatWhen(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Where an answer was given, as people would type it: `/ask`, `/projects`, `mention`, `dm`. */
export function commandLabel(a: { surface: string; command: string }): string {
  if (a.surface === "slash") return `/${a.command}`;
  if (a.surface === "user-app")
    return a.command === "menu" ? "Ask askme (user app)" : `/${a.command} (user app)`;
  if (a.surface === "menu") return "Ask askme";
  return a.surface;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
