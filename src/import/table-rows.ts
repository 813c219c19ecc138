// A table's rows as entries: which column names each row, which give its fields.

import { rarity } from "../engine/lexicon.ts";
import { isDateOnly } from "./date-text.ts";
import type { Group, Preset } from "./group.ts";
import type { Cell, TextLine } from "./markdown.ts";
import { withoutEmoji } from "./phrases.ts";
import { findYears } from "./pieces.ts";

// Column names, matched as words on the lowercased header. A column naming the thing a row is
// (a production, a talk, a paper) titles the row; a company, an event or a place only says
// where it was, and a date when.
const THING_COLUMN =
  /\b(name|title|project|paper|publication|article|book|film|movie|album|song|track|game|app|product|production|show|work|piece|exhibition|play|opera|talk|lecture|course|repo|repository|tool|library|package|award|prize|grant|degree|qualification|investigation|case|competition|topic|subject|episode|series|commission|building|jam)\b/;
const JOB_COLUMN = /\b(position|job|role|post)\b/;
const ORG_COLUMN =
  /\b(company|employer|organi[sz]ation|institution|university|school|client|studio|lab|event|conference|festival|venue)\b/;
const SUMMARY_COLUMN =
  /\b(description|summary|about|what|details?|values?|info|information|notes?|abstract|highlights?|outcome|impact|blurb|pitch)\b/;
const YEAR_COLUMN =
  /\b(year|years|date|dates|when|period|time|duration|completed|completion|opened|finished|released|premiered?|published)\b/;
const VENUE_COLUMN = /\b(venue|conference|journal|published in|where published|outlet|publisher)\b/;
const ROLE_COLUMN = /\b(my role|role|contribution|authorship|position)\b/;
const PLACE_COLUMN = /\b(place|city|location|where|country|town|region)\b/;
// A cell this short can title a row.
const SHORT_CELL = 80;
// Headers that say a row has a title without saying what the row is.
const GENERIC_THING = /^(name|title|what|item|entry)$/;

/** Which column of a table titles its rows, and which give their fields. */
interface Columns {
  title: number;
  /** A job's column beside its organisation's: the row is "Role at Organisation". */
  job?: { role: number; org: number };
  role: number;
  venue: number;
  year: number;
  summary: number;
}

function columnsOf(names: string[], rows: Cell[][]): Columns {
  const find = (re: RegExp, skip: number[] = []) =>
    names.findIndex((n, i) => re.test(n) && !skip.includes(i));
  const cells = (i: number) => rows.map((r) => r[i]?.text ?? "").filter(Boolean);
  // A column of dates or numbers ("March 2024", "40") names nothing.
  const named = (i: number) => {
    const texts = cells(i);
    const plain = texts.filter((t) => isDateOnly(t) || /^[\d\s.,%+–-]+$/.test(t));
    return texts.length > 0 && plain.length * 2 < texts.length;
  };
  // "Where | What" over "Blog", "Mentoring", "Hobbies": ordinary words label each row; no place
  // is named so.
  const labels = (i: number) =>
    cells(i).length > 0 &&
    cells(i).every((t) => {
      const ws = t.toLowerCase().match(/\p{L}+/gu) ?? [];
      return ws.length > 0 && ws.length <= 3 && ws.every((w) => rarity(w) < 4);
    });
  const notField = (n: string, i = -1) =>
    !(
      YEAR_COLUMN.test(n) ||
      (PLACE_COLUMN.test(n) && !(i >= 0 && labels(i))) ||
      SUMMARY_COLUMN.test(n)
    );
  let title = names.findIndex((n, i) => THING_COLUMN.test(n) && notField(n) && named(i));
  const jobAt = find(JOB_COLUMN);
  const orgAt = find(ORG_COLUMN, [jobAt]);
  let job = title < 0 && jobAt >= 0 && orgAt >= 0 ? { role: jobAt, org: orgAt } : undefined;
  if (job) title = job.role;
  if (title < 0)
    title = names.findIndex((n, i) => notField(n, i) && !ROLE_COLUMN.test(n) && named(i));
  // "Years | Role | Where | What I did": no column names the rows but the job's, whose where
  // is the place column (not the years, which would title each row "2018").
  const placeAt = find(PLACE_COLUMN, [jobAt]);
  if (title < 0 && jobAt >= 0 && placeAt >= 0) {
    job = { role: jobAt, org: placeAt };
    title = jobAt;
  }
  // "Years | Where | What": no column names the rows; what each was ("Guest lecturer, lighting
  // for dance"), when short, titles it better than its years.
  const what = find(SUMMARY_COLUMN);
  const short = (i: number) => cells(i).every((t) => t.length <= SHORT_CELL);
  if (title < 0 && what >= 0 && named(what) && short(what)) title = what;
  if (title < 0) title = 0;
  const role = job ? -1 : find(ROLE_COLUMN, [title]);
  const venue = find(VENUE_COLUMN, [title, role, job?.org ?? -1]);
  const year = find(YEAR_COLUMN, [title, role, venue]);
  const summary = find(SUMMARY_COLUMN, [title, role, venue, year]);
  return { title, ...(job ? { job } : {}), role, venue, year, summary };
}

/** The header of the column that titles the rows, when it says what they are ("Production"). */
function thingOf(header: string): string | undefined {
  const name = withoutEmoji(header);
  const lower = name.toLowerCase();
  if (!name || GENERIC_THING.test(lower) || !THING_COLUMN.test(lower)) return undefined;
  return name;
}

/** A table's rows, one entry each: titled by the thing each row is, the other cells its fields. */
export function tableGroups(header: Cell[], rows: Cell[][]): Group[] {
  const names = header.map((h) => withoutEmoji(h.text).toLowerCase());
  const cols = columnsOf(names, rows);
  const thing = cols.job ? undefined : thingOf(header[cols.title]?.text ?? "");
  const table = {};
  return rows.flatMap((row): Group[] => {
    const cell = (i: number) => (i >= 0 ? row[i] : undefined);
    let head = cell(cols.title);
    if (!head?.text) return [];
    const preset: Preset = {};
    const used = new Set([cols.title, cols.summary]);
    const roleText = cell(cols.job?.role ?? cols.role)?.text;
    if (roleText && roleText.length <= 100) preset.role = roleText;
    const org = cols.job ? cell(cols.job.org) : undefined;
    let city = "";
    if (cols.job && org?.text) {
      // "Paintings Conservator" and "Belvedere Museum": the job at its place; "Arup, Nairobi"
      // is the organisation and its city.
      // ("Lindgrens Glasbruk, Småland, Sweden": the organisation, then where, however many parts.)
      const where =
        /^([^,]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)*)$/u.exec(
          org.text,
        );
      city = where?.[2] ?? "";
      const name = where?.[1] ?? org.text;
      head = { text: `${head.text} at ${name}`, links: [...head.links, ...org.links] };
      used.add(cols.job.org);
    }
    const venueText = cell(cols.venue)?.text;
    if (venueText && venueText.length <= 100) preset.venue = venueText;
    const yearText = cell(cols.year)?.text ?? "";
    const years = findYears(yearText);
    if (years[0] !== undefined) preset.year = years[0];
    if (/^\s*(19|20)\d{2}\s*$/.test(yearText)) used.add(cols.year);
    if (preset.role && cols.role >= 0) used.add(cols.role);
    if (preset.venue) used.add(cols.venue);
    const body: TextLine[] = city ? [{ text: `in ${city}`, links: [] }] : [];
    const described = cell(cols.summary);
    if (described?.text) body.push({ ...described, links: [...described.links] });
    row.forEach((c, i) => {
      // "—" in a cell says there is nothing.
      if (used.has(i) || !/[\p{L}\p{N}]/u.test(c.text)) return;
      // (An email address is kept as written: the knowledge file links only to web pages.)
      const linkOnly =
        c.links.length > 0 &&
        c.links.map((l) => l.label).join(" ") === c.text &&
        c.links.every((l) => /^https?:/i.test(l.url));
      const last = body.at(-1);
      if (linkOnly) body.push({ text: "", links: c.links });
      // "Malmö" in a Place column is where: "in Malmö", said with the cell before it.
      else if (PLACE_COLUMN.test(names[i] ?? "") && !/^(?:in|at|on)\s/i.test(c.text)) {
        if (last?.text && !used.has(i - 1)) {
          last.text = `${last.text}, in ${c.text}`;
          last.links.push(...c.links);
        } else body.push({ text: `in ${c.text}`, links: c.links });
      } else {
        // "1.4k" under "⭐" is "1.4k ⭐" (said "1.4k stars"); a header of no words labels nothing.
        const raw = (header[i]?.text ?? "").trim();
        const label = withoutEmoji(raw);
        const text = label ? `${label}: ${c.text}` : raw ? `${c.text} ${raw}` : c.text;
        body.push({ text, links: c.links });
      }
    });
    // The title column's name says what each row is ("Jam", "Paper"): a word to find it by.
    return [
      {
        head,
        body,
        preset,
        table,
        ...(thing ? { label: thing, thing } : {}),
      },
    ];
  });
}
