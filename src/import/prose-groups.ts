// Paragraphs of prose as entries: a topic each, a sentence of two named things split in two.

import { rarity } from "../engine/lexicon.ts";
import { readCitation } from "./citation.ts";
import { isEntryLike } from "./entry-lines.ts";
import type { Group } from "./group.ts";
import { isGreeting, sentences } from "./phrases.ts";
import { findNames } from "./pieces.ts";

const ANAPHORA =
  /^(it|its|it's|this|that|these|those|there|here|both|each|the latter|the former|they|them|among them|of them|one of them|most of them|all of them)\b/i;
const PROSE_MIN = 80;
const GROUP_MAX = 600;
// A sentence this short says too little to stand alone ("I also teach.").
const SHORT_SENTENCE = 40;

// A short sentence about "it" ("I wrote it with Ana Ruiz.") is about the sentence before.
// "Her report traced it to …": "it" among a sentence's first words is the thing just named.
function refersBack(sentence: string): boolean {
  if (sentence.length < 70 && /\b(it|this|that|them|there|these|those)\b/i.test(sentence))
    return true;
  const opening = sentence.split(/\s+/).slice(0, 5).join(" ");
  return /\b(?:it|them)\b/i.test(opening);
}

// "The lab runs …" after "… founded the Soft Manipulation Lab": the thing just named.
function namesBack(sentence: string, before: string): boolean {
  const noun = /^(?:the|this|that|these|those)\s+(\p{L}+)/iu.exec(sentence)?.[1];
  return noun !== undefined && new RegExp(`\\b${noun}\\b`, "iu").test(before);
}

// "I have interviewed 27 retired pilots so far" after "a book about the pilots of Valparaíso":
// a sentence that names nothing new and speaks again of an uncommon thing goes on about it.
function goesOn(sentence: string, before: string): boolean {
  const inBefore = before.toLowerCase();
  // ("I named the starter Tota, after my grandmother": a new name opens a new thing.)
  const names = sentence.match(/(?<=\S\s+)\p{Lu}[\p{L}'’-]+/gu) ?? [];
  if (names.some((n) => !/^I['’]/u.test(n) && !inBefore.includes(n.toLowerCase()))) return false;
  const nouns = (text: string) =>
    new Set(
      (text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
        .map((w) => w.replace(/s$/, ""))
        .filter((w) => rarity(w) >= 2),
    );
  const earlier = nouns(before);
  return [...nouns(sentence)].some((w) => earlier.has(w));
}

// A clause long enough to stand as a sentence of its own.
const CLAUSE_WORDS = 7;
const SUBJECT = /^(?:I|She|He|They|We)\s/u;
// "and spent four years as …": a verb in the past that goes on from the sentence's subject.
const PAST_VERB =
  /^(?:\p{Ll}+ed|spent|went|took|became|began|led|built|wrote|taught|won|made|ran|grew|held|got|sold|left|met|set|found)\s/u;

/**
 * "I studied geography at Aberystwyth University and spent four years at the Environment
 * Agency …": a sentence of two clauses about two named things is two sentences, the second
 * given the subject of the first, so neither's dates or numbers answer for the other.
 */
function splitClauses(sentence: string): string[] {
  const words = (t: string) => t.split(/\s+/).length;
  const named = (t: string) => findNames(t).some((n) => !/^I\b/u.test(n));
  // ", and I am one of the founders of …": a clause with a subject of its own.
  const own = /^(.+?),\s+and\s+((?:I|she|he|they|we)\s.+)$/u.exec(sentence);
  if (own?.[1] && own[2] && words(own[1]) >= CLAUSE_WORDS && words(own[2]) >= CLAUSE_WORDS) {
    if (named(own[2])) return [`${own[1]}.`, capitalise(own[2])];
  }
  const subject = SUBJECT.exec(sentence)?.[0];
  if (!subject) return [sentence];
  // "…, graduating in 2008, and then spent four years as …", "… and graduated in 2008, then
  // spent seven years in …": "then" marks the clause after, a new stage whether or not it
  // names something.
  for (const m of sentence.matchAll(/(,?)\s+and\s+(then\s+)?|,\s+(then)\s+/gu)) {
    const then = Boolean(m[2] || m[3]);
    const first = sentence.slice(0, m.index);
    const second = sentence.slice((m.index ?? 0) + m[0].length);
    if (!PAST_VERB.test(second) || (first.includes(",") && !then)) continue;
    if (words(first) < 4 || words(second) < CLAUSE_WORDS || !named(first)) continue;
    if (!named(second) && !m[3]) continue;
    return [`${first}.`, `${subject}${second}`];
  }
  return [sentence];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A paragraph of prose becomes entries of a topic each: a sentence goes with the one before
 * when it refers back to it ("It found …", "The lab runs …") or says too little alone.
 */
export function splitProse(groups: Group[]): Group[] {
  return groups.flatMap((whole) => {
    if (whole.listed || isEntryLike(whole.head)) return [whole];
    // "Hello! I'm Sofía Marín, …": a greeting says nothing to keep.
    const greeting = sentences(whole.head.text)[0];
    const group =
      greeting && isGreeting(greeting) && whole.head.text.length > greeting.length
        ? { ...whole, head: { ...whole.head, text: whole.head.text.slice(greeting.length).trim() } }
        : whole;
    const all = [group.head, ...group.body];
    const text = all.map((l) => l.text).join(" ");
    const parts = sentences(text).flatMap(splitClauses);
    if (text.length < PROSE_MIN || parts.length < 2) return [group];
    // "Ruiz, A. (2022). Title. *Venue*, City.": a reference is one entry, whatever its periods.
    if (readCitation(text)) return [group];
    const links = all.flatMap((l) => l.links);
    const italics = all.flatMap((l) => l.italics ?? []);
    const bolds = all.flatMap((l) => l.bold ?? []);
    const out: Group[] = [];
    for (const sentence of parts) {
      const own = links.filter((l) => sentence.includes(l.label));
      const works = italics.filter((t) => sentence.includes(t));
      const bold = bolds.filter((t) => sentence.includes(t));
      const last = out.at(-1);
      const before = last ? [last.head, ...last.body].map((l) => l.text).join(" ") : "";
      const room = last && before.length + sentence.length < GROUP_MAX;
      // "Contact: ana@example.org" after a sentence about a degree: a label opens its own thing.
      const labelled = /^\p{Lu}\p{Ll}+:\s/u.test(sentence);
      const joins =
        !labelled &&
        (ANAPHORA.test(sentence) ||
          sentence.length < SHORT_SENTENCE ||
          before.length < SHORT_SENTENCE ||
          refersBack(sentence) ||
          namesBack(sentence, before) ||
          goesOn(sentence, before));
      if (last && room && joins) {
        last.body.push({ text: sentence, links: own });
      } else
        out.push({
          head: {
            text: sentence,
            links: own,
            ...(works.length ? { italics: works } : {}),
            ...(bold.length ? { bold } : {}),
          },
          body: [],
        });
    }
    return out;
  });
}
