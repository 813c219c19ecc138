import { describe, expect, it } from "vitest";
import { testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// A small made-up profile whose entries' own descriptions answer questions that ask for a
// thing's aim, trick or reach, or ask yes/no in other words than the entry's text uses.
const hydrologist = aKnowledge({
  person: {
    name: "Lena Ortiz",
    headline: "Hydrologist in Valencia",
    summary:
      "I'm Lena Ortiz. I study rivers and floods and write open-source tools for water agencies.",
    voice: "first-person",
  },
  sections: [
    aSection({
      id: "work",
      title: "Work",
      description: "Jobs I have held",
      entries: [
        anEntry({
          id: "agency",
          title: "Hydrologist, Júcar Water Agency",
          summary: "Since 2018 I have worked at the Júcar Water Agency on drought planning.",
        }),
        anEntry({
          id: "sediment",
          title: "Sediment study",
          summary: "A 2021 study of the sediment the Turia carries to the sea.",
        }),
      ],
    }),
    aSection({
      id: "life",
      title: "Outside the office",
      description: "Sport and getting about",
      entries: [
        anEntry({
          id: "rowing",
          title: "Rowing to work",
          summary: "I row six kilometres across the harbour each morning.",
        }),
      ],
    }),
    aSection({
      id: "tools",
      title: "Tools",
      description: "Software I maintain",
      entries: [
        anEntry({
          id: "drizzle",
          title: "Drizzle — rainfall simulator",
          summary:
            "A rainfall simulator that keeps soil tests repeatable by metering every nozzle through a closed-loop valve.",
        }),
        anEntry({
          id: "tidekit",
          title: "Tidekit — estuary model",
          summary: "An estuary model for shallow, well-mixed and salt-wedge estuary layouts.",
          tags: ["layouts"],
        }),
        anEntry({
          id: "gauge-mirror",
          title: "gauge-mirror — river gauge archive",
          summary: "An archive of river gauge readings that mirrors the national feed.",
          tags: ["archive", "up to date", "national"],
        }),
        anEntry({
          id: "floodline",
          title: "Flood maps of the Turia valley",
          summary: "Flood maps for the towns of the Turia valley, redrawn after each storm.",
        }),
        anEntry({
          id: "desk",
          title: "Drought desk",
          summary: "Work on the drought desk, which also takes the odd flood call.",
        }),
      ],
    }),
  ],
});

const ask = async (q: string) => (await testEngine({ knowledge: hydrologist })).answer(q);

describe("offline answers to what a thing is for or how it does it", () => {
  it("GIVEN a simulator described by how it keeps tests repeatable WHEN asked what its trick is THEN the answer is its description, not a missing 'trick'", async () => {
    const result = await ask("how does drizzle keep the tests repeatable, whats the trick");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/closed-loop valve/);
    expect(result.answer).not.toMatch(/doesn't give/);
  });

  it("GIVEN a simulator with a description WHEN asked what the point of it is THEN the answer is its description", async () => {
    const result = await ask("whats the point of the rainfall simulator");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/metering every nozzle/);
  });

  it("GIVEN a model 'for shallow, well-mixed and salt-wedge estuary layouts' WHEN asked which kind of layouts it handles THEN the answer gives them, not a missing 'handle'", async () => {
    const result = await ask("which kind of estuary layouts does ur tidekit model handle");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/salt-wedge/);
  });

  it("GIVEN an archive tagged 'up to date' WHEN asked whether it is kept up to date THEN the answer gives the archive, not 'doesn't say so'", async () => {
    const result = await ask("is gauge-mirror kept up to date with the national feed");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/mirrors the national feed/);
  });

  it("GIVEN an archive that says nothing of being private WHEN asked whether it is kept private THEN the answer says the profile doesn't say so", async () => {
    const result = await ask("is gauge-mirror kept private");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't say so/);
  });

  it("GIVEN flood maps in one entry and 'work' beside a flood call in another WHEN asked 'have you done any flood work' THEN the answer gives the flood maps", async () => {
    const result = await ask("have u done any flood work?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Flood maps for the towns/);
  });

  it("GIVEN a summary saying what the owner studies and one study entry WHEN asked what sort of things they study THEN the answer is the summary, not the one study", async () => {
    const result = await ask("what sort of things do you study");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/rivers and floods/);
  });

  it("GIVEN a job the owner has 'worked at' and an entry 'Rowing to work' WHEN asked how they get to work THEN the answer is the rowing", async () => {
    const result = await ask("how do you get to work");
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/row six kilometres/);
    expect(result.answer).not.toMatch(/drought planning/);
  });
});
