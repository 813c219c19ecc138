import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/engine/question.ts";
import { beforeOrAfter, periodOf } from "../../src/engine/timeline.ts";
import type { Entry, Knowledge } from "../../src/knowledge/schema.ts";

const entry = (id: string, title: string, summary: string, year?: number): Entry => ({
  id,
  title,
  summary,
  ...(year ? { year } : {}),
});

const knowledge: Knowledge = {
  person: {
    headline: "A bioinformatician.",
    summary: "She studies genomes.",
    voice: "third-person",
  },
  sections: [
    {
      id: "work",
      title: "Work",
      description: "Jobs",
      entries: [
        entry(
          "postdoc",
          "Postdoc, Example Institute",
          "Since January 2021 she has been a postdoc.",
        ),
        entry(
          "analyst",
          "Data analyst, Example Clinic",
          "From 2018 to 2021 she analysed trial data.",
        ),
        entry("tech", "Lab technician, Example Labs", "A lab technician from 2012 to 2014."),
      ],
    },
    {
      id: "education",
      title: "Education",
      description: "Degrees",
      entries: [
        entry("phd", "PhD in Genomics, Example University", "From 2016 to 2020.", 2020),
        entry("msc", "MSc in Biology, Example University", "Two years, 2014 to 2016.", 2016),
        entry("bsc", "BSc in Biology, Example College", "Finished in 2011.", 2011),
      ],
    },
  ],
};
const docs = knowledge.sections.flatMap((section) =>
  section.entries.map((e) => ({ entry: e, section })),
);
const answer = (q: string) => beforeOrAfter(readQuestion(q, new Set()), docs)?.entry.id;

describe("before and after", () => {
  it("GIVEN entries with year ranges WHEN their period is read THEN 'since' runs to now and a range has both ends", () => {
    expect(periodOf(docs[0]?.entry as Entry)).toEqual({
      start: 2021,
      end: Number.POSITIVE_INFINITY,
      range: true,
    });
    expect(periodOf(docs[1]?.entry as Entry)).toMatchObject({ start: 2018, end: 2021 });
  });

  it("GIVEN a job before the master's and a bachelor's before that WHEN asked what came before grad school THEN the job answers", () => {
    expect(answer("what did she do b4 grad school")).toBe("tech");
  });

  it("GIVEN the PhD and the jobs around it WHEN asked what came after the PhD or before the postdoc THEN the nearest entry in time answers, in any section", () => {
    expect(answer("what did she do after the phd")).toBe("postdoc");
    expect(answer("where did she work before the postdoc")).toBe("analyst");
    expect(answer("what did she do after her bachelors")).toBe("tech");
  });

  it("GIVEN a question naming nothing in the profile WHEN asked what came before it THEN there is no answer", () => {
    expect(answer("what did she do before the war")).toBeUndefined();
  });
});
