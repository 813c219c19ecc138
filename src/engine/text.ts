import { stemmer } from "stemmer";

// Question filler: words that say how something is asked, not what about. Left in, they
// would match incidental profile words ("based" in "DPDK-based") and count as coverage.
const FILLER = `a about above after again all also am an and any anything are as ask at be been being
both but by can could describe did do does doing done each either else ever explain for from get
gets give given go got had has have having he hello her here hers hey hi him his how i if in into
is it its just kind know let like made make many me mean more most much my no nor not now of off
on once one only or other our out over own please same say she should so some something sort
tell than thank thanks that the their them then there these they thing things this those to too
type under up us very want was we were what whats when where which while who whom why will with
would yes you your yours yourself based exactly number numbers figure figures achieve achieved
really currently time times use used using info information details detail
way ways stuff lot lots get getting moment nowadays right stand stands behind top plain actual
actually come comes real sentence briefly brief short quick summarize summarise ur u r pls plz tl
dr tldr btw imo thx`;

const STOP = new Set(FILLER.split(/\s+/).filter(Boolean));

// Kinds of detail a profile seldom holds. Asked for and not found anywhere in the profile, they
// outweigh the rest of the question: "how big is the machnet team" is about a team size.
const DETAIL_WORDS = `plan plans planning future team size citation citations cited hardware version
examiner grade salary pay hobby hobbies age cost price funding funded grant prize
thesis license licence stars users downloads married family award awards prize prizes
language languages nics
undergraduate undergrad bachelor bachelors masters msc bsc mba city country location nic cpu gpu
testbed cluster release merged merge`;

const DETAIL = new Set(DETAIL_WORDS.split(/\s+/).filter(Boolean));

/**
 * Stems of the detail words a question uses. Matched on the written word, not its stem, so the
 * noun "award" counts and the verb "awarded" does not.
 */
export function detailTerms(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => DETAIL.has(w))
      .map(stem),
  );
}

// Profile-independent synonyms, so "doctorate" finds "PhD" and "supervisor" finds "advisor".
const SYNONYMS = [
  "phd doctorate doctoral graduate grad",
  "advisor adviser advisors supervisor supervisors supervised mentor mentors adv advised",
  "university school college studied study alma education degree",
  "paper papers publication publications published publish article articles venue conference",
  "job position role part employed employer affiliation affiliated post",
  "company companies organization organisation org firm corporation",
  "project projects repo repository repositories tool tools software",
  "interest interests area areas topic topics field fields",
  "author authored wrote written write",
  "performance throughput fast speed rps latency perform performant",
  "example examples sample samples tutorial tutorials",
  "switch vswitch",
  "ml ai",
  "benchmark benchmarking apachebench",
  "energy power",
  "contribute contributed contribution contributions contributor",
  "experience expertise skill skills skilled expert",
  "lab laboratory",
].map((group) => [...new Set(group.split(" ").map(stem))]);

const SYNONYM_OF = new Map<string, string[]>();
for (const group of SYNONYMS) for (const term of group) SYNONYM_OF.set(term, group);

/** Porter stem of a lowercase word. */
export function stem(word: string): string {
  return stemmer(word);
}

/** NFKC-normalized lowercase words, hyphenated names split into their parts. */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Index terms: stems of the words that carry meaning. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    out.push(stem(w));
  }
  return out;
}

/** Stems of the words written as names (capitalised after the first word, or all caps). */
export function nameTerms(text: string): Set<string> {
  const raw = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(
    raw
      .filter((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || /^\p{Lu}{2,}$/u.test(w)))
      .map((w) => stem(w.toLowerCase())),
  );
}

/** A term and the synonyms a question may have meant by it. */
export function alternatives(term: string): string[] {
  return SYNONYM_OF.get(term) ?? [term];
}
