import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, reply, startFakeOpenAI } from "../fakes/openai/index.ts";
import { cleanEnv, REPO, runCli, TSX, tempCwd } from "./run.ts";

describe("npm run ask", () => {
  let llm: FakeOpenAI;
  beforeAll(async () => {
    llm = await startFakeOpenAI();
  });
  afterAll(() => llm.close());

  it("GIVEN --json and no API key WHEN asked about the PhD THEN stdout is exactly one JSON object with an offline answer naming the university", async () => {
    const run = await runCli("ask-cli", ["--json", "Where did you do your PhD?"]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0] ?? "");
    expect(Object.keys(parsed).sort()).toEqual(["abstained", "answer", "mode", "sources"]);
    expect(parsed).toMatchObject({ abstained: false, mode: "offline" });
    expect(parsed.answer).toMatch(/Queen Mary University of London/);
    expect(parsed.sources.length).toBeGreaterThan(0);
  });

  it("GIVEN an API key and base URL WHEN asked with --json THEN the answer printed is the server's", async () => {
    llm.respond(reply("Per my profile: Queen Mary University of London [phd]."));
    const run = await runCli("ask-cli", ["--json", "Where did you do your PhD?"], {
      OPENAI_API_KEY: "sk-test-abcdefghijklmnopqrstuvwx",
      OPENAI_BASE_URL: llm.baseURL,
    });
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({
      mode: "llm",
      answer: "Per my profile: Queen Mary University of London [phd].",
    });
    expect(parsed.sources).toEqual([{ id: "phd", title: expect.stringMatching(/PhD/) }]);
    expect(run.stdout + run.stderr).not.toContain("sk-test-abcdefghijklmnopqrstuvwx");
  });

  it("GIVEN a question without --json, piped WHEN asked THEN the answer and its sources are printed as plain text", async () => {
    const run = await runCli("ask-cli", ["What is Cook-RDMA?"]);
    expect(run.stdout).toMatch(/RDMA examples/);
    expect(run.stdout).toMatch(/Sources:/);
    expect(run.stdout).not.toContain("**");
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("GIVEN --knowledge pointing at a broken file WHEN asked THEN it exits 1 and names the line", async () => {
    const file = join(tempCwd(), "bad.yaml");
    await writeFile(file, "person:\n  headline: x\nsections: 3\n");
    const run = await runCli("ask-cli", ["--knowledge", file, "--json", "hi"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+`));
  });

  it("GIVEN a bad setting WHEN started THEN every bad variable is named in one message, with the value given", async () => {
    const run = await runCli("ask-cli", ["hi"], {
      LLM_TIMEOUT_MS: "soon",
      OPENAI_BASE_URL: "nope",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/LLM_TIMEOUT_MS: .*\(got "soon"\)/);
    expect(run.stderr).toMatch(/OPENAI_BASE_URL: .*\(got "nope"\)/);
  });

  it.each([
    ["an unknown flag", ["--bogus", "x"], /Unknown option '--bogus'/],
    ["--json without a question", ["--json"], /--json needs a question/],
    ["--knowledge without a file", ["--knowledge"], /--knowledge/],
    [
      "a knowledge file that does not exist",
      ["--knowledge", "nope.yaml", "hi"],
      /nope\.yaml.*file not found/,
    ],
  ])(
    "GIVEN %s WHEN run THEN it prints one line, no stack, writes nothing to stdout and exits 1",
    async (_case, args, message) => {
      const run = await runCli("ask-cli", args);

      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it("GIVEN no question WHEN run with commands on stdin THEN the console shows sections and answers questions", async () => {
    const child = spawn(TSX, [join(REPO, "src/cli/ask-cli.ts")], {
      cwd: tempCwd(),
      env: cleanEnv(),
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stdin.end("/publications\nWhat is qemu-lab?\n/quit\n");
    await new Promise((resolve) => child.on("close", resolve));
    expect(out).toMatch(/Publications/);
    expect(out).toMatch(/Morpheus/);
    expect(out).toMatch(/sandbox tracking upstream/);
  });
});
