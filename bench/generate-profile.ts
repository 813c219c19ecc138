/**
 * A large, realistic knowledge file generated from a seed: 355 entries (projects, publications,
 * talks, patents, awards, service, positions, teaching) with distinct names, about 215 KB, valid
 * against the zod schema. `tsx bench/generate-profile.ts [--seed N] [--out FILE]` writes it.
 */
import { writeFileSync } from "node:fs";
import { stringify } from "yaml";
import { parseKnowledge } from "../src/knowledge/load.ts";
import type { Entry, Knowledge, Section } from "../src/knowledge/schema.ts";
import { type EntryFacts, ProfileGen } from "./profile-gen.ts";
import { namedSections, otherSections } from "./profile-sections.ts";

export type { EntryFacts } from "./profile-gen.ts";

export interface GeneratedProfile {
  knowledge: Knowledge;
  yaml: string;
  facts: EntryFacts[];
}

export const DEFAULT_SEED = 20_240_601;

export function generateProfile(seed = DEFAULT_SEED): GeneratedProfile {
  const g = new ProfileGen(seed);
  const { projects, papers, talks, patents } = namedSections(g);
  const { awards, service, positions, teaching } = otherSections(g, papers);
  const section = (id: string, title: string, description: string, entries: Entry[]): Section => ({
    id,
    title,
    description,
    entries,
  });
  const knowledge: Knowledge = {
    person: {
      headline:
        "I build datacenter systems across networking, storage and machine learning infrastructure.",
      summary:
        "Systems researcher and open-source maintainer. This profile is generated for benchmarks.",
      voice: "first-person",
    },
    sections: [
      section("positions", "Positions", "Where I have worked", positions),
      section("teaching", "Teaching", "Courses I have taught", teaching),
      section("projects", "Projects", "Open-source systems I have built", projects),
      section("publications", "Publications", "Papers I have written", papers),
      section("talks", "Talks", "Talks and keynotes I have given", talks),
      section("patents", "Patents", "Granted patents", patents),
      section("awards", "Awards", "Awards for my papers", awards),
      section("service", "Service", "Program committees I have served on", service),
    ],
  };
  const yaml = stringify(knowledge, { lineWidth: 100 });
  const check = parseKnowledge(yaml);
  if (!check.ok) {
    throw new Error(`generated profile is invalid: ${JSON.stringify(check.problems.slice(0, 3))}`);
  }
  return { knowledge: check.knowledge, yaml, facts: g.facts };
}

if (process.argv[1]?.endsWith("generate-profile.ts")) {
  const arg = (flag: string) => process.argv[process.argv.indexOf(flag) + 1];
  const seed = process.argv.includes("--seed") ? Number(arg("--seed")) : DEFAULT_SEED;
  const { yaml, facts } = generateProfile(seed);
  const out = process.argv.includes("--out") ? arg("--out") : undefined;
  if (out) writeFileSync(out, yaml);
  else process.stdout.write(yaml);
  process.stderr.write(`${facts.length} entries, ${Buffer.byteLength(yaml)} bytes\n`);
}
