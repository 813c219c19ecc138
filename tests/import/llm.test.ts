import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importProfile } from "../../src/import/import.ts";
import { formatSummary } from "../../src/import/import-report.ts";
import type { LlmImportOptions } from "../../src/import/llm-import.ts";
import { parseKnowledge } from "../../src/knowledge/load.ts";
import { draftValues, fixture } from "../builders/import.ts";
import {
  type FakeOpenAI,
  fail,
  hang,
  rejectResponseFormat,
  reply,
  replyJson,
  startFakeOpenAI,
} from "../fakes/openai/index.ts";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function llm(overrides: Partial<LlmImportOptions> = {}): LlmImportOptions {
  return {
    apiKey: "sk-test-0123456789abcdefghij",
    baseURL: server.baseURL,
    model: "gpt-fake",
    timeoutMs: 3_000,
    maxRetries: 1,
    ...overrides,
  };
}

/** An entry as strict structured output returns it: every field present, null when absent. */
function strictEntry(fields: Record<string, unknown>) {
  return { details: null, venue: null, year: null, role: null, tags: null, links: null, ...fields };
}

/** A faithful LLM draft of the shared profile source, with an invented degree added. */
function embellishedDraft() {
  return {
    person: {
      headline:
        "I build high-performance systems for modern datacenters, focused on making AI/ML workloads efficient at scale.",
      summary:
        "Visiting researcher at the Cambridge Computer Laboratory. I studied at Stanford University.",
      voice: "first-person",
    },
    sections: [
      {
        id: "education",
        title: "Education",
        description: "Degrees",
        entries: [
          strictEntry({
            id: "phd",
            title: "PhD in Computer Systems, Queen Mary University of London",
            summary: "Advised by Gianni Antichi and Brent Stephens.",
            tags: ["phd", "queen mary"],
          }),
          strictEntry({
            id: "msc",
            title: "MSc in Computer Science, Stanford University",
            summary: "I earned an MSc at Stanford University in 2015.",
            year: 2015,
          }),
        ],
      },
      {
        id: "publications",
        title: "Publications",
        description: "Papers",
        entries: [
          strictEntry({
            id: "Backdraft Paper",
            title: "Backdraft — Lossless virtual switch",
            summary:
              "A software virtual switch that eliminates the slow-receiver problem in data planes.",
            venue: "USENIX NSDI",
            year: 2022,
            role: "First author",
            links: [{ label: "Paper", url: "https://example.org/invented/backdraft.pdf" }],
          }),
        ],
      },
    ],
  };
}

describe("LLM import", () => {
  it("GIVEN an LLM WHEN a profile is imported THEN it asks for strict structured output against the knowledge schema, every property required", async () => {
    server.respond(replyJson(embellishedDraft()));

    await importProfile(await fixture("profile-source.md"), { llm: llm() });

    const body = server.lastRequest()?.body as unknown as {
      response_format: { type: string; json_schema: { strict: boolean; schema: Schema } };
      messages: { role: string; content: string }[];
    };
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.strict).toBe(true);
    const schema = body.response_format.json_schema.schema;
    const entry = schema.properties.sections.items.properties.entries.items;
    expect(Object.keys(entry.properties)).toEqual(
      expect.arrayContaining(["id", "title", "summary", "venue", "year", "role", "tags", "links"]),
    );
    for (const object of [schema, entry, schema.properties.person]) {
      expect(object.additionalProperties).toBe(false);
      expect([...object.required].sort()).toEqual(Object.keys(object.properties).sort());
    }
    expect(entry.properties.year?.type).toEqual(["integer", "null"]);
    expect(JSON.stringify(schema)).not.toMatch(/maxLength|minLength|pattern|"format"/);
    expect(body.messages.at(-1)?.content).toContain("Backdraft — Lossless virtual switch");
  });

  it("GIVEN a draft that adds an invented university and year WHEN imported THEN neither reaches the file, the summary names both, and the rest is kept", async () => {
    server.respond(replyJson(embellishedDraft()));

    const { yaml, knowledge, report } = await importProfile(await fixture("profile-source.md"), {
      llm: llm(),
    });

    expect(report.mode).toBe("llm");
    expect(yaml).not.toMatch(/Stanford|2015/);
    expect(draftValues(knowledge).join("\n")).not.toMatch(/Stanford|2015|invented/);
    const summary = formatSummary(report);
    expect(summary).toMatch(/dropped as not in the source: \d+ values \(.*Stanford.*\)/);
    expect(summary).toContain("2015");
    expect(summary).toContain("https://example.org/invented/backdraft.pdf");
    const backdraft = knowledge.sections[1]?.entries[0];
    expect(backdraft).toMatchObject({
      id: "backdraft-paper",
      venue: "USENIX NSDI",
      year: 2022,
      role: "First author",
    });
    expect(backdraft?.links).toBeUndefined();
    expect(knowledge.person.summary).toBe(
      "Visiting researcher at the Cambridge Computer Laboratory.",
    );
    expect(parseKnowledge(yaml).ok).toBe(true);
  });

  it("GIVEN a server that rejects response_format WHEN imported THEN the reason is given and the offline draft is used", async () => {
    server.respond(rejectResponseFormat());

    const { report, knowledge } = await importProfile(await fixture("profile-source.md"), {
      llm: llm(),
    });

    expect(report.mode).toBe("offline");
    expect(report.fallback).toMatch(/rejected the structured-output request \(HTTP 400/);
    expect(draftValues(knowledge).join("\n")).toContain("Queen Mary University of London");
  });

  it.each([
    ["prose instead of JSON", reply("Here is your profile: you are great."), /not JSON/],
    [
      "JSON of the wrong shape",
      reply(JSON.stringify({ person: { headline: "x" }, sections: [] })),
      /does not fit the knowledge format \(person\.summary/,
    ],
    ["a 500 on every attempt", fail(500), /request failed \(HTTP 500\)/],
  ])(
    "GIVEN an LLM that answers with %s WHEN imported THEN the reason is given and the offline draft is used",
    async (_, behaviour, reason) => {
      server.setDefault(behaviour);
      try {
        const { report } = await importProfile(await fixture("profile-source.md"), { llm: llm() });
        expect(report.mode).toBe("offline");
        expect(report.fallback).toMatch(reason);
      } finally {
        server.setDefault(reply("{}"));
      }
    },
  );

  it("GIVEN an LLM that never answers WHEN imported THEN LLM_TIMEOUT_MS ends the wait and the offline draft is used", async () => {
    server.respond(hang());

    const { report } = await importProfile(await fixture("profile-source.md"), {
      llm: llm({ timeoutMs: 1_000, maxRetries: 0 }),
    });

    expect(report.mode).toBe("offline");
    expect(report.fallback).toMatch(/did not answer in time/);
  });
});

interface Schema {
  properties: Record<string, Schema> & {
    sections: { items: { properties: { entries: { items: Schema } } } };
    person: Schema;
  };
  required: string[];
  additionalProperties: boolean;
  type: unknown;
}
