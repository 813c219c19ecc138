/** Builds small knowledge-file YAML: a valid minimal file by default, with one thing changed per test. */

/** Raw YAML values by field name, written as `name: value`; `null` leaves the field out. */
export type Fields = Record<string, string | null>;

export interface SectionSpec {
  /** Merged over the default section fields (id, title, description). */
  fields?: Fields;
  /** Each merged over the default entry fields (id, title, summary, year); default one entry. */
  entries?: Fields[];
}

export interface KnowledgeYamlSpec {
  /** Merged over the default person fields (headline, summary, voice). */
  person?: Fields;
  /** Default: one section with one entry. */
  sections?: SectionSpec[];
}

export const DEFAULT_PERSON: Fields = {
  headline: "I build systems.",
  summary: "A researcher who builds systems.",
  voice: "first-person",
};

export const DEFAULT_SECTION: Fields = {
  id: "projects",
  title: "Projects",
  description: "Things I have built",
};

export const DEFAULT_ENTRY: Fields = {
  id: "alpha",
  title: "Alpha",
  summary: "The first thing I built.",
  year: "2020",
};

/** A knowledge file as YAML text: valid unless the spec changes something. */
export function knowledgeYaml(spec: KnowledgeYamlSpec = {}): string {
  const lines = ["person:", ...fieldLines({ ...DEFAULT_PERSON, ...spec.person }, "  ", "  ")];
  lines.push("sections:");
  for (const section of spec.sections ?? [{}]) {
    lines.push(...fieldLines({ ...DEFAULT_SECTION, ...section.fields }, "  - ", "    "));
    lines.push("    entries:");
    for (const entry of section.entries ?? [{}]) {
      lines.push(...fieldLines({ ...DEFAULT_ENTRY, ...entry }, "      - ", "        "));
    }
  }
  return `${lines.join("\n")}\n`;
}

function fieldLines(fields: Fields, first: string, rest: string): string[] {
  return Object.entries(fields)
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value], i) => `${i === 0 ? first : rest}${name}: ${value}`);
}

/** The 1-based line and column where `text` first occurs in `source`. */
export function positionOf(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  if (index < 0) throw new Error(`"${text}" does not occur in the YAML`);
  const before = source.slice(0, index).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
