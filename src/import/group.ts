// The lines that make one entry, as the outline groups them and the entry builder reads them.
import type { TextLine } from "./markdown.ts";

/** Fields a table column gives an entry directly. */
export interface Preset {
  venue?: string;
  role?: string;
  year?: number;
}

/** The lines that make one entry: its first line, the lines that follow, and its context. */
export interface Group {
  head: TextLine;
  body: TextLine[];
  /** A sub-heading or parent item the entry sits under ("Open source", "2022"). */
  label?: string;
  year?: number;
  preset?: Preset;
  /** One item of a "·"-separated line of short items. */
  listed?: boolean;
  /** Comes from an item of a Markdown list: items are things of their own. */
  item?: boolean;
  /** Comes from a paragraph, not a list or table. */
  paragraph?: boolean;
  /** A row of badges: the skills their alt texts name. */
  badges?: boolean;
  /** Comes from the page's opening paragraph, which the person's headline is made of. */
  opening?: boolean;
  /** The table a row comes from: rows of one table are one list of one kind of thing. */
  table?: object;
  /** What the row is, as its table's title column names it ("Production"). */
  thing?: string;
}
