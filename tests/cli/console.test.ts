import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../builders/knowledge.ts";
import { cleanEnv, REPO, TSX, tempCwd } from "./run.ts";

/** The console (`npm run ask` with no question) on a pipe, with what it printed so far. */
function openConsole(env: Record<string, string> = {}) {
  const cwd = tempCwd();
  const child: ChildProcessWithoutNullStreams = spawn(TSX, [join(REPO, "src/cli/ask-cli.ts")], {
    cwd,
    env: cleanEnv(env),
  });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (d) => {
    out.stdout += d;
  });
  child.stderr.on("data", (d) => {
    out.stderr += d;
  });
  const closed = new Promise((resolve) => child.on("close", resolve));
  /** Sends a line and waits until the output shows `expected`. */
  const say = async (line: string, expected: RegExp) => {
    const from = out.stdout.length;
    child.stdin.write(`${line}\n`);
    const until = Date.now() + 10_000;
    while (!expected.test(out.stdout.slice(from))) {
      if (Date.now() > until)
        throw new Error(`no ${expected} after "${line}"; got: ${out.stdout.slice(from)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return out.stdout.slice(from);
  };
  const quit = async () => {
    child.stdin.end("/quit\n");
    await closed;
  };
  return { out, say, quit, cwd };
}

describe("the console", () => {
  it("GIVEN the form a section suggests WHEN /publications entry:backdraft or /publications backdraft is typed THEN the entry is shown in full, both ways", async () => {
    const c = openConsole();

    const suggested = await c.say("/publications entry:backdraft", /Backdraft/);
    const short = await c.say("/publications backdraft", /Backdraft/);
    await c.quit();

    for (const shown of [suggested, short]) {
      expect(shown).toMatch(/Venue: USENIX NSDI/);
      expect(shown).toMatch(/Publications · backdraft/);
    }
  });

  it("GIVEN a running console WHEN the knowledge file is edited THEN the next question is answered from the new version without a restart", async () => {
    const file = join(tempCwd(), "profile.yaml");
    await copyFile(join(REPO, fixturePath("shipped")), file);
    const c = openConsole({ KNOWLEDGE_FILE: file });
    await c.say("What is qemu-lab?", /sandbox tracking upstream/);

    const yaml = await readFile(file, "utf8");
    await writeFile(
      file,
      yaml.replace("A QEMU sandbox tracking upstream", "A QEMU playground following upstream"),
    );
    await c.say("", /changed: answering from the new version/);
    const after = await c.say("What is qemu-lab?", /qemu-lab/);
    await c.quit();

    expect(after).toMatch(/playground following upstream/);
  });

  it("GIVEN default settings WHEN several questions are answered THEN only prompts and answers reach the terminal: no log lines, nothing on stderr", async () => {
    const c = openConsole({ LOG_LEVEL: "info" });
    await c.say("Where did you do your PhD?", /Queen Mary/);
    await c.say("What is your shoe size?", /doesn't cover/);
    await c.quit();

    expect(c.out.stdout).not.toMatch(/"level"|"msg"|\bINFO\b|\bWARN\b/);
    expect(c.out.stderr).toBe("");
  });

  it("GIVEN /help WHEN typed THEN it is written for the console: /quit and no Discord syntax", async () => {
    const c = openConsole();
    const help = await c.say("/help", /quit/);
    await c.quit();

    expect(help).not.toMatch(/question:|entry:|@mention/);
    // Nothing typed at the owner's own console is recorded, so no privacy note.
    expect(help).not.toMatch(/Privacy/);
    // The greeting lists what can be typed here: not the message command.
    expect(c.out.stdout.split("\n")[0]).not.toContain("Ask askme");
  });

  it("GIVEN LOG_LEVEL=debug WHEN a question is answered THEN the logs go to stderr, never into the answers", async () => {
    const c = openConsole({ LOG_LEVEL: "debug" });
    await c.say("What is Cook-RDMA?", /RDMA examples/);
    await c.quit();

    expect(c.out.stderr).toMatch(/answered/);
    expect(c.out.stdout).not.toMatch(/answered|"level"/);
  });
});
