import { describe, expect, it } from "vitest";
import { offlineAnswer } from "../../src/engine/offline.ts";
import { createRetriever } from "../../src/engine/retrieve.ts";
import { COVERAGE_THRESHOLD } from "../../src/engine/select-entries.ts";
import { shippedKnowledge } from "../builders/engine.ts";

describe("retrieval", () => {
  it("GIVEN a synonym the profile does not use WHEN searching THEN the entry using the usual word ranks first", async () => {
    const retriever = createRetriever(await shippedKnowledge());
    const { hits, coverage } = retriever.search("Who supervised your doctorate?");
    expect(hits[0]?.doc.entry.id).toBe("phd");
    expect(coverage).toBeGreaterThan(0.9);
  });

  it("GIVEN an entry's exact name WHEN searching THEN that entry outranks entries matching only generic words", async () => {
    const retriever = createRetriever(await shippedKnowledge());
    expect(retriever.search("What was your role in Morpheus?").hits[0]?.doc.entry.id).toBe(
      "morpheus",
    );
    expect(retriever.search("machnet performance").hits[0]?.doc.entry.id).toBe("machnet");
  });

  it("GIVEN a question with no word from the profile WHEN searching THEN nothing is found and coverage is zero", async () => {
    const retriever = createRetriever(await shippedKnowledge());
    const result = retriever.search("What is your date of birth?");
    expect(result.hits).toEqual([]);
    expect(result.coverage).toBe(0);
  });

  it("GIVEN a question about a section WHEN searching THEN that section is recognised as asked for", async () => {
    const retriever = createRetriever(await shippedKnowledge());
    expect(retriever.search("tell me about your projects").sectionId).toBe("projects");
    expect(retriever.search("tell me about the Backdraft paper").sectionId).toBeUndefined();
  });
});

describe("retrieval: details the profile does not hold", () => {
  it("GIVEN a question naming a thing the profile never mentions WHEN answered offline THEN it abstains", async () => {
    const knowledge = await shippedKnowledge();
    const retriever = createRetriever(knowledge);
    for (const q of ["How many citations does Backdraft have?", "did you ever work at google?"]) {
      expect(offlineAnswer(knowledge, q, retriever.search(q)).abstained, q).toBe(true);
    }
    expect(retriever.search("did you ever work at google?").coverage).toBeLessThan(
      COVERAGE_THRESHOLD,
    );
  });

  it("GIVEN the same kind of word used where the profile has it WHEN searching THEN it counts as covered", async () => {
    const knowledge = await shippedKnowledge();
    const first = knowledge.sections[0];
    const entry = first?.entries[0];
    if (!first || !entry) throw new Error("the shipped profile has no entries");
    const withTeam = {
      ...knowledge,
      sections: [
        { ...first, entries: [{ ...entry, summary: `${entry.summary} I lead a small team.` }] },
      ],
    };
    expect(createRetriever(withTeam).search("Do you lead a team?").coverage).toBeGreaterThan(0.5);
  });
});
