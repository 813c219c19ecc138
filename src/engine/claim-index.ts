import type { Knowledge } from "../knowledge/schema.ts";
import { figuresIn, spelledFiguresIn } from "./numbers.ts";
import { alternatives, stem, terms } from "./text.ts";
import type { Doc } from "./types.ts";

/** Which entries hold a detail: indexes into `ClaimIndex.docs`, or PERSON for the headline and summary. */
export type Holders = readonly number[];

/** The headline and summary: always in the prompt, but no entry to cite. */
export const PERSON = -1;

/** Every checkable detail a knowledge file holds, and which entries hold it; built once per file. */
export interface ClaimIndex {
  knowledge: Knowledge;
  docs: Doc[];
  docOf: ReadonlyMap<string, number>;
  /** Lowercase words and their parts ("dpdk-based", "dpdk", "based"). */
  words: ReadonlyMap<string, Holders>;
  stems: ReadonlyMap<string, Holders>;
  /** Initials of the file's multi-word names ("queen mary university of london" → "qmul"). */
  acronyms: ReadonlyMap<string, Holders>;
  /** Words written capitalised, for abbreviations such as "Lab" for "Laboratory". */
  capitalised: readonly string[];
  /** For a capitalised word, the capitalised words that follow (or precede) it; "" for none. */
  followers: ReadonlyMap<string, ReadonlySet<string>>;
  preceders: ReadonlyMap<string, ReadonlySet<string>>;
  /** Canonical values of every figure (see numbers.ts). */
  figures: ReadonlyMap<string, Holders>;
  urls: ReadonlyMap<string, Holders>;
  emails: ReadonlyMap<string, Holders>;
  /** Each entry's text, lowercase with punctuation as spaces, and its stems, for quoted titles. */
  phrases: readonly string[];
  entryStems: readonly ReadonlySet<string>[];
  personPhrase: string;
  personStems: ReadonlySet<string>;
  sections: readonly { count: number; terms: ReadonlySet<string>; docs: number[] }[];
}

/** A word as written, where it starts, and its parts split at hyphens, dots and apostrophes. */
export interface Token {
  text: string;
  index: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-./][\p{L}\p{M}\p{N}]+)*/gu;
const CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "the",
  "de",
  "la",
  "van",
  "von",
  "der",
  "di",
  "du",
]);

/** The words of a text with their positions. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN);
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push({ text: m[0], index: m.index });
  return tokens;
}

/** A token without a possessive ending: "Moore's" → "Moore". */
export function base(token: string): string {
  return token.replace(/['’]s$/u, "");
}

/** The parts of a word worth looking up: itself and its pieces of two letters or more. */
export function partsOf(word: string): string[] {
  const lower = base(word).normalize("NFKC").toLowerCase();
  const pieces = lower.split(/['’\-./]/).filter((p) => p.length >= 2);
  return pieces.length > 1 ? [lower, ...pieces] : [lower];
}

/** Lowercase, punctuation as single spaces: how quoted titles are compared. */
export function phraseOf(text: string): string {
  return ` ${(
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(" ")} `;
}

/** A URL compared without scheme, "www.", trailing slash or punctuation, in lowercase. */
export function normalizeUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^<|>$/g, "")
    .replace(/^(https?:)?\/\//, "")
    .replace(/^www\./, "")
    .replace(/[.,;:!?)'"]+$/, "")
    .replace(/\/+$/, "");
}

/** Web addresses in a text: with a scheme, with "www.", or bare domains with a common ending. */
export const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|edu|ai|co|uk|de|fr|app|me|info|gov|ac|xyz|eu|us|ca|ch|nl|se|it|es|jp|in|au|ly|gg|sh|tech|page|site|blog|cloud|gl|be|at|pl|ru|br|ie|nz)\b(?:\/[^\s<>()[\]"'`]*)?/g;

/** Email addresses in a text. */
export const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** The text of one entry as the check sees it: every field the owner wrote, tags included. */
function entryText({ entry, section }: Doc): string {
  return [
    section.title,
    section.description,
    entry.title,
    entry.venue,
    entry.year,
    entry.role,
    entry.summary,
    entry.details,
    ...(entry.links ?? []).map((l) => `${l.label}: ${l.url}`),
    ...(entry.tags ?? []),
  ]
    .filter((v) => v !== undefined)
    .join("\n");
}

/** What the prompt says about the owner outside the entries. */
function personText({ person }: Knowledge): string {
  return [person.name, person.headline, person.summary, person.contact].filter(Boolean).join("\n");
}

/** Indexes a knowledge file's details. Pure; cost grows with the file, once per version. */
export function indexClaims(knowledge: Knowledge): ClaimIndex {
  const docs: Doc[] = knowledge.sections.flatMap((section) =>
    section.entries.map((entry) => ({ entry, section })),
  );
  const words = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const acronyms = new Map<string, number[]>();
  const figures = new Map<string, number[]>();
  const urls = new Map<string, number[]>();
  const emails = new Map<string, number[]>();
  const followers = new Map<string, Set<string>>();
  const preceders = new Map<string, Set<string>>();
  const capitalised = new Set<string>();
  // A large profile repeats its words; each is stemmed once.
  const stemmed = new Map<string, string>();
  const stemOf = (word: string) => {
    let found = stemmed.get(word);
    if (found === undefined) {
      found = stem(word);
      stemmed.set(word, found);
    }
    return found;
  };
  const hold = (map: Map<string, number[]>, key: string, holder: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [holder]);
    else if (list.at(-1) !== holder) list.push(holder);
  };

  const add = (text: string, holder: number) => {
    for (const m of text.match(EMAIL_PATTERN) ?? []) hold(emails, m.toLowerCase(), holder);
    for (const m of text.match(URL_PATTERN) ?? []) {
      const url = normalizeUrl(m);
      // A link's shorter forms ("github.com/owner") are derived from it, so they count too.
      const parts = url.split("/");
      for (let n = 1; n <= parts.length; n++) hold(urls, parts.slice(0, n).join("/"), holder);
    }
    for (const f of [...figuresIn(text), ...spelledFiguresIn(text)]) {
      for (const v of f.values) hold(figures, v, holder);
    }
    const tokens = tokensOf(text);
    for (const t of tokens) {
      for (const part of partsOf(t.text)) {
        hold(words, part, holder);
        hold(stems, stemOf(part), holder);
      }
    }
    indexNames(text, tokens, holder);
  };

  // Capitalised runs give the file's names: their acronyms, and which words go together.
  const indexNames = (text: string, tokens: Token[], holder: number) => {
    let run: Token[] = [];
    const flush = () => {
      const names = run.filter((t) => !CONNECTORS.has(t.text.toLowerCase()));
      if (names.length >= 2) {
        hold(
          acronyms,
          names
            .map((t) => t.text[0])
            .join("")
            .toLowerCase(),
          holder,
        );
        hold(
          acronyms,
          run
            .map((t) => t.text[0])
            .join("")
            .toLowerCase(),
          holder,
        );
      }
      run = [];
    };
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      const adjacent = next && /^\s+$/.test(text.slice(t.index + t.text.length, next.index));
      const word = base(t.text).toLowerCase();
      if (isCapital(t.text)) {
        capitalised.add(word);
        const follows = adjacent && isCapital(next.text) ? base(next.text).toLowerCase() : "";
        setOf(followers, word).add(follows);
        if (follows) setOf(preceders, follows).add(word);
        const prev = tokens[i - 1];
        const afterPrev = prev && /^\s+$/.test(text.slice(prev.index + prev.text.length, t.index));
        if (!afterPrev || !isCapital(prev.text)) setOf(preceders, word).add("");
        run.push(t);
      } else if (run.length > 0 && CONNECTORS.has(word) && adjacent && isCapital(next.text)) {
        run.push(t);
      } else flush();
      if (!adjacent) flush();
    });
    flush();
  };

  add(personText(knowledge), PERSON);
  docs.forEach((doc, i) => {
    add(entryText(doc), i);
  });

  const sections = knowledge.sections.map((s) => ({
    count: s.entries.length,
    terms: new Set(terms(`${s.id} ${s.title} ${s.description}`).flatMap(alternatives)),
    docs: docs.flatMap((d, i) => (d.section === s ? [i] : [])),
  }));
  const stemSet = (text: string) =>
    new Set(tokensOf(text).flatMap((t) => partsOf(t.text).map(stem)));
  return {
    knowledge,
    docs,
    docOf: new Map(docs.map((d, i) => [d.entry.id, i])),
    words,
    stems,
    acronyms,
    capitalised: [...capitalised],
    followers,
    preceders,
    figures,
    urls,
    emails,
    phrases: docs.map((d) => phraseOf(entryText(d))),
    entryStems: docs.map((d) => stemSet(entryText(d))),
    personPhrase: phraseOf(personText(knowledge)),
    personStems: stemSet(personText(knowledge)),
    sections,
  };
}

/** Whether a word starts with a capital letter. */
export function isCapital(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase();
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
