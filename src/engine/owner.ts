import type { Knowledge } from "../knowledge/schema.ts";
import { rarity } from "./lexicon.ts";

const NAME =
  "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|da|di|del|dos|van|von|le|la|bin|al)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3})";
// "Dr. Lena Vogelsang is…": a title before the name is not part of it.
const TITLE = "(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\\.?\\s+)?";
const OPENS_AS_NAME = [
  new RegExp(`^(?:I'm|I am|Hi, I'm|This is)\\s+${TITLE}${NAME}`, "u"),
  new RegExp(`^${TITLE}${NAME}\\s+(?:is|was|has|leads|works|builds)\\b`, "u"),
];
const NAME_THEN_ROLE = new RegExp(`^${TITLE}${NAME}\\s*[,—–]\\s+(?:(?:a|an|the)\\s+)?\\p{Ll}`, "u");
// "Hi, I'm Jonah Whitcombe.", "My name is Rafael Quintero, 34, …": where a text introduces its
// owner. The name must end its phrase, so "I'm Head Chef at …" is not taken for one.
const HELLO = "(?:Hi|Hello|Hey|Hiya|Heya|Howdy|Greetings)(?:\\s+(?:there|all|everyone))?";
// ("Kia ora, I'm …", "Bonjour! I'm …": a greeting in any language, a word or two and a comma.)
const INTRODUCES = new RegExp(
  `(?:^|[.!?]\\s+|^${HELLO}[,!]?\\s+|^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?[,!]\\s+)(?:${HELLO}[,!]?\\s+)?(?:I'm|I am|I’m|My name is|my name is|Name:)\\s+${TITLE}${NAME}(?=\\s*(?:[,.;:!—–(]|$|\\s+and\\b))`,
  "u",
);

const MAY_INTRODUCE = /\b(?:I'm|I am|I’m|[Mm]y name is|Name:)\s/;

/**
 * The owner's name: `person.name`, else the name the headline opens with ("I'm Noor Haddad, …",
 * "Dr. Miriam Adeyemi is …"), else one the summary or an entry introduces ("Hi, I'm …", "My
 * name is …"); undefined when the profile gives none.
 */
export function ownerName(knowledge: Pick<Knowledge, "person" | "sections">): string | undefined {
  const { person } = knowledge;
  if (person.name) return person.name;
  for (const pattern of OPENS_AS_NAME) {
    const found = pattern.exec(person.headline)?.[1];
    if (found) return found;
  }
  // "Orla Banfield, analytical chemist in Galway": a name, then what the owner is. ("International
  // Master, chess coach": words of the dictionary, all of them, are a title, not a name.)
  const labelled = NAME_THEN_ROLE.exec(person.headline)?.[1];
  if (labelled?.split(/\s+/).some((w) => rarity(w.toLowerCase()) === 4)) return labelled;
  const summaryOpening = OPENS_AS_NAME[1]?.exec(person.summary)?.[1];
  if (summaryOpening) return summaryOpening;
  const texts = [
    person.summary,
    ...knowledge.sections.flatMap((s) => s.entries.flatMap((e) => [e.summary, e.title])),
  ];
  // An entry called "Name" whose text is one.
  for (const entry of knowledge.sections.flatMap((s) => s.entries)) {
    if (!/^(?:my |full )?name$/i.test(entry.title.trim())) continue;
    const whole = new RegExp(`^${TITLE}${NAME}\\.?$`, "u").exec(entry.summary.trim());
    if (whole?.[1]) return whole[1];
  }
  for (const text of texts) {
    // A plain test first: the full pattern is costly to run on every entry of a large file.
    if (!MAY_INTRODUCE.test(text)) continue;
    const found = INTRODUCES.exec(text)?.[1];
    if (found) return found;
  }
  return undefined;
}

/** The lowercase words of the owner's name, which say who a question is about, not what. */
export function ownNameWords(knowledge: Pick<Knowledge, "person" | "sections">): Set<string> {
  const name = ownerName(knowledge);
  const written = name
    ? name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 1)
    : [];
  // Questions are read without accents ("Dvořáková" is often typed "dvorakova"); entries with.
  const folded = written.map((w) => w.normalize("NFKD").replace(/\p{M}+/gu, ""));
  return new Set([...written, ...folded]);
}
