import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/engine/question.ts";
import { beforeOrAfter, periodOf, stillGoing } from "../../src/engine/timeline.ts";
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

  it("GIVEN the postdoc WHEN asked about 'the postdoc gig', a word no entry holds THEN the job before the postdoc answers; a name of nothing still finds nothing", () => {
    expect(answer("what was her job before the postdoc gig")).toBe("analyst");
    expect(answer("what did she do before the war gig")).toBeUndefined();
  });

  it("GIVEN the job 'since 2021' WHEN asked what she did after it THEN nothing past answers: it is still going on", () => {
    const question = readQuestion("what will she do after the postdoc", new Set());
    expect(stillGoing(question, docs).map((d) => d.entry.id)).toEqual(["postdoc"]);
    expect(stillGoing(readQuestion("what did she do after the phd", new Set()), docs)).toEqual([]);
  });

  it("GIVEN an entry that says 'before tech' or 'before that' WHEN asked what came before THEN that entry answers", () => {
    const own = (entries: Entry[]) => [
      {
        entry: entries[0] as Entry,
        section: knowledge.sections[0] as Knowledge["sections"][number],
      },
      {
        entry: entries[1] as Entry,
        section: knowledge.sections[0] as Knowledge["sections"][number],
      },
    ];
    const told = own([
      entry("kumasi", "Kumasi", "Before tech I taught physics at a school in Kumasi."),
      entry("marathon", "Lisbon Marathon", "Ran the Lisbon Marathon in 2022.", 2022),
    ]);
    expect(
      beforeOrAfter(readQuestion("what did u do before tech", new Set()), told)?.entry.id,
    ).toBe("kumasi");
    const back = own([
      entry(
        "swasthya",
        "Android engineer at Swasthya Labs",
        "Since 2020; before that, 3 years at Infosys.",
      ),
      entry("school", "Education", "B.E., College of Engineering Pune (2016)."),
    ]);
    expect(
      beforeOrAfter(readQuestion("where did u work before swasthya", new Set()), back)?.entry.id,
    ).toBe("swasthya");
  });
});
