import { describe, expect, it } from "vitest";
import { importProfile } from "../../src/import/import.ts";
import type { Knowledge } from "../../src/knowledge/schema.ts";

const entries = (k: Knowledge) => k.sections.flatMap((s) => s.entries);
const holding = (k: Knowledge, text: string) =>
  entries(k).filter((e) => `${e.title} ${e.summary} ${e.details ?? ""}`.includes(text));

describe("prose sentences of two things", () => {
  it("GIVEN a prose sentence of a degree at one place 'and' a job at another WHEN imported THEN each is an entry of its own, the job's year not on the degree", async () => {
    const { knowledge } = await importProfile(
      "# About Ana Ruiz\n\nI'm Ana Ruiz, a boatbuilder in Vigo. I build wooden dinghies to order.\n\nI came to boats late. I studied biology at the University of Porto and spent six years as a fisheries observer for the Marine Institute before building my first boat in 2012.\n",
    );

    const degree = holding(knowledge, "University of Porto");
    const job = holding(knowledge, "Marine Institute");
    expect(degree).toHaveLength(1);
    expect(job).toHaveLength(1);
    expect(degree[0]).not.toBe(job[0]);
    expect(`${degree[0]?.summary} ${degree[0]?.year ?? ""}`).not.toContain("2012");
  });

  it("GIVEN a prose sentence of a course ', and I am' a founder of a named group WHEN imported THEN the course and the group are entries of their own", async () => {
    const { knowledge } = await importProfile(
      "# About Ana Ruiz\n\nI'm Ana Ruiz, a boatbuilder in Vigo. I build wooden dinghies to order.\n\nI teach a weekend caulking course at the yard for up to six people, from June to August, and I am one of the founders of the Galician Wooden Boat Guild, which has met every winter since 2016.\n",
    );

    const guild = holding(knowledge, "Wooden Boat Guild");
    expect(guild).toHaveLength(1);
    expect(guild[0]?.summary).not.toContain("six people");
    expect(holding(knowledge, "six people")).toHaveLength(1);
  });

  it("GIVEN a prose sentence of two clauses 'and' with a name only in one WHEN imported THEN it stays one entry", async () => {
    const { knowledge } = await importProfile(
      "# About Ana Ruiz\n\nI'm Ana Ruiz, a boatbuilder in Vigo. I build wooden dinghies to order.\n\nA year later I had left the job and started a diploma in Boatbuilding at the Lowestoft College, which I finished in 2013.\n",
    );

    expect(holding(knowledge, "left the job")).toEqual(holding(knowledge, "Lowestoft College"));
  });
});

describe("a degree and the job after it in one sentence", () => {
  it("GIVEN 'I studied biology at the Norwegian University of Life Sciences, graduating in 2008, and then spent four years as a field technician at the Beekeepers' Association' WHEN imported THEN the job is an entry of its own", async () => {
    const { knowledge } = await importProfile(
      "# About Ingrid Halvorsen\n\nI'm a beekeeper on the island of Tjøme. I look after about 240 hives.\n\nI grew up on a dairy farm near Hamar. I studied biology at the Norwegian University of Life Sciences in Ås, graduating in 2008, and then spent four years as a field technician at the Norwegian Beekeepers' Association, counting varroa mites.\n",
    );

    const job = holding(knowledge, "field technician");
    expect(job).toHaveLength(1);
    expect(job[0]?.summary).not.toContain("studied biology");
    expect(holding(knowledge, "studied biology")).toHaveLength(1);
  });
});

describe("an About page told in prose", () => {
  const page = [
    "# Ilona Varga",
    "",
    "River engineer in Hungary.",
    "",
    "I grew up in Baja. I design fish passes — the ladders, slots and ramps that let fish get past weirs — for rivers in Hungary.",
    "",
    "Since 2019 I have led the fish-pass team at the Danube Water Directorate in Győr. Before that I was a postdoctoral researcher at the University of Vienna (2011–2014).",
    "",
    "My current project is a book about the weirs of the Tisza. I have measured 41 old weirs so far, the oldest of them from 1846. If you have photographs of a weir from your village, write to me.",
    "",
  ].join("\n");

  it("GIVEN a statement with an aside set off by dashes WHEN imported THEN it is not split into a name and a description", async () => {
    const { knowledge } = await importProfile(page);

    const aside = holding(knowledge, "the ladders, slots and ramps");
    expect(aside).toHaveLength(1);
    expect(aside[0]?.summary).toContain("I design fish passes — the ladders, slots and ramps");
  });

  it("GIVEN 'Before that I was a postdoctoral researcher at X' WHEN imported THEN the entry is titled by the role and where, with the role", async () => {
    const { knowledge } = await importProfile(page);

    const [postdoc] = holding(knowledge, "University of Vienna");
    expect(postdoc?.title).toBe("Postdoctoral researcher at the University of Vienna");
    expect(postdoc?.role).toBe("Postdoctoral researcher");
  });

  it("GIVEN 'Since 2019 I have led a team at X' WHEN imported THEN it is filed with the positions, beside the earlier post", async () => {
    const { knowledge } = await importProfile(page);

    const positions = knowledge.sections.find((s) => s.id === "positions");
    expect(positions?.entries.map((e) => e.summary).join(" ")).toMatch(
      /Danube Water Directorate.*University of Vienna/s,
    );
  });

  it("GIVEN sentences that go on about the thing the first named, naming nothing new WHEN imported THEN the paragraph is one entry", async () => {
    const { knowledge } = await importProfile(page);

    const book = holding(knowledge, "weirs of the Tisza");
    expect(book).toHaveLength(1);
    expect(`${book[0]?.summary} ${book[0]?.details ?? ""}`).toMatch(/41 old weirs.*photographs/s);
  });
});

describe("a sentence that opens on a stretch of years", () => {
  it("GIVEN 'From 2013 to 2018 I worked as … at X' WHEN imported THEN the entry keeps both years", async () => {
    const { knowledge } = await importProfile(
      "# Maren Castellow\n\nPollination ecologist.\n\nI keep bees in Somerset.\n\nFrom 2013 to 2018 I worked as a research ecologist at the Centre for Ecology & Hydrology in Wallingford. There I ran the field side of a national survey.\n",
    );

    const [job] = holding(knowledge, "Centre for Ecology & Hydrology");
    expect(`${job?.summary} ${job?.details ?? ""}`).toMatch(/2013 to 2018/);
  });
});
