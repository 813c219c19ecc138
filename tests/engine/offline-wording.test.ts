import { describe, expect, it } from "vitest";
import { fixtureProfile, testEngine } from "../builders/engine.ts";
import { aKnowledge, anEntry, aSection } from "../builders/knowledge.ts";

// How a partial answer names the detail the profile does not give: in plain English.
describe("offline partial answers about a group's size", () => {
  it("GIVEN a project whose entry never says how many people built it WHEN asked how big its team is THEN the answer says the profile doesn't give the size of the team, in plain English", async () => {
    const engine = await testEngine({
      knowledge: aKnowledge({
        sections: [
          aSection({
            id: "projects",
            title: "Projects",
            description: "Software I have built",
            entries: [
              anEntry({
                id: "tidewatch",
                title: "Tidewatch — flood alerts for river towns",
                summary:
                  "A service that texts residents when the river gauge rises. I wrote the alerting pipeline.",
              }),
            ],
          }),
        ],
      }),
    });
    const result = await engine.answer("how big is the tidewatch team");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the size of the team/);
    expect(result.answer).not.toMatch(/number of team/);
  });
});

describe("offline partial answers about a person not named", () => {
  it("GIVEN a series entry that names no producer WHEN asked who produced it THEN the answer says the profile doesn't give the name, in plain English", async () => {
    const engine = await testEngine({ knowledge: await fixtureProfile("okoro") });
    const result = await engine.answer("who produced deep time");
    expect(result.abstained).toBe(true);
    expect(result.answer).toMatch(/doesn't give the name you asked about/);
  });
});
