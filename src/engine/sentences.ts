/** One sentence of an answer, with the text around it, so kept sentences rebuild the answer. */
export interface Piece {
  /** Markdown that starts its line ("- ", "1. ", "## "); empty unless first on its line. */
  lead: string;
  /** The sentence, with any citations that follow its full stop. */
  body: string;
  /** The whitespace after it. */
  trail: string;
}

/** An answer cut into sentences: the complete ones, and how much text is still unfinished. */
export interface Split {
  pieces: Piece[];
  /** Characters of the text that the pieces cover; the rest is an unfinished sentence. */
  consumed: number;
}

const TERMINAL = ".!?…";
const CJK_TERMINAL = "。！？";
const CLOSERS = `"'”’»)*_\``;
const LEAD = /^[ \t]*(?:(?:[-*+•]|\d{1,3}[.)]|#{1,6}|>)[ \t]+)*/;
const CITATION = /^\[[\p{L}\p{N}_\- ,;]{1,200}\]/u;
// Words a full stop follows without ending the sentence.
const ABBREVIATIONS = new Set(
  "e.g i.e etc vs al dr mr mrs ms prof st jr sr inc ltd co fig approx ca cf resp dept univ".split(
    " ",
  ),
);

/**
 * Splits an answer into sentences at full stops, question and exclamation marks, and line ends.
 * With `final` false the text may still grow, so a sentence counts as complete only once what
 * follows it shows that it ended: "3.5" and "Dr. Moore" are not ends, "switch. [id]" keeps its
 * citation.
 */
export function splitSentences(text: string, final: boolean): Split {
  const pieces: Piece[] = [];
  let pos = 0;
  let lineStart = true;
  while (pos < text.length) {
    let lead = "";
    if (lineStart) {
      lead = LEAD.exec(text.slice(pos))?.[0] ?? "";
      pos += lead.length;
    }
    const end = sentenceEnd(text, pos, final);
    if (end === undefined) {
      // Unfinished: the lead waits with it, so a line's marker never shows alone.
      return { pieces, consumed: pos - lead.length };
    }
    let after = end;
    while (after < text.length && /\s/.test(text[after] ?? "")) after++;
    if (after === text.length && !final && !text.slice(end).includes("\n")) {
      return { pieces, consumed: pos - lead.length };
    }
    const body = text.slice(pos, end);
    const trail = text.slice(end, after);
    if (body.trim() || lead.trim()) pieces.push({ lead, body, trail });
    else if (pieces.length > 0) {
      const last = pieces[pieces.length - 1] as Piece;
      last.trail += lead + trail;
    }
    lineStart = trail.includes("\n");
    pos = after;
  }
  return { pieces, consumed: text.length };
}

// Where the sentence starting at `from` ends (exclusive, before its trailing whitespace), or
// undefined when that cannot be known yet.
function sentenceEnd(text: string, from: number, final: boolean): number | undefined {
  const stops = /[\n.!?…。！？]/g;
  stops.lastIndex = from;
  for (let m = stops.exec(text); m; m = stops.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === "\n") return i;
    if (CJK_TERMINAL.includes(ch)) return skip(text, i + 1, CLOSERS + CJK_TERMINAL);
    const end = endsSentence(text, from, i, final);
    if (end === "pending") return undefined;
    if (end !== "no") return end;
    stops.lastIndex = skip(text, i, TERMINAL);
  }
  return final ? text.length : undefined;
}

function endsSentence(text: string, from: number, i: number, final: boolean) {
  const closed = skip(text, skip(text, i, TERMINAL), CLOSERS);
  if (closed >= text.length) return final ? closed : "pending";
  if (!/\s/.test(text[closed] ?? "")) return "no";
  if (text[i] === "." && abbreviated(text, from, i)) return "no";
  let end = closed;
  let next = skipSpaces(text, closed);
  // Citations after the full stop belong to the sentence before them.
  while (text[next] === "[") {
    const citation = CITATION.exec(text.slice(next));
    if (!citation) {
      if (!final && !text.slice(next).includes("]")) return "pending";
      break;
    }
    end = next + citation[0].length;
    next = skipSpaces(text, end);
  }
  if (next >= text.length) return final ? end : "pending";
  // "and so on... then": a lowercase word after an ellipsis carries the sentence on. After a full
  // stop it starts a new one: names such as "machnet" or "iPhone" open sentences too.
  const ellipsis = text[i] === "…" || text.slice(i, i + 2) === "..";
  if (ellipsis && /\p{Ll}/u.test(text[next] ?? "")) return "no";
  return end;
}

function abbreviated(text: string, from: number, at: number): boolean {
  let start = at;
  while (start > from && /[\p{L}.]/u.test(text[start - 1] as string)) start--;
  const word = text.slice(start, at);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "A. Moore"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skip(text: string, i: number, chars: string): number {
  while (i < text.length && chars.includes(text[i] as string)) i++;
  return i;
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}

/**
 * Rebuilds an answer from the pieces kept. A dropped sentence takes its text with it, but its
 * line break and its line's list marker stay for what follows.
 */
export function joinPieces(pieces: Piece[], keep: (index: number) => boolean): string {
  let out = "";
  let carried = "";
  pieces.forEach((piece, i) => {
    if (keep(i)) {
      out += (piece.lead || carried) + piece.body + piece.trail;
      carried = "";
      return;
    }
    const lineEnds = piece.trail.includes("\n");
    carried = lineEnds ? "" : piece.lead || carried;
    if (lineEnds && out) out = out.trimEnd() + piece.trail;
  });
  return out.trim();
}

/**
 * Whether a text that stopped growing ends at the end of a sentence, so its last sentence can be
 * shown before the next token arrives: a stop that is not an abbreviation or possibly a decimal
 * point ("3."), optionally followed by citations.
 */
export function endsAtStop(text: string): boolean {
  const trimmed = text.trimEnd().replace(/(\s*\[[\p{L}\p{N}_\- ,;]{1,200}\])+$/u, "");
  const closed = trimmed.replace(/["'”’»)*_`]+$/u, "");
  const last = closed.at(-1) ?? "";
  if (CJK_TERMINAL.includes(last)) return true;
  if (!TERMINAL.includes(last)) return false;
  const stops = closed.replace(/[.!?…]+$/u, "");
  if (last === "." && closed.length - stops.length === 1) {
    if (/\d$/.test(stops) || abbreviated(stops, 0, stops.length)) return false;
  }
  return stops.trim() !== "";
}
