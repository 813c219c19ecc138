import MiniSearch from "minisearch";
import type { Knowledge } from "../knowledge/schema.ts";
import { GROUP_SIZE, measureSupport, SIZED_GROUP, VENUE, type Vocabulary } from "./coverage.ts";
import { type DetailKind, readDetails, type TextDetails } from "./details.ts";
import type { EntryFacts } from "./evidence.ts";
import { isCommonWord } from "./lexicon.ts";
import { ownNameWords } from "./owner.ts";
import { type Question, type QuestionTerm, readQuestion } from "./question.ts";
import { splitAsks } from "./question-clauses.ts";
import { alternatives, isContent, key, terms, words } from "./text.ts";
import type { Doc } from "./types.ts";
import { sameKindOfThing } from "./word-kinds.ts";

/** A retrieved entry with its search score and how much of the question it answers (0..1). */
export interface Hit {
  doc: Doc;
  score: number;
  /** Share of the question's weight this entry (with its section's heading) holds. */
  support: number;
  /** Kinds of detail the entry holds (dates, places, people…). */
  kinds: ReadonlySet<DetailKind>;
  /** The entry's words and where its details are. */
  details: TextDetails;
  /** Keys of everything the entry is filed under: its words, tags and section heading. */
  keys: ReadonlySet<string>;
  /** Keys of its title and section heading: what the entry is. */
  heading: ReadonlySet<string>;
  /** Keys of its title alone. */
  title: ReadonlySet<string>;
  /** Keys of its section's title and description. */
  section: ReadonlySet<string>;
  /** Where the entry's title ends in its text. */
  titleEnd: number;
  /** Keys of the entry's tags. */
  tagged: ReadonlySet<string>;
}

/** What retrieval found, and how much of the question the best entry covers (0..1). */
export interface Retrieval {
  hits: Hit[];
  /** The best entry's support, or the owner's headline and summary's when that is higher. */
  coverage: number;
  /** Keys of the question's meaningful words. */
  queryTerms: string[];
  /** Set when the question asks about a whole section ("what projects…") and names no entry. */
  sectionId?: string;
  /** The question as read: its type, the detail it needs, its weighted terms. */
  question?: Question;
  /** Support of the owner's headline and summary. */
  personSupport?: number;
  /** Kinds of detail the owner's headline and summary hold. */
  personKinds?: ReadonlySet<DetailKind>;
  /** The owner's headline and summary, as an entry to judge. */
  personFacts?: EntryFacts;
  /** Each sentence of the headline and summary, as an entry to judge on its own. */
  personSentences?: EntryFacts[];
  /** Entries holding a name of several words the question says ("the nursing times article"). */
  named?: ReadonlySet<Doc>;
  /** Keys of the words of those names. */
  namedKeys?: ReadonlySet<string>;
  /** For a question that joins two asks ("where… and when…"), what each ask found. */
  parts?: Retrieval[];
}

/** Full-text index over a knowledge file's entries, with field boosts. */
export interface Retriever {
  docs: Doc[];
  search(question: string, limit?: number): Retrieval;
  /** Kinds of detail each entry holds, by entry id. */
  kinds(doc: Doc): ReadonlySet<DetailKind>;
}

// Two to five capitalised words in a row, with small joining words: "Royal College of Nursing".
const NAME_RUN =
  /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|the|and|de|da|di|du|del|van|von|la|le)\s+)?\p{Lu}[\p{L}\p{N}'’-]*){1,4}/gu;

const BOOSTS = {
  title: 3,
  tags: 2,
  meta: 1.5,
  summary: 1,
  details: 1,
  sectionTitle: 2,
  sectionAbout: 0.5,
};

export function createRetriever(knowledge: Knowledge): Retriever {
  const docs: Doc[] = knowledge.sections.flatMap((section) =>
    section.entries.map((entry) => ({ entry, section })),
  );
  const index = new MiniSearch<{ i: number } & Record<keyof typeof BOOSTS, string>>({
    idField: "i",
    fields: Object.keys(BOOSTS),
    tokenize: (text) => [text],
    processTerm: (text) => terms(text),
    searchOptions: { boost: BOOSTS, combineWith: "OR" },
  });
  const indexed = docs.map((doc, i) => toIndexed(doc, i));
  index.addAll(indexed);

  const ownName = ownNameWords(knowledge);
  const fieldText = ({ i: _, ...fields }: ReturnType<typeof toIndexed>) =>
    Object.values(fields).join(" ");
  const docKeys = indexed.map((d) => new Set(terms(fieldText(d))));
  const titles = docs.map(({ entry }) => new Set(terms(entry.title)));
  const tagsOf = docs.map(({ entry }) => new Set((entry.tags ?? []).flatMap((t) => terms(t))));
  const filedAs = docs.map(
    ({ section }) => new Set(terms(`${section.title} ${section.description}`)),
  );
  const headings = docs.map(
    ({ entry, section }) => new Set(terms(`${entry.title} ${section.id} ${section.title}`)),
  );
  // Read for details when first retrieved: a question touches a few entries, not all of them.
  const docDetails = new Map<Doc, TextDetails>();
  const detailsOf = (doc: Doc): TextDetails => {
    let found = docDetails.get(doc);
    if (!found) {
      found = entryDetails(doc, ownName);
      docDetails.set(doc, found);
    }
    return found;
  };
  const personText = `${knowledge.person.headline} ${knowledge.person.summary}`;
  const personKeys = new Set(terms(personText));
  const personDetails = readDetails(personText, ownName);
  const personKinds = personDetails.kinds;
  const personFacts: EntryFacts = {
    details: personDetails,
    keys: personKeys,
    heading: new Set(),
    titleEnd: 0,
  };
  // Lazily: only a question the entries lack a detail of reads them.
  let personSentences: EntryFacts[] | undefined;
  const sentencesOfPerson = () => {
    personSentences ??= sentencesOf(knowledge.person).map((t) => ({
      details: readDetails(t, ownName),
      keys: new Set(terms(t)),
      heading: new Set<string>(),
      titleEnd: 0,
    }));
    return personSentences;
  };
  const before = new Map<string, Set<string>>();
  const vocabulary: Vocabulary = { keys: new Map(), words: new Map(), size: docs.length, before };
  for (const text of [...indexed.map(fieldText), personText]) {
    const written = words(text);
    written.forEach((w, i) => {
      vocabulary.words.set(w, key(w));
      const preceding = before.get(w) ?? new Set<string>();
      preceding.add(written[i - 1] ?? "");
      before.set(w, preceding);
    });
  }
  for (const keys of [...docKeys, personKeys]) {
    for (const k of keys) vocabulary.keys.set(k, (vocabulary.keys.get(k) ?? 0) + 1);
  }
  const sectionKeys = knowledge.sections.map((s) => ({
    id: s.id,
    keys: new Set(terms(`${s.id} ${s.title} ${s.description}`)),
    name: new Set(terms(`${s.id} ${s.title}`)),
    head: terms(s.title).at(-1),
    // The title's last word as written ("perfumes"), for WordNet to compare.
    noun: s.title
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.at(-1),
  }));
  // Names of several words ("Nursing Times", "Moss Side Health Centre") and every run of two or
  // more of their words, with the entries that write them: a question typed in lowercase still
  // names the thing.
  const names = new Map<string, Set<Doc>>();
  for (const doc of docs) {
    const { entry } = doc;
    const text = [entry.title, entry.venue, entry.summary, entry.details]
      .filter(Boolean)
      .join(". ");
    for (const m of text.matchAll(NAME_RUN)) {
      const ws = words(m[0]);
      for (let i = 0; i < ws.length; i++)
        for (let j = i + 2; j <= ws.length; j++) {
          const phrase = ws.slice(i, j);
          if (!isContent(phrase[0] as string) || !isContent(phrase.at(-1) as string)) continue;
          const found = names.get(phrase.join(" ")) ?? new Set<Doc>();
          found.add(doc);
          names.set(phrase.join(" "), found);
        }
    }
  }
  // The entries writing a name the question says, and the keys of the names' words.
  const namedIn = (ws: string[]): { docs: Set<Doc>; keys: Set<string> } => {
    const found = new Set<Doc>();
    const keys = new Set<string>();
    for (let i = 0; i < ws.length - 1; i++)
      for (let j = i + 2; j <= Math.min(ws.length, i + 5); j++) {
        const run = ws.slice(i, j);
        for (const d of names.get(run.join(" ")) ?? []) {
          found.add(d);
          for (const w of run) keys.add(key(w));
        }
      }
    return { docs: found, keys };
  };
  const titleKeys = new Map<string, number>();
  for (const doc of docs) {
    for (const t of new Set(terms(doc.entry.title))) titleKeys.set(t, (titleKeys.get(t) ?? 0) + 1);
  }

  // "What projects…" lists a section, unless a term names one entry ("…the Backdraft project").
  function askedSection(question: Question): string | undefined {
    const heading = (s: (typeof sectionKeys)[number], t: QuestionTerm) =>
      alternatives(t.key).some((a) => s.keys.has(a));
    const naming = question.terms.filter(
      (t) => titleKeys.get(t.key) === 1 && !sectionKeys.some((s) => heading(s, t)),
    );
    if (naming.length > 0) return undefined;
    for (const wanted of [question.terms.filter((t) => t.focus), question.terms]) {
      const asked = sectionKeys.filter((s) => wanted.some((t) => heading(s, t)));
      if (asked.length === 1) return asked[0]?.id;
      // "What awards has she won": the section called Awards, not one whose description
      // mentions awards.
      const named = asked.filter((s) =>
        wanted.some((t) => alternatives(t.key).some((a) => s.name.has(a))),
      );
      if (named.length === 1) return named[0]?.id;
      // "What games have you made": the section called Games, not "Game jams", whose head is
      // another thing.
      const headed = named.filter((s) =>
        wanted.some((t) => alternatives(t.key).includes(s.head ?? "")),
      );
      if (headed.length === 1) return headed[0]?.id;
    }
    // "What scents have you made, list em": the section called Perfumes, a word WordNet gives
    // for the same things.
    const focus = question.plural ? question.focus : undefined;
    const kin = focus
      ? sectionKeys.filter((s) => s.noun !== undefined && sameKindOfThing(focus, s.noun))
      : [];
    return kin.length === 1 ? kin[0]?.id : undefined;
  }

  // Each term's single-term scores, computed once per index (bounded by its vocabulary).
  const cache = new Map<string, [number, number][]>();
  const postings = (term: string) => {
    let list = cache.get(term);
    if (!list) {
      const found = index.search(term, { tokenize: (q) => [q], processTerm: (t) => t });
      list = found.map((r): [number, number] => [r.id as number, r.score]);
      cache.set(term, list);
    }
    return list;
  };
  const topHits = (score: Float64Array, matched: Uint16Array, limit: number) => {
    const top: { i: number; score: number }[] = [];
    for (let i = 0; i < score.length; i++) {
      const s = (score[i] ?? 0) * (matched[i] ?? 0);
      const floor = top[limit - 1]?.score ?? 0;
      if (s === 0 || (top.length === limit && s <= floor)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < s) at--;
      top.splice(at, 0, { i, score: s });
      if (top.length > limit) top.pop();
    }
    return top;
  };

  const searchOne = (text: string, limit: number): Retrieval => {
    const read = readQuestion(text, ownName);
    const support = measureSupport(read, vocabulary);
    const question = { ...read, meant: support.meant, kinds: support.kinds };
    const queryTerms = question.terms.map((t) => t.key);
    const personSupport = support.of(personKeys);
    const base = {
      queryTerms,
      question,
      personSupport,
      personKinds,
      personFacts,
      get personSentences() {
        return sentencesOfPerson();
      },
    };
    if (support.boosts.size === 0) return { hits: [], coverage: personSupport, ...base };
    // Scored as MiniSearch's OR query does (Σ boost × term score, × terms matched), but from
    // cached postings into one array: no per-query allocation of every matching entry.
    const score = new Float64Array(docs.length);
    const matched = new Uint16Array(docs.length);
    for (const [term, boost] of support.boosts) {
      for (const [i, s] of postings(term)) {
        score[i] = (score[i] ?? 0) + boost * s;
        matched[i] = (matched[i] ?? 0) + 1;
      }
    }
    const hits = topHits(score, matched, limit).map(
      ({ i, score: s }): Hit => ({
        doc: docs[i] as Doc,
        score: s,
        support: support.of(docKeys[i] as Set<string>),
        keys: docKeys[i] as Set<string>,
        heading: headings[i] as Set<string>,
        section: filedAs[i] as Set<string>,
        title: titles[i] as Set<string>,
        tagged: tagsOf[i] as Set<string>,
        titleEnd: (docs[i] as Doc).entry.title.length,
        kinds: detailsOf(docs[i] as Doc).kinds,
        details: detailsOf(docs[i] as Doc),
      }),
    );
    const coverage = Math.max(personSupport, ...hits.map((h) => h.support));
    const sectionId = askedSection(question);
    const named = namedIn(read.words);
    return {
      hits,
      coverage,
      ...base,
      ...(sectionId ? { sectionId } : {}),
      ...(named.docs.size > 0 ? { named: named.docs, namedKeys: named.keys } : {}),
    };
  };

  return {
    docs,
    kinds: (doc) => detailsOf(doc).kinds,
    search(text, limit = 8) {
      const asks = splitAsks(text);
      if (asks.length === 1) return searchOne(text, limit);
      const parts = asks.map((ask) => searchOne(ask, limit));
      const first = parts[0] as Retrieval;
      // The prompt's context: every ask's entries, best first.
      const hits = [...new Map(parts.flatMap((p) => p.hits).map((h) => [h.doc, h])).values()];
      hits.sort((a, b) => b.support - a.support || b.score - a.score);
      const coverage = Math.max(...parts.map((p) => p.coverage));
      return { ...first, hits: hits.slice(0, limit), coverage, parts };
    },
  };
}

/**
 * The text an answer quotes from an entry, read for details: its venue is where it appeared and
 * its year a date, wherever they stand.
 */
export function entryDetails({ entry }: Doc, ownName: ReadonlySet<string>): TextDetails {
  let text = "";
  const fields: { kind: DetailKind; start: number; end: number }[] = [];
  for (const [value, kinds] of [
    [entry.title, []],
    [entry.venue, ["venue", "organisation"]],
    [entry.year, ["date"]],
    [entry.role, []],
    [entry.summary, []],
    [entry.details, []],
  ] as [string | number | undefined, DetailKind[]][]) {
    if (value === undefined) continue;
    // "Grew up in" then "Gdańsk, Poland": a label ending on a preposition reads on into its value.
    if (text) text += /\b(?:in|at|from|on|near|with|by)$/i.test(text) ? " " : ". ";
    const start = text.length;
    text += String(value);
    for (const kind of kinds) fields.push({ kind, start, end: text.length });
  }
  // "Partner, Dunmanway Mixed Veterinary Practice": a title's part after the role names where.
  const where = /^[^,]+,\s+(\p{Lu}[^,—–(]*)/u.exec(entry.title);
  if (where?.[1]) {
    const start = entry.title.indexOf(where[1]);
    fields.push({ kind: "organisation", start, end: start + where[1].trimEnd().length });
  }
  return readDetails(text, ownName, fields);
}

// "A talk at FOSDEM 2023", "at SREcon": an event's name, with more capitals than its first.
// So does such a name before a year: "— SREcon EMEA 2023".
const AT_EVENT =
  /\b(?:at|to)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}]*[\p{Lu}\p{N}]|\p{Lu}\p{L}*\p{Lu}\p{L}*(?:\s+\p{Lu}+)?\s+(?:19|20)\d\d\b/u;

function toIndexed({ entry, section }: Doc, i: number) {
  const text = `${entry.title}. ${entry.summary} ${entry.details ?? ""}`;
  const meta = [
    entry.venue ? `${VENUE} ${entry.venue}` : AT_EVENT.test(text) && VENUE,
    GROUP_SIZE.test(text) && SIZED_GROUP,
    entry.year && `year ${entry.year}`,
    entry.role && `role ${entry.role}`,
  ];
  return {
    i,
    title: entry.title,
    tags: [
      ...(entry.tags ?? []),
      ...shorthands(`${entry.title}. ${entry.summary} ${entry.details ?? ""}`),
    ].join(" "),
    meta: meta.filter(Boolean).join(" "),
    summary: entry.summary,
    details: entry.details ?? "",
    sectionTitle: `${section.id} ${section.title}`,
    sectionAbout: section.description,
    // ("How many stars has it got on GitHub": the entry's link is labelled so.) Words the entry
    // holds, but not searched by: a label on most entries ("GitHub", "Paper") would rank them all.
    links: (entry.links ?? []).map((l) => l.label).join(" "),
  };
}

/**
 * Short forms people type for what a text names: the initials of a multi-word name ("MPR" for
 * Midwest Public Radio, "NYE" for New Year's Eve) and hyphenated names run together
 * ("qemucxl"), so that a question using them finds the entry.
 */
export function shorthands(text: string): string[] {
  const out = new Set<string>();
  if (!/-|\p{Lu}\S*\s+\p{Lu}/u.test(text)) return [];
  for (const m of text.matchAll(
    /\p{Lu}[\p{L}]*(?:['’]s)?(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?\p{Lu}[\p{L}]*(?:['’]s)?)+/gu,
  )) {
    const parts = m[0].split(/\s+/);
    const content = parts.filter((p) => !/^(of|the|and|&)$/.test(p));
    for (const ws of [content, parts.filter((p) => p !== "&")]) {
      const initials = ws
        .map((w) => w[0])
        .join("")
        .toLowerCase();
      if (initials.length >= 3 && !isCommonWord(initials)) out.add(initials);
    }
  }
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
    out.add(m[0].replace(/-/g, "").toLowerCase());
  }
  return [...out];
}

/** The sentences of the owner's headline and summary, in the order `personSentences` reads them. */
export function sentencesOf(person: { headline: string; summary: string }): string[] {
  return [person.headline, person.summary].flatMap((text) =>
    text.split(/(?<=[.!?;])\s+/).filter((t) => /\p{L}/u.test(t)),
  );
}
