/**
 * "What did she do before the PhD", "where did you work after uni": the entry a question names
 * is a point in time, and the answer is the entry that comes right before (or after) it, in any
 * section, by the years the entries state.
 */
import type { Entry } from "../knowledge/schema.ts";
import { STAGES } from "./lexicon.ts";
import type { Question } from "./question.ts";
import { shorthands } from "./retrieve.ts";
import { alternatives, key, terms, words } from "./text.ts";
import type { Doc } from "./types.ts";

/** The years an entry covers; `ongoing` when it runs to the present ("since 2021"). */
interface Period {
  start: number;
  end: number;
  /** States a stretch of time ("2013–2015", "since 2019"), not one year. */
  range: boolean;
}

const YEAR = /\b(?:19|20)\d\d\b/g;
// An entry that goes on to what came before (or after) it.
const EARLIER = /\b(?:before that|prior to that|previously|before then)\b/i;
const LATER = /\b(?:after that|since then|then moved|afterwards)\b/i;
// An entry that says it came before all the others.
const FIRST_OF_ALL = /\bbefore (?:any|all) (?:of )?(?:that|this|it)\b/i;
const ONGOING = /\b(?:since|present|now|currently|ongoing|to date|today)\b/i;

const periods = new WeakMap<Entry, Period | null>();

/** The years an entry states (its year field, title, summary and details), if any. */
export function periodOf(entry: Entry): Period | undefined {
  const known = periods.get(entry);
  if (known !== undefined) return known ?? undefined;
  const text = `${entry.title} ${entry.summary} ${entry.details ?? ""}`;
  const years = [entry.year, ...(text.match(YEAR) ?? []).map(Number)].filter(
    (y): y is number => y !== undefined,
  );
  let found: Period | null = null;
  if (years.length > 0) {
    const start = Math.min(...years);
    const ongoing = ONGOING.test(text);
    const end = ongoing ? Number.POSITIVE_INFINITY : Math.max(...years);
    found = { start, end, range: ongoing || end > start };
  }
  periods.set(entry, found);
  return found ?? undefined;
}

/**
 * The entry right before (or after) the one the question names, or undefined when the question
 * names none or the profile does not date them.
 */
export function beforeOrAfter(question: Question, docs: Doc[]): Doc | undefined {
  const started = startedOtherwise(question, docs);
  if (started) return started;
  const asked = question.before ?? question.after;
  if (!asked) return undefined;
  const before = question.before !== undefined;
  // "After crossing films": a gerund is dropped ("before opening Brasa"), unless an entry is
  // called by it too ("Crossing Films").
  const gerund = question.words[question.words.indexOf(before ? "before" : "after") + 1] ?? "";
  // "Who illustrated Bees Before Coffee": a title with "before" in it names an entry, not a time.
  const word = before ? "before" : "after";
  const at = question.words.indexOf(word);
  const titled = question.words.slice(at - 1, at + 2).join(" ");
  if (
    at > 0 &&
    docs.some((d) =>
      d.entry.title
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .includes(titled),
    )
  )
    return undefined;
  const whole = [gerund, ...asked];
  const named =
    /ing$/.test(gerund) &&
    gerund !== asked[0] &&
    docs.some((d) => whole.map(expand).every((ks) => ks.some((k) => headingKeys(d).has(k))))
      ? whole
      : asked;
  // "Before tech I taught physics": an entry that says so itself.
  const told = docs.find((d) => says(d, before ? "before" : "after", named));
  if (told) return told;
  // "Before the avalanche centre gig": a word no entry holds ("gig") only says what it was.
  const held = named.filter((w) => docs.some((d) => expand(w).some((k) => entryKeys(d).has(k))));
  const found = referencesOf(named, docs);
  if (found.length === 0 && held.length > 0 && held.length < named.length)
    found.push(...referencesOf(held, docs));
  if (found.length === 0) return undefined;
  // "Before opening her workshop": of the entries that hold "workshop", the one that says it
  // was opened, not "a dealer's workshop" she worked in.
  const done = /ing$/.test(gerund) && gerund !== asked[0] ? alternatives(key(gerund)) : [];
  const doing = found.filter((d) => done.some((k) => entryKeys(d).has(k)));
  const picked = doing.length > 0 ? doing : found;
  // ("After uni": the degree she graduated from, not the university she lectures at now.)
  const finished = before ? [] : picked.filter((d) => endedThere(d.entry, named));
  const references = finished.length > 0 ? finished : picked;
  // "What did you do before the masters": "After I stopped racing I did a one-year MSc", the
  // entry itself opens with what came before it (or, asked "after", with what came after).
  const opens = new RegExp(`^\\s*${before ? "after" : "before"}\\s`, "i");
  const itself = references.find((d) => opens.test(d.entry.summary));
  if (itself && references.length === 1) return itself;
  // "Before Paris, she spent two years in Morocco": the place the museum job was in.
  const byName = docs.find(
    (d) => !references.includes(d) && references.some((r) => saysOfNamed(d, r, before)),
  );
  if (byName) return byName;
  if (!before && references.some((d) => ongoing(d.entry))) return undefined;
  // "Android engineer at Swasthya Labs since 2020; before that, 3 years at Infosys".
  const goesBack = references.find((d) => (before ? EARLIER : LATER).test(d.entry.summary));
  if (goesBack) return goesBack;
  const dated = references.filter((d) => periodOf(d.entry));
  if (dated.length === 0) return inOrder(references[0] as Doc, before);
  // Before grad school: before the first of its entries; after uni: after the last.
  const spans = dated.map((d) => periodOf(d.entry) as Period);
  const point = before
    ? Math.min(...spans.map((p) => p.start))
    : Math.max(...spans.map((p) => (Number.isFinite(p.end) ? p.end : p.start)));
  const candidates = docs.filter((d) => {
    if (references.includes(d)) return false;
    const p = periodOf(d.entry);
    if (!p) return false;
    return before ? p.end <= point && p.start < point : p.start >= point && p.end > point;
  });
  // "Before any of that he was a joiner": undated, but before everything else the profile tells.
  if (before && candidates.length === 0)
    return docs.find((d) => !references.includes(d) && FIRST_OF_ALL.test(d.entry.summary));
  const verbs = question.verbs.flatMap((v) => alternatives(key(v)));
  const home = references[0]?.section;
  // The nearest in time; among equally near, a stretch of time over a single year, an entry
  // that says the question's verb, and one of the reference's own section.
  const rank = (d: Doc) => {
    const p = periodOf(d.entry) as Period;
    const distance = before ? point - p.end : p.start - point;
    const doing = verbs.length === 0 || verbs.some((v) => entryKeys(d).has(v));
    return distance * 8 + (p.range ? 0 : 4) + (doing ? 0 : 2) + (d.section === home ? 0 : 1);
  };
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
}

// "I did not start out as a potter", "I didn't begin as a teacher": what came before the work.
const NOT_AT_FIRST =
  /\b(?:did not|didn['’]t|never) (?:start|begin)(?: out| off)? as (?:a|an) ([\p{L}-]+)/giu;

// "What did you do before pottery", "…before teaching": the entry that says the owner did not
// start out as one who does it ("I did not start out as a potter"). The one who does a thing is
// its word with -er or -or ("teach"/"teacher"), or the two share a stem ("pottery"/"potter").
function startedOtherwise(question: Question, docs: Doc[]): Doc | undefined {
  const at = question.words.indexOf("before");
  if (at < 0) return undefined;
  let i = at + 1;
  if (/^(?:you|she|he|they|i|we)$/.test(question.words[i] ?? "")) i += 2;
  while (DETERMINERS.has(question.words[i] ?? "")) i++;
  const asked = question.words[i];
  if (!asked) return undefined;
  const root = (w: string) => w.toLowerCase().replace(/(?:ing|ers?|ors?|ery|y|e)$/, "");
  return docs.find(({ entry }) =>
    [...`${entry.title}. ${entry.summary}`.matchAll(NOT_AT_FIRST)].some(
      (m) => root(m[1] as string) === root(asked),
    ),
  );
}

/**
 * "What are you doing after Cambridge": the entries of what the question names, when that is
 * still going on ("since 2021", "– present", "currently"): what comes after it is a plan.
 */
export function stillGoing(question: Question, docs: Doc[]): Doc[] {
  if (!question.after || question.before) return [];
  const named = question.after;
  const references = referencesOf(named, docs);
  // ("After uni": the degree she graduated from, though she lectures at a university now.)
  if (references.some((d) => endedThere(d.entry, named))) return [];
  return references.some((d) => ongoing(d.entry)) ? references : [];
}

// "I studied at the University of Nigeria, graduating in 2013" (in an entry that also says
// "lived in Berlin since 2018"): the sentence naming the thing says it ended.
function endedThere(entry: Entry, named: string[]): boolean {
  const wanted = named.map(expand);
  return `${entry.summary} ${entry.details ?? ""}`.split(/(?<=[.!?;])\s+/).some((sentence) => {
    const ks = new Set(words(sentence).map(key));
    return wanted.every((w) => w.some((k) => ks.has(k))) && ENDED.test(sentence);
  });
}

const ENDED = /\b(?:graduat(?:ed|ing)|finish(?:ed|ing)|complet(?:ed|ing)|left|until|ended)\b/i;

const DETERMINERS = new Set("the a an my her his their our your".split(" "));

// Whether an entry's text says "before X" (or "after X") of the X a question names.
function says({ entry }: Doc, side: string, named: string[]): boolean {
  const ws = words(`${entry.title}. ${entry.summary} ${entry.details ?? ""}`);
  const wanted = named.map(expand);
  return ws.some((w, i) => {
    if (w !== side && !(side === "before" && w === "prior" && ws[i + 1] === "to")) return false;
    let j = i + (w === "prior" ? 2 : 1);
    while (DETERMINERS.has(ws[j] ?? "")) j++;
    return wanted.every((ks, n) => ks.includes(key(ws[j + n] ?? "")));
  });
}

// Whether an entry's text says "before X" (or "after X") of a name the reference entry writes.
function saysOfNamed({ entry }: Doc, reference: Doc, before: boolean): boolean {
  const text = `${entry.summary} ${entry.details ?? ""}`;
  const side = before ? "before" : "after";
  const pattern = new RegExp(`\\b${side}\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+)`, "giu");
  const theirs = `${reference.entry.title} ${reference.entry.summary} ${reference.entry.venue ?? ""}`;
  return [...text.matchAll(pattern)].some((m) => new RegExp(`\\b${m[1]}\\b`, "u").test(theirs));
}

function referencesOf(named: string[], docs: Doc[]): Doc[] {
  const wanted = named.map(expand);
  const holds = (keys: ReadonlySet<string>) => wanted.every((ks) => ks.some((k) => keys.has(k)));
  const references = docs.filter((d) => holds(headingKeys(d)));
  return references.length > 0 ? references : docs.filter((d) => holds(entryKeys(d)));
}

/** Whether an entry runs to the present: "since 2021", "2019 – present", "currently". */
export function ongoing(entry: Entry): boolean {
  const period = periodOf(entry);
  if (period) return !Number.isFinite(period.end);
  return ONGOING.test(`${entry.title} ${entry.summary} ${(entry.tags ?? []).join(" ")}`);
}

/**
 * Of entries that each state a stretch of years ("2013 – 2016"), the one begun last; none when
 * fewer than two, or some state no stretch.
 */
export function latestBegun(entries: Entry[]): Entry | undefined {
  const periods = entries.map(periodOf);
  if (entries.length < 2 || periods.some((p) => !p?.range)) return undefined;
  const start = (i: number) => periods[i]?.start ?? 0;
  const order = entries.map((_, i) => i).sort((a, b) => start(b) - start(a));
  const [first, second] = order as [number, number];
  return start(first) > start(second) ? entries[first] : undefined;
}

// The entries of an undated section in their written order (newest first).
function inOrder(reference: Doc, before: boolean): Doc | undefined {
  const { section, entry } = reference;
  const at = section.entries.indexOf(entry);
  const next = section.entries[before ? at + 1 : at - 1];
  return next ? { entry: next, section } : undefined;
}

const headingsOf = new WeakMap<Entry, Set<string>>();

function headingKeys({ entry, section }: Doc): Set<string> {
  let found = headingsOf.get(entry);
  if (!found) {
    found = new Set(terms(`${entry.title} ${section.title}`));
    headingsOf.set(entry, found);
  }
  return found;
}

const keysOf = new WeakMap<Entry, Set<string>>();

function entryKeys({ entry, section }: Doc): Set<string> {
  let found = keysOf.get(entry);
  if (!found) {
    found = new Set(
      terms(
        `${entry.title} ${entry.summary} ${entry.details ?? ""} ${entry.role ?? ""} ${(entry.tags ?? []).join(" ")} ${section.title} ${shorthands(`${entry.title}. ${entry.summary}`).join(" ")}`,
      ),
    );
    keysOf.set(entry, found);
  }
  return found;
}

// A stage of study stands for the degrees it is made of: "grad school" is a master's or a PhD.
function expand(word: string): string[] {
  const stage = STAGES[word];
  return stage ? stage.split(" ").map(key) : [key(word)];
}
