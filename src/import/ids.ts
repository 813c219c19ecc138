import { COMMAND_NAME, RESERVED_COMMANDS } from "../knowledge/schema.ts";
import { shorten, slug, wordsOf } from "./phrases.ts";

const ID_MAX = 32;
// Words that make an id longer without telling entries apart.
const ID_FILLER = new Set(
  "a an the of in on at for and or with to by from my our i me we is are was were as into via".split(
    " ",
  ),
);
// Suffixes for repeated ids: letters, so that no number appears that the source never had.
const SUFFIXES = "bcdefghijklmnopqrstuvwxyz".split("");

/** Hands out valid ids, unique across a file. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  /** A valid, unused id from a text: its meaningful words, then more words, then a letter. */
  claim(text: string, fallback: string, reserved: readonly string[] = []): string {
    const words = idWords(text);
    const candidates: string[] = [];
    for (let n = Math.min(4, words.length); n <= words.length; n++) {
      const id = slug(words.slice(0, n).join(" "), ID_MAX);
      if (id && !candidates.includes(id)) candidates.push(id);
    }
    const base = candidates[0] || slug(fallback, ID_MAX) || fallback;
    for (const id of [...candidates, base]) {
      if (this.free(id, reserved)) return this.take(id);
    }
    for (const letter of SUFFIXES) {
      const id = `${base.slice(0, ID_MAX - 2)}-${letter}`;
      if (this.free(id, reserved)) return this.take(id);
    }
    let id = `${base.slice(0, ID_MAX - 6)}-x`;
    while (!this.free(id, reserved)) id = `${id.slice(0, ID_MAX - 2)}-x`.slice(-ID_MAX);
    return this.take(id);
  }

  /** Whether an id can still be given. */
  free(id: string, reserved: readonly string[] = []): boolean {
    return COMMAND_NAME.test(id) && !this.taken.has(id) && !reserved.includes(id);
  }

  private take(id: string): string {
    this.taken.add(id);
    return id;
  }
}

/**
 * The words an id is made of: a sentence's names ("She earned her PhD at ETH Zurich" →
 * phd, eth, zurich) when it has two or more, else its meaningful words.
 */
function idWords(text: string): string[] {
  const all = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = all.filter((w, i) => i > 0 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  if (all.length > 5 && names.length >= 2) return [...new Set(names)];
  const words = wordsOf(text).filter((w) => !ID_FILLER.has(w));
  // "2019–2021: Engineer at Acme" is engineer-acme; a number alone ("ludum-dare-46") stays.
  const named = words.filter((w) => !/^\d+$/.test(w));
  return named.length >= 2 && /^\d/.test(words[0] ?? "") ? named : words;
}

/** Ids a section cannot take: the bot's own commands. */
export const RESERVED_SECTION_IDS: readonly string[] = RESERVED_COMMANDS;

const DESCRIPTION_MAX = 100;

/** A slash-command description from what a section holds: its entries' names or short titles. */
export function describeSection(
  title: string,
  entries: { name?: string | undefined; title: string }[],
): string {
  const names = entries.map((e) => e.name ?? shorten(e.title, 40));
  let out = "";
  for (const name of names) {
    const next = out ? `${out}, ${name}` : name;
    if (next.length > DESCRIPTION_MAX - 3) {
      out = out ? `${out}, …` : shorten(name, DESCRIPTION_MAX);
      break;
    }
    out = next;
  }
  return out || shorten(title, DESCRIPTION_MAX);
}
