import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, reply, startFakeOpenAI } from "../fakes/openai/index.ts";
import { runCli } from "./run.ts";

describe("npm run ask", () => {
  let llm: FakeOpenAI;
  beforeAll(async () => {
    llm = await startFakeOpenAI();
  });
  afterAll(() => llm.close());

  it("GIVEN --json and no API key WHEN asked about the PhD THEN stdout is exactly one JSON object with an offline answer naming Queen Mary", async () => {
    const run = await runCli("ask", ["--json", "Where did you do your PhD?"]);
    expect(run.code).toBe(0);
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
    const run = await runCli("ask", ["--json", "Where did you do your PhD?"], {
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

  it("GIVEN a question without --json WHEN asked THEN the answer and its sources are printed", async () => {
    const run = await runCli("ask", ["What is Cook-RDMA?"]);
    expect(run.stdout).toMatch(/RDMA examples/);
    expect(run.stdout).toMatch(/Sources:/);
  });

  it("GIVEN --knowledge pointing at a broken file WHEN asked THEN it exits 1 and names the line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "askme-"));
    const file = join(dir, "bad.yaml");
    await writeFile(file, "person:\n  headline: x\nsections: 3\n");
    const run = await runCli("ask", ["--knowledge", file, "--json", "hi"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+`));
  });

  it("GIVEN a bad setting WHEN started THEN every bad variable is named in one message", async () => {
    const run = await runCli("ask", ["hi"], { LLM_TIMEOUT_MS: "soon", OPENAI_BASE_URL: "nope" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/LLM_TIMEOUT_MS/);
    expect(run.stderr).toMatch(/OPENAI_BASE_URL/);
  });

  it("GIVEN no question WHEN run with commands on stdin THEN the console shows sections and answers questions", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn("node_modules/.bin/tsx", ["src/cli/ask.ts"], {
      env: { ...process.env, OPENAI_API_KEY: "" },
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stdin.end("/publications\nWhat is qemu-lab?\n/quit\n");
    await new Promise((resolve) => child.on("close", resolve));
    expect(out).toMatch(/## Publications/);
    expect(out).toMatch(/Morpheus/);
    expect(out).toMatch(/sandbox tracking upstream/);
  });
});
