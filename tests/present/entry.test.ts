import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.ts";
import { entryLine } from "../../src/present/entry.ts";
import { anEntry, aSection } from "../builders/knowledge.ts";

const line = (entry: Entry) => entryLine({ entry, section: aSection({ entries: [entry] }) });

describe("entryLine", () => {
  it("GIVEN an entry with a venue, year and role WHEN it is shown as a line THEN they follow the bold title once", () => {
    const entry = anEntry({
      title: "Lossless switching",
      venue: "NSDI",
      year: 2022,
      role: "First author",
      summary: "A switch that drops nothing.",
    });

    expect(line(entry)).toBe(
      "**Lossless switching** (NSDI 2022, First author): A switch that drops nothing.",
    );
  });

  it("GIVEN an imported title that already states its year and venue WHEN it is shown as a line THEN neither is repeated after it", () => {
    const entry = anEntry({
      title: "MSc in Oceanography at Bergen (2016)",
      venue: "Bergen",
      year: 2016,
      role: "Student",
      summary: "Thesis on fjord currents.",
    });

    expect(line(entry)).toBe(
      "**MSc in Oceanography at Bergen (2016)** (Student): Thesis on fjord currents.",
    );
  });

  it("GIVEN a title cut from the opening words of its text WHEN it is shown as a line THEN the words are said once", () => {
    const entry = anEntry({
      title: "By the time I retired from piloting in 2021 I had brought…",
      year: 2021,
      summary: "By the time I retired from piloting in 2021 I had brought in 3,100 ships.",
    });

    expect(line(entry)).toBe(
      "By the time I retired from piloting in 2021 I had brought in 3,100 ships.",
    );
  });
});
