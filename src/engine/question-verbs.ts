/** A question's verbs: what it asks was done, what a yes/no claims, what it was made with. */
import { GENERIC_NOUNS, LIGHT_VERBS, rarity, verbBase } from "./lexicon.ts";
import {
  ADVERBS,
  AUX,
  adverb,
  BE,
  BOUNDS,
  CREATING,
  DETERMINERS,
  FUNCTION_VERBS,
  HAPPENING,
  HAVE,
  MADE_WITH,
  MOTION,
  OBJECT_START,
  PRONOUNS,
  type QuestionType,
  STANCE_VERBS,
  TAKING_PART,
} from "./question-words.ts";
import { isContent } from "./text.ts";

/**
 * The question's verbs: the word after "who" ("who edited…"), or after an auxiliary and its
 * subject ("did you implement…", "does she teach…"), with a verb after "to" ("use to implement").
 */
export function verbsOf(ws: string[], type: QuestionType): string[] {
  const found: string[] = [];
  const take = (at: number) => {
    let i = at;
    while (i < ws.length && (!isContent(ws[i] ?? "") || adverb(ws[i] ?? ""))) {
      if (DETERMINERS.has(ws[i] ?? "")) return;
      i++;
    }
    const w = ws[i];
    if (!w || !isContent(w)) return;
    // "co-wrote": the verb is the word after the prefix.
    if (w.length <= 2) return take(i + 1);
    if (!LIGHT_VERBS.has(w)) found.push(w);
    // "help to build": the verb after a light one.
    // ("go to uni", "came to Canada": a place, not a verb.)
    else if (ws[i + 1] === "to" && isContent(ws[i + 2] ?? "") && !MOTION.has(w))
      found.push(ws[i + 2] as string);
  };
  // "How many people work at your studio": the verb after what is counted.
  const many = ws.indexOf("many");
  if (type === "count" && many > 0 && ws[many - 1] === "how") {
    const next = ws[many + 2] ?? "";
    if (isContent(ws[many + 1] ?? "") && isContent(next) && !LIGHT_VERBS.has(next))
      found.push(next);
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? "";
    // "whose lab did you work in": the name goes with "lab".
    if (w === "whose" && isContent(ws[i + 1] ?? "")) found.push(ws[i + 1] as string);
    else if (w === "who" && type === "who" && !AUX.has(ws[i + 1] ?? "")) take(i + 1);
    else if (AUX.has(w) && !BE.has(w) && PRONOUNS.has(ws[i + 1] ?? "")) take(i + 2);
    // "where are you based", "where was he born": a participle after "be" and its subject.
    else if (BE.has(w) && PRONOUNS.has(ws[i + 1] ?? "") && /(ed|en|wn)$/.test(ws[i + 2] ?? ""))
      take(i + 2);
    else if (AUX.has(w) && !BE.has(w) && i > 0 && isContent(ws[i + 1] ?? "")) {
      // "what languages has Slow Salt been translated into": the verb after a named subject
      // and "been".
      let j = i + 1;
      while (j < ws.length && isContent(ws[j] ?? "")) j++;
      if (BE.has(ws[j] ?? "") && j > i + 1) take(j + 1);
    } else if (AUX.has(w) && !BE.has(w) && DETERMINERS.has(ws[i + 1] ?? "")) {
      // "has the pager book been translated": the verb after the subject and "been";
      // "does your cxl work target": the last word before a preposition.
      let j = i + 2;
      while (j < ws.length && isContent(ws[j] ?? "")) j++;
      if (BE.has(ws[j] ?? "")) take(j + 1);
      // "when did the new bus changes actually launch": past an adverb, the verb.
      else if (
        (ADVERBS.has(ws[j] ?? "") || adverb(ws[j] ?? "")) &&
        isContent(ws[j + 1] ?? "") &&
        !LIGHT_VERBS.has(ws[j + 1] ?? "")
      )
        take(j + 1);
      // "does your cxl experience come from": the verb is a light one, and says nothing.
      else if (j - 1 > i + 2 && !LIGHT_VERBS.has(ws[j] ?? "") && !FUNCTION_VERBS.has(ws[j] ?? ""))
        take(j - 1);
    }
  }
  // "When does her job at Fieldwork end".
  const last = ws.at(-1) ?? "";
  if (type === "when" && BOUNDS.has(last)) found.push(last);
  return [...new Set(found)].filter((v) => !HAPPENING.has(v) && !TAKING_PART.has(v));
}

/** "Which orchestra recorded Fjellvind": the verb of what is asked for. */
export function predicateOf(ws: string[]): string | undefined {
  const which = ws.findIndex((w) => w === "which" || w === "what");
  if (which < 0) return undefined;
  let j = which + 1;
  while (j < which + 4 && isContent(ws[j] ?? "") && !/ed$/.test(ws[j] ?? "")) j++;
  const verb = ws[j] ?? "";
  return j > which + 1 && /ed$/.test(verb) && !LIGHT_VERBS.has(verb) && isContent(verb)
    ? verb
    : undefined;
}
/**
 * What a yes/no question claims, beyond its subject: "win" in "did Backdraft win a best paper
 * award", "married" in "is she married to Jonas", "examiner" in "is Andrew Moore your examiner".
 */
export function claimOf(ws: string[]): string[] {
  const first = ws[0] ?? "";
  if (!AUX.has(first)) return [];
  let i = 1;
  const own = PRONOUNS.has(ws[i] ?? "");
  if (own) i++;
  else if (DETERMINERS.has(ws[i] ?? "")) {
    // "did your team ever make…", "has the pager book been translated": past the subject.
    i++;
    while (i < ws.length && isContent(ws[i] ?? "") && !BE.has(ws[i + 1] ?? "")) i++;
    if (BE.has(ws[i + 1] ?? "")) i += 2;
    else {
      // "did the quiet shore win any awards": the verb stands before what it takes.
      const verb = ws.findIndex(
        (w, j) => j > 2 && isContent(w) && OBJECT_START.has(ws[j + 1] ?? ""),
      );
      const word = ws[verb] ?? "";
      return verb > 0 && word.length > 2 && !LIGHT_VERBS.has(word) && !HAVE.has(word) ? [word] : [];
    }
  } else {
    // A named subject: "did Backdraft win", "is Andrew Moore your examiner"; of ordinary
    // words too ("did Larch House win a RIBA award"): the verb stands before what it takes.
    if (!BE.has(first)) {
      const verb = ws.findIndex(
        (w, j) => j > 2 && isContent(w) && OBJECT_START.has(ws[j + 1] ?? ""),
      );
      const word = ws[verb] ?? "";
      if (verb > 0 && word.length > 2 && !LIGHT_VERBS.has(word) && !HAVE.has(word)) return [word];
    }
    while (i < ws.length && isContent(ws[i] ?? "") && rarity(ws[i] ?? "") === 4) i++;
  }
  while (ADVERBS.has(ws[i] ?? "") || adverb(ws[i] ?? "")) i++;
  if (BE.has(ws[i] ?? "")) i++;
  const word = ws[i] ?? "";
  // "Is it kept in sync with upstream": a light verb's participle says nothing of its own; the
  // claim is what follows it ("sync"), which an entry's words or tags may hold.
  if (BE.has(first) && LIGHT_VERBS.has(word)) return passive(ws, i);
  if (HAVE.has(word)) {
    // "do you have kids": what is had, which the entry must state as had, not as an audience.
    i++;
    while (!isContent(ws[i] ?? "") && i < ws.length) i++;
    const had = ws[i];
    return had && isContent(had) && had.length > 2 && !GENERIC_NOUNS.has(had) ? [`has:${had}`] : [];
  }
  if (
    LIGHT_VERBS.has(word) ||
    STANCE_VERBS.has(word) ||
    FUNCTION_VERBS.has(word) ||
    TAKING_PART.has(word) ||
    // "Did you write any HTTP benchmarking tools": the owner's entry about one is the yes,
    // whatever verb it uses ("ApacheBench extended with…").
    (own && CREATING.has(word)) ||
    // "Have you worked with Xilinx parts", "do you know Verilog": an entry of theirs that
    // holds it says so ("experience with … Xilinx parts").
    (own &&
      (/^(know|knows|knew)$/.test(word) ||
        (/^work(s|ed|ing)?$/.test(word) && ws[i + 1] === "with")))
  )
    return [];
  if (!DETERMINERS.has(word) && !(BE.has(first) && isContent(word))) {
    return isContent(word) && word.length > 2 ? [word] : [];
  }
  // "your PhD examiner", "first author on Morpheus": the head of the noun phrase.
  while (DETERMINERS.has(ws[i] ?? "")) i++;
  let head = -1;
  for (; i < ws.length && isContent(ws[i] ?? ""); i++) {
    // "is qemu-lab kept in sync": past the subject, a light verb's participle.
    if (head >= 0 && BE.has(first) && LIGHT_VERBS.has(ws[i] ?? "")) return passive(ws, i);
    head = i;
  }
  const noun = ws[head];
  return noun && !GENERIC_NOUNS.has(noun) && noun.length > 2 ? [noun] : [];
}
// The first word after a light verb's participle that says something ("sync" in "kept in sync
// with upstream"), or no claim when none does.
function passive(ws: string[], at: number): string[] {
  const next = ws.slice(at + 1).find((w) => isContent(w) && !LIGHT_VERBS.has(w));
  return next && next.length > 2 ? [next] : [];
}
/**
 * "what language is Shedder written in", "what is it built with": a participle after a named
 * subject, then a preposition that ends the question.
 */
export function madeWith(ws: string[]): boolean {
  const n = ws.length;
  if (n < 4 || !MADE_WITH.has(ws[n - 1] ?? "")) return false;
  const verb = ws[n - 2] ?? "";
  const participle = /(ed|en|wn)$/.test(verb) || (verbBase(verb) !== verb && !/s$/.test(verb));
  if (participle && ws.slice(0, n - 2).some((w) => BE.has(w))) return true;
  // "What tools do you build your models in": the same ask, said of making something (not
  // "what language does she teach in").
  const does = ws.findIndex((w, i) => /^(do|does|did)$/.test(w) && PRONOUNS.has(ws[i + 1] ?? ""));
  return (
    /^(what|which)$/.test(ws[0] ?? "") &&
    does > 1 &&
    n - does > 3 &&
    (CREATING.has(ws[does + 2] ?? "") || ws[does + 2] === "make")
  );
}
