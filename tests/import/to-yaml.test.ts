import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { schemaPath, toYaml } from "../../src/import/to-yaml.ts";
import { parseKnowledge } from "../../src/knowledge/load.ts";

const draft = {
  sections: [
    {
      entries: [
        {
          links: [{ url: "https://example.org/x", label: "Site" }],
          tags: ["alpha", "beta"],
          year: 2022,
          summary:
            "A long summary that goes on for well over one hundred characters so that it has to be folded onto a second line.",
          title: "Alpha",
          id: "alpha",
        },
      ],
      description: "Things",
      title: "Projects",
      id: "projects",
    },
  ],
  person: { voice: "first-person", summary: "Short summary.", headline: "Headline." },
};

describe("the draft's YAML", () => {
  it("GIVEN a draft with fields in any order WHEN written THEN the schema comment comes first and fields follow the schema's order", () => {
    const yaml = toYaml(draft);

    expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=./profile.schema.json");
    const doc = parseDocument(yaml).toJS();
    expect(Object.keys(doc)).toEqual(["person", "sections"]);
    expect(Object.keys(doc.person)).toEqual(["headline", "summary", "voice"]);
    expect(Object.keys(doc.sections[0])).toEqual(["id", "title", "description", "entries"]);
    expect(Object.keys(doc.sections[0].entries[0])).toEqual([
      "id",
      "title",
      "summary",
      "year",
      "tags",
      "links",
    ]);
    expect(Object.keys(doc.sections[0].entries[0].links[0])).toEqual(["label", "url"]);
    expect(parseKnowledge(yaml).ok).toBe(true);
  });

  it("GIVEN long text WHEN written THEN it is folded within the line width and reads back unchanged", () => {
    const yaml = toYaml(draft);

    expect(yaml).toMatch(/summary: >-\n\s+A long summary/);
    expect(yaml).toContain("tags: [alpha, beta]");
    for (const line of yaml.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    expect(parseDocument(yaml).toJS().sections[0].entries[0].summary).toBe(
      draft.sections[0]?.entries[0]?.summary,
    );
  });

  it("GIVEN where the file goes WHEN the schema comment is written THEN its path is relative to that place", () => {
    expect(schemaPath("knowledge/profile.yaml", "/repo")).toBe("./profile.schema.json");
    expect(schemaPath("profile.yaml", "/repo")).toBe("./knowledge/profile.schema.json");
    expect(schemaPath("drafts/me.yaml", "/repo")).toBe("../knowledge/profile.schema.json");
    expect(schemaPath(undefined, "/repo")).toBe("./profile.schema.json");
  });
});
