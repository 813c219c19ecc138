import type { Knowledge } from "./schema.ts";

/** A value in a knowledge file that its source text does not contain. */
export interface Untraced {
  /** Where it is: "person.summary", "sections[2].entries[0].title". */
  path: string;
  /** The number, name, link or email the source lacks. */
  value: string;
}

const URL_OR_EMAIL = /https?:\/\/[^\s"'<>)\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
// A capitalised word that does not start a sentence, a title or a list item: a name.
const NAME = /(?<![.!?:;•\-–—]\s|^)(?<=\s|\()\p{Lu}[\p{L}\p{N}'’-]*/gu;
// Words capitalised by convention, not because they name something.
const ALWAYS_CAPITALISED = new Set([
  "I",
  "I'm",
  "I’m",
  "I've",
  "I’ve",
  "I'd",
  "I’d",
  "I'll",
  "I’ll",
]);

/**
 * The numbers, names, links and emails of a knowledge file that its source does not contain: the
 * facts most easily mistyped or made up while curating. Ordinary words are free to differ, so a
 * hand-written file may rephrase; a name or a figure may not.
 */
export function untracedValues(knowledge: Knowledge, source: string): Untraced[] {
  const haystack = source.normalize("NFKC").toLowerCase();
  const words = new Set(haystack.match(/[\p{L}\p{N}]+/gu) ?? []);
  const has = (value: string) => haystack.includes(value.toLowerCase());
  const out: Untraced[] = [];
  for (const [path, text] of textsOf(knowledge)) {
    const found = new Set<string>();
    for (const m of text.matchAll(URL_OR_EMAIL)) {
      const value = m[0].replace(/[.,;:!?]+$/, "");
      found.add(value);
      if (!has(value)) out.push({ path, value });
    }
    const rest = text.replace(URL_OR_EMAIL, " ").normalize("NFKC");
    for (const m of rest.matchAll(NUMBER)) if (!has(m[0])) out.push({ path, value: m[0] });
    for (const m of rest.matchAll(NAME)) {
      const name = m[0].replace(/['’]s$/, "");
      if (ALWAYS_CAPITALISED.has(name) || found.has(name)) continue;
      found.add(name);
      const parts = name.toLowerCase().split(/[-'’]/).filter(Boolean);
      if (!parts.every((p) => words.has(p))) out.push({ path, value: name });
    }
  }
  return out;
}

// Every text a file says something in, with where it is; ids, voice and tags are not prose.
function textsOf(knowledge: Knowledge): [string, string][] {
  const { person } = knowledge;
  const texts: [string, string | undefined][] = [
    ["person.name", person.name],
    ["person.headline", person.headline],
    ["person.summary", person.summary],
    ["person.contact", person.contact],
  ];
  knowledge.sections.forEach((section, si) => {
    section.entries.forEach((entry, ei) => {
      const at = `sections[${si}].entries[${ei}]`;
      texts.push(
        [`${at}.title`, entry.title],
        [`${at}.summary`, entry.summary],
        [`${at}.details`, entry.details],
        [`${at}.venue`, entry.venue],
        [`${at}.year`, entry.year === undefined ? undefined : String(entry.year)],
        [`${at}.role`, entry.role],
        ...(entry.links ?? []).map((l, li): [string, string] => [`${at}.links[${li}]`, l.url]),
      );
    });
  });
  return texts.filter((t): t is [string, string] => Boolean(t[1]));
}
