import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseKnowledge } from "../../src/knowledge/load.ts";
import { COMMAND_NAME, type Knowledge } from "../../src/knowledge/schema.ts";

const PROFILE = fileURLToPath(new URL("../../knowledge/profile.yaml", import.meta.url));
const text = readFileSync(PROFILE, "utf8");

function shipped(): Knowledge {
  const result = parseKnowledge(text);
  if (!result.ok)
    throw new Error(`knowledge/profile.yaml is invalid: ${JSON.stringify(result.problems)}`);
  return result.knowledge;
}

/** URLs in ../shared/profile-source.md, the only source of facts; it has none. */
const SOURCE_URLS: readonly string[] = [];

/** Facts from ../shared/profile-source.md the shipped file must carry (the source is not read in CI). */
const SOURCE_FACTS = [
  "Queen Mary",
  "Antichi",
  "Stephens",
  "Andrew Moore",
  "NSDI",
  "ASPLOS",
  "750K",
  "61µs",
  "SACK",
  "ApacheBench",
  "Cook-RDMA",
  "qemu-lab",
  "MHSLD",
];

describe("the shipped knowledge/profile.yaml", () => {
  it("GIVEN the shipped file WHEN it is parsed THEN it is valid", () => {
    const result = parseKnowledge(text);

    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("GIVEN the shipped file WHEN its sections are listed THEN about, projects, publications, interests, positions and education are there", () => {
    const ids = shipped().sections.map((s) => s.id);

    expect(ids).toEqual(
      expect.arrayContaining([
        "about",
        "projects",
        "publications",
        "interests",
        "positions",
        "education",
      ]),
    );
  });

  it("GIVEN the shipped file WHEN each section becomes a slash command THEN its id is a lowercase command name and its description fits in 100 characters", () => {
    for (const section of shipped().sections) {
      expect(section.id, section.id).toMatch(COMMAND_NAME);
      expect(section.id, section.id).toBe(section.id.toLowerCase());
      expect(section.description.length, section.id).toBeGreaterThan(0);
      expect(section.description.length, section.id).toBeLessThanOrEqual(100);
    }
  });

  it("GIVEN the shipped file WHEN its text is searched THEN it holds no email address", () => {
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+(\.[\w-]+)+/);
  });

  it("GIVEN the shipped file WHEN its text and links are searched THEN every URL in it also appears in the owner's source text", () => {
    const inText = text.match(/\bhttps?:\/\/[^\s"'<>)\]]+/g) ?? [];
    const inLinks = shipped().sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.links ?? []).map((l) => l.url)),
    );

    expect([...inText, ...inLinks].filter((url) => !SOURCE_URLS.includes(url))).toEqual([]);
  });

  it("GIVEN the shipped file WHEN its text is searched for years THEN 2022 is the only year it mentions", () => {
    const years = new Set(text.match(/\b(19|20)\d{2}\b/g) ?? []);
    const entryYears = new Set(shipped().sections.flatMap((s) => s.entries.map((e) => e.year)));
    entryYears.delete(undefined);

    expect([...years]).toEqual(["2022"]);
    expect([...entryYears]).toEqual([2022]);
  });

  it.each(SOURCE_FACTS)(
    "GIVEN the shipped file WHEN it is read THEN it states the source fact %s",
    (fact) => {
      expect(text).toContain(fact);
    },
  );
});
