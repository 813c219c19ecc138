import { describe, expect, it } from "vitest";
import { sameCommands } from "../../src/discord/command-sync.ts";

const local = [
  {
    name: "projects",
    description: "Projects",
    options: [{ type: 3, name: "entry", description: "One", required: false, autocomplete: true }],
  },
];

describe("sameCommands", () => {
  it("GIVEN Discord's copy with its extra fields and omitted defaults WHEN compared THEN it counts as the same", () => {
    const remote = [
      {
        id: "123456789012345678",
        application_id: "1",
        version: "2",
        name: "projects",
        description: "Projects",
        options: [{ type: 3, name: "entry", description: "One", autocomplete: true }],
      },
    ];
    expect(sameCommands(local as never, remote)).toBe(true);
  });

  it("GIVEN a changed description or a missing command WHEN compared THEN it differs", () => {
    expect(sameCommands(local as never, [{ ...local[0], description: "Other" }])).toBe(false);
    expect(sameCommands(local as never, [])).toBe(false);
  });
});
