import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./builders/child-env.ts";

// The entry points own the commands and hand the registry to the front ends.
const ENTRY_POINTS = ["src/main.ts", "src/cli/ask-cli.ts", "src/cli/register.ts"];

/** Every .ts file under `dir`, relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
}

/** A file's relative imports, as repository paths (type-only imports included: they still bind). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(REPO, file), "utf8");
  return [...text.matchAll(/(?:import|export)[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) =>
    relative(REPO, resolve(REPO, dirname(file), m[1] ?? "")),
  );
}

/** The first import cycle among `files`, as a path, or undefined. */
function findCycle(files: string[]): string[] | undefined {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const walk = (file: string, path: string[]): string[] | undefined => {
    if (state.get(file) === "open") return [...path.slice(path.indexOf(file)), file];
    if (state.get(file) === "done" || !graph.has(file)) return undefined;
    state.set(file, "open");
    for (const next of graph.get(file) ?? []) {
      const cycle = walk(next, [...path, file]);
      if (cycle) return cycle;
    }
    state.set(file, "done");
    return undefined;
  };
  for (const file of files) {
    const cycle = walk(file, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("the code's structure", () => {
  it.each([
    ["src/ and commands/", () => [...sources("src"), ...sources("commands")]],
    ["bench/", () => sources("bench")],
  ])(
    "GIVEN the files under %s WHEN their imports are followed THEN there is no cycle",
    (_dirs, files) => {
      expect(findCycle(files())).toBeUndefined();
    },
  );

  it("GIVEN src/ WHEN its imports are read THEN only the entry points import commands/", () => {
    const importers = sources("src").filter((f) =>
      importsOf(f).some((target) => target.startsWith("commands/")),
    );

    expect(importers.sort()).toEqual(ENTRY_POINTS.filter((f) => importers.includes(f)).sort());
  });

  it("GIVEN the ask flow and the engine WHEN their imports are read THEN neither touches discord.js", () => {
    for (const file of [...sources("src/flow"), ...sources("src/engine")]) {
      expect(readFileSync(join(REPO, file), "utf8"), file).not.toMatch(/from "discord\.js"/);
    }
  });
});
