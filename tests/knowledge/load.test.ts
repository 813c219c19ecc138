import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  KnowledgeError,
  type KnowledgeProblem,
  loadKnowledge,
  parseKnowledge,
} from "../../src/knowledge/load.ts";
import { knowledgeYaml, positionOf } from "../builders/knowledge-yaml.ts";

/** The problems parseKnowledge reports; fails the test when the text parsed. */
function problemsIn(source: string): KnowledgeProblem[] {
  const result = parseKnowledge(source);
  if (result.ok) throw new Error("expected the knowledge file to be rejected, but it parsed");
  return result.problems;
}

function problemAt(problems: KnowledgeProblem[], path: string): KnowledgeProblem {
  const found = problems.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}; got ${JSON.stringify(problems)}`);
  return found;
}

describe("parseKnowledge", () => {
  it("GIVEN a valid minimal file WHEN it is parsed THEN the person, section and entry come back as written", () => {
    const result = parseKnowledge(knowledgeYaml());

    expect(result).toEqual({
      ok: true,
      knowledge: {
        person: {
          headline: "I build systems.",
          summary: "A researcher who builds systems.",
          voice: "first-person",
        },
        sections: [
          {
            id: "projects",
            title: "Projects",
            description: "Things I have built",
            entries: [
              { id: "alpha", title: "Alpha", summary: "The first thing I built.", year: 2020 },
            ],
          },
        ],
      },
    });
  });

  it("GIVEN an unquoted title containing a colon WHEN the file is parsed THEN the YAML error names the line and column of the value", () => {
    const source = knowledgeYaml({ sections: [{ entries: [{ title: "Alpha: the first" }] }] });

    const [first] = problemsIn(source);

    expect({ line: first?.line, column: first?.column }).toEqual(
      positionOf(source, "Alpha: the first"),
    );
    expect(first?.path).toBe("");
    expect(first?.message).toMatch(/mapping/i);
  });

  it("GIVEN a line indented with a tab WHEN the file is parsed THEN the YAML error names that line and says tabs are not allowed", () => {
    const source = knowledgeYaml().replace("        title: Alpha", "\ttitle: Alpha");

    const [first] = problemsIn(source);

    expect(first?.line).toBe(positionOf(source, "\ttitle").line);
    expect(first?.message).toMatch(/tab/i);
  });

  it("GIVEN a key written twice in one entry WHEN the file is parsed THEN the error names the repeated key's line", () => {
    const source = knowledgeYaml({
      sections: [{ entries: [{ venue: "NSDI", role: "Author" }] }],
    }).replace("role: Author", "venue: ASPLOS");

    const problems = problemsIn(source);

    expect(problems.map((p) => p.line)).toContain(positionOf(source, "venue: ASPLOS").line);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/unique/i);
  });

  it("GIVEN an entry without its title WHEN the file is parsed THEN the problem is at the entry's line and says the title is missing", () => {
    const source = knowledgeYaml({ sections: [{ entries: [{ title: null }] }] });

    const problem = problemAt(problemsIn(source), "sections[0].entries[0].title");

    expect(problem.line).toBe(positionOf(source, "- id: alpha").line);
    expect(problem.message).toMatch(/missing/);
    expect(problem.message).toMatch(/string/);
  });

  it("GIVEN a person without a headline WHEN the file is parsed THEN the problem is at the person's line and says missing", () => {
    const source = knowledgeYaml({ person: { headline: null } });

    const problem = problemAt(problemsIn(source), "person.headline");

    expect(problem.line).toBe(positionOf(source, "  summary: A researcher").line);
    expect(problem.message).toMatch(/missing/);
  });

  it("GIVEN a person without a voice WHEN the file is parsed THEN the problem says it is missing and lists the allowed values", () => {
    const source = knowledgeYaml({ person: { voice: null } });

    const problem = problemAt(problemsIn(source), "person.voice");

    expect(problem.message).toMatch(/missing/);
    expect(problem.message).toMatch(/first-person/);
  });

  it('GIVEN year: "twenty" WHEN the file is parsed THEN the problem names the exact line and column of the value and the expected type', () => {
    const source = knowledgeYaml({ sections: [{ entries: [{ year: '"twenty"' }] }] });

    const problem = problemAt(problemsIn(source), "sections[0].entries[0].year");

    expect({ line: problem.line, column: problem.column }).toEqual(positionOf(source, '"twenty"'));
    expect(problem.message).toMatch(/expected number/);
    expect(problem.message).not.toMatch(/missing/);
  });

  it("GIVEN an entry with a field the format does not have WHEN the file is parsed THEN the problem names the field and lists the allowed fields", () => {
    const source = knowledgeYaml({ sections: [{ entries: [{ colour: "red" }] }] });

    const problem = problemAt(problemsIn(source), "sections[0].entries[0]");

    expect(problem.message).toContain('unknown field "colour"');
    for (const field of [
      "id",
      "title",
      "summary",
      "details",
      "venue",
      "year",
      "role",
      "tags",
      "links",
    ]) {
      expect(problem.message).toContain(field);
    }
    expect(problem.line).toBe(positionOf(source, "- id: alpha").line);
  });

  it("GIVEN a section with a field the format does not have WHEN the file is parsed THEN the allowed section fields are listed", () => {
    const source = knowledgeYaml({ sections: [{ fields: { emoji: "rocket" } }] });

    const problem = problemAt(problemsIn(source), "sections[0]");

    expect(problem.message).toMatch(
      /unknown field "emoji"; allowed: id, title, description, entries$/,
    );
  });

  it("GIVEN an entry id equal to a section id WHEN the file is parsed THEN the duplicate is reported at the second use", () => {
    const source = knowledgeYaml({
      sections: [
        { fields: { id: "projects" } },
        { fields: { id: "papers" }, entries: [{ id: "projects" }] },
      ],
    });

    const problem = problemAt(problemsIn(source), "sections[1].entries[0].id");

    expect(problem.message).toContain('duplicate id "projects"');
    expect(problem.line).toBe(positionOf(source, "      - id: projects").line);
  });

  it("GIVEN two entries in different sections with one id WHEN the file is parsed THEN the duplicate is reported", () => {
    const source = knowledgeYaml({
      sections: [{ fields: { id: "projects" } }, { fields: { id: "papers" } }],
    });

    const problem = problemAt(problemsIn(source), "sections[1].entries[0].id");

    expect(problem.message).toContain('duplicate id "alpha"');
  });

  it("GIVEN a duplicate id and a wrong year in the same file WHEN the file is parsed THEN both problems are reported in one pass", () => {
    const source = knowledgeYaml({
      sections: [
        { entries: [{ year: '"twenty"' }] },
        { fields: { id: "papers" }, entries: [{ id: "alpha" }] },
      ],
    });

    const problems = problemsIn(source);

    expect(problemAt(problems, "sections[0].entries[0].year").message).toMatch(/expected number/);
    expect(problemAt(problems, "sections[1].entries[0].id").message).toContain(
      'duplicate id "alpha"',
    );
  });

  it("GIVEN a duplicate id and an unknown field in the same file WHEN the file is parsed THEN both problems are reported in one pass", () => {
    const source = knowledgeYaml({
      sections: [
        { fields: { colour: "red" } },
        { fields: { id: "projects" }, entries: [{ id: "beta" }] },
      ],
    });

    const problems = problemsIn(source);

    expect(problemAt(problems, "sections[0]").message).toContain('unknown field "colour"');
    expect(problemAt(problems, "sections[1].id").message).toContain('duplicate id "projects"');
  });

  it("GIVEN a section id with capitals WHEN the file is checked THEN the problem names its line and says it must be lowercase", () => {
    const source = knowledgeYaml({ sections: [{ fields: { id: "Projects" } }] });

    const problem = problemAt(problemsIn(source), "sections[0].id");

    expect(problem.line).toBe(positionOf(source, "id: Projects").line);
    expect(problem.message).toMatch(/lowercase/);
  });

  it("GIVEN a section id with a space WHEN the file is checked THEN the problem says which characters a command name may use", () => {
    const source = knowledgeYaml({ sections: [{ fields: { id: "my projects" } }] });

    const problem = problemAt(problemsIn(source), "sections[0].id");

    expect(problem.message).toMatch(/letters, digits/);
  });

  it("GIVEN a section id of 33 characters WHEN the file is checked THEN the id is rejected as too long for a command name", () => {
    const source = knowledgeYaml({ sections: [{ fields: { id: "a".repeat(33) } }] });

    const messages = problemsIn(source)
      .filter((p) => p.path === "sections[0].id")
      .map((p) => p.message)
      .join(" ");

    expect(messages).toMatch(/32/);
  });

  it("GIVEN a section id of exactly 32 lowercase characters WHEN the file is checked THEN it is accepted", () => {
    const result = parseKnowledge(
      knowledgeYaml({ sections: [{ fields: { id: "a".repeat(32) } }] }),
    );

    expect(result.ok).toBe(true);
  });

  it.each(["ask", "help", "forget", "stats"])(
    "GIVEN the built-in command name %s as a section id WHEN the file is checked THEN it is rejected as a built-in name",
    (name) => {
      const source = knowledgeYaml({ sections: [{ fields: { id: name } }] });

      const problem = problemAt(problemsIn(source), "sections[0].id");

      expect(problem.message).toContain(`"${name}" is a built-in command name`);
      expect(problem.line).toBe(positionOf(source, `id: ${name}`).line);
    },
  );

  it("GIVEN an entry id that is a built-in command name WHEN the file is checked THEN it is accepted, since entries are not commands", () => {
    const result = parseKnowledge(knowledgeYaml({ sections: [{ entries: [{ id: "help" }] }] }));

    expect(result.ok).toBe(true);
  });

  it("GIVEN a section description of 101 characters WHEN the file is checked THEN it is rejected at the description's position", () => {
    const long = "d".repeat(101);
    const source = knowledgeYaml({ sections: [{ fields: { description: long } }] });

    const problem = problemAt(problemsIn(source), "sections[0].description");

    expect({ line: problem.line, column: problem.column }).toEqual(positionOf(source, long));
    expect(problem.message).toMatch(/100/);
  });

  it("GIVEN a section description of exactly 100 characters WHEN the file is checked THEN it is accepted", () => {
    const result = parseKnowledge(
      knowledgeYaml({ sections: [{ fields: { description: "d".repeat(100) } }] }),
    );

    expect(result.ok).toBe(true);
  });
});

describe("loadKnowledge", () => {
  it("GIVEN a path with no file WHEN it is loaded THEN a KnowledgeError names the file and says file not found", async () => {
    const dir = await mkdtemp(join(tmpdir(), "askme-load-"));
    const file = join(dir, "absent.yaml");
    try {
      const error = await loadKnowledge(file).then(
        () => undefined,
        (err: unknown) => err,
      );

      expect(error).toBeInstanceOf(KnowledgeError);
      expect((error as KnowledgeError).message).toBe(
        `cannot read the knowledge file ${file}: file not found`,
      );
      expect((error as KnowledgeError).problems).toEqual([
        { line: 1, column: 1, path: "", message: "file not found" },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("GIVEN a file with a wrong year WHEN it is loaded THEN the KnowledgeError message has file:line:col and the field path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "askme-load-"));
    const file = join(dir, "profile.yaml");
    const source = knowledgeYaml({ sections: [{ entries: [{ year: '"twenty"' }] }] });
    const { line, column } = positionOf(source, '"twenty"');
    try {
      await writeFile(file, source);

      await expect(loadKnowledge(file)).rejects.toThrow(
        `${file}:${line}:${column} sections[0].entries[0].year: expected number`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
