import { isDegreeText, isRoleText } from "./classify.ts";
import { bareYear, isDateOnly, sinceForm } from "./date-text.ts";
import { shorten } from "./phrases.ts";
import { findDateSpan, maskRanges, segmentsOf, unmaskRanges } from "./pieces.ts";

/** What a line of fields gives: its title (a job or degree with where), its role, what it says. */
export interface FieldsTitle {
  title: string;
  rest: string;
  role?: string | undefined;
}

// An unnamed line this short is a title as it stands.
export const SHORT_LINE = 90;
export const TITLE_MAX = 80;

/**
 * A name and what follows it. A job or a degree is named with where it was held, as "Lead
 * Product Designer at Kasa Bank", and the job is the entry's role.
 */
export function composeTitle(name: string, rest: string, hasBody = false): FieldsTitle {
  const dateless = (text: string) => (bareYear(text) ? "" : whereAndWhen(text));
  const held = organisationFollows(name, rest) ? undefined : heldAt(name);
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
 * "Consultant, Animal Health — World Organisation (WOAH), Paris": the organisation follows the
 * name, so the name's comma parts say the job and its field, not where it was held.
 */
function organisationFollows(name: string, rest: string): boolean {
  const [, ...after] = name.split(/,\s+/u);
  if (after.length === 0) return false;
  const where = firstField(rest)?.field ?? rest;
  const organisation = (t: string) => ORGANISATION.test(t) || /\(\p{Lu}{2,}\)/u.test(t);
  return isPlace(where) && organisation(where) && !after.some(organisation);
}

/**
 * "Belvedere Museum, Vienna — 03/2012 – 08/2019": an organisation, maybe its city after a comma,
 * then a date after a dash. A comma inside the name ("Academy of Arts, Architecture and Design
 * in Prague") keeps the name whole: only capitalised words after it are a city.
 */
function datedWhere(
  text: string,
): { org: string; rest: string; when: string; city: boolean } | undefined {
  const m = /^(.+?)\s+[—–|]\s+(.+)$/u.exec(maskRanges(text.replace(/\.$/, "")));
  const [where, when] = [unmaskRanges(m?.[1] ?? ""), unmaskRanges(m?.[2] ?? "")];
  if (!where || !when || !isDateOnly(when) || !isPlace(where) || isDateOnly(where))
    return undefined;
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
export function heldAt(text: string): { title: string; role?: string; city?: string } | undefined {
  const parts = maskRanges(text)
    .split(/,\s+|\s+[—–|]\s+/u)
    .map((p) => unmaskRanges(p).trim());
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
  // "PhD, Theoretical Chemistry": a degree and its subject, not where it was earned; said as
  // written.
  if (isDegreeText(a) && !isRoleText(a) && isSubject(b)) return { title: `${a}, ${b}` };
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
export function fieldsHead(text: string, hasBody = false): FieldsTitle {
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
    return { title: `${job[1]} at ${job[2]}`, rest: withAside(after ? main : ""), role: job[1] };
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
  // "Lecturer, Epidemiology (MSc), Agrarian University, since 2020" and "PhD, Hydrology, Lund
  // University, 2019": the job or degree and its subject, then where.
  const both = `${first.field}, ${second.field}`;
  const heldWhat = isRoleText(both) || isDegreeText(both);
  if (second.rest && heldWhat && organisationFollows(both, second.rest)) {
    const composed = composeTitle(both, second.rest, hasBody);
    return { ...composed, rest: withAside(composed.rest) };
  }
  const held = heldAt(both);
  if (held) {
    const rest = bareYear(second.rest) ? "" : whereAndWhen(second.rest);
    return { title: held.title, rest: withAside(rest), ...(held.role ? { role: held.role } : {}) };
  }
  if (first.field.length > TITLE_MAX) return { title: firstClause(main), rest: text };
  const composed = composeTitle(first.field, first.rest, hasBody);
  // "Member, Advisory Panel on Water, 2019 – 2022": a word or two say too little to title the
  // line; with the field after it, as written, they say what.
  const lone = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?$/u.test(first.field) && composed.title === first.field;
  const short = both.length <= TITLE_MAX && !isList(first.rest);
  if (lone && short && second.rest && isPlace(second.field)) {
    const rest = bareYear(second.rest) ? "" : whereAndWhen(second.rest);
    return { title: both, rest: withAside(rest) };
  }
  return { ...composed, rest: withAside(composed.rest) };
}

// Small words inside a name: "Chicas en Código", "Universidade do Porto", "Academy of Arts".
const GLUE = "of|for|and|&|de|du|la|le|en|e|do|da|dos|das|des|der|den|del|della|di|van|von|y|na";
// "the University of the Ryukyus": a small word may take "the" after it.
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:${GLUE})\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}&'’.-]*)*`;
// "Research engineer at the Institut Pasteur in Paris": the job and the organisation.
export const JOB_AT = new RegExp(String.raw`^(.{2,60}?)\s+at\s+(${NAME})(?=$|[\s,.;(])`, "u");
// "PhD in Robotics at ETH Zurich", "MEng in Mechanical Engineering from Imperial College London".
export const DEGREE_AT = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}.]{1,8}(?:\s+(?:in|of)\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?)\s+(?:at|from)\s+(${NAME})`,
  "u",
);
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

export const PLACE_ONLY = /^\p{Lu}[\p{L}'’-]+(?:,?\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** The first field of a line and what follows its separator, or undefined for a line of one field. */
export function firstField(text: string): { field: string; rest: string } | undefined {
  // "2014 – 2017" is one field: a date range's dash separates nothing.
  const masked = maskRanges(text);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = /^(?:,\s+|;\s+|\s+[—–|·]\s+|\s+-\s+)/u.exec(masked.slice(i));
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

export const ORGANISATION =
  /\b(?:university|universit[éäà]t?|universidade?|universiteit|universitet|college|institute|institut|instituto|istituto|school|escuela|escola|école|hochschule|academy|polytechnic|lab|labs|laboratory|centre|center|hospital|museum|bank|group|company|inc|ltd|llc|gmbh|corp|foundation|society|agency|studio|studios|games|council|ministry|organi[sz]ation)\b/i;

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
export function isPlace(text: string): boolean {
  return (
    /^(?:the\s+)?[\p{Lu}\p{N}]/u.test(text) &&
    // "14 months as a visiting researcher": a quantity, not a place.
    !/^[\d.,]+\s+\p{Ll}/u.test(text) &&
    text.split(/\s+/).length <= 10 &&
    !isDateOnly(text) &&
    !/[.!?]\s/.test(text)
  );
}

/** The first clause of a long line, as a title. */
export function firstClause(text: string): string {
  const clause = /^(.{12,80}?)(?:,\s|;\s|:\s|\s[—–]\s|\.\s)/u.exec(text);
  const title = clause?.[1] ?? shorten(text, TITLE_MAX);
  return title.replace(/[.;,:]$/, "");
}
