import { Lexer, type Token, type Tokens } from "marked";
import { isEmojiOnly } from "./phrases.ts";

/** A link found in the source, with the label it was written with. */
export interface SourceLink {
  label: string;
  url: string;
}

/** One line of inline text, Markdown syntax removed, with the links it held. */
export interface TextLine {
  text: string;
  links: SourceLink[];
  /** Text of a bold or linked run that opens the line ("**Backdraft** — …"). */
  lead?: string;
  /** Text of an italic run that opens the line: a book's or a talk's title ("*Tides of Work* (2018)"). */
  titled?: string;
  /** Text of the first italic run anywhere in the line: a cited work's title after its authors. */
  italic?: string;
  /** Every italic run of the line: the works a sentence of prose names ("my first book, *Title*"). */
  italics?: string[];
  /** Every bold run of the line: in a sentence, the name its writer stressed ("working on **canto**"). */
  bold?: string[];
}

/** A table cell, as text with its links. */
export type Cell = TextLine;

/** The document's structure: what the importer reads, in source order. */
export type Block =
  | { kind: "heading"; depth: number; line: TextLine }
  | { kind: "paragraph"; lines: TextLine[]; badges?: boolean }
  | { kind: "item"; lines: TextLine[]; children: Block[] }
  | { kind: "table"; header: Cell[]; rows: Cell[][] };

/** Parses Markdown (CommonMark + GFM tables) into blocks; code, rules and images are skipped. */
export function parseMarkdown(source: string): Block[] {
  return toBlocks(Lexer.lex(withoutFrontMatter(source), { gfm: true }));
}

// A static site's page opens with YAML front matter between "---" lines: settings, not prose.
function withoutFrontMatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

function toBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const line = joinLines(inlineLines((token as Tokens.Heading).tokens));
        if (line.text)
          blocks.push({ kind: "heading", depth: (token as Tokens.Heading).depth, line });
        break;
      }
      case "paragraph":
      case "text": {
        const inner = (token as Tokens.Paragraph).tokens;
        const lines = inner ? inlineLines(inner) : textLines(token.text);
        // A row of badges names skills by their alt texts; it is no sentence about anyone.
        const badges = inner !== undefined && onlyImages(inner);
        if (lines.length > 0)
          blocks.push({ kind: "paragraph", lines, ...(badges ? { badges } : {}) });
        break;
      }
      case "list":
        for (const item of (token as Tokens.List).items) blocks.push(toItem(item));
        break;
      case "table":
        blocks.push(toTable(token as Tokens.Table));
        break;
      case "blockquote":
        blocks.push(...toBlocks((token as Tokens.Blockquote).tokens));
        break;
      case "html":
        blocks.push(...htmlBlocks(token.text, blocks));
        break;
      default:
        // code, hr, space, def: nothing a profile states.
        break;
    }
  }
  return blocks;
}

/**
 * An HTML block keeps only its words, element by element: `<h2 align="center">Hi, I'm Ana</h2>`
 * is a heading and the `<p>` under it a paragraph; a `<details>` block's `<summary>` heads what
 * it folds away, at the level of the headings before it.
 */
function htmlBlocks(html: string, before: Block[]): Block[] {
  const out: Block[] = [];
  const depth = before.findLast((b) => b.kind === "heading")?.depth ?? 2;
  const element = /<(h[1-6]|summary)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
  let at = 0;
  const rest = (text: string) => {
    const lines = textLines(stripTags(text));
    const badges = !/\p{L}/u.test(text.replace(/<[^>]*>/g, " "));
    if (lines.length > 0) out.push({ kind: "paragraph", lines, ...(badges ? { badges } : {}) });
  };
  for (const m of html.matchAll(element)) {
    rest(html.slice(at, m.index));
    at = (m.index ?? 0) + m[0].length;
    const lines = textLines(stripTags(m[2] ?? ""));
    if (lines.length === 0) continue;
    const tag = (m[1] ?? "").toLowerCase();
    const level = tag === "summary" ? depth : Number(tag.slice(1));
    out.push({ kind: "heading", depth: level, line: joinLines(lines) });
  }
  rest(html.slice(at));
  return out;
}

function onlyImages(tokens: Token[]): boolean {
  const images = (list: Token[]): boolean =>
    list.every(
      (t) =>
        t.type === "image" ||
        (t.type === "text" && !t.text.trim()) ||
        t.type === "br" ||
        (t.type === "link" && images((t as Tokens.Link).tokens)),
    );
  return tokens.some((t) => t.type === "image" || t.type === "link") && images(tokens);
}

function toItem(item: Tokens.ListItem): Block {
  const lines: TextLine[] = [];
  const children: Block[] = [];
  for (const token of item.tokens) {
    if ((token.type === "text" || token.type === "paragraph") && children.length === 0) {
      const inner = (token as Tokens.Text).tokens;
      lines.push(...(inner ? inlineLines(inner) : textLines(token.text)));
    } else {
      children.push(...toBlocks([token]));
    }
  }
  return { kind: "item", lines, children };
}

function toTable(table: Tokens.Table): Block {
  const cell = (c: Tokens.TableCell) => joinLines(inlineLines(c.tokens));
  return {
    kind: "table",
    header: table.header.map(cell),
    rows: table.rows.map((row) => row.map(cell)),
  };
}

/** Renders inline tokens to plain lines: soft and hard breaks end a line. */
function inlineLines(tokens: Token[]): TextLine[] {
  const lines: TextLine[] = [];
  let current: TextLine = { text: "", links: [] };
  const flush = () => {
    const text = tidy(current.text);
    if (text)
      lines.push({
        ...current,
        text,
        ...(current.lead ? { lead: tidy(current.lead) } : {}),
        ...(current.titled ? { titled: tidy(current.titled) } : {}),
        ...(current.italic ? { italic: tidy(current.italic) } : {}),
        ...(current.italics?.length ? { italics: current.italics.map(tidy) } : {}),
        ...(current.bold?.length ? { bold: current.bold.map(tidy) } : {}),
      });
    current = { text: "", links: [] };
  };
  const append = (text: string) => {
    const parts = text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) flush();
      current.text += part;
    });
  };
  let lastAlt = "\u0000";
  const walk = (list: Token[]) => {
    for (const token of list) {
      const opensLine = current.text.trim() === "" || isEmojiOnly(current.text);
      switch (token.type) {
        case "strong":
        case "em": {
          const before = current.text.length;
          walk((token as Tokens.Strong).tokens);
          // Bold names a thing ("**Backdraft** — …"); italics is a date or an aside.
          if (token.type === "strong" && opensLine && !current.lead) {
            current.lead = current.text.slice(before);
          }
          if (token.type === "em" && opensLine && !current.titled && !current.lead) {
            current.titled = current.text.slice(before);
          }
          if (token.type === "em" && !current.italic) current.italic = current.text.slice(before);
          if (token.type === "strong")
            current.bold = [...(current.bold ?? []), current.text.slice(before)];
          if (token.type === "em")
            current.italics = [...(current.italics ?? []), current.text.slice(before)];
          break;
        }
        case "link": {
          const link = token as Tokens.Link;
          const before = current.text.length;
          walk(link.tokens);
          const label = tidy(current.text.slice(before)) || link.href;
          if (current.text.length === before) current.text += label;
          current.links.push({ label, url: link.href });
          if (opensLine && !current.lead) current.lead = label;
          break;
        }
        case "image": {
          // A badge's alt text names a skill ("Python"); a widget's ("GitHub stats") says nothing.
          const count = badgeCount((token as Tokens.Image).href);
          const alt = count ?? decodeEntities((token as Tokens.Image).text).trim();
          if (!alt || (!count && WIDGET.test(alt))) break;
          const before = current.text.trimEnd();
          current.text = before.endsWith(lastAlt) ? `${before}, ${alt}` : current.text + alt;
          lastAlt = alt;
          break;
        }
        case "br":
          flush();
          break;
        case "html":
          if (/^<br\s*\/?>$/i.test(token.text.trim())) flush();
          else append(decodeEntities(stripTags(token.text)));
          break;
        case "codespan":
          current.text += decodeEntities((token as Tokens.Codespan).text);
          break;
        case "del":
        case "text":
        case "escape": {
          const inner = (token as Tokens.Text).tokens;
          if (inner && token.type !== "escape") walk(inner);
          else append(decodeEntities(token.text));
          break;
        }
        default:
          if ("text" in token && typeof token.text === "string") append(decodeEntities(token.text));
      }
    }
  };
  walk(tokens);
  flush();
  return lines;
}

function textLines(text: string): TextLine[] {
  return decodeEntities(text)
    .split("\n")
    .map((t) => tidy(t))
    .filter(Boolean)
    .map((t) => ({ text: t, links: [] }));
}

/** One line from several (a heading or a table cell never spans lines). */
function joinLines(lines: TextLine[]): TextLine {
  const first = lines[0];
  return {
    text: lines.map((l) => l.text).join(" "),
    links: lines.flatMap((l) => l.links),
    ...(first?.lead ? { lead: first.lead } : {}),
  };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// Alt texts of generated widgets, not of badges that name a skill.
const WIDGET =
  /\b(stats?|streak|troph(y|ies)|visitors?|views|counter|snake|banner|gif|graph|metrics|activity|readme|profile|header|footer|image|picture|photo)\b/i;

// A count as a badge shows it: "1.2k", "340", "12,000+"; not a colour ("000000", "3776AB").
const COUNT = /^(?!0\d)(?!\d{6}$)\d[\d.,]*[kKmM]?\+?$/u;

/**
 * "https://img.shields.io/badge/stars-1.2k-yellow" as "1.2k stars": a static badge's label and
 * message are in its address, and a count there is said nowhere else.
 */
function badgeCount(href: string): string | undefined {
  const m = /^https?:\/\/img\.shields\.io\/badge\/([^?#]+)/u.exec(href);
  if (!m?.[1]) return undefined;
  // Shields writes "-" in a part as "--", "_" as "__", and a space as "_".
  let path: string;
  try {
    path = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  const parts = path
    .split(/(?<!-)-(?!-)/u)
    .map((p) => p.replace(/--/g, "-").replace(/__|_/g, (u) => (u === "__" ? "_" : " ")));
  const [label, message] = parts;
  if (parts.length !== 3 || !label || !message || !COUNT.test(message.trim())) return undefined;
  return `${message.trim()} ${label.trim().toLowerCase()}`;
}

/** An HTML fragment's text: tags removed, a badge's alt text kept. */
export function stripTags(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<img\b[^>]*\balt\s*=\s*["']([^"']*)["'][^>]*>/gi, (_, alt: string) =>
      WIDGET.test(alt) ? " " : ` ${alt} `,
    )
    .replace(/<[^>]*>/g, " ");
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  middot: "·",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1]?.toLowerCase() === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
