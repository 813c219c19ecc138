/** The thing a "what/which/how many X" question asks for. */
import { GENERIC_NOUNS, HONORIFICS, ORGANISATION_WORDS, PLACE_NOUNS, verbBase } from "./lexicon.ts";
import {
  AUX,
  BE,
  DETERMINERS,
  HAPPENING,
  PERSON_NOUNS,
  POSSESSIVES,
  PRONOUNS,
  plural,
  SIZE,
  TYPE_WORDS,
} from "./question-words.ts";
import { isContent } from "./text.ts";
import { nounSenses } from "./wordnet.ts";

/**
 * The phrase a "what/which/how many X" question asks for, and its head noun: "salary" in "what's
 * her salary as a professor", "university" in "which university awarded your doctorate".
 */
export function focusPhrase(
  ws: string[],
  ownName: ReadonlySet<string>,
):
  | {
      head: number | undefined;
      phrase: number[];
      identity: boolean;
      owned: boolean;
      picks: boolean;
    }
  | undefined {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    let at: number;
    if ((w === "many" || w === "much") && ws[i - 1] === "how") at = i + 1;
    else if (SIZE.has(w ?? "") && ws[i - 1] === "how" && BE.has(ws[i + 1] ?? "")) at = i + 1;
    else if (w === "what" || w === "which") at = i + 1;
    // "List the fonts she's made", "name the bands you played in": the things to list.
    else if (i === 0 && (w === "list" || w === "name") && ws.length > 2) at = i + 1;
    else continue;
    // "which X" names one; "what is X" describes it, unless X is "called" something.
    let owned = false;
    let picks = false;
    let identity = w === "which" && !BE.has(ws[at] ?? "") && !AUX.has(ws[at] ?? "");
    if (BE.has(ws[at] ?? "")) at++;
    const skip = () => {
      while (
        DETERMINERS.has(ws[at] ?? "") ||
        ownName.has(ws[at] ?? "") ||
        HONORIFICS.has(ws[at] ?? "")
      ) {
        if (POSSESSIVES.has(ws[at] ?? "") || ownName.has(ws[at] ?? "")) owned = true;
        at++;
      }
    };
    skip();
    // "What did they name the baby", "what do you call your boat": the thing after the verb of
    // naming is asked for, by its name.
    if (w === "what" && AUX.has(ws[at] ?? "") && !BE.has(ws[at] ?? "")) {
      const naming = ws.findIndex(
        (v, j) =>
          j > at + 1 &&
          j <= at + 3 &&
          /^(?:name|call)$/.test(v) &&
          DETERMINERS.has(ws[j + 1] ?? ""),
      );
      if (naming > 0) {
        at = naming + 1;
        identity = true;
        skip();
      }
    }
    // "the name of your restaurant", "what kind of research": the thing is after "of".
    if (
      ["name", "title", "kind", "type", "sort", "names"].includes(ws[at] ?? "") &&
      ws[at + 1] === "of"
    ) {
      // "The title of your thesis": a name, like "the name of your restaurant".
      identity = /^(?:name|title)/.test(ws[at] ?? "");
      at += 2;
      skip();
    }
    // "What's the most viewed video": one of them, singled out, is asked for by name.
    // ("What's the most people they've carried" asks how many.)
    if (
      /^(?:most|least)$/.test(ws[at] ?? "") &&
      w === "what" &&
      BE.has(ws[i + 1] ?? "") &&
      isContent(ws[at + 1] ?? "") &&
      isContent(ws[at + 2] ?? "")
    ) {
      at++;
      identity = true;
    }
    const counting = w === "many";
    const phrase: number[] = [];
    // "what caused the outage": the question word is the subject of a verb, not a determiner.
    if (/ed$/.test(ws[at] ?? "") && DETERMINERS.has(ws[at + 1] ?? "")) return undefined;
    // "what happened to onboarding completion": likewise.
    if (HAPPENING.has(ws[at] ?? "")) return undefined;
    for (; at < ws.length && isContent(ws[at] ?? ""); at++) {
      const word = ws[at] ?? "";
      // "The first ship you commanded": a clause of its own says which; the noun before it ends
      // the phrase.
      if (
        /^(?:you|she|he|they|i|we)$/.test(ws[at + 1] ?? "") &&
        (/ed$/.test(ws[at + 2] ?? "") || AUX.has(ws[at + 2] ?? ""))
      ) {
        phrase.push(at);
        break;
      }
      // "What's kmerbarn written in", "what is it made of": a word before a closing preposition
      // that is no noun (WordNet has none of it) is the verb, not the thing ("what was her
      // project on" asks of the project).
      if (
        phrase.length > 0 &&
        at + 2 === ws.length &&
        /^(?:in|with|on|of|from|by)$/.test(ws[at + 1] ?? "") &&
        nounSenses(word).length === 0
      )
        break;
      // A verb ends the phrase: "which landlord filed the most…", "which university awarded your…",
      // "which sencha won gold" (an irregular past).
      if (
        phrase.length > 0 &&
        (DETERMINERS.has(ws[at + 1] ?? "") ||
          PRONOUNS.has(ws[at + 1] ?? "") ||
          /ed$/.test(word) ||
          verbBase(word) !== word ||
          // "which honey sells out": a verb and its particle.
          /^(?:out|up|off|down)$/.test(ws[at + 1] ?? ""))
      )
        break;
      phrase.push(at);
      // "how many volunteers helped…": the counted noun is the first plural, not the verb after it.
      if (counting && (plural(word) || word === "people")) break;
    }
    if (ws[at] === "called" || ws[at] === "named") identity = true;
    // "What was the first film you subtitled": one of them, singled out by its place in time,
    // is asked for by name (not "what was the first step": no doer's clause says which).
    if (
      w === "what" &&
      BE.has(ws[i + 1] ?? "") &&
      /^(?:first|last)$/.test(ws[phrase[0] ?? -1] ?? "") &&
      phrase.length >= 2 &&
      /^(?:you|she|he|they|i|we)$/.test(ws[(phrase.at(-1) ?? -1) + 1] ?? "")
    )
      identity = true;
    // "What glider do you fly": one glider, by name, not a mention of gliders.
    if (w === "what" && phrase[0] === i + 1 && AUX.has(ws[at] ?? "") && !BE.has(ws[at] ?? ""))
      picks = true;
    // "which qemu version number": the head is the last word that is not only a type word;
    // "which chicago neighbourhood" has none, but "chicago" still names what is asked.
    const named = [...phrase];
    while (named.length > 0) {
      const word = ws[named.at(-1) ?? -1] ?? "";
      if (!TYPE_WORDS.has(word) && !GENERIC_NOUNS.has(word) && !PLACE_NOUNS.has(word)) break;
      named.pop();
    }
    // "which chicago neighbourhood" has a place for its head; "the main mechanisms" a noun that
    // only says an answer is wanted: what is left are its modifiers, not a thing asked for.
    const popped = phrase.slice(named.length);
    // "what CVE number", "which model name": an identifier of the thing is asked for.
    if (popped.some((i) => /^(number|id|code|name)$/.test(ws[i] ?? ""))) identity = true;
    // "what's your dog's name": the name is the dog's, which is what is asked for.
    const vague = (i: number) => GENERIC_NOUNS.has(ws[i] ?? "") && !/^names?$/.test(ws[i] ?? "");
    const open = popped.some((i) => PLACE_NOUNS.has(ws[i] ?? "") || vague(i));
    if (open && popped.some(vague)) named.length = 0;
    // "How many pieces were in the show": what is counted is asked for, however general; "how
    // many different countries" counts countries, whatever qualifies them.
    const last = ws[phrase.at(-1) ?? -1] ?? "";
    const head =
      counting && phrase.length > 0
        ? PLACE_NOUNS.has(last) && plural(last)
          ? phrase.at(-1)
          : (named.at(-1) ?? phrase.at(-1))
        : open
          ? undefined
          : named.at(-1);
    // "what company", "what people": a name is asked for even without "which".
    const headWord = head === undefined ? "" : (ws[head] ?? "");
    if (w === "what" && (ORGANISATION_WORDS.has(headWord) || PERSON_NOUNS.has(headWord)))
      identity ||= phrase[0] === i + 1;
    return { head, phrase: named.filter((i) => i !== head), identity, owned, picks };
  }
  return undefined;
}
