import { stemmer } from "stemmer";
import { KIND_TITLES, KINDS, type Kind, kindOfHeading, kindsOfHeading } from "./classify.ts";
import { buildEntries, type EntryDraft, LABELLED } from "./entry-draft.ts";
import {
  addAcronymTags,
  type DraftSection,
  finish,
  fitLimits,
  type SectionPlan,
} from "./finish-draft.ts";
import { parseMarkdown } from "./markdown.ts";
import { detectName, draftPerson, isContactPiece, type PersonDraft } from "./person.ts";
import { joinSentences, withoutEmoji, wordsOf } from "./phrases.ts";
import { segmentsOf } from "./pieces.ts";
import { namesIn } from "./sentence-title.ts";
import { type Group, outline } from "./structure.ts";

export type { DraftEntry, DraftSection } from "./finish-draft.ts";

/** A draft knowledge file, before validation. */
export interface Draft {
  person: PersonDraft;
  sections: DraftSection[];
}

// What an opening paragraph's sentence can be besides about the person.
const OPENING_KINDS: readonly Kind[] = ["about", "positions", "education", "interests", "contact"];
// The kinds of section a summary made of entries' titles may draw on.
const INTRODUCES_PERSON: readonly Kind[] = ["about", "positions", "education"];

/** The offline importer: a draft knowledge file from Markdown, using only the source's words. */
export function draftFromMarkdown(source: string): Draft {
  const doc = outline(parseMarkdown(source));
  const owner = detectName(doc);
  const headed: SectionPlan[] = doc.regions
    .map((region) => {
      const [kind, ...also] = kindsOfHeading(region.heading?.text ?? "");
      const entries = region.groups.flatMap((g) => buildEntries(g, owner, kind));
      const title = withoutEmoji(region.heading?.text ?? "").replace(/:$/, "");
      const plan = { title, kind, ...(also.length ? { also } : {}), entries };
      const thing = onlyThing(region.groups);
      return thing ? namedForRows(plan, thing) : plan;
    })
    .filter((s) => s.entries.length > 0);

  const moved = sortMixed(headed);

  // "Data journalist · Chicago · ana@example.org": the headline's line of pieces says what the
  // person does in the headline; an entry keeps only how to reach them, for the contact line.
  const headlineLine = doc.opening[0];
  const reaching = new Set<Group>();
  const loosened = doc.loose.flatMap((g): Group[] => {
    const line = g.head;
    const isHeadline = g.opening && line.text === headlineLine?.text && g.body.length === 0;
    if (!isHeadline || segmentsOf(line.text).length < 2) return [g];
    const reach = segmentsOf(line.text).filter(isContactPiece);
    if (reach.length === 0) return [];
    const links = line.links.filter((l) => reach.some((p) => p.includes(l.label)));
    const contact = { ...g, head: { text: reach.join(" · "), links } };
    reaching.add(contact);
    return [contact];
  });
  const looseGroups = loosened.map((group) => {
    const entries = buildEntries(group, owner);
    for (const entry of entries) {
      if (reaching.has(group)) entry.kind = "contact";
      // "I'm a game developer in Kyoto. These are the games I've shipped.": the opening says
      // who the person is, never one of their projects or papers.
      if (group.opening && !OPENING_KINDS.includes(entry.kind)) entry.kind = "about";
      if (group.listed && entry.kind === "about") entry.kind = "interests";
      if (group.badges) entry.kind = "skills";
    }
    return { group, entries };
  });
  // The rows of a table outside any heading are one section: of the kind the page's title
  // names ("# Projects — Ana Ruiz"), else of most rows' kind.
  const pageKind = doc.title ? kindOfHeading(doc.title.text) : undefined;
  for (const table of new Set(looseGroups.flatMap((g) => (g.group.table ? [g.group.table] : [])))) {
    const groups = looseGroups.filter((g) => g.group.table === table);
    const rows = groups.flatMap((g) => g.entries);
    // "| Client | Project | Year |": the column that titles the rows says what they are.
    const thing = onlyThing(groups.map((g) => g.group));
    const thingKind = thing ? kindOfHeading(thing) : undefined;
    const kind = pageKind ?? thingKind ?? mostCommon(rows.map((e) => e.kind));
    for (const row of rows) row.kind = kind;
  }
  dropRetold(looseGroups, [...headed.flatMap((p) => p.entries)]);
  const loose = looseGroups.flatMap((g) => g.entries);
  const byKind: SectionPlan[] = [];
  for (const kind of KINDS) {
    const entries = loose.filter((e) => e.kind === kind);
    if (entries.length === 0) continue;
    const home = headed.find((s) => s.kind === kind);
    if (home) home.entries.unshift(...entries);
    else byKind.push(loosePlan(kind, source, entries));
  }
  const plans = fitLimits(mergeTwins([...byKind, ...headed, ...moved]).map(mergeRepeats));
  addAcronymTags(plans, source);

  // Without more opening sentences, the summary is made of the first lines about the person.
  const about = headed.find((s) => s.kind === "about")?.entries.map((e) => e.summary) ?? [];
  const fallback = looseGroups.flatMap(({ group, entries: [entry] }) => {
    const aboutPerson =
      entry && !["projects", "publications", "interests", "contact"].includes(entry.kind);
    if (group.paragraph || group.listed || !aboutPerson) return [];
    // "🌱 I’m currently learning Kotlin" says more as the owner wrote it than as its title.
    const line = withoutEmoji(group.head.text).trim();
    return [line.includes(entry.title) && line.length <= 200 ? line : entry.title];
  });
  // A source with no opening at all is introduced by its first jobs and degrees; a project's
  // or a paper's name ("pagerlint") says nothing about the person on its own, unless the
  // source is only projects or papers.
  const titlesOf = (ps: SectionPlan[]) => ps.flatMap((p) => p.entries.map((e) => e.title));
  const personal = titlesOf(
    plans.filter((p) => p.kind === undefined || INTRODUCES_PERSON.includes(p.kind)),
  );
  const first = (
    personal.length > 0 ? personal : titlesOf(plans.filter((p) => p.kind !== "contact"))
  ).slice(0, 4);
  const person = draftPerson(doc, source, [...about, ...fallback, ...first]);
  const contact = contactOf(plans);
  const kept = withoutRetold(plans, looseGroups, [person.headline, person.summary]);
  return { person: { ...person, ...(contact ? { contact } : {}) }, sections: finish(kept) };
}

const plainWords = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * "Olá! I'm Ana, an illustrator in Porto. I paint picture books…": the opening sentences are the
 * headline and summary; as entries too they would answer every question that shares a word
 * with them ("what do you paint with") ahead of the entry that says it. They stay when the About
 * section would hold nothing else, so the draft keeps a section about the person.
 */
function withoutRetold(
  plans: SectionPlan[],
  groups: { group: Group; entries: EntryDraft[] }[],
  said: string[],
): SectionPlan[] {
  const person = said.map(plainWords);
  const opening = new Set(groups.filter((g) => g.group.opening).flatMap((g) => g.entries));
  const retold = (e: EntryDraft) => {
    if (!opening.has(e) || e.kind !== "about" || namesOwnThing(e.summary)) return false;
    const own = plainWords(`${e.summary} ${e.details ?? ""}`);
    return own !== "" && person.some((t) => t.includes(own));
  };
  const about = plans.flatMap((p) => p.entries).filter((e) => e.kind === "about");
  if (about.every(retold)) return plans;
  return plans
    .map((p) => ({ ...p, entries: p.entries.filter((e) => !retold(e)) }))
    .filter((p) => p.entries.length > 0);
}

// "My studio, Ffwrn Pottery, sits in …": a thing of the owner's, named in apposition.
const OWN_THING =
  /\b(?:[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s+\p{Lu}[^,]{1,60},/u;

/** An opening sentence that names a thing of the owner's, which "what's your studio called" asks for. */
function namesOwnThing(text: string): boolean {
  return OWN_THING.test(text);
}

/** What every group of a section is, when its table's title column names it ("Production"). */
function onlyThing(groups: Group[]): string | undefined {
  const things = new Set(groups.map((g) => g.thing?.toLowerCase()));
  const [thing] = things;
  return things.size === 1 && thing ? thing : undefined;
}

/**
 * A section of one kind of thing says so in its title ("Selected work: productions"), which is
 * what "how many productions" and "list your productions" find it by. Its kind is the thing's
 * when the heading names none, or names only "work", which rows of works are not.
 */
function namedForRows(plan: SectionPlan, thing: string): SectionPlan {
  const stems = new Set(wordsOf(plan.title).map((w) => stemmer(w)));
  const said = wordsOf(thing).every((w) => stems.has(stemmer(w)));
  const title = said ? plan.title : plan.title ? `${plan.title}: ${plural(thing)}` : plural(thing);
  const own = kindOfHeading(thing);
  const kind = !plan.kind || plan.kind === "positions" ? own : plan.kind;
  return { ...plan, title, kind, rows: true };
}

/** "production" as "productions", "study" as "studies": the plural a section's title uses. */
function plural(noun: string): string {
  if (/s$/i.test(noun)) return noun;
  if (/(?:x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * "… and I work as an engineer at Brightwave in Hamburg" in the opening, with the Brightwave
 * job in its own entry below: the opening's line is the person's summary, not a second job
 * (which would muddle "where did you work before Brightwave").
 */
function dropRetold(groups: { group: Group; entries: EntryDraft[] }[], others: EntryDraft[]) {
  const said = others.map((e) => `${e.title} ${e.summary} ${e.details ?? ""}`).join(" ");
  for (const g of groups) {
    if (!g.group.opening) continue;
    g.entries = g.entries.filter((e) => {
      if (e.kind !== "positions" && e.kind !== "education") return true;
      const names = namesIn(`${e.summary} ${e.details ?? ""}`);
      return names.length === 0 || !names.every((n) => said.includes(n));
    });
  }
}

function mostCommon(kinds: Kind[]): Kind {
  const counts = new Map<Kind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "about";
}

// Kinds an entry says plainly enough to leave a heading that names no kind ("Fun facts").
const MOVABLE: readonly Kind[] = ["positions", "education", "publications"];
const MOVE_STRENGTH = 1.5;
// Out of a section of another kind: an entry that names a degree, a labelled list of skills
// or interests, an email.
const STRAY_STRENGTH: Partial<Record<Kind, number>> = {
  education: 2,
  skills: LABELLED,
  interests: LABELLED,
  contact: 2.5,
};

/**
 * Under a heading that names no kind ("Currently", "Fun facts", "Background"), a job, a degree
 * or a paper goes to the section of its kind, so that "where did you study" finds it with the
 * other degrees. A heading whose entries are all of one kind is a section of that kind. Returns
 * the sections made for entries whose kind had none.
 */
function sortMixed(plans: SectionPlan[]): SectionPlan[] {
  const made: SectionPlan[] = [];
  // A degree said plainly under "Work" belongs with the degrees too, and so do a "Languages:"
  // line under "Awards" with the skills and an email under "Projects" with the contacts.
  const strays = (plan: SectionPlan) =>
    plan.entries.filter(
      (e) =>
        e.kind !== plan.kind &&
        (e.strength ?? 0) >= (STRAY_STRENGTH[e.kind] ?? Number.POSITIVE_INFINITY),
    );
  for (const plan of plans.filter((p) => !p.rows)) {
    const labelled = strays(plan).filter(
      (e) => (e.strength ?? 0) >= LABELLED || e.kind === "contact",
    );
    if (labelled.length === 0 || labelled.length === plan.entries.length) continue;
    plan.entries = plan.entries.filter((e) => !labelled.includes(e));
    for (const entry of labelled) homeFor(entry.kind, plans, made).entries.push(entry);
  }
  for (const plan of plans.filter((p) => p.kind && !p.rows)) {
    // "Lecturer, Epidemiology (MSc course), …" under "Teaching" names a degree but is a job.
    const stray = strays(plan).filter((e) => e.kind === "education" && !e.role);
    if (stray.length === 0 || stray.length === plan.entries.length) continue;
    plan.entries = plan.entries.filter((e) => !stray.includes(e));
    for (const entry of stray) homeFor(entry.kind, plans, made).entries.push(entry);
  }
  for (const plan of plans.filter((p) => !p.kind && !p.rows)) {
    const kinds = new Set(plan.entries.map((e) => e.kind));
    const [only] = kinds;
    const sure =
      plan.entries.every((e) => (e.strength ?? 0) >= 1) &&
      plan.entries.some((e) => (e.strength ?? 0) >= MOVE_STRENGTH);
    if (kinds.size === 1 && only && MOVABLE.includes(only) && sure) {
      plan.kind = only;
      continue;
    }
    const moving = plan.entries.filter(
      (e) => MOVABLE.includes(e.kind) && (e.strength ?? 0) >= MOVE_STRENGTH,
    );
    if (moving.length === 0) continue;
    plan.entries = plan.entries.filter((e) => !moving.includes(e));
    for (const entry of moving) homeFor(entry.kind, plans, made).entries.push(entry);
  }
  for (let i = plans.length - 1; i >= 0; i--) {
    if (plans[i]?.entries.length === 0) plans.splice(i, 1);
  }
  return made;
}

/** The section of a kind, made (and added to `made`) when there is none yet. */
function homeFor(kind: Kind, plans: SectionPlan[], made: SectionPlan[]): SectionPlan {
  let home = [...plans, ...made].find((p) => p.kind === kind);
  if (!home) {
    home = { title: KIND_TITLES[kind], kind, entries: [] };
    made.push(home);
  }
  return home;
}

/** The email and links a contact section gives, as one `person.contact` line. */
function contactOf(plans: SectionPlan[]): PersonDraft["contact"] {
  const entries = plans.filter((p) => p.kind === "contact").flatMap((p) => p.entries);
  const text = entries.map((e) => `${e.title} ${e.summary}`).join(" ");
  // "@ana@example.social" is a Mastodon handle, not an email.
  const email = /(?<![@\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0];
  const links = entries.flatMap((e) => e.links).filter((l) => /^https?:/.test(l.url));
  if (!email && links.length === 0) return undefined;
  return [email, ...links.map((l) => l.url)].filter(Boolean).join(" · ").slice(0, 300);
}

// Words of papers, not books ("a paper boat" is neither).
const PAPERS = /\b(?:papers|journals?|proceedings|preprints?|arxiv|doi)\b/i;

/** A heading-less section of one kind; "Research interests" in a source that speaks of research. */
function loosePlan(kind: Kind, source: string, entries: EntryDraft[]): SectionPlan {
  if (kind === "interests" && /\bresearch/i.test(source))
    return { title: "Research interests", kind, entries };
  // "My first picture book, …", "my newest book": writing that is books, not papers, is asked
  // about as books ("what's your first book"), and names no publisher ("which publisher…").
  const said = entries.map((e) => `${e.summary} ${e.details ?? ""}`).join(" ");
  if (kind === "publications" && /\bbooks?\b/i.test(said) && !PAPERS.test(said))
    return { title: "Books", kind, entries, description: "Books and writing" };
  return { title: KIND_TITLES[kind], kind, entries };
}

/** Sections of one kind and one title ("Education" made twice) are one section. */
function mergeTwins(plans: SectionPlan[]): SectionPlan[] {
  const out: SectionPlan[] = [];
  for (const plan of plans) {
    const twin = out.find((p) => p.kind && p.kind === plan.kind && p.title === plan.title);
    if (twin) twin.entries.push(...plan.entries);
    else out.push(plan);
  }
  return out;
}

/**
 * Two entries with one name in a section are one thing said twice: the second adds details.
 * Two items of lists are two things, though they share a name (papers led by one bold author,
 * two talks of one title): each keeps its entry, and its own id.
 */
function mergeRepeats(plan: SectionPlan): SectionPlan {
  const entries: EntryDraft[] = [];
  for (const entry of plan.entries) {
    const key = entry.name?.toLowerCase();
    const twin = key
      ? entries.find((e) => e.name?.toLowerCase() === key && !(e.item && entry.item))
      : undefined;
    if (!twin) {
      entries.push(entry);
      continue;
    }
    // What the second mention adds: its tagline ("qemu-cxl — CXL emulation…") and its summary.
    const prefix = `${entry.name} — `;
    const tagline = entry.title.startsWith(prefix) ? entry.title.slice(prefix.length) : "";
    const body = entry.summary === entry.title ? "" : entry.summary;
    const said = [tagline, body].filter(Boolean).join(" ");
    const details = joinSentences([twin.details ?? "", said, entry.details ?? ""]);
    if (details.length <= 2000) twin.details = details;
    else entries.push(entry);
    twin.venue ??= entry.venue;
    twin.year ??= entry.year;
    twin.role ??= entry.role;
    twin.tags.push(...entry.tags);
    twin.links.push(...entry.links);
  }
  return { ...plan, entries };
}
