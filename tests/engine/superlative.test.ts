import { describe, expect, it } from "vitest";
import { isSuperlative } from "../../src/engine/superlative.ts";
import { testEngine } from "../builders/engine.ts";
import { anEntry, aPersonWith } from "../builders/knowledge.ts";

describe("superlatives", () => {
  it.each(["scariest", "longest", "biggest", "largest", "finest", "best", "most"])(
    "GIVEN %j WHEN read THEN it is a superlative",
    (word) => {
      expect(isSuperlative(word)).toBe(true);
    },
  );

  it.each(["forest", "interest", "honest", "modest", "digest", "contest", "harvest"])(
    "GIVEN %j, a word of its own that ends in -est WHEN read THEN it is no superlative",
    (word) => {
      expect(isSuperlative(word)).toBe(false);
    },
  );
});

// A made-up vet who runs one ultramarathon, given with its length.
const runner = aPersonWith(
  { headline: "Vet in Namibia", summary: "I treat rhinos.", voice: "first-person" },
  { id: "personal", title: "Personal", description: "Life outside work" },
  anEntry({
    id: "ultra",
    title: "Ultra running",
    summary: "I run ultramarathons; in 2022 I finished the 250 km Namib Desert stage race.",
  }),
);

describe("superlatives a measure answers", () => {
  it("GIVEN a race given with its length WHEN asked the longest race THEN it answers, but not the scariest", async () => {
    const engine = await testEngine({ knowledge: runner });
    const longest = await engine.answer("whats the longest race uve ever done");
    expect(longest.abstained).toBe(false);
    expect(longest.answer).toContain("250 km");
    const scariest = await engine.answer("whats the scariest race uve ever done");
    expect(scariest.abstained).toBe(true);
  });
});
