/**
 * The clauses of a question: its main ask, the asks it joins, what it orders against
 * ("before X") and the alternatives it offers ("A or B").
 */
import { STAGES } from "./lexicon.ts";
import { REQUEST } from "./question-type.ts";
import { AUX, DETERMINERS, PRONOUNS, SUBORDINATORS, WH } from "./question-words.ts";
import { isContent, key, words } from "./text.ts";

/**
 * The part of a question that says what is asked: its last sentence, without clauses that only
 * set the scene ("When you say you make X efficient, which layers…") or trail after the ask
 * ("what do you do for fun when you're not working").
 */
export function mainClause(text: string): string {
  const sentences = text
    .replace(/\btl;?\s?dr\b:?/gi, " ")
    // "What has Dr. Aas written?": a title's full stop does not end the sentence.
    .split(/(?<=[?!]|(?<!\b(?:[Dd]r|[Pp]rof|Mrs?|Ms|Mx|St|Jr|Sr|vs|\p{Lu}))\.)\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const asking = sentences.filter((s) => s.endsWith("?"));
  // "Any conference talks? List them pls": the request, about what the sentence before named.
  const last = words(sentences.at(-1) ?? "");
  const before = sentences.at(-2);
  if (
    before &&
    REQUEST.test(last.join(" ")) &&
    last.slice(1).every((w) => !isContent(w) || /^(them|those|these|all|please)$/.test(w))
  )
    return `${last[0]} ${words(before).join(" ")}`;
  const sentence = asking.at(-1) ?? sentences.at(-1) ?? text;
  const clauses = sentence.split(/[,;:]|\s[-–—]+\s/).filter((c) => /[\p{L}\p{N}]/u.test(c));
  // "Whats her dad's name, the mountain rescue guy": a noun phrase after the ask says which
  // one; it asks nothing.
  const asks = WH.test(words(clauses[0] ?? "")[0] ?? "");
  let kept = clauses.filter(
    (c, i) =>
      (i === clauses.length - 1 || !SUBORDINATORS.has(words(c)[0] ?? "")) &&
      !(i > 0 && asks && appositive(words(c))),
  );
  if (kept.length === 0) kept = clauses;
  return kept
    .map((c) => {
      const ws = words(c);
      // A scene-setting clause inside the ask: "… for fun when you're not making games".
      const cut = ws.findIndex(
        (w, i) =>
          i > 1 &&
          SUBORDINATORS.has(w) &&
          w !== "as" &&
          (PRONOUNS.has(ws[i + 1] ?? "") || DETERMINERS.has(ws[i + 1] ?? "")),
      );
      return (cut > 0 ? ws.slice(0, cut) : ws).join(" ");
    })
    .join(" ");
}
/** "where did you work before the Ledger", "what did she do after her PhD". */
export function ordering(ws: string[]): { before?: string[]; after?: string[] } {
  for (const [word, side] of [
    ["before", "before"],
    ["after", "after"],
    ["prior", "before"],
  ] as const) {
    const at = ws.indexOf(word);
    if (at < 0) continue;
    // "What did they name the baby that was born after the rescue": a relative clause says
    // which baby; it does not ask what came after.
    if (ws.slice(1, at).some((w) => /^(?:that|which|who)$/.test(w))) continue;
    let i = at + 1;
    if (word === "prior" && ws[i] === "to") i++;
    const np: string[] = [];
    // "before you went freelance", "before she joined the museum": what the clause names.
    if (/^(?:you|she|he|they|i|we)$/.test(ws[i] ?? "") && ws[i + 1] !== undefined) i += 2;
    // "before going solo", "before getting married": the light verb says nothing of which.
    if (/ing$/.test(ws[i] ?? "") && !isContent(ws[i] ?? "")) i++;
    while (DETERMINERS.has(ws[i] ?? "")) i++;
    for (; i < ws.length && isContent(ws[i] ?? ""); i++) np.push(ws[i] as string);
    // "before opening her workshop": what is opened, past its determiner.
    if (np.length === 1 && /ing$/.test(np[0] ?? "") && DETERMINERS.has(ws[i] ?? "")) {
      np.length = 0;
      for (i++; i < ws.length && isContent(ws[i] ?? ""); i++) np.push(ws[i] as string);
    }
    // "before opening Brasa": the entry is Brasa; "after graduating" is a time, not an entry.
    if (np.length > 1 && /ing$/.test(np[0] ?? "")) np.shift();
    if (np.some((w) => /ing$/.test(w))) continue;
    const stage = np.join(" ");
    if (Object.hasOwn(STAGES, stage)) return { [side]: [stage] };
    if (np.length > 0) return { [side]: np };
  }
  return {};
}

/**
 * "DPDK, XDP, or in-kernel?", "a kernel person or a userspace person": alternatives, one of which
 * an answer needs to hold.
 */
export function choiceGroups(text: string, claim?: string): string[][] {
  const groups: string[][] = [];
  for (const sentence of text.split(/[?!.]\s*/)) {
    if (!/\bor\b/i.test(sentence)) continue;
    const parts = sentence
      .split(/,|\bor\b/i)
      .map((p) => p.trim())
      .filter((p) => /[\p{L}\p{N}]/u.test(p));
    if (parts.length < 2) continue;
    // "were you the lead on X or just contributing": what is claimed, or the short alternative.
    const tail = words(parts.at(-1) ?? "").filter(isContent);
    const head = words(parts.slice(0, -1).join(" "));
    if (
      claim &&
      head.includes(claim) &&
      !tail.includes(claim) &&
      tail.length > 0 &&
      tail.length <= 2
    ) {
      groups.push([...new Set([claim, tail[0] as string].map(key))]);
      continue;
    }
    // The alternatives are the last word of each part (before "or") and the first of the last,
    // leaving out words all parts share ("a kernel person or a userspace person").
    const contents = parts.map((p) => words(p).filter(isContent));
    const shared = (w: string) => contents.every((c) => c.includes(w));
    const last = (p: string) =>
      words(p)
        .filter((w) => isContent(w) && !shared(w))
        .at(-1);
    const first = (p: string) => words(p).filter((w) => isContent(w) && !shared(w))[0];
    const alternatives = [...parts.slice(0, -1).map(last), first(parts.at(-1) ?? "")].filter(
      (w): w is string => Boolean(w),
    );
    if (alternatives.length >= 2) groups.push([...new Set(alternatives.map(key))]);
  }
  return groups;
}
// Words of a first ask that say what it asks, not what it is about.
const ASKING_WORDS = new Set([
  "called",
  "named",
  "old",
  "big",
  "large",
  "long",
  "based",
  "located",
]);

/**
 * The separate asks of a question that joins two: "where'd she do her PhD and when did she
 * finish" is "where'd she do her PhD" and "when did she finish do her PhD" (the later ask
 * borrows what the first is about); "what did he study and where" is also "where did he
 * study". One ask gives a list of one.
 */
export function splitAsks(text: string): string[] {
  // "Do you run workshops? how many seats": a second question after the first's mark; "how old
  // is the boat and does it have a name": a yes/no ask after "and", about what the first names.
  const pieces = text
    .split(
      /\s*,?\s+(?:and|n|&)\s+(?=(?:when|where|who|how|what|which|why|does|do|did|is|was|has)\s+(?:it|they|she|he|you|u)\b|(?:when|where|who|how|what|which|why)(?:['’]?s)?\b)|\?\s+(?=\S)/i,
    )
    .filter((p) => p.trim().length > 0)
    // "Which cafes stock ur bread? names pls so i can go": a request that only insists on the
    // ask before it is no ask of its own.
    .filter((p, i) => i === 0 || !insists(words(p)));
  if (pieces.length < 2) return [text];
  const first = pieces[0] as string;
  const ws = words(first);
  const wh = ws.findIndex((w) => WH.test(w));
  const about = ws.filter((w, i) => i > wh && !AUX.has(w) && !PRONOUNS.has(w) && !WH.test(w));
  const rest = pieces.slice(1).map((piece) => {
    const own = words(piece);
    if (own.length <= 2 && WH.test(own[0] ?? "") && own.filter(isContent).length === 0)
      return [...own, ...ws.slice(wh + 1)].join(" ");
    // "…and does it have a name": "it" is the thing the first ask named, its last word.
    // ("What's your boat called and where is it": the boat, not "called".)
    const borrowed = /\bit\b/i.test(piece)
      ? about.filter((w) => isContent(w) && !ASKING_WORDS.has(w)).slice(-1)
      : about;
    return `${piece.replace(/[?!.\s]+$/, "")} ${borrowed.join(" ")}`;
  });
  return [first, ...rest];
}

// Words that only insist on an ask already made: "names pls", "list em", "so i can go".
const INSISTING = new Set(
  "names name pls plz please list em them all so i can could go visit thanks thx ty".split(" "),
);

function insists(ws: string[]): boolean {
  return ws.length > 0 && !WH.test(ws[0] ?? "") && ws.every((w) => INSISTING.has(w));
}

// "the mountain rescue guy": a determiner and its nouns, with no choice ("or"), no question word
// and no clause of its own ("the one you built", "the boat that sank").
function appositive(ws: string[]): boolean {
  return (
    ws.length > 1 &&
    /^(?:the|that|this)$/.test(ws[0] ?? "") &&
    ws.slice(1).every((w) => !WH.test(w) && w !== "or" && !AUX.has(w) && !PRONOUNS.has(w))
  );
}
