import { isAuthorList, readCitation, readQuotedReference } from "./citation.ts";
import { isDegreeText, isRoleText, labelKind } from "./classify.ts";
import { bareYear, isDateOnly, leadingDate, sinceForm } from "./date-text.ts";
import {
  composeTitle,
  fieldsHead,
  firstField,
  isPlace,
  ORGANISATION,
  whereAndWhen,
} from "./field-line.ts";
import { endsSentence, sentences } from "./phrases.ts";
import { findVenueYear, segmentsOf, splitNamed, splitRole, splitRunOn } from "./pieces.ts";
import { isSentence, jobAt, sentenceTitle } from "./sentence-title.ts";

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
  /** Every bold run of the line: in a sentence, the name it stresses. */
  bold?: string[];
  /** The line is under a heading of jobs ("Experience"): "Title, Organisation" is a job. */
  jobs?: boolean;
}

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
    // "\"Vectorizing for RISC-V\" — EuroLLVM 2023, Glasgow": where it was given, kept as written
    // ("EuroLLVM 2023, Glasgow" stays one fact) and said as a place it was at.
    const dashed = /^\s*[—–-]\s+(.+)$/u.exec(quoted[2] ?? "")?.[1];
    if (dashed && findVenueYear(dashed)?.index === 0) {
      const year = /\b(?:19|20)\d\d\b/.exec(dashed)?.[0];
      return { title: quoted[1], rest: `At ${dashed}`, ...(year ? { year: Number(year) } : {}) };
    }
    const lifted = liftFields((quoted[2] ?? "").replace(/^[,.;:\s]+/, ""), true);
    return { ...lifted.head, title: quoted[1], rest: lifted.rest };
  }
  const bracketed = venueInBrackets(text);
  if (bracketed) return bracketed;
  const authored = context.italic ? citedAfterAuthors(text, context.italic) : undefined;
  if (authored) return authored;
  const referenced = quotedReference(text, context.italic);
  if (referenced) return referenced;
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
    const range = /\d\s*[–—-]|\d\s+to\s+\d|\bsince\b|present|now/i.test(dated.text);
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
    : (italicVenue(named?.rest, context.italic) ??
      liftFields(named ? named.rest : text, Boolean(named)));
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
    const title = sentenceTitle(body, context);
    // "Bioacoustics engineer at the Patagonian Wildlife Trust in Bariloche.": titled by the job,
    // whose role is the entry's.
    const job = jobAt(body);
    // "By day I'm a senior signalling engineer at …": the role is what follows "I'm a".
    const said = job?.[1]?.replace(/^.*?\b(?:I['’]m|I am|is|am|was)\s+(?:an?\s+|the\s+)?/u, "");
    const titled = job?.[1] && title === `${job[1]} at ${job[2]}`;
    const held = titled && said && !isSentence(said) && isRoleText(said) ? said : undefined;
    return { ...lifted.head, title, rest: body, role: lifted.head.role ?? held };
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
 * 'Ruiz A, Okafor T. "Tidal mixing in fjords." *Ocean Science*, 2021. First author.': a
 * reference led by its authors (the owner's name in bold, often) is titled by its quoted title;
 * the italic run after it is the venue, then the year and the owner's role.
 */
function quotedReference(text: string, italic: string | undefined): Head | undefined {
  const ref = readQuotedReference(text);
  if (!ref) return undefined;
  let after = ref.after;
  const venue = italic && after.startsWith(italic) ? italic.replace(/[.,;:]$/u, "") : undefined;
  if (venue && italic) after = after.slice(italic.length).replace(/^[\s,.;:]+/u, "");
  const when = /^\(?((?:19|20)\d{2})\)?(?:[.,;:]\s*|\s*$)/u.exec(after);
  if (when) after = after.slice(when[0].length);
  const lifted = liftFields(after, true);
  return {
    ...lifted.head,
    title: ref.title,
    name: ref.title,
    ...(venue ? { venue } : {}),
    ...(when ? { year: Number(when[1]) } : {}),
    rest: [ref.authors, lifted.rest].filter(Boolean).join(". "),
  };
}

/**
 * "**A paper's title** — *Frontiers in Earth Science*, 2021, with Ana Ruiz": the italic run
 * right after a name, then a year, is where the work appeared; a role may follow.
 */
function italicVenue(
  rest: string | undefined,
  italic: string | undefined,
): { head: Omit<Head, "title" | "rest">; rest: string } | undefined {
  if (!rest || !italic || !rest.startsWith(italic) || italic.length < 3) return undefined;
  const m = /^[,.]?\s*\(?((?:19|20)\d{2})\)?(?![\d–—-])\s*[.,;·|]?\s*(.*)$/u.exec(
    rest.slice(italic.length),
  );
  if (!m?.[1]) return undefined;
  const role = splitRole(m[2] ?? "");
  return {
    head: {
      venue: italic.replace(/[.,;:]$/u, ""),
      year: Number(m[1]),
      ...(role.role ? { role: role.role } : {}),
    },
    rest: role.rest,
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
