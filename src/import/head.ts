import { isAuthorList, readCitation } from "./citation.ts";
import { isDegreeText, isRoleText, labelKind } from "./classify.ts";
import { endsSentence, sentences, shorten } from "./phrases.ts";
import {
  findDateSpan,
  findNames,
  findVenueYear,
  findYears,
  segmentsOf,
  splitNamed,
  splitRole,
  splitRunOn,
} from "./pieces.ts";

/** What an entry's first line gives: its name, a short title, its fields, and what it says. */
export interface Head {
  /** The name it goes by ("qemu-cxl"), for its id and for merging repeats. */
  name?: string;
  title: string;
  /** What the line says beyond its title; empty when the title is all it says. */
  rest: string;
  venue?: string;
  year?: number;
  role?: string | undefined;
}

/** What an entry's line is read with: the lines under it, and the owner's name. */
export interface HeadContext {
  /** The entry goes on in lines of its own (bullets under a job), so its title may be all its line says. */
  hasBody?: boolean;
  /** The whole text of the entry, for a prose entry's title. */
  text?: string;
  /** The owner's name, which names no entry. */
  owner?: string;
  /** The line is a table's title cell: a colon in it is part of the title. */
  cell?: boolean;
  /** The line is a sentence of a paragraph, not an item of a list. */
  prose?: boolean;
  /** An italic run opening the line: a work's title. */
  titled?: string;
  /** The first italic run of the line, wherever it is. */
  italic?: string;
  /** Every italic run of the line: in a sentence of prose, the works it names. */
  works?: string[];
  /** The line is under a heading of jobs ("Experience"): "Title, Organisation" is a job. */
  jobs?: boolean;
}

// An unnamed line this short is a title as it stands.
const SHORT_LINE = 90;
const TITLE_MAX = 80;

/** Reads an entry's first line: its name and short title, venue and year, role, and the rest. */
export function readHead(text: string, lead?: string, context: HeadContext = {}): Head {
  const cited = readCitation(text);
  if (cited) {
    const { title, rest, year, venue } = cited;
    return { title, rest, year, ...(venue ? { venue } : {}) };
  }
  // "\"TactiSkin: Stretchable Skin\", ICRA 2018, senior author.": a quoted title, then the rest.
  const quoted = /^["“]([^"”]{3,200})["”][,.:]?\s*(.*)$/u.exec(text);
  if (quoted?.[1]) {
    const lifted = liftFields((quoted[2] ?? "").replace(/^[,.;:\s]+/, ""), true);
    return { ...lifted.head, title: quoted[1], rest: lifted.rest };
  }
  const bracketed = venueInBrackets(text);
  if (bracketed) return bracketed;
  const authored = context.italic ? citedAfterAuthors(text, context.italic) : undefined;
  if (authored) return authored;
  // "*Silver Darlings: The Herring Girls* (Edinburgh University Press, 2021)": an italic title.
  const italic = context.titled;
  if (italic && text.startsWith(italic) && italic.length >= 3 && !isDateOnly(italic)) {
    const after = text.slice(italic.length).replace(/^[\s,.:;·|—–-]+/u, "");
    if (after) {
      const title = italic.replace(/[.,;:]$/, "");
      const published = publisherYear(after);
      if (published) return { ...published, title };
      const lifted = liftFields(after, true);
      return { ...lifted.head, title, rest: lifted.rest };
    }
  }
  const dated = leadingDate(text);
  if (dated) {
    const inner = readHead(dated.rest, lead && dated.rest.startsWith(lead) ? lead : undefined, {
      ...context,
      hasBody: true,
    });
    const range = /\d\s*[–—-]|\bsince\b|present|now/i.test(dated.text);
    const when = sinceForm(dated.text);
    // "in Skukuza, since 2019": where, then when.
    const where = /^in\s[^.]+$/u.test(inner.rest) ? inner.rest : "";
    const rest = !range
      ? inner.rest
      : where
        ? `${where}, ${when}`
        : [when, inner.rest].filter(Boolean).join(". ");
    return { ...inner, year: inner.year ?? dated.year, rest };
  }
  // "Talk title · GodotCon 2023 · Munich", "Quill: dialogue without tears · GodotCon 2023": the
  // first of "·"-separated pieces is the title (a colon in it is part of it), unless it is
  // "name — tagline".
  const segments = segmentsOf(text);
  const first = segments[0] ?? "";
  const colon = /^[^—–|]{3,120}:\s/u.test(first);
  if (segments.length >= 2 && first.length <= 120 && (colon || !splitNamed(first, lead))) {
    const after = text.slice(text.indexOf(first) + first.length).replace(/^\s*[·|•]\s*/u, "");
    const lifted = liftFields(after, true);
    const title = colon ? first : fieldsHead(first, true).title;
    return { ...lifted.head, title: title.replace(/[.;,]$/, ""), rest: lifted.rest };
  }
  const titleCell = context.cell && /:\s/.test(text) && !/\s[—–|-]\s/.test(text);
  const named = titleCell ? undefined : splitNamed(text, lead);
  // "**Before Nordlys:** analytics engineer at Vestas": a label over a job or a degree, which
  // names the entry; the label stays in what it says.
  if (named && lead && (/:\s*$/.test(lead) || /^\s*:/.test(text.slice(lead.length)))) {
    const job = fieldsHead(named.rest.replace(/\.$/, ""), context.hasBody);
    if (/ (?:at|in) /.test(job.title) && (job.role || isDegreeText(job.title))) {
      return { ...job, rest: text };
    }
  }
  // "Languages: Basque (native), Spanish": the label names the entry, the rest is its list.
  if (named && labelKind(named.name) && text.slice(named.name.length).startsWith(":")) {
    return { title: named.name, rest: named.rest, name: named.name };
  }
  // "**MSc in Biology**, NTNU, 2010": where a degree or job was held is no venue.
  const held = named && (isDegreeText(named.name) || isRoleText(named.name));
  const lifted = held
    ? { head: {}, rest: named.rest }
    : liftFields(named ? named.rest : text, Boolean(named));
  if (named) {
    // "(2021 – present) every spring I teach …": the open range read as "since 2021".
    lifted.rest = lifted.rest.replace(/^\(([^()]{4,40})\)/u, (all, inner: string) =>
      isDateOnly(inner) ? `(${sinceForm(inner)})` : all,
    );
    // "qemu-cxl — CXL emulation for systems research Added a …": the tagline ends where the
    // sentence after it starts.
    const runOn = splitRunOn(lifted.rest);
    const said = runOn ? `${runOn.tagline}. ${runOn.rest}` : lifted.rest;
    const head = composeTitle(named.name, said, context.hasBody);
    return { ...lifted.head, ...head, name: named.name, role: lifted.head.role ?? head.role };
  }
  const body = lifted.rest || text;
  const proseSentence = context.prose && endsSentence(body) && body.split(/\s+/).length >= 6;
  if (isSentence(body) || proseSentence) {
    return { ...lifted.head, title: sentenceTitle(body, context), rest: body };
  }
  // "Computational chemist. Assistant Professor, …": the first sentence names it, all is said.
  const [opening, ...more] = sentences(body);
  if (opening && more.length > 0) {
    const first = fieldsHead(opening, true);
    const rest = first.rest ? body : more.join(" ");
    return { ...lifted.head, ...first, title: first.title.replace(/[.;,]$/, ""), rest };
  }
  const fields = fieldsHead(body, context.hasBody);
  const assumed = context.jobs && !/ at /.test(fields.title) ? jobUnderJobs(body) : undefined;
  if (assumed) return { ...lifted.head, ...assumed };
  return { ...lifted.head, ...fields, role: lifted.head.role ?? fields.role };
}

/**
 * "State Veterinarian, South African National Parks (SANParks), Skukuza" under "Experience":
 * the first field is the job, whatever its words, and the next where it was held.
 */
function jobUnderJobs(text: string): (Omit<Head, "rest"> & { rest: string }) | undefined {
  const first = firstField(text.replace(/\.$/, ""));
  if (!first || first.field.split(/\s+/).length > 5 || ORGANISATION.test(first.field)) return;
  if (!/^\p{Lu}/u.test(first.field) || isDateOnly(first.field)) return;
  const second = firstField(first.rest) ?? { field: first.rest, rest: "" };
  if (!isPlace(second.field) || isDateOnly(second.field) || isRoleText(second.field)) return;
  return {
    title: `${first.field} at ${second.field}`,
    role: first.field,
    rest: bareYear(second.rest) ? "" : whereAndWhen(second.rest),
  };
}

/**
 * "P. Raman, X. Lemaire. *A Verified Parser Generator*. In POPL 2021.": a citation whose
 * authors come first and whose title is in italics; the venue and year after it.
 */
function citedAfterAuthors(text: string, italic: string): Head | undefined {
  const at = text.indexOf(italic);
  if (at <= 0 || italic.split(/\s+/).length < 2) return undefined;
  const authors = text.slice(0, at).trim();
  if (!isAuthorList(authors)) return undefined;
  const after = text
    .slice(at + italic.length)
    .replace(/^[\s.,;:]+/u, "")
    .replace(/^in:?\s+/iu, "");
  const lifted = liftFields(after, true);
  const title = italic.replace(/[.,;:]$/, "");
  const said = authors.replace(/[.,;:\s]+$/u, "");
  return {
    ...lifted.head,
    title,
    name: title,
    rest: [said, lifted.rest].filter(Boolean).join(". "),
  };
}

/**
 * "(Edinburgh University Press, 2021). Winner of …" after a work's title: who published it and
 * when, in brackets; what else the bracket says ("co-edited with Iain Fraser") stays said.
 */
function publisherYear(after: string): Omit<Head, "title"> | undefined {
  const m = /^\(([^()]{3,200})\)[.,;]?\s*(.*)$/u.exec(after);
  if (!m?.[1]) return undefined;
  const parts = m[1].split(/\s*;\s*/u);
  const last = /^(\p{Lu}[^,;]{2,80}?),?\s+((?:19|20)\d{2})$/u.exec(parts.at(-1) ?? "");
  if (!last?.[1] || !last[2]) return undefined;
  const aside = parts.slice(0, -1).join("; ");
  const rest = [aside, m[2] ?? ""].filter(Boolean).join(". ");
  return { venue: last[1], year: Number(last[2]), rest };
}

/**
 * "Prosody transfer without parallel data (Interspeech 2022) — First author. …": a paper's
 * title, then its venue and year in brackets, then what it says. A bracket of a name and a
 * year is a venue when it reads as one ("ICASSP 2024") or a publication role follows it.
 */
function venueInBrackets(text: string): Head | undefined {
  const m = /^(.{8,160}?)\s*\(([^()]{3,60})\)\s*(?:[—–:|,]\s*|\s-\s|\.\s+|$)(.*)$/u.exec(text);
  const [title, inner, after] = [m?.[1], m?.[2]?.trim(), m?.[3] ?? ""];
  if (!title || !inner || /[—–|]/u.test(title)) return undefined;
  const named =
    /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*){0,5}),?\s+((?:19|20)\d{2})$/u.exec(
      inner,
    );
  if (!named?.[1] || !named[2]) return undefined;
  const cited = findVenueYear(inner);
  const lifted = liftFields(after, true);
  if (!cited && !lifted.head.role) return undefined;
  return {
    ...lifted.head,
    title,
    name: title,
    venue: cited?.venue ?? named[1],
    year: Number(named[2]),
    rest: lifted.rest,
  };
}

/**
 * Venue and year ("USENIX NSDI 2022"), and a publication role ("First author") that stand as
 * pieces of their own, lifted out of a line; the rest as written.
 */
function liftFields(
  body: string,
  named: boolean,
): { head: Omit<Head, "title" | "rest">; rest: string } {
  const parts: { text: string; joiner: string }[] = [];
  for (const [i, segment] of segmentsOf(body).entries()) {
    for (const [j, sentence] of sentences(segment).entries()) {
      parts.push({ text: sentence, joiner: i > 0 && j === 0 ? " · " : " " });
    }
  }
  const head: Omit<Head, "title" | "rest"> = {};
  const kept: typeof parts = [];
  // "GodotCon 2023, Munich", "Summit 2023 · San Francisco": where the venue was.
  const placeOnly = /^(\p{Lu}[\p{L}'’-]+(?:,?\s+\p{Lu}[\p{L}'’-]+){0,2})[.;]?$/u;
  let afterVenue = false;
  // A piece lifted whole passes its "·" on to the piece after it.
  let carried = "";
  for (const part of parts) {
    let rest = part.text;
    const joiner = carried || part.joiner;
    carried = "";
    // "Summit 2023 · San Francisco", not "In POPL 2021. Distinguished Paper Award.".
    if (afterVenue && joiner.trim() && placeOnly.test(rest)) rest = `in ${rest}`;
    afterVenue = false;
    if (!head.venue && (named || parts.length > 1)) {
      const vy = findVenueYear(rest);
      if (vy && vy.index === 0) {
        const tail = rest.slice(vy.text.length).replace(/^[\s,.;]+/, "");
        const after = splitRole(tail);
        const place = placeOnly.exec(tail)?.[1];
        if (!after.rest || after.role || place) {
          head.venue = vy.venue;
          head.year = vy.year;
          if (after.role) head.role = after.role;
          rest = place && !after.role ? `in ${tail}` : after.rest;
          afterVenue = !rest;
        }
      }
    }
    if (!head.role && (named || parts.length > 1)) {
      const role = splitRole(rest);
      if (role.role) {
        head.role = role.role;
        rest = role.rest;
      }
    }
    // "Science Robotics 2020, corresponding author.": what is left of a lifted piece ends clean.
    if (rest !== part.text) rest = rest.replace(/[\s,;:]+$/u, "");
    if (rest) kept.push({ text: rest, joiner });
    else if (joiner.trim()) carried = joiner;
  }
  if (!head.venue && !head.role) return { head, rest: body };
  const rest = kept
    .map((p, i) => {
      if (i === 0) return p.text;
      const previous = kept[i - 1]?.text ?? "";
      return p.joiner === " " && !endsSentence(previous) ? `. ${p.text}` : `${p.joiner}${p.text}`;
    })
    .join("")
    .trim();
  return { head, rest };
}

/**
 * A name and what follows it. A job or a degree is named with where it was held, as "Lead
 * Product Designer at Kasa Bank", and the job is the entry's role.
 */
function composeTitle(
  name: string,
  rest: string,
  hasBody = false,
): Omit<Head, "rest"> & { rest: string } {
  const dateless = (text: string) => (bareYear(text) ? "" : whereAndWhen(text));
  const held = heldAt(name);
  if (held && / at /.test(held.title)) {
    const said = [held.city ? `in ${held.city}` : "", dateless(rest)].filter(Boolean).join(", ");
    return { title: held.title, rest: said, ...(held.role ? { role: held.role } : {}) };
  }
  // "Paintings Conservator — Belvedere Museum, Vienna — 03/2012 – 08/2019": what was held, at
  // an organisation, then when; a time span makes it a job unless it names a degree.
  const dated = datedWhere(rest);
  const job = isRoleText(name) || isDegreeText(name);
  if (dated && (held || job || dated.city || ORGANISATION.test(dated.org))) {
    const span = !bareYear(dated.when) && findDateSpan(dated.when) !== undefined;
    const role = isRoleText(name) || (span && !isDegreeText(name)) ? name : undefined;
    return {
      title: `${held?.title ?? name} at ${dated.org}`,
      rest: dated.city || !bareYear(dated.when) ? dated.rest : "",
      ...(role ? { role } : {}),
    };
  }
  if (held || isRoleText(name) || isDegreeText(name)) {
    const what = held?.title ?? name;
    // "Celonis (2021–now)": when, in brackets after where, is no part of the name.
    const dated = /^(.+?)\s*\(([^()]+)\)\.?$/u.exec(rest);
    const plain =
      dated?.[1] && dated[2] && isDateOnly(dated[2])
        ? { field: dated[1], rest: sinceForm(dated[2]) }
        : undefined;
    const field = plain ?? firstField(rest) ?? { field: rest, rest: "" };
    if (field.field && isPlace(field.field) && (field.rest || hasBody || !isDateOnly(rest))) {
      const role = isRoleText(name) ? name : undefined;
      return {
        title: `${what} at ${field.field}`,
        rest: dateless(field.rest),
        ...(role ? { role } : {}),
      };
    }
    if (held) return { title: held.title, rest: dateless(rest) };
  }
  // "Ludum Dare 46 — Ember Sitter": what follows a name that holds no job is no place.
  const said = isRoleText(name) || isDegreeText(name) ? dateless(rest) : sinceForm(rest);
  return {
    title: name,
    rest: bareYear(rest) ? "" : said,
    ...(isRoleText(name) ? { role: name } : {}),
  };
}

/**
 * "Belvedere Museum, Vienna — 03/2012 – 08/2019": an organisation, maybe its city after a comma,
 * then a date after a dash. A comma inside the name ("Academy of Arts, Architecture and Design
 * in Prague") keeps the name whole: only capitalised words after it are a city.
 */
function datedWhere(
  text: string,
): { org: string; rest: string; when: string; city: boolean } | undefined {
  const m = /^(.+?)\s+[—–|]\s+(.+)$/u.exec(text.replace(/\.$/, ""));
  if (!m?.[1] || !m[2] || !isDateOnly(m[2]) || !isPlace(m[1]) || isDateOnly(m[1])) return undefined;
  const [where, when] = [m[1], m[2]];
  const comma = /^(.+),\s+([^,]+)$/u.exec(where);
  if (comma?.[1] && comma[2] && PLACE_ONLY.test(comma[2])) {
    return { org: comma[1], rest: `in ${comma[2]}, ${sinceForm(when)}`, when, city: true };
  }
  return { org: where, rest: sinceForm(when), when, city: false };
}

/**
 * "Senior data reporter, The Ledger" and "Fastly, compiler engineer" as "Senior data reporter at
 * The Ledger" and "compiler engineer at Fastly": a job or degree and where, the job as the role.
 */
function heldAt(text: string): { title: string; role?: string; city?: string } | undefined {
  const parts = text.split(/,\s+|\s+[—–|]\s+/u).map((p) => p.trim());
  // "Postdoctoral Fellow, University of Alberta, Edmonton": a city after the organisation.
  const city = parts.length === 3 && PLACE_ONLY.test(parts[2] ?? "") ? parts.pop() : undefined;
  const job = (t: string) => isRoleText(t) || isDegreeText(t);
  if (city && (job(parts[1] ?? "") || ORGANISATION.test(city))) return undefined;
  // "Adjunct lecturer, Northwestern University, Medill School of Journalism": a job at an
  // organisation and a part of it.
  const [role = "", org = "", unit = ""] = parts;
  if (parts.length === 3 && isRoleText(role) && !job(org) && !job(unit)) {
    const named = isPlace(org) && isPlace(unit) && !isDateOnly(unit);
    if (named && (ORGANISATION.test(org) || ORGANISATION.test(unit))) {
      return { title: `${role} at ${org}, ${unit}`, role };
    }
  }
  if (parts.length !== 2) return undefined;
  const [a, b] = parts as [string, string];
  // "PhD, Theoretical Chemistry": a degree and its subject, not where it was earned.
  if (isDegreeText(a) && !isRoleText(a) && isSubject(b)) return { title: `${a} in ${b}` };
  let what: string;
  let where: string;
  if (job(a) && !job(b) && isPlace(b)) [what, where] = [a, b];
  else if (isPlace(a) && !job(a) && isRoleText(b)) [what, where] = [b, a];
  else return undefined;
  return {
    title: `${what} at ${where}`,
    ...(isRoleText(what) ? { role: what } : {}),
    ...(city ? { city } : {}),
  };
}

/**
 * A line of fields ("UKRI Future Leaders Fellowship, £1.2M, 2022–2026"): the first field is
 * its title (with where, for a job or degree) and the others what it says. A list of short
 * items ("Go, Python, Terraform") or a line of one field is its own title.
 */
function fieldsHead(text: string, hasBody = false): Omit<Head, "rest"> & { rest: string } {
  const aside = /^([^()]{3,}?)\s*\(([^()]{2,200})\)\.?$/u.exec(text);
  const main = aside?.[1] ?? text;
  // "(2016)" is the entry's year, not something it says.
  const extra = aside?.[2] && !bareYear(aside[2]) ? sinceForm(aside[2]) : "";
  // "in Oslo, 2009–2015": where, then when.
  const withAside = (rest: string) =>
    [rest, extra].filter(Boolean).join(/^in\s/.test(rest) && isDateOnly(extra) ? ", " : "; ");
  // "Data engineer at Nordlys Energy in Aarhus, Denmark": a job at a place, then where.
  const job = JOB_AT.exec(main);
  if (job?.[1] && job[2] && isRoleText(job[1])) {
    const after = main
      .slice(job[0].length)
      .replace(/^[\s,]+/, "")
      .replace(/\.$/, "");
    return { title: `${job[1]} at ${job[2]}`, rest: withAside(after ? text : ""), role: job[1] };
  }
  // "Assistant Professor, School of Computer Science, University of Bristol": three fields.
  const three = main.split(/,\s+/).length === 3 ? heldAt(main) : undefined;
  if (three && / at /.test(three.title)) {
    const said = three.city ? `in ${three.city}` : "";
    return {
      title: three.title,
      rest: withAside(said),
      ...(three.role ? { role: three.role } : {}),
    };
  }
  const first = isList(main) ? undefined : firstField(main);
  if (!first) {
    if (main.length > SHORT_LINE) return { title: firstClause(main), rest: text };
    return { title: main.replace(/[.;,]$/, ""), rest: withAside("") };
  }
  // "SRE at Fernhill, keeping the platform up": a clause that goes on, said whole.
  if (CONTINUES.test(first.rest)) return { title: first.field, rest: text };
  // "Fastly, compiler engineer" and "PhD in Physics, MIT": a job or degree with where.
  const second = firstField(first.rest) ?? { field: first.rest, rest: "" };
  const held = heldAt(`${first.field}, ${second.field}`);
  if (held) {
    const rest = bareYear(second.rest) ? "" : whereAndWhen(second.rest);
    return { title: held.title, rest: withAside(rest), ...(held.role ? { role: held.role } : {}) };
  }
  if (first.field.length > TITLE_MAX) return { title: firstClause(main), rest: text };
  const composed = composeTitle(first.field, first.rest, hasBody);
  return { ...composed, rest: withAside(composed.rest) };
}

// "Research engineer at the Institut Pasteur in Paris": the job and the organisation.
const JOB_AT =
  /^(.{2,60}?)\s+at\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|for|and|&|de|du|la)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*)*)(?=$|[\s,.;(])/u;
// "PhD in Robotics at ETH Zurich", "MEng in Mechanical Engineering from Imperial College London".
const DEGREE_AT =
  /\b(\p{Lu}[\p{L}.]{1,8}(?:\s+(?:in|of)\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?)\s+(?:at|from)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|for|and|&|de|du|la)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*)*)/u;
// A clause that goes on from the one before: "keeping …", "working on …", "which …".
const CONTINUES = /^(?:\p{Ll}+ing|\p{Ll}+ed|who|which|where|that|while|mostly|mainly)\b/u;

/**
 * The rest of a job or degree line, said the way it is meant: "Chicago" is "in Chicago",
 * "Sept 2019 – present · Warsaw" is "since Sept 2019, in Warsaw".
 */
export function whereAndWhen(text: string): string {
  const parts = segmentsOf(text.replace(/\.$/, ""));
  const plain = (p: string) => isDateOnly(p) || PLACE_ONLY.test(p);
  if (parts.length === 0 || parts.length > 2 || !parts.every(plain)) return sinceForm(text);
  const said = parts.map((p) => (PLACE_ONLY.test(p) && !isDateOnly(p) ? `in ${p}` : sinceForm(p)));
  return said.join(", ");
}

const PLACE_ONLY = /^\p{Lu}[\p{L}'’-]+(?:,?\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** The first field of a line and what follows its separator, or undefined for a line of one field. */
function firstField(text: string): { field: string; rest: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = /^(?:,\s+|;\s+|\s+[—–|·]\s+|\s+-\s+)/u.exec(text.slice(i));
    if (sep && i > 0) {
      const field = text.slice(0, i).trim();
      const rest = text.slice(i + sep[0].length).trim();
      return field && rest ? { field, rest } : undefined;
    }
  }
  return undefined;
}

/** "Go, Python, Terraform", "JACS, JCTC and Chemical Science": items, not fields. */
function isList(text: string): boolean {
  const items = text.split(/\s*,\s*/u);
  if (items.length < 2) return false;
  // "BSc Computer Science, KNUST, 2015" is a degree, where and when.
  if (items.some((i) => isDateOnly(i))) return false;
  // "Postdoctoral Fellow, University of Alberta, Edmonton": a job, where and in which city.
  const [first = "", ...others] = items;
  const job = (t: string) => isRoleText(t) || isDegreeText(t);
  if (job(first) && !others.some(job)) return false;
  const last = items.at(-1) ?? "";
  if (/\s(?:and|&|or)\s/.test(last) && items.every((i) => i.split(/\s+/).length <= 4)) return true;
  return (
    items.length >= 3 &&
    // "Python, dbt, Apache Spark" is a list; "… finalist, Local Reporting, for Dead Ends" is not.
    items.every(
      (i) =>
        i.split(/\s+/).length <= 3 &&
        !/^(?:for|with|in|at|on|of|to|from|by|the|a|an)\s/iu.test(i.replace(/^(?:and|or)\s+/u, "")),
    )
  );
}

const ORGANISATION =
  /\b(?:university|universit[éäà]t?|college|institute|institut|school|academy|polytechnic|lab|labs|laboratory|centre|center|hospital|museum|bank|group|company|inc|ltd|llc|gmbh|corp|foundation|society|agency|studio|studios|games|council|ministry)\b/i;

/** A degree's subject ("Theoretical Chemistry"): capitalised words, none naming an organisation. */
function isSubject(text: string): boolean {
  return (
    /^[\p{Lu}][\p{Ll}]/u.test(text) &&
    text.split(/\s+/).length <= 5 &&
    !ORGANISATION.test(text) &&
    !/\p{Lu}{2,}/u.test(text) &&
    !isDateOnly(text)
  );
}

/** A field naming an organisation or place: capitalised, short, not a date. */
function isPlace(text: string): boolean {
  return (
    /^(?:the\s+)?[\p{Lu}\p{N}]/u.test(text) &&
    text.split(/\s+/).length <= 10 &&
    !isDateOnly(text) &&
    !/[.!?]\s/.test(text)
  );
}

const SEASON_OR_MONTH =
  /\b(summer|spring|autumn|fall|winter|present|now|today|since|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/gi;

/** True when a text says only when ("2019", "Sept 2019 – present", "(2021)"). */
export function isDateOnly(text: string): boolean {
  if (!text.trim()) return true;
  const has = findDateSpan(text) !== undefined || findYears(text).length > 0;
  const left = text.replace(/\b(?:\d{1,2}\/)?(?:19|20)\d{2}\b/g, "").replace(SEASON_OR_MONTH, "");
  return has && !/[\p{L}\p{N}]/u.test(left.replace(/\b(?:to|until|till)\b/g, ""));
}

const OPEN_RANGE =
  /^\(?((?:[A-Z][a-z]{2,8}\.?\s+|\d{1,2}\/)?(?:19|20)\d{2})\s*(?:[–—-]|to)\s*(?:present|now|today|current|date|(?=\)|$))\)?\.?$/iu;

/**
 * A date that says only when, with an open end written the way it is said: "Sept 2019 –
 * present" as "since Sept 2019".
 */
export function sinceForm(text: string): string {
  const open = OPEN_RANGE.exec(text.trim());
  return open?.[1] ? `since ${open[1]}` : text;
}

/** "2016", "(2016)": a year the entry's year field holds. */
function bareYear(text: string): boolean {
  return /^\(?(?:19|20)\d{2}\)?[.,]?$/.test(text.trim());
}

/** "2023 — Pulitzer Prize finalist", "2019–2021: Engineer at Acme": the date in front, and the rest. */
function leadingDate(text: string): { text: string; year: number; rest: string } | undefined {
  const m =
    /^((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}(?:-[01]\d(?:-[0-3]\d)?)?(?:\s*(?:[–—-]|to)\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}|present|now|today))?)\s*(?:[—–:|·]|\s-|,)\s*(.+)$/iu.exec(
      text,
    );
  // "2019–present State Veterinarian, …": a range needs no separator before what it dates.
  const spaced =
    /^((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}|present|now|today))\s+(\p{Lu}.+)$/u.exec(
      text,
    );
  const found = spaced ?? m;
  if (!found?.[1] || !found[2]) return undefined;
  const year = findYears(found[1])[0];
  return year === undefined ? undefined : { text: found[1], year, rest: found[2] };
}

const PRONOUN = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d)(?![\p{L}'’])/u;
const PRONOUN_ANY_CASE =
  /(?:^|[^\p{L}'’])(?:my|me|we|our|he|she|they|his|her|their|it|its)(?![\p{L}'’])/iu;
const FINITE =
  /\b(?:is|are|was|were|am|has|have|had|will|would|can|could|does|did|found|showed|became)\b/i;

/** A statement rather than a line of fields: it says "I", "she"… or has a finite verb. */
export function isSentence(text: string): boolean {
  return PRONOUN.test(text) || PRONOUN_ANY_CASE.test(text) || FINITE.test(text);
}

const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The title of a sentence: the thing it names (a quoted title, "a newsletter called X", the
 * organisations and places it mentions), else the sentence when short, else its first clause.
 */
export function sentenceTitle(sentence: string, context: HeadContext = {}): string {
  const group = context.text && context.text !== sentence ? context.text : undefined;
  const owner = (context.owner ?? "").toLowerCase();
  // A quoted title ("Spreadsheets that don't lie") or "a newsletter called Small Numbers".
  const titled = (text: string) =>
    /["“]([^"”]{3,80})["”]/u.exec(text)?.[1]?.replace(/[.,;:]$/, "") ??
    /\b(?:called|named|titled|entitled)\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|the|and|&|for|de)?\s*\p{Lu}[\p{L}\p{N}'’-]*)*)/u.exec(
      text,
    )?.[1];
  // "She then earned her PhD in Robotics at ETH Zurich in 2011; her thesis was \"…\"": the
  // degree and where, before any title it quotes.
  const degree = DEGREE_AT.exec(sentence);
  if (degree?.[1] && degree[2] && isDegreeText(degree[1])) return `${degree[1]} at ${degree[2]}`;
  const own = titled(sentence);
  if (own) return own;
  // "My first picture book, *The Hedgehog Who Hated Noise*, came out in 2018": the work the
  // sentence names in italics, whole ("The" and all), is what it is about.
  const work = context.works?.find(
    (t) => sentence.includes(t) && t.split(/\s+/).length >= 2 && !isDateOnly(t),
  );
  if (work && work.length <= TITLE_MAX) return work.replace(/[.,;:]$/, "");
  // Two-letter acronyms ("AI", "UK") say too little to name a sentence.
  const namesIn = (text: string) =>
    findNames(text).filter(
      (n) =>
        !owner.includes(n.toLowerCase()) &&
        !/^(?:I|I'm|I’m)\b/.test(n) &&
        n.length > 2 &&
        !isDegreeText(n),
    );
  const orgs = (names: string[]) => names.filter((n) => ORGANISATION.test(n));
  const names = namesIn(sentence);
  const all = group ? namesIn(group) : [];
  const later = group ? titled(group) : undefined;
  const single = singleNames(sentence).filter((n) => !owner.includes(n.toLowerCase()));
  // What a sentence is about: an organisation it names, else any name in it, else an
  // organisation or title named further on in its paragraph, else a place it names.
  // "Firmware engineer at Omron since 2018; …": the job and where.
  const job = JOB_AT.exec(sentence);
  const choices = [
    job?.[1] && job[2] && isRoleText(job[1]) ? [`${job[1]} at ${job[2]}`] : [],
    orgs(names),
    names,
    orgs(all),
    later ? [later] : [],
    sentence.length > SHORT_LINE || isSentence(sentence) ? single : [],
  ];
  for (const names of choices) {
    const picked = names.slice(0, 2).join(", ");
    if (picked && picked.length <= TITLE_MAX) return picked;
  }
  if (sentence.length <= SHORT_LINE) return sentence.replace(/[.;,:]$/, "");
  return firstClause(sentence);
}

/** The names a text holds: runs of capitalised words and acronyms, and capitalised words inside it. */
export function namesIn(text: string): string[] {
  return [...new Set([...findNames(text), ...singleNames(text)])];
}

/** Capitalised words inside a sentence ("in Galway"), not the word that opens it. */
function singleNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{L}\p{N}'’-]+/gu)) {
    const word = m[0];
    if (CALENDAR.test(word) || /^I['’]/u.test(word) || word.length < 3 || out.includes(word))
      continue;
    out.push(word);
  }
  return out;
}

/** The first clause of a long line, as a title. */
export function firstClause(text: string): string {
  const clause = /^(.{12,80}?)(?:,\s|;\s|:\s|\s[—–]\s|\.\s)/u.exec(text);
  const title = clause?.[1] ?? shorten(text, TITLE_MAX);
  return title.replace(/[.;,:]$/, "");
}
