import { Marked, type RendererObject, type Tokens } from "marked";

const ANSI = {
  bold: ["\x1b[1m", "\x1b[22m"],
  italic: ["\x1b[3m", "\x1b[23m"],
  dim: ["\x1b[2m", "\x1b[22m"],
};

type Style = keyof typeof ANSI;

/**
 * Markdown rendered for a terminal: bold and italics as ANSI styles when `color`, links as
 * "label (url)", bullets as "•", headings on their own line; otherwise the same layout as plain
 * text, for output that is piped or redirected. Parsing is marked's; only the output is ours.
 */
export function renderMarkdown(markdown: string, color: boolean): string {
  return markedFor(color)
    .parse(markdown, { async: false })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const parsers = new Map<boolean, Marked>();

function markedFor(color: boolean): Marked {
  let marked = parsers.get(color);
  if (!marked) {
    marked = new Marked({ gfm: true, renderer: terminalRenderer(color) });
    parsers.set(color, marked);
  }
  return marked;
}

function terminalRenderer(color: boolean): RendererObject {
  const style = (name: Style, text: string) =>
    color ? `${ANSI[name][0]}${text}${ANSI[name][1]}` : text;
  return {
    space: () => "\n",
    paragraph(token) {
      return `${this.parser.parseInline(token.tokens)}\n\n`;
    },
    heading(token) {
      return `${style("bold", this.parser.parseInline(token.tokens))}\n\n`;
    },
    list(token: Tokens.List) {
      const items = token.items.map((item, i) => {
        const bullet = token.ordered ? `${Number(token.start || 1) + i}.` : "•";
        const body = this.parser.parse(item.tokens).trim().replace(/\n/g, "\n   ");
        return `${bullet} ${body}`;
      });
      return `${items.join("\n")}\n\n`;
    },
    blockquote(token) {
      const body = this.parser.parse(token.tokens).trim();
      return `${body.replace(/^/gm, "│ ")}\n\n`;
    },
    code: (token) => `${token.text}\n\n`,
    hr: () => "―――\n\n",
    html: (token) => token.text,
    table(token) {
      const row = (cells: Tokens.TableCell[]) =>
        cells.map((c) => this.parser.parseInline(c.tokens)).join("  |  ");
      return `${[row(token.header), ...token.rows.map(row)].join("\n")}\n\n`;
    },
    strong(token) {
      return style("bold", this.parser.parseInline(token.tokens));
    },
    em(token) {
      return style("italic", this.parser.parseInline(token.tokens));
    },
    del(token) {
      return this.parser.parseInline(token.tokens);
    },
    codespan: (token) => token.text,
    br: () => "\n",
    link(token) {
      const label = this.parser.parseInline(token.tokens);
      return label === token.href ? label : `${label} ${style("dim", `(${token.href})`)}`;
    },
    image: (token) => token.text,
    text(token) {
      return "tokens" in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
    },
  };
}
