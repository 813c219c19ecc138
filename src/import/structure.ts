import { kindOfHeading } from "./classify.ts";
import { isDateOnly, isEntryLike, isNamed } from "./entry-lines.ts";
import type { Group } from "./group.ts";
import type { Block, Cell, SourceLink, TextLine } from "./markdown.ts";
import { endsSentence, sentences, splitEmoji, withoutEmoji } from "./phrases.ts";
import { listItems, splitNamed } from "./pieces.ts";
import { splitProse } from "./prose-groups.ts";
import { tableGroups } from "./table-rows.ts";

export type { Group, Preset } from "./group.ts";

/** A part of the document under one heading. */
export interface Region {
  heading?: TextLine;
  groups: Group[];
}

/** The document: its title, what comes before the first heading, and its sections. */
export interface Outline {
  title?: TextLine;
  /** Paragraphs before the first section heading, for the person's headline and summary. */
  opening: TextLine[];
  /** Entries before the first section heading, or in a document with none. */
  loose: Group[];
  regions: Region[];
}

// Depth given to a label line ("Papers:") above a list: below any real heading.
const LABEL_DEPTH = 7;

/** Reads the blocks' structure: sections from headings, entries from items, rows and paragraphs. */
export function outline(input: Block[]): Outline {
  const blocks = labelsAsHeadings(input);
  const headings = blocks.filter((b) => b.kind === "heading");
  let rest = blocks;
  let title: TextLine | undefined;
  const first = blocks[0];
  // A lone top heading is the page's title ("# Ana Ruiz", "# About me"), unless it names a
  // kind of section ("## Skills"); over headings of its own ("# Projects — Ana Ruiz" above
  // "## Talks") it is the title whatever it names.
  const named = first?.kind === "heading" ? kindOfHeading(first.line.text) : undefined;
  const lone = first?.kind === "heading" && !headings.slice(1).some((h) => h.depth <= first.depth);
  // "# Projects — Kenji Watanabe": a page title that says whose page it is, with or without
  // headings under it.
  const whose =
    first?.kind === "heading" && first.depth === 1 && /\s[—–|]\s/u.test(first.line.text);
  const over = first?.kind === "heading" && first.depth === 1 && (headings.length > 1 || whose);
  if (first?.kind === "heading" && lone && (!named || named === "about" || over)) {
    title = first.line;
    rest = blocks.slice(1);
  }
  // "<h3>Security engineer who breaks things so you don't have to</h3>" under the title: a
  // tagline, the opening line, not a section over what follows.
  const tagline = rest[0];
  if (title && tagline?.kind === "heading" && isTagline(tagline.line.text)) {
    rest = [{ kind: "paragraph", lines: [tagline.line] }, ...rest.slice(1)];
  }
  const depths = rest.flatMap((b) => (b.kind === "heading" ? [b.depth] : []));
  const sectionDepth = depths.length ? Math.min(...depths) : 0;

  const out: Outline = { ...(title ? { title } : {}), opening: [], loose: [], regions: [] };
  let region: Region | undefined;
  // A line like "**Engineer, Acme** — 2019–2021" and the bullets under it are one entry.
  let open: Group | undefined;
  for (let i = 0; i < rest.length; i++) {
    const block = rest[i] as Block;
    if (block.kind === "heading" && block.depth === sectionDepth) {
      region = { heading: block.line, groups: [] };
      out.regions.push(region);
      open = undefined;
      continue;
    }
    const target = region ? region.groups : out.loose;
    if (block.kind === "heading") {
      const end = nextHeading(rest, i + 1, block.depth);
      target.push(...subHeading(block.line, rest.slice(i + 1, end)));
      i = end - 1;
      open = undefined;
      continue;
    }
    if (open && block.kind === "item" && !isEntryLike(block.lines[0])) {
      open.body.push(...flatLines(block));
      continue;
    }
    // The opening line is the person's headline: one entry, even when it lists things. A row of
    // badges is no opening.
    const prose = !region && block.kind === "paragraph" && !block.badges;
    const first = prose && out.opening.length === 0;
    if (prose && !openingDone(out.opening)) out.opening.push(...logicalLines(block.lines));
    const groups = first
      ? splitProse(groupLines(logicalLines(block.lines), false)).map((g) => ({
          ...g,
          paragraph: true,
          opening: true,
        }))
      : groupsOf(block);
    target.push(...groups);
    const last = groups.at(-1);
    open = block.kind === "paragraph" && last && isEntryLike(last.head) ? last : undefined;
  }
  // A heading with nothing under it ("## Engineer at Acme") is itself what the source says.
  for (const empty of out.regions.filter((r) => r.groups.length === 0)) {
    if (empty.heading) out.loose.push({ head: empty.heading, body: [] });
  }
  out.regions = out.regions.filter((r) => r.groups.length > 0);
  return out;
}

/** A heading that says what someone does ("Security engineer who breaks things"), not what a section holds. */
function isTagline(text: string): boolean {
  const words = withoutEmoji(text).trim().split(/\s+/);
  return (
    words.length >= 4 &&
    !kindOfHeading(text) &&
    !/^(?:what|how|where|when|why|who|things|currently|now|my|selected|recent)\b/iu.test(
      words[0] ?? "",
    ) &&
    !/:\s*$/.test(text) &&
    words.slice(1).some((w) => /^\p{Ll}/u.test(w))
  );
}

// The opening is the first paragraphs, up to a few sentences: the rest of a page without
// headings is entries, not the person's summary.
const OPENING_SENTENCES = 2;
const OPENING_CHARS = 300;

function openingDone(opening: TextLine[]): boolean {
  const text = opening.map((l) => l.text).join(" ");
  return sentences(text).length >= OPENING_SENTENCES || text.length >= OPENING_CHARS;
}

/** A short paragraph ending in ":" right above a list or table ("Papers:") is a heading. */
function labelsAsHeadings(blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.kind !== "paragraph" || block.lines.length !== 1) return block;
    const line = block.lines[0] as TextLine;
    // "Papers:" or a bold "**Open source**" alone on its line, right above a list or table.
    const bold = line.lead === line.text && line.text.length <= 50 && !/[.!?]$/.test(line.text);
    const label =
      (/^.{2,50}:$/u.test(line.text) || bold) && (next?.kind === "item" || next?.kind === "table");
    return label
      ? {
          kind: "heading",
          depth: LABEL_DEPTH,
          line: { ...line, text: line.text.replace(/:$/, "") },
        }
      : block;
  });
}

function nextHeading(blocks: Block[], from: number, depth: number): number {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === "heading" && b.depth <= depth) return i;
  }
  return blocks.length;
}

/**
 * A heading below section level is either one entry (a job with its paragraph and bullets) or
 * a label over a list of entries ("### 2022" above papers, "### Open source" above repos).
 */
function subHeading(heading: TextLine, content: Block[]): Group[] {
  const items = content.filter((b) => b.kind === "item");
  const labels = content.every(
    (b) => b.kind === "item" || b.kind === "table" || b.kind === "heading",
  );
  const entryLike = items.filter((b) => b.kind === "item" && isEntryLike(b.lines[0]));
  const year = yearLabel(heading.text);
  if ((labels && items.length >= 2 && entryLike.length * 2 >= items.length) || year) {
    const label = withoutEmoji(heading.text);
    return content
      .flatMap((b) => groupsOf(b))
      .map((g) => ({
        ...g,
        ...(year ? { year } : { label }),
      }));
  }
  const body = content.flatMap((b) => flatLines(b));
  return [{ head: heading, body }];
}

function yearLabel(text: string): number | undefined {
  const t = withoutEmoji(text).trim();
  return /^(19|20)\d{2}$/.test(t) ? Number(t) : undefined;
}

/** The groups of entries a block holds. */
function groupsOf(block: Block): Group[] {
  switch (block.kind) {
    case "paragraph":
      return splitProse(groupLines(logicalLines(block.lines))).map((g) => ({
        ...g,
        paragraph: true,
        ...(block.badges ? { badges: true } : {}),
      }));
    case "item":
      return itemGroups(block);
    case "table":
      return tableGroups(block.header, block.rows);
    case "heading":
      return [{ head: block.line, body: [] }];
  }
}

function itemGroups(item: Extract<Block, { kind: "item" }>): Group[] {
  const groups = groupLines(logicalLines(item.lines));
  // The item's own line; lines after it in its paragraph ("lazy" lines) may be other things.
  if (groups[0]) groups[0].item = true;
  const children = item.children;
  if (children.length === 0) return groups;
  const parent = groups.at(-1);
  const childItems = children.filter((c) => c.kind === "item");
  const entryLike = childItems.filter((c) => c.kind === "item" && isEntryLike(c.lines[0]));
  // "- Open source" over a list of projects is a label; "- Engineer, Acme" over bullets is one entry.
  const label =
    parent && parent.body.length === 0 && parent.head.text.length <= 40 && !isNamed(parent.head);
  if (parent && label && childItems.length >= 2 && entryLike.length * 2 >= childItems.length) {
    const text = withoutEmoji(parent.head.text).replace(/:$/, "");
    return [
      ...groups.slice(0, -1),
      ...children.flatMap((c) => groupsOf(c)).map((g) => ({ ...g, label: text })),
    ];
  }
  if (parent) parent.body.push(...children.flatMap((c) => flatLines(c)));
  return groups;
}

/** Every line of a block, children included, for the body of one entry. */
function flatLines(block: Block): TextLine[] {
  switch (block.kind) {
    case "heading":
      return [block.line];
    case "paragraph":
      return logicalLines(block.lines);
    case "item":
      return [...logicalLines(block.lines), ...block.children.flatMap((c) => flatLines(c))];
    case "table":
      return block.rows.map((row) => joinCells(row.filter((c) => c.text)));
  }
}

function joinCells(cells: Cell[]): TextLine {
  return { text: cells.map((c) => c.text).join("; "), links: cells.flatMap((c) => c.links) };
}

/**
 * Joins lines that were only wrapped, keeping lines that start something new: a README often
 * puts one entry on each line of a single paragraph.
 */
export function logicalLines(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (!prev || startsNew(prev, line)) {
      out.push({ ...line, links: [...line.links] });
      continue;
    }
    prev.text = `${prev.text} ${line.text}`;
    prev.links.push(...line.links);
    if (line.italics) prev.italics = [...(prev.italics ?? []), ...line.italics];
    if (line.bold) prev.bold = [...(prev.bold ?? []), ...line.bold];
  }
  return out;
}

function startsNew(prev: TextLine, next: TextLine): boolean {
  // "…please write to my agent, Clara Menezes, at" then "clara@example.org.": a line that
  // stops on a comma or a word such as "at" or "and" goes on in the next, whatever opens it.
  if (UNFINISHED.test(prev.text)) return false;
  // A wrapped line may start "in Berlin — where…"; a lowercase name opens an entry only when it
  // is one word, like a repository ("qemu-lab — …").
  const named = splitNamed(splitEmoji(next.text).rest, next.lead);
  if (named && /^\p{Ll}/u.test(next.text) && /\s/.test(named.name)) return false;
  // "…he has worked for Ryukyu Geomatics" then "since 2012 and became …": a sentence that has
  // not ended goes on in a line that opens in lower case, though it opens with a date.
  const goesOn =
    !endsSentence(prev.text) && !/[:;)\]]$/u.test(prev.text) && prev.lead === undefined;
  if (goesOn && !named && !next.lead && /^\p{Ll}/u.test(next.text) && /\s\p{Ll}/u.test(prev.text))
    return false;
  if (isEntryLike(next)) return true;
  // A bold title line keeps its own line: what follows it is its body, not its continuation.
  const titleLine = prev.lead !== undefined && prev.text.length <= 100;
  if (
    (titleLine || isDateOnly(next.text) || isDateOnly(prev.text)) &&
    /^\W*[\p{Lu}\p{N}]/u.test(next.text)
  ) {
    return true;
  }
  const closed = endsSentence(prev.text) || /[)\]]$/.test(prev.text);
  return closed && /^["“([\p{Lu}\p{N}]/u.test(next.text);
}

const UNFINISHED =
  /(?:,|\s(?:at|to|in|on|of|for|with|and|or|via|by|from|the|a|an|my|our|your|whose|which|who))$/i;

/** Lines grouped into entries: a line that opens an entry starts a group, others join it. */
function groupLines(lines: TextLine[], splitLists = true): Group[] {
  const groups: Group[] = [];
  for (const line of lines) {
    const { rest } = splitEmoji(line.text);
    const items = splitLists && !isNamed(line) ? listItems(rest) : undefined;
    if (items) {
      for (const text of items) {
        const links = line.links.filter((l) => text.includes(l.label));
        groups.push({ head: { text, links }, body: [], listed: true });
      }
      continue;
    }
    const current = groups.at(-1);
    if (!current || current.listed || (isEntryLike(line) && !labelsDetail(line, current)))
      groups.push({ head: line, body: [] });
    else current.body.push(line);
  }
  return groups;
}

/**
 * "Thesis: *Lemming cycles*" under "**PhD in Ecology**, University of Oslo": a labelled line
 * right under a bold entry line says more about it. A label of its own kind ("Languages:") and
 * a line under a label ("**Now:** …") start entries of their own.
 */
function labelsDetail(line: TextLine, current: Group): boolean {
  // ("PI: Prof. Lena Åkesson": an acronym labels too.)
  const labelOf = (l: TextLine) =>
    /^(\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:\s\p{Ll}+)?):\s+\S/u.exec(l.text)?.[1];
  const label = labelOf(line);
  const lead = current.head.lead;
  // "Thesis: …" then "Advisors: …": labelled lines one under another all say more about it,
  // after the lines that go on with the entry's own ("Karolinska Institutet, 2022 – present.").
  const labelled = current.body.every(
    (l, i) => !l.lead && (labelOf(l) || current.body.slice(0, i).every((b) => !labelOf(b))),
  );
  if (!label || line.lead || !lead || !labelled || kindOfHeading(label)) return false;
  return !/:\s*$/.test(lead) && !current.head.text.slice(lead.length).startsWith(":");
}

/** Links that a set of lines holds, without repeats. */
export function linksOf(lines: TextLine[]): SourceLink[] {
  const seen = new Set<string>();
  return lines
    .flatMap((l) => l.links)
    .filter((l) => {
      if (seen.has(l.url)) return false;
      seen.add(l.url);
      return true;
    });
}
