import type { Knowledge } from "../knowledge/schema.ts";
import {
  base,
  type ClaimIndex,
  EMAIL_PATTERN,
  type Holders,
  isCapital,
  normalizeUrl,
  PERSON,
  partsOf,
  phraseOf,
  type Token,
  tokensOf,
  URL_PATTERN,
} from "./claim-index.ts";
import { GENERIC_NAME_WORDS, nameRuns } from "./claim-names.ts";
import { detectLanguage } from "./language.ts";
import { figuresIn, spelledFiguresIn } from "./numbers.ts";
import { joinPieces, type Piece, splitSentences } from "./sentences.ts";
import { alternatives, stem, terms } from "./text.ts";

/** What an answer is checked against: the entries in its prompt, and what the asker wrote. */
export interface ClaimScope {
  index: ClaimIndex;
  /** Ids of the entries the prompt carried. */
  context: Iterable<string>;
  /** The question and earlier questions of the conversation: their own words always pass. */
  asked: readonly string[];
  /** The question's language (ISO 639-1), when known. */
  language?: string | undefined;
}

/** A detail the profile does not hold; kept for logs (kinds only) and tests. */
export interface Unsupported {
  kind: "figure" | "name" | "link" | "email" | "title";
  text: string;
}

/** An answer with every sentence holding an unsupported detail removed. */
export interface CheckedAnswer {
  /** The kept sentences, with citations only to entries their details come from. */
  text: string;
  /** Sentences removed. */
  dropped: number;
  unsupported: Unsupported[];
  /** Ids cited by the kept sentences, in order of first mention. */
  cited: string[];
  /** Whether a kept sentence says anything from the profile (not just "Sure!"). */
  survived: boolean;
}

/** Checks a growing answer; each sentence is judged once, when it is complete. */
export interface ClaimCheck {
  /** The checked part of `raw`: its complete sentences, or with `final` all of it. */
  check(raw: string, final: boolean): CheckedAnswer;
}

interface Verdict {
  keep: boolean;
  body: string;
  unsupported: Unsupported[];
  cited: string[];
  meaningful: boolean;
}

const QUOTED =
  /“([^”\n]{2,200})”|"([^"\n]{2,200})"|«\s?([^»\n]{2,200}?)\s?»|„([^“”\n]{2,200})[“”]|‘([^’\n]{2,200})’|(?<![\p{L}\p{N}])'([^'\n]{2,200})'(?![\p{L}\p{N}])/gu;
const MD_LINK = /!?\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const CITE_GROUP = /[ \t]?\[([^[\]\n]{1,200})\](?!\()/g;
const ID_LIKE = /^[\p{L}\p{N}_-]{1,32}$/u;
const DISCORD_MARKUP = /<(?:@[!&]?|#|a?:\w+:)\d+>|@(?:everyone|here)\b/g;
const SPELLED_LARGE = /(?:teen|ty|eleven|twelve)(?:-\w+)?\b/i;
const MAYBE_URL = /[a-z0-9]\.[a-z]/;
const MAYBE_QUOTE = /["“«„‘']/;
const THINK = /<think>[\s\S]*?<\/think>/gi;

/** The line an answer ends with when a sentence was removed, in the profile's voice. */
export function unsupportedNote(knowledge: Knowledge): string {
  const { voice, name } = knowledge.person;
  if (voice === "first-person") return "_(I left out a detail that my profile doesn't support.)_";
  return `_(A detail that ${name ? `${name}'s profile` : "the profile"} doesn't support was left out.)_`;
}

/** Checks a whole answer at once. */
export function checkClaims(raw: string, scope: ClaimScope): CheckedAnswer {
  return createClaimCheck(scope).check(raw, true);
}

/** A check for one answer; keep it for the answer's whole stream. */
export function createClaimCheck(scope: ClaimScope): ClaimCheck {
  const judge = createJudge(scope);
  const verdicts = new Map<string, Verdict>();
  return {
    check(raw, final) {
      const text = visibleText(raw);
      const { pieces } = splitSentences(text, final);
      const judged = pieces.map((p) => {
        let v = verdicts.get(p.body);
        if (!v) {
          v = judge(p);
          verdicts.set(p.body, v);
        }
        return v;
      });
      const shown = pieces.map((p, i): Piece => ({ ...p, body: judged[i]?.body ?? p.body }));
      const kept = judged.filter((v) => v.keep);
      return {
        text: joinPieces(shown, (i) => judged[i]?.keep === true && judged[i]?.body.trim() !== ""),
        dropped: judged.length - kept.length,
        unsupported: judged.flatMap((v) => v.unsupported),
        cited: [...new Set(kept.flatMap((v) => v.cited))],
        survived: kept.some((v) => v.meaningful),
      };
    },
  };
}

// <think> blocks are never shown; an unclosed one hides the rest until it closes.
function visibleText(raw: string): string {
  const text = raw.replace(THINK, "");
  const open = text.toLowerCase().indexOf("<think>");
  return open < 0 ? text : text.slice(0, open);
}

type Judge = (piece: Piece) => Verdict;

function createJudge(scope: ClaimScope): Judge {
  const { index } = scope;
  const inPrompt = new Set<number>([PERSON]);
  for (const id of scope.context) {
    const i = index.docOf.get(id);
    if (i !== undefined) inPrompt.add(i);
  }
  const asked = askedDetails(scope.asked);
  // An answer keeps to one language: detected from its first sentences, once clear.
  let seen = "";
  let detected: string | undefined;
  const languageOf = (sentence: string): string => {
    if (!detected && seen.length < 2_000) {
      seen += ` ${sentence}`;
      detected = detectLanguage(seen);
    }
    return detected ?? scope.language ?? "en";
  };
  const scoped = (holders: Holders | undefined): number[] | undefined => {
    const found = holders?.filter((h) => inPrompt.has(h));
    return found && found.length > 0 ? found : undefined;
  };

  const wordHolders = (lower: string): number[] | undefined =>
    scoped(index.words.get(lower)) ??
    scoped(index.stems.get(stem(lower))) ??
    scoped(index.acronyms.get(lower));

  // A name word: in the profile (as written, inflected, as an acronym of a profile name, or
  // abbreviated like "Lab"), or in the question.
  const nameHolders = (word: string): number[] | undefined => {
    const [whole, ...pieces] = partsOf(word);
    if (!whole) return [];
    const direct = wordHolders(whole);
    if (direct) return direct;
    if (asked.words.has(whole) || asked.stems.has(stem(whole))) return [];
    if (pieces.length > 1) {
      const each = pieces.map((p) => wordHolders(p) ?? (asked.words.has(p) ? [] : undefined));
      if (each.every((h) => h !== undefined)) return each.flat();
    }
    if (/^\p{L}{3,}\.?$/u.test(whole)) {
      const short = whole.replace(/\.$/, "");
      const full = index.capitalised.find((c) => c.length > short.length && c.startsWith(short));
      if (full) return wordHolders(full);
    }
    return undefined;
  };

  const together = (a: string, b: string): boolean => {
    const follows = index.followers.get(a);
    const precedes = index.preceders.get(b);
    if (!follows || !precedes || follows.has("") || precedes.has("")) return true;
    if (GENERIC_NAME_WORDS.has(a) || GENERIC_NAME_WORDS.has(b)) return true;
    const like = (x: string, set: ReadonlySet<string>) =>
      set.has(x) || [...set].some((s) => s.startsWith(x) || stem(s) === stem(x));
    return like(b, follows) || like(a, precedes);
  };

  return (piece) => {
    const unsupported: Unsupported[] = [];
    const evidence = new Set<number>();
    let details = 0;
    const support = (holders: number[] | undefined, kind: Unsupported["kind"], text: string) => {
      details++;
      if (!holders) unsupported.push({ kind, text });
      else for (const h of holders) if (h !== PERSON) evidence.add(h);
    };

    const { text: body, groups } = citationsOf(piece.body);
    let text = body;
    if (text.includes("](")) {
      text = text.replace(MD_LINK, (_m, label: string, url: string) => {
        checkLink(url);
        return ` ${label} `;
      });
    }
    function checkLink(found: string) {
      if (/^mailto:/i.test(found)) return checkEmail(found.slice(7));
      const url = normalizeUrl(found);
      support(scoped(index.urls.get(url)) ?? (asked.urls.has(url) ? [] : undefined), "link", found);
    }
    function checkEmail(found: string) {
      const email = found.toLowerCase();
      support(
        scoped(index.emails.get(email)) ?? (asked.emails.has(email) ? [] : undefined),
        "email",
        found,
      );
    }
    if (text.includes("@")) {
      text = text.replace(EMAIL_PATTERN, (m) => {
        checkEmail(m);
        return " ";
      });
    }
    if (MAYBE_URL.test(text)) {
      text = text.replace(URL_PATTERN, (m) => {
        checkLink(m);
        return " ";
      });
    }
    if (MAYBE_QUOTE.test(text)) {
      text = text.replace(QUOTED, (m, ...groups: unknown[]) => {
        const title = groups.slice(0, 6).find((g) => typeof g === "string") as string | undefined;
        if (title) support(titleHolders(title), "title", m);
        return " ";
      });
    }
    // Mentions and custom emoji carry ids, not facts (the output guard defuses the mentions).
    if (text.includes("@") || text.includes("<")) text = text.replace(DISCORD_MARKUP, " ");
    // Emphasis and code marks say nothing; removing them leaves the words.
    if (/[*`_]/.test(text))
      text = text.replace(/[*`]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, " ");

    const language = languageOf(text);
    const tokens = tokensOf(text);
    for (const f of figuresIn(text)) {
      support(figureHolders(f.values, f.index, f.text, text), "figure", f.text);
    }
    if (language === "en" && SPELLED_LARGE.test(text)) {
      for (const f of spelledFiguresIn(text)) {
        if (Number(f.values[0]) < 11) continue;
        support(figureHolders(f.values, f.index, f.text, text), "figure", f.text);
      }
    }
    for (const run of nameRuns(text, tokens, language)) {
      const initials = run
        .filter((t) => isCapital(t.text))
        .map((t) => t.text[0])
        .join("")
        .toLowerCase();
      const expands = run.length >= 3 ? scoped(index.words.get(initials)) : undefined;
      let previous: Token | undefined;
      for (const t of run) {
        const word = base(t.text).toLowerCase();
        const holders = expands ?? nameHolders(t.text);
        // Two names the profile holds apart ("Gianni" and "Stephens") do not make a third.
        const last = previous && base(previous.text).toLowerCase();
        const joined =
          previous &&
          last &&
          isCapital(previous.text) &&
          isCapital(t.text) &&
          /^\s+$/.test(text.slice(previous.index + previous.text.length, t.index));
        if (
          holders &&
          joined &&
          !together(last, word) &&
          !asked.phrase.includes(` ${last} ${word} `)
        ) {
          support(undefined, "name", `${previous?.text} ${t.text}`);
        } else support(holders, "name", t.text);
        previous = t;
      }
    }

    const cited = groups.flatMap((g) => g.ids);
    const kept = cited.filter((id) => {
      const i = index.docOf.get(id);
      if (i === undefined || !inPrompt.has(i)) return false;
      return evidence.size === 0 || evidence.has(i);
    });
    const keep = unsupported.length === 0;
    return {
      keep,
      body: keep && groups.length > 0 ? rewriteCitations(piece.body, new Set(kept)) : piece.body,
      unsupported,
      cited: [...new Set(kept)],
      meaningful:
        keep &&
        (evidence.size > 0 ||
          details > 0 ||
          terms(text).some((t) => scoped(index.stems.get(t)) !== undefined)),
    };

    function titleHolders(title: string): number[] | undefined {
      const phrase = phraseOf(title);
      if (phrase.trim() === "" || asked.phrase.includes(phrase)) return [];
      const exact = [...inPrompt].filter((i) =>
        (i === PERSON ? index.personPhrase : index.phrases[i])?.includes(phrase),
      );
      if (exact.length > 0) return exact;
      const wanted = terms(title);
      if (wanted.length === 0) return [];
      const within = [...inPrompt].filter((i) => {
        const stems = i === PERSON ? index.personStems : index.entryStems[i];
        return wanted.every((t) => stems?.has(t));
      });
      if (within.length > 0) return within;
      return wanted.every((t) => asked.stems.has(t)) ? [] : undefined;
    }

    function figureHolders(values: string[], at: number, written: string, within: string) {
      for (const v of values) {
        const holders = scoped(index.figures.get(v));
        if (holders) return holders;
      }
      if (values.some((v) => asked.figures.has(v))) return [];
      // A figure inside a word the profile uses as written: "P99.9", "x86", "IPv6".
      const word = wordAround(within, at, written.length).toLowerCase();
      const asWritten = scoped(index.words.get(word)) ?? (asked.words.has(word) ? [] : undefined);
      if (asWritten) return asWritten;
      return sectionCount(values, within.slice(at + written.length));
    }

    // "2 papers" when a section with that name has two entries.
    function sectionCount(values: string[], after: string): number[] | undefined {
      const following = terms(
        after
          .split(/[.,;:!?\n]/)[0]
          ?.split(/\s+/)
          .slice(0, 4)
          .join(" ") ?? "",
      );
      for (const section of index.sections) {
        if (!values.includes(String(section.count))) continue;
        if (following.some((t) => alternatives(t).some((a) => section.terms.has(a))))
          return section.docs;
      }
      return undefined;
    }
  };
}

/** Citation groups ("[a]", "[a, b]") in a sentence, and the sentence without them. */
function citationsOf(body: string): { text: string; groups: { ids: string[] }[] } {
  const groups: { ids: string[] }[] = [];
  const text = body.replace(CITE_GROUP, (m, inner: string) => {
    const ids = inner.split(/[,;]\s*/).map((s) => s.trim().toLowerCase());
    if (!ids.every((id) => ID_LIKE.test(id))) return m;
    groups.push({ ids });
    return " ";
  });
  return { text, groups };
}

// Citations to entries the sentence does not draw on, or that were not in the prompt, go.
function rewriteCitations(body: string, kept: ReadonlySet<string>): string {
  return body.replace(CITE_GROUP, (m, inner: string) => {
    const ids = inner.split(/[,;]\s*/).map((s) => s.trim());
    if (!ids.every((id) => ID_LIKE.test(id))) return m;
    const left = ids.filter((id) => kept.has(id.toLowerCase()));
    if (left.length === 0) return "";
    return `${m.startsWith(" ") || m.startsWith("\t") ? m[0] : ""}[${left.join(", ")}]`;
  });
}

function wordAround(text: string, at: number, length: number): string {
  let start = at;
  let end = at + length;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? "")) start--;
  while (end < text.length && /[\p{L}\p{N}µ]/u.test(text[end] ?? "")) end++;
  return text.slice(start, end).replace(/^\.+|\.+$/g, "");
}

interface Asked {
  words: Set<string>;
  stems: Set<string>;
  figures: Set<string>;
  urls: Set<string>;
  emails: Set<string>;
  phrase: string;
}

function askedDetails(asked: readonly string[]): Asked {
  const text = asked.join("\n");
  const words = new Set(tokensOf(text).flatMap((t) => partsOf(t.text)));
  return {
    words,
    stems: new Set([...words].map(stem)),
    figures: new Set([...figuresIn(text), ...spelledFiguresIn(text)].flatMap((f) => f.values)),
    urls: new Set((text.match(URL_PATTERN) ?? []).map(normalizeUrl)),
    emails: new Set((text.match(EMAIL_PATTERN) ?? []).map((e) => e.toLowerCase())),
    phrase: asked.map(phraseOf).join(" "),
  };
}
