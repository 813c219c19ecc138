import { describe, expect, it } from "vitest";
import { isSuperlative } from "../../src/engine/superlative.ts";

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
