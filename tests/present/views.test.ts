import { describe, expect, it } from "vitest";
import type { AnswerResult } from "../../src/engine/types.ts";
import { answerText } from "../../src/present/answer.ts";
import { entryView, helpView, sectionView } from "../../src/present/views.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

function answer(overrides: Partial<AnswerResult> = {}): AnswerResult {
  return {
    answer: "I built Backdraft.",
    abstained: false,
    sources: [],
    mode: "offline",
    ...overrides,
  };
}

describe("sectionView", () => {
  const section = aSection({
    title: "Publications",
    id: "publications",
    entries: [
      anEntry({ id: "backdraft", title: "Backdraft", venue: "USENIX NSDI", year: 2022 }),
      anEntry({ id: "morpheus", title: "Morpheus", summary: "Run-time data-plane optimization." }),
      anEntry({ id: "third", title: "Third paper" }),
    ],
  });

  it("GIVEN a section of three entries WHEN it is shown THEN one embed titled with the section lists every entry title, one per line", () => {
    const [embed, ...rest] = sectionView(section).embeds ?? [];

    expect(rest).toEqual([]);
    expect(embed?.title).toBe("Publications");
    const lines = embed?.description.split("\n") ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Backdraft");
    expect(lines[1]).toContain("Morpheus");
    expect(lines[2]).toContain("Third paper");
  });

  it("GIVEN a section WHEN it is shown THEN the footer tells how to open one entry with the section's command", () => {
    const [embed] = sectionView(section).embeds ?? [];

    expect(embed?.footer).toBe("/publications entry:<name> shows one in full");
  });

  it("GIVEN an entry with venue and year WHEN its section is shown THEN its line carries them", () => {
    const [embed] = sectionView(section).embeds ?? [];

    expect(embed?.description.split("\n")[0]).toContain("USENIX NSDI 2022");
  });
});

describe("entryView", () => {
  const section = aSection({ title: "Publications", id: "publications" });

  it("GIVEN an entry with venue, year, role and details WHEN it is shown THEN all of them and the summary are in the embed", () => {
    const entry = anEntry({
      id: "backdraft",
      title: "Backdraft — Lossless virtual switch",
      venue: "USENIX NSDI",
      year: 2022,
      role: "First author",
      summary: "A software virtual switch.",
      details: "I led the design.",
    });

    const [embed] = entryView(section, entry).embeds ?? [];

    expect(embed?.title).toBe("Backdraft — Lossless virtual switch");
    expect(embed?.description).toBe(
      [
        "**Venue:** USENIX NSDI · **Year:** 2022 · **Role:** First author",
        "A software virtual switch.",
        "I led the design.",
      ].join("\n\n"),
    );
    expect(embed?.footer).toBe("Publications · backdraft");
  });

  it("GIVEN an entry with no venue, year, role or details WHEN it is shown THEN only its summary is shown, with no empty labels", () => {
    const [embed] = entryView(section, anEntry({ summary: "Just this." })).embeds ?? [];

    expect(embed?.description).toBe("Just this.");
    expect(embed?.description).not.toMatch(/Venue|Year|Role/);
  });

  it("GIVEN an entry with links WHEN it is shown THEN the links are listed and the first one is the embed's URL", () => {
    const entry = anEntry({
      links: [
        { label: "Paper", url: "https://example.org/paper.pdf" },
        { label: "Code", url: "https://example.org/code" },
      ],
    });

    const [embed] = entryView(section, entry).embeds ?? [];

    expect(embed?.url).toBe("https://example.org/paper.pdf");
    expect(embed?.description).toContain(
      "[Paper](https://example.org/paper.pdf) · [Code](https://example.org/code)",
    );
  });

  it("GIVEN an entry without links WHEN it is shown THEN the embed has no URL", () => {
    const [embed] = entryView(section, anEntry()).embeds ?? [];

    expect(embed).not.toHaveProperty("url");
  });
});

describe("helpView", () => {
  it("GIVEN two sections WHEN help is shown THEN it is private and lists each section command with its description", () => {
    const knowledge = aKnowledge({
      sections: [
        aSection({ id: "projects", description: "Things I have built" }),
        aSection({ id: "papers", description: "What I wrote", entries: [anEntry({ id: "beta" })] }),
      ],
    });

    const view = helpView(knowledge);

    expect(view.ephemeral).toBe(true);
    expect(view.embeds?.[0]?.description).toContain("`/projects` — Things I have built");
    expect(view.embeds?.[0]?.description).toContain("`/papers` — What I wrote");
  });

  it("GIVEN a third-person profile with a name WHEN help is shown THEN it speaks of that person, never of 'my work'", () => {
    const knowledge = aKnowledge({
      person: {
        name: "Ada Lovelace",
        headline: "Ada Lovelace writes programs for engines.",
        summary: "A mathematician.",
        voice: "third-person",
      },
    });

    const text = helpView(knowledge).embeds?.[0]?.description ?? "";

    expect(text).toContain("Ada Lovelace's work");
    expect(text).not.toMatch(/\bmy (work|profile)\b/i);
  });

  it("GIVEN the console WHEN help is shown THEN it lists /quit and shows no Discord syntax", () => {
    const text = helpView(aKnowledge(), "console").embeds?.[0]?.description ?? "";

    expect(text).toContain("/quit");
    expect(text).not.toMatch(/question:|entry:|@mention|DM/);
  });

  it("GIVEN a privacy note WHEN help is shown THEN it ends with it", () => {
    const text = helpView(aKnowledge(), "discord", "Privacy: questions are kept.").embeds?.[0]
      ?.description;

    expect(text?.endsWith("Privacy: questions are kept.")).toBe(true);
  });
});

describe("answerText", () => {
  it("GIVEN an answer citing two entries WHEN its text is built THEN the answer is followed by a sources line naming both", () => {
    const result = answer({
      sources: [
        { id: "backdraft", title: "Backdraft" },
        { id: "morpheus", title: "Morpheus" },
      ],
    });

    expect(answerText(result)).toBe("I built Backdraft.\n\n**Sources:** Backdraft · Morpheus");
  });

  it("GIVEN an answer citing nothing WHEN its text is built THEN it is the answer alone, with no sources line", () => {
    expect(answerText(answer({ abstained: true, answer: "My profile doesn't cover that." }))).toBe(
      "My profile doesn't cover that.",
    );
  });
});
