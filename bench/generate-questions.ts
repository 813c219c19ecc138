/**
 * Questions about the generated profile, each with the fact it needs (profile-qa.json's format,
 * plus the id of the entry that holds the fact). Paraphrase questions use a topic's other wording
 * (as a summary or a person would say it), not the entry's title.
 */
import type { EvalCase } from "../src/eval/cases.ts";
import type { EntryFacts } from "./generate-profile.ts";

export type FactCase = Extract<EvalCase, { kind: "fact" }> & { entryId: string };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A fact on the entry's first line (`[id] Section › Title (venue, year, role)`) of the prompt.
const sameLine = (name: string, value: string | number) =>
  `${esc(name)}[^\\n]*${esc(String(value))}`;
const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const OFF_PROFILE = [
  "What is your favourite food?",
  "Which football team do you support?",
  "What is your date of birth?",
  "Do you have any pets?",
  "What car do you drive?",
  "Hello!",
  "What projects have you built?",
  "What papers have you written?",
];

export function generateQuestions(facts: EntryFacts[]): FactCase[] {
  const cases: FactCase[] = [];
  const add = (f: EntryFacts, q: string, ...must: string[]) =>
    cases.push({
      id: `g${cases.length + 1}`,
      kind: "fact",
      q,
      must: must.map((m) => [m]),
      entryId: f.entryId,
    });
  const count: Record<string, number> = {};
  for (const f of facts) {
    const i = (count[f.section] ?? -1) + 1;
    count[f.section] = i;
    const { entry, name = "", topic } = f;
    const about = topic ? `${lc(topic.tech.alt)} in ${topic.dom.alt}` : "";
    switch (f.section) {
      case "publications": {
        const venue = entry.venue?.split(" ").at(-1) ?? "";
        if (i % 4 === 0) add(f, `Where did the ${name} paper appear?`, sameLine(name, venue));
        if (i % 4 === 1)
          add(f, `In what year was ${name} published?`, sameLine(name, entry.year ?? ""));
        if (i % 4 === 2)
          add(f, `What was your part in the ${name} paper?`, sameLine(name, entry.role ?? ""));
        if (i % 4 === 3) add(f, `Have you published research on ${about}?`, esc(name));
        break;
      }
      case "projects":
        if (i % 3 === 0)
          add(f, `How does ${name} compare with earlier systems?`, esc(f.metric ?? ""));
        if (i % 3 === 1) add(f, `Which of your projects works on ${about}?`, esc(name));
        if (i % 3 === 2) add(f, `What did you do on ${name}?`, sameLine(name, entry.role ?? ""));
        break;
      case "talks":
        if (i % 4 === 0)
          add(f, `Where did you give the ${name} talk?`, sameLine(name, entry.venue ?? ""));
        if (i % 4 === 2) add(f, `Did you ever give a talk on ${about}?`, esc(name));
        break;
      case "patents":
        add(f, `What does your ${name} patent cover?`, esc(name), esc(lc(topic?.tech.alt ?? "")));
        break;
      case "awards":
        add(f, `Did the ${f.award?.paper} paper win an award?`, esc(f.award?.title ?? ""));
        break;
      case "service":
        if (i % 3 === 0) {
          add(
            f,
            `Were you on the ${entry.venue} ${entry.year} program committee?`,
            esc(entry.title),
          );
        }
        break;
      case "positions":
        add(f, `Who did you work with at ${f.org}?`, esc(f.mentor ?? ""));
        break;
      case "teaching":
        if (i % 2 === 1)
          add(
            f,
            `When did you lecture ${f.course}?`,
            sameLine(`${f.course} at ${f.uni}`, entry.year ?? ""),
          );
        break;
    }
  }
  return cases;
}
