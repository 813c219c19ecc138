/**
 * Whether an entry holds what a question asks, not only its words: the detail asked for (a date,
 * a name, a number of the thing counted), stated by the entry rather than echoed from the
 * question, and standing next to the question's verb when the question asks who did something.
 */

import type { Span, Token } from "./details.ts";
import { needed } from "./evidence-detail.ts";
import { focusHeld } from "./evidence-focus.ts";
import { measures } from "./evidence-measure.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import {
  broken,
  converse,
  hasKey,
  holds,
  isFresh,
  lacks,
  meant,
  occurrences,
  PREPOSITIONS,
  qualifies,
  questionKeys,
  singular,
} from "./evidence-words.ts";
import { missingWork } from "./evidence-work.ts";
import {
  CAPABILITY_VERBS,
  KIN_NOUNS,
  OPPOSITES,
  ORGANISATION_WORDS,
  PEOPLE_NOUNS,
} from "./lexicon.ts";
import { MEASURES, NUMBER_WORDS } from "./measure-words.ts";
import type { Question } from "./question.ts";
import { missingLevel, missingNow, missingSchool, missingStatistic } from "./statistic.ts";
import { isSuperlative, superlativeOf } from "./superlative.ts";
import { isContent, key } from "./text.ts";
import { namesAPerson } from "./word-kinds.ts";
import { isAdjective } from "./wordnet.ts";

export type { EntryFacts, Verdict } from "./evidence-types.ts";

// How far from the thing asked for a word naming which one may stand ("honours research
// project").
const PHRASE_REACH = 4;
// "Worked on": what an entry of the owner's is about, they worked on.
const WORKED_ON = new Set(["work", "worked", "working"]);
// Keys of winning, and words that say something came close to it.
const WON = new Set(["win", "won", "winner"].map(key));
const SHORT_OF =
  /^(?:nominated|nomination|nominee|shortlisted|shortlist|longlisted|finalist|runner)$/;
/** Whether an entry answers a question, or which detail it lacks. */
export function judge(question: Question, entry: EntryFacts): Verdict {
  const asked = questionKeys(question);
  const { details } = entry;
  const fresh = (s: Span) => isFresh(details.tokens, s, asked);
  if (question.type === "why") {
    const verbs = question.verbs.filter(
      (v) => !holds(entry, [...meant(question, v), ...converse(v)]),
    );
    // "learning Japanese for a research stay": a purpose right after what is asked about.
    const purpose = question.terms.some((t) =>
      occurrences(details.tokens, meant(question, t.word)).some((at) =>
        ["for", "to", "because", "so", "after", "since"].includes(
          details.tokens[at + 1]?.word ?? "",
        ),
      ),
    );
    if (verbs.length > 0 || !(details.kinds.has("reason") || purpose)) return lacks("reason");
    return { answers: true };
  }
  if (question.needs.length > 0) {
    const verdict = needed(question, entry, fresh);
    if (!verdict.answers) return verdict;
  }
  // "What was your time the first time": "my fourth go at it" tells of a later one.
  const later = laterAttempt(question, details.tokens);
  if (later) return lacks(later);
  // "What's the scariest landing you've done": an entry that says no superlative ("the
  // longest I've finished", "my most-read post") does not single one out.
  // ("What's the longest race you've done": "I finished the 250 km Namib Desert race" gives
  // its length, a measure of what the superlative asks, which a scariest landing has none of.)
  const base = question.superlative ? superlativeOf(question.superlative) : undefined;
  const measured =
    base !== undefined &&
    Object.hasOwn(MEASURES, base) &&
    details.spans.some(
      (s) => s.kind === "count" && measures({ ...question, measure: base }, details.tokens, s),
    );
  if (question.superlative && !measured && !details.tokens.some((t) => isSuperlative(t.word)))
    return lacks(`${question.superlative} ${question.focus ?? "one"}`);
  // "Is she married to Jonas": the trio entry names Jonas but says nothing of marriage.
  const unsaid = question.claim.filter((claim) => {
    const [had, word] = claim.startsWith("has:") ? [true, claim.slice(4)] : [false, claim];
    // "Has she ever worked on a Phoenician wreck": an entry about one is her work on it.
    const at = question.words.indexOf(word);
    if (WORKED_ON.has(word) && question.words[at + 1] === "on") return false;
    // "Were you the lead or just contributing": either one said answers.
    // "Do you have kids": not "a radio show for children", nor "her children's book".
    const person = (word: string) => PEOPLE_NOUNS.has(word) || KIN_NOUNS.has(word);
    const named = (at: number) => {
      const token = details.tokens[at];
      if (!token?.name) return false;
      return details.tokens.some(
        (t) => t.name && t.word === token.word && t.start >= entry.titleEnd,
      );
    };
    const owned = (w: string) =>
      occurrences(details.tokens, meant(question, w)).some(
        (at) =>
          !PREPOSITIONS.has(details.tokens[at - 1]?.word ?? "") &&
          // ("ends with every child folding a boat": any child, nobody's own.)
          !/^(?:every|each|all|any|no|other|many|some|most|few)$/.test(
            details.tokens[at - 1]?.word ?? "",
          ) &&
          !qualifies(details.tokens, at) &&
          // ("It started with nine children": a count of them, no one's own, unless had:
          // "I have two kids", "our three children".)
          !countedNotHad(details.tokens, at) &&
          // ("Streets that kids can cross": people had are said as had, "my two kids".)
          (!person(w) || hadPerson(details.tokens, at)) &&
          // ("Kelp Kids, the school programme she founded": a name, no kids of hers; so is the
          // title "Kelp Kids" that the text writes as one.)
          !named(at),
      );
    // "Did she win the prize": "nominated for the prize" says she did not (or not yet).
    const shortOf = (w: string) =>
      WON.has(key(w)) &&
      details.tokens.some((t) => SHORT_OF.test(t.word)) &&
      !details.tokens.some((t) => WON.has(t.keys[0] ?? ""));
    // "Did you finish it": "had to retire" says, the other way.
    const opposed = (w: string) =>
      (OPPOSITES[w] ?? OPPOSITES[key(w)] ?? []).some((o) => holds(entry, [key(o)]));
    // "Does he have any hobbies": an entry filed under "Family and pastimes" is one.
    const filed = (w: string) => meant(question, w).some((k) => entry.section?.has(k) ?? false);
    // "Do u have a pet": "My dog Viruta", which its owner tagged "pet". A tag says what the
    // entry is about, not whose: a person had ("kids") is not taken from a tag, since an entry
    // for children ("a radio show for kids") is tagged so too.
    const tagged = (w: string) =>
      !person(w) &&
      !namesAPerson(w) &&
      meant(question, w).some((k) => entry.tagged?.has(k) ?? false);
    const said = (w: string) =>
      had
        ? owned(w) || filed(w) || tagged(w)
        : (holds(entry, meant(question, w)) && !shortOf(w)) || opposed(w);
    // "Does qemu-cxl handle interleaved memory": what it is said to do with that memory answers
    // ("an emulation path for non-interleaved memory").
    if (CAPABILITY_VERBS.has(word)) {
      const object = question.words
        .slice(at + 1)
        .filter((w) => isContent(w) && question.terms.some((t) => t.word === w));
      // ("setups" may go unsaid; most of what is asked about must be there.)
      const held = object.filter((w) => holds(entry, meant(question, w)));
      if (object.length > 0 && held.length * 2 > object.length) return false;
    }
    const choice = question.choices.find((g) => g.includes(key(word)));
    if (choice) return !choice.some(said);
    return !said(word);
  });
  if (unsaid.length > 0) return lacks(unsaid.join(" "));
  // "What do you paint with": what the verb is done with, "paint in gouache", not "paint books".
  const tool = /^what (?:do|does|did) \S+ (\S+) (?:with|using)$/.exec(question.words.join(" "));
  if (tool?.[1] && question.verbs.includes(tool[1])) {
    const at = occurrences(details.tokens, meant(question, tool[1]));
    const done = at.some((a) =>
      [1, 2].some(
        (d) =>
          /^(?:with|in|using|on)$/.test(details.tokens[a + d]?.word ?? "") &&
          !/[,.;:!?]/.test(details.tokens[a + d]?.before ?? ""),
      ),
    );
    if (!done) return lacks("tools or materials");
  }
  // "What's its median latency": "61µs P99.9" is another statistic of it.
  const statistic = missingStatistic(question, details.tokens);
  if (statistic) return lacks(statistic);
  // "What was his masters dissertation about": an entry about a PhD's is another degree's.
  const level = missingLevel(question, details.tokens) ?? missingSchool(question, details.tokens);
  if (level) return lacks(level);
  // "What do her sons do for work": an entry that only names them does not say.
  const work = missingWork(question, entry);
  if (work) return lacks(work);
  // "What's your mum's name": "a Breton mother" names no one; "my mother, Aicha" does.
  const kin = /^what (?:is|was) (?:your|her|his|their) (\w+) name$/.exec(
    question.words.join(" "),
  )?.[1];
  if (kin && KIN_NOUNS.has(kin.replace(/s$/, ""))) {
    const at = occurrences(details.tokens, meant(question, kin.replace(/s$/, "")));
    const named = at.some((a) =>
      [1, 2].some((d) => {
        const t = details.tokens[a + d];
        return t?.name === true && details.tokens.slice(a + 1, a + d).every((x) => !x.name);
      }),
    );
    if (!named) return lacks(`name of the ${kin.replace(/s$/, "")}`);
  }
  // "What's your current rating": "my peak rating was 2437" is another point of it.
  const now = missingNow(question, details.tokens, entry.titleEnd);
  if (now) return lacks(now);
  const described = question.type === "what" || question.type === "list";
  if (described || (question.type === "yesno" && question.identity)) {
    // "Which high school": when the entry has no "school" of its own, "high" must be there too.
    const literal = question.focus && occurrences(details.tokens, [key(question.focus)]).length > 0;
    // With the focus there, only a name or figure in the phrase must be ("p50 latency").
    const needed = literal
      ? question.phrase.filter((w) =>
          question.terms.some((t) => t.word === w && !t.common && t.weight >= 2.5),
        )
      : question.phrase;
    // "What was her honours project on": with the project in the text, the word that says
    // which project must be said with it (or head the entry), not only somewhere in its tags.
    const focusAt = literal ? occurrences(details.tokens, [key(question.focus as string)]) : [];
    // ("Low-latency messaging …, 61µs P99.9": a thing the title names is what its text qualifies.)
    const titleOnly =
      focusAt.length > 0 &&
      focusAt.every((f) => (details.tokens[f]?.start ?? Number.POSITIVE_INFINITY) < entry.titleEnd);
    const withFocus = (w: string) =>
      hasKey(entry.heading, meant(question, w)) ||
      (titleOnly && occurrences(details.tokens, meant(question, w)).length > 0) ||
      occurrences(details.tokens, meant(question, w)).some((at) =>
        focusAt.some(
          (f) =>
            Math.abs(f - at) <= PHRASE_REACH &&
            !broken(details.tokens, Math.min(f, at), Math.max(f, at)),
        ),
      );
    let missing = needed.filter(
      (w) => !holds(entry, meant(question, w)) || (literal && !withFocus(w)),
    );
    // "Which hardware description languages": ordinary words of a longer name, one of which
    // the entry holds ("Hardware design … in VHDL and SystemVerilog"), will do.
    const ordinary = (w: string) => question.terms.some((t) => t.word === w && t.common);
    if (!literal && needed.length > 1 && needed.every(ordinary) && missing.length < needed.length)
      missing = [];
    if (missing.length > 0) return lacks([...missing, question.focus].filter(Boolean).join(" "));
    // "What hardware does canto run on": "runs offline on a Raspberry Pi Zero" names it.
    if (question.focus && strandedNamed(question, details.tokens)) return { answers: true };
    if (question.focus) {
      const verdict = focusHeld(question, entry, asked, fresh);
      // "What piano does she play at home": the teaching entry has a piano, but no playing.
      // "What conference did it appear at": the entry's venue says where it appeared.
      // "Which setups does the emulator handle": an entry about it that holds the setups is
      // what it handles, whatever verb it uses ("an emulation path for … setups").
      const done =
        question.verbs.some((v) => holds(entry, [...meant(question, v), ...converse(v)])) ||
        question.verbs.every((v) => CAPABILITY_VERBS.has(v)) ||
        // "What software do you edit on": an entry headed "Tools" is the owner's tools, however
        // they use them.
        meant(question, question.focus).some((k) => entry.heading.has(k)) ||
        (ORGANISATION_WORDS.has(singular(question.focus)) &&
          entry.details.spans.some((s) => s.kind === "venue"));
      // ("What software do you run cues in": an entry titled "Tools" lists the kind asked for,
      // and says nothing of what is done with it.)
      const listed = hasKey(entry.heading, meant(question, question.focus));
      if (verdict.answers && question.verbs.length > 0 && !done && !listed)
        return lacks(question.verbs[0] as string);
      return verdict;
    }
  }
  return { answers: true };
}

/**
 * Whether a question ending on its verb's preposition ("what hardware does it run on", "what
 * format did you mix the film in") is answered by a name the text sets after that verb and
 * preposition ("runs offline on a Raspberry Pi"), or after an aside in the verb's sentence
 * ("mixed the score of the film, directed by X, in Dolby Atmos.").
 */
function strandedNamed(question: Question, tokens: Token[]): boolean {
  const m = /^(?:what|which) \w+ (?:do|does|did) \S+ (\w+)((?: \w+)*) (on|in|with|from|by)$/.exec(
    question.words.join(" "),
  );
  if (!m) return false;
  const [, verb, object, preposition] = m as unknown as [string, string, string, string];
  const named = (i: number) => {
    let j = i + 1;
    while (/^(?:a|an|the)$/.test(tokens[j]?.word ?? "")) j++;
    const t = tokens[j];
    return t !== undefined && (t.name || t.rare) && !/[,;:.!?()]/.test(t.before);
  };
  return occurrences(tokens, meant(question, verb)).some((at) => {
    for (let i = at + 1; i <= at + 3 && i < tokens.length; i++) {
      if (/[,;:.!?()]/.test(tokens[i]?.before ?? "")) break;
      if (tokens[i]?.word === preposition) return named(i);
    }
    // Past an aside: only when the question names what the verb was done to.
    if (object.trim() === "") return false;
    for (let i = at + 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (/[.!?;]/.test(t.before)) return false;
      if (t.word === preposition && /^,\s*$/.test(t.before) && named(i)) {
        // (The name ends the sentence: "in Dolby Atmos.", not "in Lisbon with the band".)
        let j = i + 1;
        while (/^(?:a|an|the)$/.test(tokens[j]?.word ?? "")) j++;
        while (tokens[j + 1]?.name && !/[,;:.!?()]/.test(tokens[j + 1]?.before ?? "")) j++;
        const after = tokens[j + 1];
        return after === undefined || /[,;:.!?()]/.test(after.before);
      }
    }
    return false;
  });
}

// Nouns of one go at something: "the first time", "my fourth attempt".
const ATTEMPTS = /^(?:time|times|go|attempt|try|run|outing|season)$/;
const LATER = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))$/;

/**
 * "What was your time the first time you did it": an entry that says which go it tells of
 * ("my fourth go at it") and never the first answers about a later one. The ask it lacks, or
 * nothing.
 */
function laterAttempt(question: Question, tokens: Token[]): string | undefined {
  const w = question.words;
  const at = w.findIndex((word, i) => word === "first" && ATTEMPTS.test(w[i + 1] ?? ""));
  if (at < 0) return undefined;
  const said = (ordinal: RegExp) =>
    tokens.some((t, i) => ordinal.test(t.word) && ATTEMPTS.test(tokens[i + 1]?.word ?? ""));
  return said(LATER) && !said(/^(?:first|1st)$/) ? `first ${w[at + 1]}` : undefined;
}

// A count right before the thing ("nine children") that no "have" or possessive claims.
function countedNotHad(tokens: Token[], at: number): boolean {
  const count = tokens[at - 1]?.word ?? "";
  if (!/^\d+$/.test(count) && !Object.hasOwn(NUMBER_WORDS, count)) return false;
  return !/^(?:have|has|had|having|raise|raised|raising|my|our|her|his|their)$/.test(
    tokens[at - 2]?.word ?? "",
  );
}

// Whether people named at `at` are said as someone's own: "my kids", "her two sons", "has three
// children", "a mother of two".
function hadPerson(tokens: Token[], at: number): boolean {
  const HAD = /^(?:my|our|her|his|their|have|has|had|having|raise|raised|raising|with)$/;
  let i = at - 1;
  // (Past a count or a word that says which: "my two young kids"; not past a verb: "has taken
  // children on their first dives".)
  const which = (w: string) =>
    /^\d+$/.test(w) || Object.hasOwn(NUMBER_WORDS, w) || (isAdjective(w) && !/(?:ed|en)$/.test(w));
  while (i >= at - 3 && i >= 0 && which(tokens[i]?.word ?? "")) i--;
  const before = tokens[i]?.word ?? "";
  if (before === "with") return /^(?:my|our|her|his|their)$/.test(tokens[i + 1]?.word ?? "");
  return HAD.test(before) && !/[.;!?]/.test(tokens[i + 1]?.before ?? "");
}
