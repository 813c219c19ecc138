/** The sections of the generated profile: each entry realistic, distinct and recorded as facts. */
import type { Entry } from "../src/knowledge/schema.ts";
import { lc, type ProfileGen, slug } from "./profile-gen.ts";
import * as V from "./profile-vocab.ts";

/** Projects, publications, talks and patents: each with its own name and research topic. */
export function namedSections(g: ProfileGen) {
  const projects = g.named("projects", 90, (name, { tech, dom }, metric) => ({
    title: `${name} — ${tech.title} for ${dom.title}`,
    year: g.int(2014, 2025),
    role: g.pick(V.ROLES_PROJECT),
    summary: `An open-source system for ${lc(tech.alt)} in ${dom.alt}. I started ${name} to make ${dom.title} cheaper and more predictable to run at scale; ${g.int(3, 40)} teams use it in production.`,
    details: `Written in ${g.pick(V.LANGUAGES)}. Against the best prior system it reaches ${metric}. It ships with a test suite, a benchmark harness and a Helm chart.`,
    links: [{ label: "Code", url: `https://github.com/example/${slug(name)}` }],
  }));
  const papers = g.named("publications", 100, (name, { tech, dom }, metric) => ({
    title: `${name}: ${tech.title} for ${dom.title}`,
    venue: g.pick(V.VENUES),
    year: g.int(2012, 2025),
    role: g.pick(V.ROLES_PAPER),
    summary: `A paper on ${lc(tech.alt)} in ${dom.alt}. We show that careful design of ${name} reaches ${metric} without changing applications.`,
    details: `Evaluated on a ${g.int(8, 512)}-node testbed with production traces; joint work with ${g.pick(V.MENTORS)} and ${g.pick(V.MENTORS)}. The artifact was evaluated and badged.`,
    links: [{ label: "Paper", url: `https://example.org/papers/${slug(name)}.pdf` }],
  }));
  const talks = g.named("talks", 70, (name, { tech, dom }) => ({
    title: `${name} — lessons on ${lc(tech.title)} for ${dom.title}`,
    venue: g.pick(V.EVENTS),
    year: g.int(2015, 2025),
    role: g.pick(["Invited speaker", "Keynote speaker", "Panelist"]),
    summary: `A talk on ${lc(tech.alt)} in ${dom.alt}, told through the story of ${name}, for an audience of practitioners.`,
    links: [{ label: "Slides", url: `https://example.org/talks/${slug(name)}.pdf` }],
  }));
  const patents = g.named("patents", 15, (name, { tech, dom }) => ({
    title: `${name} patent — ${tech.title} in ${dom.title}`,
    venue: "US Patent and Trademark Office",
    year: g.int(2016, 2025),
    summary: `A granted patent on a method for ${lc(tech.alt)} in ${dom.alt}, filed with my employer.`,
    details: `US patent ${g.int(10, 12)},${g.int(100, 999)},${g.int(100, 999)} B2.`,
  }));
  return { projects, papers, talks, patents };
}

/** Awards (for some of the papers), program committees, positions and teaching. */
export function otherSections(g: ProfileGen, papers: Entry[]) {
  const awards = Array.from({ length: 20 }, () => {
    const paper = g.unique(
      "award",
      () => g.pick(papers),
      (p) => p.id,
    );
    const title = `${g.pick(V.AWARDS)}, ${paper.venue} ${paper.year}`;
    const name = paper.title.split(":")[0] ?? "";
    const { venue, year } = paper;
    const entry = {
      id: `award-${paper.id}`,
      title,
      venue,
      year,
      summary: `Awarded for the ${name} paper.`,
    };
    return g.add("awards", entry as Entry, { award: { title, paper: name } });
  });
  const service = Array.from({ length: 30 }, () => {
    const make = () => [g.pick(V.VENUES), g.int(2016, 2026)] as const;
    const [venue, year] = g.unique("committee", make, (c) => c.join());
    const role = g.pick(["PC member", "PC member", "PC chair", "Artifact evaluation chair"]);
    const summary = `I served as ${role} for ${venue} ${year}, reviewing about ${g.int(12, 25)} submissions.`;
    const title = `Program committee, ${venue} ${year}`;
    return g.add("service", { id: slug(`pc-${venue}-${year}`), title, venue, year, role, summary });
  });
  const positions = V.ORGS.map((org, i) => {
    const mentor = V.MENTORS[i] ?? "";
    const role = g.pick([
      "Research intern",
      "Visiting researcher",
      "Software engineer",
      "Research scientist",
    ]);
    const { tech, dom } = g.topic();
    const summary = `I worked at ${org} with ${mentor} on ${lc(tech.alt)} for ${dom.alt}.`;
    const entry = {
      id: slug(`pos-${org}`.slice(0, 24)),
      title: `${role} at ${org}`,
      role,
      year: 2012 + i,
      summary,
      tags: [org, mentor],
    };
    return g.add("positions", entry, { org, mentor });
  });
  const teaching = V.COURSES.flatMap((course, i) =>
    [0, 1].map((k) => {
      const uni = V.UNIVERSITIES[(i + k) % V.UNIVERSITIES.length] ?? "";
      const role = k ? "Guest lecturer" : "Teaching assistant";
      const summary = `I was ${lc(role)} for ${course} at ${uni}, covering labs, exams and office hours.`;
      const entry = {
        id: `${slug(`teach-${course}`).slice(0, 28)}-${k}`,
        title: `${course} at ${uni}`,
        role,
        year: 2013 + i + k,
        summary,
      };
      return g.add("teaching", entry, { course, uni });
    }),
  );
  return { awards, service, positions, teaching };
}
