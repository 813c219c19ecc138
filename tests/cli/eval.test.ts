import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "./run.ts";

describe("npm run eval", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "askme-eval-"));
  });

  /** A run whose data (the last-run files) stays in the temporary directory. */
  const evalCli = (...args: string[]) => runCli("eval", args, { DATA_DIR: dir });

  it("GIVEN a set that names its profile WHEN evaluated THEN it answers from that profile and prints the score per kind", async () => {
    const run = await evalCli(join(REPO, "tests/fixtures/profiles/questions-haddad.json"));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/on \S*tests\/fixtures\/profiles\/profile-haddad\.yaml/);
    expect(run.stdout).toMatch(/substring matching/);
    expect(run.stdout).toMatch(/fact\s+\d+\/24/);
  });

  it.each([
    ["a missing file", () => join(dir, "nope.json"), /nope\.json: file not found/],
    ["a file that is not JSON", async () => file("broken.json", '{"cases": ['), /is not JSON/],
    [
      "a case without its field",
      async () => file("bad.json", JSON.stringify({ cases: [{ id: "f1", kind: "fact", q: "x" }] })),
      /case 1 \(id "f1"\), field "must": missing/,
    ],
    [
      "a case of an unknown kind",
      async () => file("kind.json", JSON.stringify({ cases: [{ id: "k", kind: "quiz", q: "x" }] })),
      /case 1 \(id "k"\)/,
    ],
    [
      "a knowledge file passed as the set",
      () => join(REPO, "tests/fixtures/profiles/profile-haddad.yaml"),
      /looks like a knowledge file \(YAML\), not a question set/,
    ],
    [
      "a set whose profile is not there",
      async () =>
        file(
          "lost.json",
          JSON.stringify({ profile: "gone.yaml", cases: [{ id: "a", kind: "abstain", q: "x" }] }),
        ),
      /its profile .*gone\.yaml is not there/,
    ],
  ])(
    "GIVEN %s WHEN evaluated THEN one clear line and a non-zero exit, no stack trace",
    async (_, make, message) => {
      const run = await evalCli(await make());
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it("GIVEN an unknown flag WHEN evaluated THEN it names the flag in one line and exits 1", async () => {
    const run = await evalCli("--frobnicate", "x.json");
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^askme: Unknown option '--frobnicate'\. Usage: npm run eval/,
    );
  });

  it("GIVEN gates the set meets and one it misses WHEN evaluated THEN it exits 0 and then 1 naming the kind below its gate", async () => {
    const set = join(REPO, "tests/fixtures/profiles/questions-haddad.json");

    // (A fact no answer can hold, so the facts gate is missed whatever the engine answers.)
    const unmet = await file(
      "unmet.json",
      JSON.stringify({
        cases: [
          { id: "f1", kind: "fact", q: "what games have u made", must: [["zzqx never said"]] },
        ],
      }),
    );
    const profile = join(REPO, "tests/fixtures/profiles/profile-haddad.yaml");
    const met = await evalCli(set, "--min-facts", "50", "--min-abstain", "50");
    const missed = await evalCli(unmet, "--knowledge", profile, "--min-facts", "100");
    const bad = await evalCli(set, "--min-facts", "lots");

    expect(met.code, met.stderr).toBe(0);
    expect(bad.stderr).toMatch(/--min-facts takes a percentage from 0 to 100, not "lots"/);
    expect(missed.code).toBe(1);
    expect(missed.stderr).toMatch(/below the gate: facts \d+% < 100%/);
  });

  async function file(name: string, text: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  }
});
