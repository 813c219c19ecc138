import { readFileSync } from "node:fs";
import { parseKnowledge } from "../../src/knowledge/load.ts";
import type { Entry, Knowledge, Section } from "../../src/knowledge/schema.ts";

/** A valid entry; overrides change one thing. */
export function anEntry(overrides: Partial<Entry> = {}): Entry {
  return { id: "alpha", title: "Alpha", summary: "The first thing I built.", ...overrides };
}

/** A valid section with one entry unless entries are given. */
export function aSection(overrides: Partial<Section> = {}): Section {
  return {
    id: "projects",
    title: "Projects",
    description: "Things I have built",
    entries: [anEntry()],
    ...overrides,
  };
}

/** A valid knowledge value with one section unless sections are given. */
export function aKnowledge(overrides: Partial<Knowledge> = {}): Knowledge {
  return {
    person: { headline: "I build systems.", summary: "A researcher.", voice: "first-person" },
    sections: [aSection()],
    ...overrides,
  };
}

/** A valid knowledge value whose one section holds just these entries. */
export function aKnowledgeOf(...entries: Entry[]): Knowledge {
  return aKnowledge({ sections: [aSection({ entries })] });
}

/**
 * A valid knowledge value of this person (over a first-person default) and one section, headed
 * as given, holding these entries: the small made-up profiles of the engine's tests.
 */
export function aPersonWith(
  person: Partial<Knowledge["person"]>,
  section: Pick<Section, "id" | "title" | "description">,
  ...entries: Entry[]
): Knowledge {
  return aKnowledge({
    person: {
      headline: "I build systems.",
      summary: "A researcher.",
      voice: "first-person",
      ...person,
    },
    sections: [aSection({ ...section, entries })],
  });
}

/** A fixture profile from tests/fixtures/profiles/, by name ("shipped", "professor"). */
export function fixtureKnowledge(name: string): Knowledge {
  const file = fixturePath(name);
  const result = parseKnowledge(readFileSync(file, "utf8"));
  if (!result.ok) throw new Error(`${file} is invalid: ${JSON.stringify(result.problems)}`);
  return result.knowledge;
}

/** The path of a fixture profile, relative to the repository root, for KNOWLEDGE_FILE. */
export function fixturePath(name: string): string {
  return `tests/fixtures/profiles/profile-${name}.yaml`;
}
