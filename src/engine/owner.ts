import type { Knowledge } from "../knowledge/schema.ts";

/**
 * The owner's name: `person.name`, or else the name a headline opens with ("I'm Noor Haddad,
 * …", "Miriam Adeyemi is …"); undefined when the profile gives none.
 */
export function ownerName(person: Knowledge["person"]): string | undefined {
  if (person.name) return person.name;
  const name = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})";
  const opening =
    new RegExp(`^(?:I'm|I am|Hi, I'm|This is)\\s+${name}`, "u").exec(person.headline) ??
    new RegExp(`^${name}\\s+(?:is|was|has|leads|works|builds)\\b`, "u").exec(person.headline);
  return opening?.[1];
}

/** The lowercase words of the owner's name, which say who a question is about, not what. */
export function ownNameWords(person: Knowledge["person"]): Set<string> {
  const name = ownerName(person);
  return new Set(
    name
      ? name
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length > 1)
      : [],
  );
}
