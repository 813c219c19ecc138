import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseKnowledge } from "../../src/knowledge/load.ts";
import {
  type FakeOpenAI,
  fail,
  rejectResponseFormat,
  replyJson,
  startFakeOpenAI,
} from "../fakes/openai/index.ts";
import { REPO, runCli } from "./run.ts";

const SOURCE = join(REPO, "tests/fixtures/import/profile-source.md");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "askme-import-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const importCli = (args: string[], env: Record<string, string> = {}) =>
  runCli("knowledge-import", args, env);

describe("npm run knowledge:import", () => {
  it("GIVEN a Markdown profile and no --out WHEN imported THEN the YAML is on stdout, valid, with the schema comment first, and the summary is on stderr", async () => {
    const run = await importCli([SOURCE]);

    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=./profile.schema.json");
    expect(parseKnowledge(run.stdout).ok).toBe(true);
    expect(run.stderr).toMatch(
      /^\d+ sections, \d+ entries; left out: 0 lines; dropped as not in the source: 0 values\n$/,
    );
  });

  it("GIVEN --out WHEN imported THEN the file is written, passes knowledge:check, and stderr says what to do next", async () => {
    const out = join(dir, "knowledge", "profile.yaml");

    const run = await importCli([SOURCE, "--out", out]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`wrote ${out}`);
    expect(run.stderr).toContain(`npm run knowledge:check -- ${out}`);
    const check = await runCli("knowledge-check", [out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/is valid: \d+ sections, \d+ entries/);
  });

  it("GIVEN an existing file WHEN imported onto it without --force THEN it is unchanged, the command says why and exits 1", async () => {
    const out = join(dir, "profile.yaml");
    await writeFile(out, "# my curated file\n");
    const before = await stat(out);

    const run = await importCli([SOURCE, "--out", out]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `askme: ${out} already exists; nothing written (pass --force to replace it)\n`,
    );
    expect(await readFile(out, "utf8")).toBe("# my curated file\n");
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);
  });

  it("GIVEN an existing file WHEN imported with --force THEN it is replaced by the draft", async () => {
    const out = join(dir, "profile.yaml");
    await writeFile(out, "# my curated file\n");

    const run = await importCli([SOURCE, "--out", out, "--force"]);

    expect(run.code).toBe(0);
    expect(parseKnowledge(await readFile(out, "utf8")).ok).toBe(true);
  });

  it.each([
    ["a missing file", async () => join(dir, "absent.md"), /absent\.md: file not found/],
    [
      "an empty file",
      async () => {
        await writeFile(join(dir, "empty.md"), "  \n\n");
        return join(dir, "empty.md");
      },
      /empty\.md: is empty; nothing to import/,
    ],
    [
      "a binary file",
      async () => {
        await writeFile(join(dir, "photo.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]));
        return join(dir, "photo.md");
      },
      /photo\.md: is not a text file/,
    ],
    ["a directory", async () => dir, /is a directory/],
  ])(
    "GIVEN %s as SOURCE WHEN imported THEN one clear line, no stack, exit 1",
    async (_, make, message) => {
      const run = await importCli([await make()]);

      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stdout).toBe("");
    },
  );

  it("GIVEN - as SOURCE WHEN Markdown is piped in THEN it is imported from stdin", async () => {
    const markdown = await readFile(SOURCE, "utf8");
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = execFile(
        "node_modules/.bin/tsx",
        ["src/cli/knowledge-import.ts", "-", "--offline"],
        { env: { ...process.env, OPENAI_API_KEY: "" } },
        (error, stdout) => resolve({ code: error ? 1 : 0, stdout }),
      );
      child.stdin?.end(markdown);
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Queen Mary University of London");
  });

  it("GIVEN --llm and no OPENAI_API_KEY WHEN run THEN it says what is missing and exits 1", async () => {
    const run = await importCli([SOURCE, "--llm"]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain("askme: --llm needs OPENAI_API_KEY");
  });

  it("GIVEN --llm and --offline together WHEN run THEN it says they exclude each other and exits 1", async () => {
    const run = await importCli([SOURCE, "--llm", "--offline"]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain("askme: --llm and --offline exclude each other");
  });
});

describe("npm run knowledge:import with an LLM", () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());
  const env = () => ({
    OPENAI_API_KEY: "sk-test-0123456789abcdefghij",
    OPENAI_BASE_URL: server.baseURL,
  });

  it("GIVEN OPENAI_API_KEY WHEN the LLM's draft invents a university and a year THEN neither is written and stderr names both", async () => {
    const out = join(dir, "profile.yaml");
    server.respond(
      replyJson({
        person: {
          headline: "I build high-performance systems for modern datacenters.",
          summary: "Visiting researcher at the Cambridge Computer Laboratory.",
          voice: "first-person",
        },
        sections: [
          {
            id: "education",
            title: "Education",
            description: "Degrees",
            entries: [
              {
                id: "phd",
                title: "PhD in Computer Systems",
                summary: "Queen Mary University of London.",
                details: null,
                venue: null,
                year: null,
                role: null,
                tags: null,
                links: null,
              },
              {
                id: "bsc",
                title: "BSc, University of Toronto",
                summary: "Graduated in 2012.",
                details: null,
                venue: null,
                year: 2012,
                role: null,
                tags: null,
                links: null,
              },
            ],
          },
        ],
      }),
    );

    const run = await importCli([SOURCE, "--out", out], env());

    expect(run.code).toBe(0);
    const written = await readFile(out, "utf8");
    expect(written).not.toMatch(/Toronto|2012/);
    expect(written).toContain("Queen Mary University of London");
    const dropped = /dropped as not in the source: \d+ values? \((.*)\)$/m.exec(run.stderr)?.[1];
    expect(dropped).toContain("Toronto");
    expect(dropped).toContain("2012");
    expect(run.stderr).toContain("(llm)");
  });

  it("GIVEN a server that rejects the key and echoes part of it WHEN imported THEN no part of the key is shown and the offline draft is used", async () => {
    server.respond(fail(401, { message: "Incorrect API key provided: sk-test-01***ghij." }));

    const run = await importCli([SOURCE], env());

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /LLM draft not used: the LLM request failed \(HTTP 401: Incorrect API key provided: sk-…/,
    );
    expect(run.stderr).not.toMatch(/sk-test|ghij/);
  });

  it("GIVEN a server without structured output WHEN imported with --llm THEN stderr says why and the offline draft is written", async () => {
    server.respond(rejectResponseFormat());

    const run = await importCli([SOURCE, "--llm"], env());

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^askme: LLM draft not used: the LLM server rejected the structured-output request \(HTTP 400.*drafted offline instead$/m,
    );
    expect(parseKnowledge(run.stdout).ok).toBe(true);
    expect(run.stderr).not.toContain("sk-test");
  });
});
