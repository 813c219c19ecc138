import { isDegreeText, isRoleText } from "./classify.ts";
import { isDateOnly } from "./date-text.ts";
import {
  DEGREE_AT,
  firstClause,
  JOB_AT,
  ORGANISATION,
  SHORT_LINE,
  TITLE_MAX,
} from "./field-line.ts";
import { findNames } from "./pieces.ts";

/** What a sentence's title is read with: its paragraph, the owner's name, the works it names. */
export interface TitleContext {
  /** The whole text of the entry the sentence is part of. */
  text?: string;
  /** The owner's name, which names no entry. */
  owner?: string;
  /** Every italic run of the line. */
  works?: string[];
  /** Every bold run of the line. */
  bold?: string[];
}

const PRONOUN = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d)(?![\p{L}'’])/u;
const PRONOUN_ANY_CASE =
  /(?:^|[^\p{L}'’])(?:my|me|we|our|he|she|they|his|her|their|it|its)(?![\p{L}'’])/iu;
const FINITE =
  /\b(?:is|are|was|were|am|has|have|had|will|would|can|could|does|did|found|showed|became)\b/i;

/** A statement rather than a line of fields: it says "I", "she"… or has a finite verb. */
export function isSentence(text: string): boolean {
  return PRONOUN.test(text) || PRONOUN_ANY_CASE.test(text) || FINITE.test(text);
}

// How a sentence tells of a role held: "Before that I was a", "Since 2019 she has been the".
const TOLD_ROLE =
  /^(?:(?:before|after) that|since (?:then|\d{4})|previously|then|later|earlier|from \d{4} to \d{4}),?\s+(?:I|she|he|they)\s+(?:was|am|is|were|have been|has been|had been|worked as|served as)\s+(?:an?\s+|the\s+)?/i;

/**
 * A role at a place that a sentence opens on: "Firmware engineer at Omron"; also as told,
 * "Before that I was a postdoctoral researcher at the University of Copenhagen", without the
 * words that tell it.
 */
export function jobAt(sentence: string): RegExpExecArray | null {
  const told = sentence.replace(TOLD_ROLE, "");
  return JOB_AT.exec(told === sentence ? sentence : told.charAt(0).toUpperCase() + told.slice(1));
}

const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The title of a sentence: the thing it names (a quoted title, "a newsletter called X", the
 * organisations and places it mentions), else the sentence when short, else its first clause.
 */
export function sentenceTitle(sentence: string, context: TitleContext = {}): string {
  const group = context.text && context.text !== sentence ? context.text : undefined;
  const owner = (context.owner ?? "").toLowerCase();
  // A quoted title ("Spreadsheets that don't lie") or "a newsletter called Small Numbers".
  const titled = (text: string) =>
    /["“]([^"”]{3,80})["”]/u.exec(text)?.[1]?.replace(/[.,;:]$/, "") ??
    /\b(?:called|named|titled|entitled)\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|the|and|&|for|de)?\s*\p{Lu}[\p{L}\p{N}'’-]*)*)/u.exec(
      text,
    )?.[1];
  // "She then earned her PhD in Robotics at ETH Zurich in 2011; her thesis was \"…\"": the
  // degree and where, before any title it quotes.
  const degree = DEGREE_AT.exec(sentence);
  if (degree?.[1] && degree[2] && isDegreeText(degree[1])) return `${degree[1]} at ${degree[2]}`;
  const own = titled(sentence);
  if (own) return own;
  // "My first picture book, *The Hedgehog Who Hated Noise*, came out in 2018": the work the
  // sentence names in italics, whole ("The" and all), is what it is about.
  const work = context.works?.find(
    (t) => sentence.includes(t) && t.split(/\s+/).length >= 2 && !isDateOnly(t),
  );
  if (work && work.length <= TITLE_MAX) return work.replace(/[.,;:]$/, "");
  // Two-letter acronyms ("AI", "UK") say too little to name a sentence.
  const namesIn = (text: string) =>
    findNames(text).filter(
      (n) =>
        !owner.includes(n.toLowerCase()) &&
        !/^(?:I|I'm|I’m)\b/.test(n) &&
        n.length > 2 &&
        !isDegreeText(n),
    );
  const orgs = (names: string[]) => names.filter((n) => ORGANISATION.test(n));
  const names = namesIn(sentence);
  const all = group ? namesIn(group) : [];
  const later = group ? titled(group) : undefined;
  const single = singleNames(sentence).filter((n) => !owner.includes(n.toLowerCase()));
  // What a sentence is about: an organisation it names, else any name in it, else an
  // organisation or title named further on in its paragraph, else a place it names.
  // "Firmware engineer at Omron since 2018; …": the job and where.
  const job = jobAt(sentence);
  // "I'm currently working on **canto**, a classifier …": the name its writer set in bold.
  const stressed = (context.bold ?? []).filter(
    (b) =>
      sentence.includes(b) &&
      b.length >= 2 &&
      !owner.includes(b.toLowerCase()) &&
      !isDateOnly(b) &&
      !isSentence(b),
  );
  const choices = [
    job?.[1] && job[2] && isRoleText(job[1]) ? [`${job[1]} at ${job[2]}`] : [],
    stressed.slice(0, 1),
    orgs(names),
    names,
    orgs(all),
    later ? [later] : [],
    sentence.length > SHORT_LINE || isSentence(sentence) ? single : [],
  ];
  for (const names of choices) {
    const picked = names.slice(0, 2).join(", ");
    if (picked && picked.length <= TITLE_MAX) return picked;
  }
  if (sentence.length <= SHORT_LINE) return sentence.replace(/[.;,:]$/, "");
  return firstClause(sentence);
}

/** The names a text holds: runs of capitalised words and acronyms, and capitalised words inside it. */
export function namesIn(text: string): string[] {
  return [...new Set([...findNames(text), ...singleNames(text)])];
}

/** Capitalised words inside a sentence ("in Galway"), not the word that opens it. */
function singleNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{L}\p{N}'’-]+/gu)) {
    const word = m[0];
    if (CALENDAR.test(word) || /^I['’]/u.test(word) || word.length < 3 || out.includes(word))
      continue;
    out.push(word);
  }
  return out;
}
