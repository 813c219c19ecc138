/**
 * Whether an entry holds the thing a "what/which X" question asks for: an X it names, a figure of
 * the measure asked, what something was made with.
 */
import type { Span, Token } from "./details.ts";
import { madeAs, partOf, stacked, writtenIn } from "./evidence-made.ts";
import { measures } from "./evidence-measure.ts";
import type { EntryFacts, Verdict } from "./evidence-types.ts";
import {
  broken,
  ended,
  hasKey,
  lacks,
  meant,
  occurrences,
  runs,
  singular,
} from "./evidence-words.ts";
import {
  HONORIFICS,
  KIN_NOUNS,
  ORGANISATION_WORDS,
  PEOPLE_NOUNS,
  SOFTWARE_NOUNS,
} from "./lexicon.ts";
import { MEASURE_NOUNS, NUMBER_WORDS, UNITS } from "./measure-words.ts";
import type { Question } from "./question.ts";
import { PERSON_NOUNS } from "./question-words.ts";
import { isContent } from "./text.ts";

// How far a name may stand from the noun it names ("the Orchard Testbed greenhouse").
const NEAR_NOUN = 3;
// Prepositions that say what something is made with: "written in", "built with", "runs on".
const MADE_WITH = new Set(["in", "with", "on", "using"]);
// "made of larch", "built from steel": what it is made of need not be a name.
const MADE_OF = new Set(["of", "from"]);
/** Whether an entry holds the thing a "what/which X" question asks for, named if asked which. */
export function focusHeld(
  question: Question,
  entry: EntryFacts,
  asked: ReadonlySet<string>,
  isNew: (s: Span) => boolean,
): Verdict {
  const focus = question.focus as string;
  const focusKeys = meant(question, focus);
  const { tokens, spans } = entry.details;
  const inText = occurrences(tokens, focusKeys);
  const enough = question.identity && question.plural ? 2 : 1;
  // "What instrument do you play": "the cello" is one, a kind WordNet gives; not a name, when
  // one is asked for ("what's your dog called": not "a Border Collie", whose words are the kind's).
  const kinds = inText.filter((at) => tokens[at]?.keys.some((k) => question.kinds?.has(k)));
  const kindSays =
    kinds.length >= enough && !question.words.some((w) => /^(called|named?)$/.test(w));
  const kindWords = new Set(kinds);
  for (const at of kinds)
    for (let i = at - 1; tokens[i]?.name && !broken(tokens, i, i + 1); i--) kindWords.add(i);
  // "Lisbon hospitals": a place before the noun says where they are, not which they are.
  // ("From the Highmoor quarry", "the underside of Southwark Bridge": the one named, with the
  // noun asked for, is the one asked about.)
  const naming = (s: Span) =>
    inText.some(
      (at) =>
        (at >= s.from && at < s.to) ||
        (at === s.to && tokens[s.from - 1]?.word === "the" && !/s$/.test(tokens[at]?.word ?? "")),
    );
  const placed = new Set<number>();
  for (const s of spans)
    if (s.kind === "place" && !naming(s)) for (let i = s.from; i < s.to; i++) placed.add(i);
  // "Whats her dad's name": a person is named, not a place or an organisation near him ("on the
  // Danube, where her father was a lifeguard").
  const kin = [focus, focus.replace(/s$/, "")].some((w) => KIN_NOUNS.has(w));
  const notPeople = new Set<number>();
  if (kin)
    for (const s of spans)
      if (s.kind === "place" || s.kind === "organisation")
        for (let i = s.from; i < s.to; i++) notPeople.add(i);
  const isName = (i: number, anywhere = false) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      (t.name || t.rare) &&
      // "within 80 km": a unit, not a name.
      !/\d/.test(t.word) &&
      !isUnit(t.word) &&
      (anywhere || !placed.has(i)) &&
      !notPeople.has(i) &&
      !t.keys.some((k) => asked.has(k))
    );
  };

  // "What was the title of her thesis": a title, which no person's name is.
  const titleAsked = question.words.some((w, i) => w === "title" && question.words[i + 1] === "of");
  const personAt = new Set<number>();
  for (const s of spans)
    if (s.kind === "person")
      // ("Dr. Lior Amsel": the title before the name is the person's too.)
      for (
        let i = HONORIFICS.has(tokens[s.from - 1]?.word ?? "") ? s.from - 1 : s.from;
        i < s.to;
        i++
      )
        personAt.add(i);
  // Names near the positions; next to a verb, a name after "in" is what was done in ("write
  // RTL in VHDL"), not where.
  const named = (positions: number[], window: number, anywhere = false, after = false) => {
    const names = new Set<number>();
    for (const at of positions) {
      // "University of Otago" names one; "a GPU terrain renderer" only says "GPU".
      if (tokens[at]?.name && tokens[at]?.word !== focus.toLowerCase() && !kindWords.has(at))
        names.add(at);
      const from = after ? at + 1 : Math.max(0, at - window);
      // "A GPU terrain renderer I write in Rust": the noun qualifies the next one; what follows
      // names the renderer, and only a name before it ("an RTX 3060 GPU") says which GPU.
      const next = tokens[at + 1];
      const qualifying =
        !after &&
        next !== undefined &&
        !next.name &&
        isContent(next.word) &&
        // ("A paper written with…": a verb goes on about the noun itself.)
        !/(?:ed|en|ing)$/.test(next.word) &&
        /^\s$/.test(next.before);
      const to = qualifying ? at - 1 : at + window;
      for (let i = from; i <= to && i < tokens.length; i++) {
        if (i === at || kindWords.has(i) || !isName(i, anywhere)) continue;
        // ("…at Kempten in 2018. Her dissertation": a name of another sentence names nothing of
        // it; nor does a person's name give a thing's title.)
        if (ended(tokens, Math.min(i, at), Math.max(i, at))) continue;
        if (titleAsked && personAt.has(i)) continue;
        names.add(i);
        // A list goes on: "into Finnish and Norwegian", "Go, Python, Java".
        for (let j = i + 1; j < tokens.length; j++) {
          if (isName(j, anywhere)) names.add(j);
          else if (!["and", "or"].includes(tokens[j]?.word ?? "")) break;
        }
      }
    }
    return runs(tokens, names) >= enough;
  };
  // "Brasa, a 40-seat restaurant": a name set beside the noun, a few words before it.
  const beside = inText.some((at) =>
    tokens.some(
      (_, i) =>
        i < at &&
        at - i <= 6 &&
        isName(i) &&
        /^,\s*$/.test(tokens[i + 1]?.before ?? "") &&
        ["a", "an", "the", "my", "our"].includes(tokens[i + 1]?.word ?? "") &&
        !broken(tokens, i + 1, at),
    ),
  );
  // "What's the name of her company": the entry about her company is called by its name.
  // (Its name said of it: the entry is about it, or the name stands near it in the text; "grew
  // up on Inis Oírr, where my parents ran the island's only guesthouse" names no guesthouse.)
  // A person is not called by a place: "whats his partners name".
  const personal = [focus, focus.replace(/s$/, "")].some(
    (w) => KIN_NOUNS.has(w) || PEOPLE_NOUNS.has(w),
  );
  const titleNames = tokens.flatMap((t, i) =>
    t.start < entry.titleEnd && isName(i, true) ? [t.word] : [],
  );
  const nameNear = inText.some((at) =>
    tokens.some(
      (t, i) =>
        t.start >= entry.titleEnd &&
        titleNames.includes(t.word) &&
        // "lives in Muizenberg with his partner": where he lives, not what she is called.
        // (Nor is a title a place or a person: "her PhD thesis at Innsbruck".)
        !((personal || titleAsked) && placed.has(i)) &&
        !(titleAsked && personAt.has(i)) &&
        Math.abs(i - at) <= 2 * NEAR_NOUN &&
        !broken(tokens, Math.min(i, at), Math.max(i, at)),
    ),
  );
  // "Aiko opened Kiln in 2019. The bar seats 28": a sentence opening on "the bar" goes on
  // about what the entry named.
  const anaphora = inText.some(
    (at) => tokens[at - 1]?.word === "the" && /[.!?:]\s*$/.test(tokens[at - 1]?.before ?? ""),
  );
  const titled =
    question.possessive &&
    titleNames.length > 0 &&
    (inText.length === 0 || hasKey(entry.heading, focusKeys) || nameNear || anaphora);
  // "at Northloop Games", asked "at northloop": the noun inside a name the question gives is
  // that name, not one of the things asked for.
  const given = new Set(
    question.terms
      .filter((t) => !t.common && !t.phrase && !t.focus)
      .flatMap((t) => meant(question, t.word)),
  );
  const givenName = (at: number) =>
    tokens[at]?.name === true &&
    [at - 1, at + 1].some(
      (i) => tokens[i]?.name === true && tokens[i]?.keys.some((k) => given.has(k)),
    );
  // "Which running club": an entry titled "Running club" is about one, and names it in its text.
  // ("Rescue of three kayakers": a title counting them is about several, and names none.)
  const countedAt = (at: number) =>
    [1, 2, 3].some((d) => {
      const t = tokens[at - d];
      return (
        t !== undefined &&
        (/^\d[\d,]*$/.test(t.word) || Object.hasOwn(NUMBER_WORDS, t.word)) &&
        !broken(tokens, at - d, at)
      );
    });
  const about =
    inText.some(
      (at) =>
        !givenName(at) &&
        !(question.plural && countedAt(at)) &&
        (tokens[at]?.start ?? Infinity) < entry.titleEnd,
    ) && tokens.some((t, i) => t.start >= entry.titleEnd && isName(i));
  // "AI for two open-world games": a number before the noun counts it; a name before that
  // is of something else, and only one after it ("two games, Skyreach and Dune") says which.
  const counted = inText.filter(countedAt);
  const uncounted = inText.filter((at) => !counted.includes(at) && !givenName(at));
  // "From the University of Namibia": the noun, capitalised, begins the name of the one asked
  // for, whatever the name goes on with (a place, here).
  const ofNamed = inText.some(
    (at) =>
      tokens[at]?.name === true &&
      tokens[at + 1]?.word === "of" &&
      tokens[at + 2]?.name === true &&
      !tokens[at + 2]?.keys.some((k) => asked.has(k)) &&
      !broken(tokens, at, at + 2),
  );
  // "My most-read post, \"What all the beeping means\"": a quoted title right after the noun.
  const quoted = inText.some((at) => /^[,:]?\s*["“]$/.test(tokens[at + 1]?.before ?? ""));
  // "Which journal published the study": "a law review article" says the kind, and the entry's
  // venue names it.
  const venued =
    ORGANISATION_WORDS.has(singular(focus)) && spans.some((s) => s.kind === "venue" && isNew(s));
  if (inText.length > 0) {
    // "Which landlord filed the most evictions": the entry must name one, not only mention them.
    if (
      !(question.identity || question.picks) ||
      titled ||
      about ||
      beside ||
      quoted ||
      ofNamed ||
      venued ||
      kindSays ||
      named(uncounted, NEAR_NOUN) ||
      named(counted, NEAR_NOUN, false, true)
    )
      return { answers: true };
    // "What problem does it solve": "the slow-receiver problem" says which.
    // "Which unit do you teach": "the climbing unit of the certificate" singles one out; an
    // organisation or a person still needs its name ("the local university" says none).
    const definite = (at: number) => tokens[at - 2]?.word === "the" && !broken(tokens, at - 2, at);
    const needsName = ORGANISATION_WORDS.has(singular(focus)) || PERSON_NOUNS.has(singular(focus));
    if (
      (question.picks || (question.identity && !question.plural && !needsName)) &&
      inText.some((at) => qualified(tokens, at, asked) && (question.picks || definite(at)))
    )
      return { answers: true };
    // ("What was the title of your thesis": "doesn't give the title of the thesis".)
    return lacks(`${titleAsked ? "title" : question.plural ? "names" : "name"} of the ${focus}`);
  }
  // "What's your ApacheBench fork called": the entry about ApacheBench, named by its title,
  // when the question's own names are all there and the entry never says "fork".
  // (The names qualify the thing itself: not "the gallery in Vancouver".)
  const names = question.terms.filter(
    (t) => !t.focus && !t.common && !t.optional && question.phrase.includes(t.word),
  );
  if (
    /^(?:called|named)$/.test(question.words.at(-1) ?? "") &&
    names.length > 0 &&
    names.every((t) => hasKey(entry.keys, meant(question, t.word))) &&
    tokens.some((t, i) => t.start < entry.titleEnd && isName(i, true))
  )
    return { answers: true };
  // Filed under the focus by its heading or tags: the entry is one ("what engine": its title).
  // "What CVE number did it get": filed under CVE, but no CVE named, does not say which.
  const anyName = tokens.some((t, i) => t.name && isName(i));
  // (Not by its section's description alone: "whats her brother's job", of an entry filed under
  // "Life outside work", asks what the entry never says.)
  const described = (k: string) =>
    question.othersOwn === true &&
    (entry.section?.has(k) ?? false) &&
    !entry.heading.has(k) &&
    !tokens.some((t) => t.keys.includes(k));
  const filed = focusKeys.filter((k) => entry.keys.has(k) && !described(k));
  if (filed.length > 0 && (!question.identity || anyName)) return { answers: true };
  // "What's the qemu-lab repo": the question names the entry, and asks what it is.
  if (!question.identity && !question.possessive && question.phrase.length > 0) {
    if (question.phrase.every((w) => hasKey(entry.heading, meant(question, w))))
      return { answers: true };
  }
  // "Which department at Cambridge": an organisation the entry names as one ("… Laboratory");
  // "what label is it on", "which journal": where the entry appeared.
  if (
    ORGANISATION_WORDS.has(singular(focus)) &&
    spans.some(
      (s) =>
        isNew(s) &&
        (s.kind === "venue" ||
          (s.kind === "organisation" &&
            ORGANISATION_WORDS.has(tokens[s.to - 1]?.word ?? "") &&
            // ("Which premier league team": "Ghana Premier League" is the league the question
            // names, no team.)
            !question.terms.some((t) => tokens[s.to - 1]?.keys.includes(t.key)))),
    )
  )
    return { answers: true };
  // "What performance does it get": a figure.
  // "What latency does it get": a figure of that measure ("61 µs"), not any number.
  if (
    MEASURE_NOUNS.has(focus) &&
    spans.some((s) => s.kind === "count" && isNew(s) && measures(question, tokens, s))
  )
    return { answers: true };
  // "What framework did you use to implement X", "which languages has it been translated into":
  // a name next to the question's verb.
  // The verb as a word of the entry's own, not inside a name ("film" is not "Pigeonhole Films").
  // What the owner does is named after the verb ("plays the cello", not "a small FPGA that
  // plays video"); before it only for a noun made of it ("the DPDK implementation") or for
  // what the thing asked for did ("which orchestra recorded it").
  const at = (v: string) => occurrences(tokens, meant(question, v)).filter((i) => !tokens[i]?.name);
  const done = question.verbs.flatMap(at);
  const forward = done.filter((i) => !/(?:tion|ment|ure|ance|ence)s?$/.test(tokens[i]?.word ?? ""));
  const around = [
    ...done.filter((i) => !forward.includes(i)),
    ...(question.predicate ? at(question.predicate) : []),
  ];
  // "What language does she teach her course in": the name after "teach" is the course the
  // question already names; what it asks for stands after the verb's preposition, and only
  // a name there says it (see strandedNamed).
  const object =
    /^(?:what|which) \w+ (?:do|does|did) \S+ \w+ (?:\w+ )+(?:on|in|with|from|by)$/.test(
      question.words.join(" "),
    );
  if (!object && (named(forward, 3, true, true) || named(around, 3, true)))
    return { answers: true };
  // "What language is it coded in": "written in Julia" says it in other words.
  if (question.madeWith) {
    const made = tokens.some((t, i) => {
      const what = tokens[i + 2];
      const by = tokens[i + 1]?.word ?? "";
      return (
        (/(?:ed|en|wn|lt)$/.test(t.word) || t.word === "made") &&
        what !== undefined &&
        (MADE_OF.has(by)
          ? isContent(what.word) && MADE_OF.has(question.words.at(-1) ?? "")
          : MADE_WITH.has(by) && what.name) &&
        !what.keys.some((k) => asked.has(k)) &&
        !broken(tokens, i, i + 2)
      );
    });
    // ("A Go library" says what it is written in, not what hardware it ran on.)
    const language = /^(?:language|framework)s?$/.test(focus);
    if (made || writtenIn(question, entry, asked) || (language && madeAs(tokens, asked)))
      return { answers: true };
  }
  // "What wood is the back of the viola": "a back of Scottish sycamore" says what it is of.
  if (partOf(question, tokens, asked)) return { answers: true };
  // "Which platforms is Saltmarsh on": "released on PC and PlayStation 5".
  const last = question.words.at(-1) ?? "";
  if (
    (last === "on" || last === "in") &&
    !question.madeWith &&
    writtenIn(question, entry, asked, last)
  )
    return { answers: true };
  // "What chip does Tsubame use", "which language is Inkwell written in": "Stack: STM32, C".
  if ((question.madeWith || question.words.includes("use")) && stacked(tokens, asked))
    return { answers: true };
  // "Which tools have you done CXL work in": an entry titled by a name written as code
  // ("qemu-cxl") is a piece of software, and so one of those asked for.
  if ((SOFTWARE_NOUNS.has(focus) || /^software$/.test(focus)) && codeTitled(tokens, entry, asked))
    return { answers: true };
  return lacks(focus);
}

// Whether a word is a unit of measure ("km", "ms").
function isUnit(word: string): boolean {
  return Object.values(UNITS).some((u) => u.has(word));
}

// A noun said with a word of its own before it, and ending its phrase: "the slow-receiver
// problem in data planes", not "a glider flight".
function qualified(tokens: Token[], at: number, asked: ReadonlySet<string>): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  const ends =
    !after || !isContent(after.word) || after.start - (tokens[at]?.end ?? after.start) > 1;
  return (
    ends &&
    before !== undefined &&
    isContent(before.word) &&
    (tokens[at]?.start ?? 0) - before.end <= 2 &&
    !before.keys.some((k) => asked.has(k))
  );
}

// A title that opens on a name written as code, in lower case and joined by a hyphen, dot or
// underscore ("qemu-cxl", "httpd-ab"), which the question does not give.
function codeTitled(tokens: Token[], entry: EntryFacts, asked: ReadonlySet<string>): boolean {
  const [first, second] = tokens;
  return (
    first !== undefined &&
    second !== undefined &&
    !first.capital &&
    second.start < entry.titleEnd &&
    /^[-_.]$/.test(second.before) &&
    !first.keys.some((k) => asked.has(k))
  );
}
