import { describe, expect, it } from "vitest";
import { ImportError, importProfile } from "../../src/import/import.ts";
import { draftValues } from "../builders/import.ts";

const letters = "abcdefghijklmnopqrstuvwxyz";

describe("unusual sources", () => {
  it("GIVEN a page with YAML front matter WHEN imported THEN the settings are not entries and are reported as left out", async () => {
    const { knowledge, report } = await importProfile(
      "---\nlayout: page\npermalink: /about/\n---\n\nI'm Ana, a chemist at Acme Labs since 2015.\n",
    );

    expect(draftValues(knowledge).join(" ")).not.toMatch(/layout|permalink/);
    expect(report.leftOut).toEqual(["layout: page", "permalink: /about/"]);
  });

  it("GIVEN headings with nothing under them WHEN imported THEN the headings are the entries", async () => {
    const { knowledge } = await importProfile(
      "# Jane Doe\n## Engineer at Acme\n## Lives in Oslo\n",
    );

    expect(draftValues(knowledge)).toEqual(
      expect.arrayContaining(["Engineer at Acme", "Lives in Oslo"]),
    );
  });

  it("GIVEN headings named like the bot's own commands WHEN imported THEN the sections get other ids", async () => {
    const { knowledge } = await importProfile(
      "## Help\n\n- I help people\n\n## Stats\n\n- 3 papers\n",
    );

    expect(knowledge.sections.map((s) => s.id)).not.toEqual(
      expect.arrayContaining(["help", "stats"]),
    );
    expect(knowledge.sections.map((s) => s.title)).toEqual(["Help", "Stats"]);
  });

  it("GIVEN headings that are only an emoji WHEN imported THEN the emoji names the section", async () => {
    const { knowledge } = await importProfile(
      "## 🚀\n\n- rocket things\n\n## 🎓\n\n- PhD, MIT, 2010\n",
    );

    expect(knowledge.sections.map((s) => [s.id, s.title])).toEqual([
      ["projects", "Projects"],
      ["education", "Education"],
    ]);
  });

  it("GIVEN more than 20 headed sections WHEN imported THEN the draft has 20 and no entry is lost", async () => {
    const source = [...letters].map((l) => `## Part ${l}\n\n- item ${l}\n`).join("\n");

    const { knowledge } = await importProfile(source);

    expect(knowledge.sections).toHaveLength(20);
    expect(knowledge.sections.flatMap((s) => s.entries)).toHaveLength(26);
  });

  it("GIVEN a paragraph longer than one entry holds WHEN imported THEN it continues in more entries and every sentence is kept", async () => {
    const sentences = [...letters].flatMap((a) =>
      [...letters.slice(0, 6)].map((b) => `Fact ${a}${b} is stated in a sentence of its own here.`),
    );

    const { knowledge } = await importProfile(`${sentences.join(" ")}\n`);

    const text = draftValues(knowledge).join(" ");
    for (const s of sentences) expect(text).toContain(s);
  });

  it("GIVEN a source with nothing but code WHEN imported THEN it fails with one clear reason", async () => {
    await expect(importProfile("```\nconst x = 1;\n```\n")).rejects.toThrow(
      new ImportError(
        "found no text to make entries of (no lists, tables, paragraphs or headings)",
      ),
    );
  });
});
