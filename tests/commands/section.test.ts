import { describe, expect, it } from "vitest";
import { buildRegistry } from "../../commands/index.ts";
import { sectionCommand } from "../../commands/section.ts";
import { parseConfig } from "../../src/config.ts";
import { ReplyableError } from "../../src/errors.ts";
import type { Knowledge, Section } from "../../src/knowledge/schema.ts";
import { entryView, sectionView } from "../../src/present/views.ts";
import type { Command } from "../../src/registry.ts";
import { recordingContext, testFlow } from "../builders/command-context.ts";
import { aKnowledge, anEntry, aSection, fixtureKnowledge } from "../builders/knowledge.ts";

const DISCORD_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function chatOptions(command: Command | undefined) {
  const definition = command?.definition;
  return definition && "options" in definition ? (definition.options ?? []) : [];
}

function sectionOf(knowledge: Knowledge, id: string): Section {
  const section = knowledge.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}

function autocomplete(command: Command, typed: string) {
  if (!command.autocomplete) throw new Error(`/${command.definition.name} has no autocomplete`);
  return command.autocomplete("entry", typed);
}

/** The error a handler rejects with; fails the test when it resolves. */
async function rejectionOf(run: Promise<void>): Promise<unknown> {
  return run.then(
    () => {
      throw new Error("expected the handler to reject, but it replied");
    },
    (err: unknown) => err,
  );
}

describe("buildRegistry", () => {
  const knowledge = fixtureKnowledge("shipped");
  const registry = buildRegistry(parseConfig({}), knowledge);

  it("GIVEN a profile WHEN the registry is built THEN there is one command per section plus ask, help, forget and the Ask askme message command, in the payload too", () => {
    const expected = [...knowledge.sections.map((s) => s.id), "ask", "help", "forget", "Ask askme"];

    expect([...registry.commands.keys()].sort()).toEqual(expected.sort());
    expect(registry.definitions.map((d) => d.name).sort()).toEqual(expected.sort());
  });

  it("GIVEN OWNER_IDS WHEN the registry is built THEN /stats is in it", () => {
    const withOwner = buildRegistry(parseConfig({ OWNER_IDS: "123456789012345678" }), knowledge);

    expect(withOwner.commands.has("stats")).toBe(true);
    expect(registry.commands.has("stats")).toBe(false);
    expect(withOwner.commands.get("stats")?.definition).toMatchObject({
      integration_types: [0],
      contexts: [0],
    });
  });

  const slash = registry.definitions.filter((d) => d.type === undefined || d.type === 1);

  it("GIVEN a profile WHEN the registration payload is built THEN every slash command and option name is a valid lowercase Discord name", () => {
    for (const definition of slash) {
      const options = "options" in definition ? (definition.options ?? []) : [];
      const names = [definition.name, ...options.map((o) => o.name)];
      for (const name of names) {
        expect(name, `/${definition.name}`).toMatch(DISCORD_NAME);
        expect(name, `/${definition.name}`).toBe(name.toLowerCase());
      }
    }
  });

  it("GIVEN a profile WHEN the registration payload is built THEN descriptions are 1-100 characters and no command has more than 25 options", () => {
    for (const definition of slash) {
      const options = "options" in definition ? (definition.options ?? []) : [];
      const descriptions = [
        ("description" in definition && definition.description) || "",
        ...options.map((o) => o.description),
      ];
      for (const description of descriptions) {
        expect(description.length, `/${definition.name}: ${description}`).toBeGreaterThanOrEqual(1);
        expect(description.length, `/${definition.name}: ${description}`).toBeLessThanOrEqual(100);
      }
      expect(options.length, `/${definition.name}`).toBeLessThanOrEqual(25);
    }
  });

  it("GIVEN a question length limit WHEN commands are loaded THEN /ask's question option carries that limit", () => {
    const ask = buildRegistry(parseConfig({ QUESTION_MAX_LENGTH: "321" }), knowledge).commands.get(
      "ask",
    );

    expect(chatOptions(ask)).toEqual([
      expect.objectContaining({ name: "question", max_length: 321 }),
    ]);
  });

  it("GIVEN a section with the longest allowed title WHEN its command is built THEN the entry option's description still fits in 100 characters", () => {
    const command = sectionCommand(aSection({ title: "T".repeat(100) }));

    const [option] = chatOptions(command);

    expect(option?.description.length).toBeLessThanOrEqual(100);
  });
});

describe("a section command's autocomplete", () => {
  const many = aSection({
    entries: Array.from({ length: 30 }, (_, i) =>
      anEntry({ id: `item-${i}`, title: `Item number ${i}` }),
    ),
  });

  it("GIVEN a section of 30 entries WHEN nothing is typed THEN at most 25 choices are offered", () => {
    const choices = autocomplete(sectionCommand(many), "");

    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: "Item number 0", value: "item-0" });
  });

  it("GIVEN the projects section WHEN qemu is typed THEN only the qemu entries are offered", () => {
    const projects = sectionOf(fixtureKnowledge("shipped"), "projects");

    const choices = autocomplete(sectionCommand(projects), "QEMU ");

    expect(choices.map((c) => c.value).sort()).toEqual(["qemu-cxl", "qemu-lab"]);
  });

  it("GIVEN text matching an entry's title but not its id WHEN it is typed THEN that entry is offered", () => {
    const projects = sectionOf(fixtureKnowledge("shipped"), "projects");

    const choices = autocomplete(sectionCommand(projects), "apachebench");

    expect(choices.map((c) => c.value)).toEqual(["httpd-ab"]);
  });

  it("GIVEN part of an entry's id that is not in its title WHEN it is typed THEN that entry is offered", () => {
    const section = aSection({
      entries: [
        anEntry({ id: "nsdi-paper", title: "Backdraft" }),
        anEntry({ id: "other", title: "Morpheus" }),
      ],
    });

    const choices = autocomplete(sectionCommand(section), "nsdi");

    expect(choices).toEqual([{ name: "Backdraft", value: "nsdi-paper" }]);
  });

  it("GIVEN text matching no entry WHEN it is typed THEN no choices are offered", () => {
    expect(autocomplete(sectionCommand(many), "zebra")).toEqual([]);
  });

  it("GIVEN an entry with a 256 character title WHEN it is offered THEN the choice name is cut to 100 characters", () => {
    const section = aSection({ entries: [anEntry({ id: "long", title: "L".repeat(256) })] });

    const [choice] = autocomplete(sectionCommand(section), "");

    expect(choice).toEqual({ name: "L".repeat(100), value: "long" });
  });
});

describe("a section command's handler", () => {
  const knowledge = fixtureKnowledge("shipped");
  const publications = sectionOf(knowledge, "publications");
  const command = sectionCommand(publications);

  it("GIVEN no entry chosen WHEN /publications runs THEN the reply is the section's list", async () => {
    const ctx = recordingContext({ knowledge });

    await command.handler(ctx);

    expect(ctx.replies).toEqual([sectionView(publications)]);
  });

  it("GIVEN an entry id WHEN /publications runs THEN the reply is that entry in full", async () => {
    const ctx = recordingContext({ knowledge, options: { entry: "backdraft" } });

    await command.handler(ctx);

    const backdraft = publications.entries.find((e) => e.id === "backdraft");
    expect(backdraft).toBeDefined();
    expect(ctx.replies).toEqual([entryView(publications, backdraft ?? anEntry())]);
  });

  it("GIVEN an entry's title in other capitals WHEN /publications runs THEN that entry is shown", async () => {
    const ctx = recordingContext({
      knowledge,
      options: { entry: "  MORPHEUS — RUN-TIME DATA-PLANE OPTIMIZATION " },
    });

    await command.handler(ctx);

    expect(ctx.replies[0]?.embeds?.[0]?.footer).toBe("Publications · morpheus");
  });

  it("GIVEN an entry that does not exist WHEN /publications runs THEN a ReplyableError names it and lists every valid id, and nothing is replied", async () => {
    const ctx = recordingContext({ knowledge, options: { entry: "nonesuch" } });

    const error = await rejectionOf(command.handler(ctx));

    expect(error).toBeInstanceOf(ReplyableError);
    const message = (error as ReplyableError).message;
    expect(message).toContain("nonesuch");
    for (const entry of publications.entries) expect(message).toContain(`\`${entry.id}\``);
    expect((error as ReplyableError).toReply().ephemeral).toBe(true);
    expect(ctx.replies).toEqual([]);
  });

  it("GIVEN a usage store WHEN an entry is shown THEN the view is recorded under the section with that entry as its source", async () => {
    const recorded: { command: string; sources: string[] }[] = [];
    const store = {
      recordAnswer: (r: { command: string; sources: string[] }) => {
        recorded.push({ command: r.command, sources: r.sources });
        return "id";
      },
    } as unknown as import("../../src/store/types.ts").Store;
    const ctx = recordingContext({
      flow: testFlow({ knowledge, store }),
      options: { entry: "backdraft" },
    });

    await command.handler(ctx);

    expect(recorded).toEqual([{ command: "publications", sources: ["backdraft"] }]);
  });

  it("GIVEN a custom section WHEN its command runs with an unknown entry THEN the error lists that section's ids only", async () => {
    const section = aSection({
      entries: [anEntry({ id: "one" }), anEntry({ id: "two", title: "Two" })],
    });
    const ctx = recordingContext({
      knowledge: aKnowledge({ sections: [section] }),
      options: { entry: "three" },
    });

    const error = await rejectionOf(sectionCommand(section).handler(ctx));

    expect((error as Error).message).toContain("Try one of: `one`, `two`.");
  });
});
