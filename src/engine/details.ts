/**
 * Kinds of detail a piece of profile text holds, and where, recognised by their form, not by the
 * words of any one profile: years and dates, durations, counts and amounts, places and people.
 */
import { KIN_NOUNS, ORGANISATION_WORDS, rarity } from "./lexicon.ts";
import { CALENDAR_WORDS, NUMBER_WORDS, TIME_UNITS, UNITS } from "./measure-words.ts";
import { isContent, key, stem, words } from "./text.ts";

/** A kind of detail a question can ask for. */
export type DetailKind =
  | "date"
  | "duration"
  | "count"
  | "place"
  | "venue"
  | "person"
  | "organisation"
  | "age"
  | "money"
  | "future"
  | "reason"
  | "rank"
  /** Whoever did something, named after "by": "animated by the studio Pigeonhole Films". */
  | "agent"
  /** A length of time in units: "3 hours 12 minutes", not "since 2015". */
  | "elapsed"
  /** A day of the week or of the year: "every Thursday", "12 March". */
  | "day"
  /** A time of day: "at 7:30", "9am", "noon". */
  | "clock"
  /** What a study or test found: "found that…", "showed", "results". */
  | "finding";

/** One word of a text, where it is, and the keys it is matched by. */
export interface Token {
  word: string;
  keys: string[];
  start: number;
  end: number;
  /** Written as a name: capitalised not at a sentence start, or all capitals. */
  name: boolean;
  /** A word no dictionary holds (a name, an acronym, a product). */
  rare: boolean;
  /** Written with a capital, wherever it stands ("Stack: Rust"). */
  capital: boolean;
  /** Written with "'s": it qualifies what follows ("children's book"). */
  possessive: boolean;
  /** What stands between the previous word and this one: a space, a comma, a full stop… */
  before: string;
}

/** A detail stated in a text: its kind and its tokens [from, to). */
export interface Span {
  kind: DetailKind;
  from: number;
  to: number;
  /** Stated by one of the entry's own fields (its year, its venue), not by its text. */
  field?: boolean;
}

/** A text read for details: its tokens, the details it states, and their kinds. */
export interface TextDetails {
  tokens: Token[];
  spans: Span[];
  kinds: Set<DetailKind>;
}

// ISO 4217 codes as the runtime knows them ("DKK 15,000", "15,000 CHF"), read on first use.
let currencies: ReadonlySet<string> | undefined;
// Three capitals next to an amount, kept when they are a currency's code.
const CODED_AMOUNT =
  /\b([A-Z]{3})\s?(\d[\d,.]*(?:\s?(?:million|billion|thousand|[kmb]n?)\b)?)|\b(\d[\d,.]*\s?(?:million\s|billion\s|thousand\s)?)([A-Z]{3})\b/g;
// Symbols written before amounts, with the letters that say which dollar ("NZ$", "US$").
const SYMBOL = "(?:\\b[A-Z]{1,2})?[$€£¥₹₩₪₺₽₴₦₱฿₫]";
const AMOUNT = "\\d[\\d,.]*(?:\\s?(?:million|billion|thousand|[kmb]n?)\\b)?";
const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")}|a|an|several|few|many)`;
// ("3 yrs", "18 mths": the short forms people write.)
const UNIT = `(?:(?:${TIME_UNITS.join("|")})s?|yrs?|mths?|mos|wks?|hrs?|mins)`;
const YEAR = "(?:1[89]|20)\\d\\d";
const ORDINALS = new Set(["first", "second", "third"]);
// Prepositions that end a number's noun phrase ("340 death investigations for the courts").
const PHRASE_ENDS = new Set(
  "for on in at with to from about by into over under after before during".split(" "),
);
// Words that open a noun phrase of its own after "and": what follows is not the number's.
const NEW_PHRASE = new Set(
  "more fewer less many some several a an the other another countless numerous".split(" "),
);
// Units of length, mass, temperature and rate (not of time: "three years" is counted).
const MEASURE_UNITS: ReadonlySet<string> = new Set(
  Object.entries(UNITS)
    .filter(([kind]) => kind !== "time" && kind !== "factor" && kind !== "percent")
    .flatMap(([, units]) => [...units]),
);
const UNIT_WORDS = Object.values(UNITS)
  .flatMap((u) => [...u])
  .filter((u) => /^\p{L}+$/u.test(u))
  .join("|");

// Details located in the text (each match is a span).
const SPAN_PATTERNS: [DetailKind, RegExp][] = [
  // "Tallinn City Transport Office", "the City of Riga Mobility Department": the city an
  // organisation is named for is a place, inside its name.
  ["place", /\b\p{Lu}[\p{L}'’-]+(?=\s+City\b)|(?<=\bCity of\s+)\p{Lu}[\p{L}'’-]+/gu],
  // "opened the shop on Cockburn Street": a street is a place, whatever stands before it.
  [
    "place",
    /\b(?:\p{Lu}[\p{L}'’-]+\s+)+(?:Street|Road|Avenue|Lane|Square|Boulevard|Quay|Terrace|Row|Close|Crescent)\b/gu,
  ],
  ["date", new RegExp(`\\b${YEAR}\\b`, "g")],
  ["date", /\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b/gi],
  ["duration", new RegExp(`\\b${NUMBER}[-\\s]+(?:and a half[-\\s]+)?${UNIT}\\b`, "gi")],
  // "3:41:08": a race time in hours, minutes and seconds.
  ["elapsed", /\b\d{1,2}:\d\d:\d\d\b/g],
  ["duration", /\b\d{1,2}:\d\d:\d\d\b/g],
  ["elapsed", new RegExp(`\\b${NUMBER}[-\\s]+(?:and a half[-\\s]+)?${UNIT}\\b`, "gi")],
  [
    "duration",
    new RegExp(
      // "From autumn 2010 to the summer of 2017", "from 2009 until the end of 2014", "mid-2019".
      `\\b(?:from|between)\\s+(?:[a-z]+[\\s-]+){0,2}${YEAR}\\s+(?:to|and|until|till|through)\\s+(?:[a-z]+[\\s-]+){0,4}${YEAR}\\b`,
      "gi",
    ),
  ],
  [
    "duration",
    new RegExp(
      `\\b${YEAR}\\s*[-–—]\\s*(?:(?:[A-Z][a-z]{2,8}\\.?\\s+)?${YEAR}|\\d\\d|present|now|today)\\b`,
      "gi",
    ),
  ],
  ["duration", new RegExp(`\\bsince\\s+(?:\\w+\\s+)?${YEAR}\\b`, "gi")],
  ["count", new RegExp(`(?<![\\d.\\p{L}])(?!${YEAR}(?!\\d))\\d[\\d,]*(?:\\.\\d+)?`, "gu")],
  ["count", new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b`, "gi")],
  ["money", new RegExp(`${SYMBOL}\\s?${AMOUNT}`, "gi")],
  [
    "money",
    /\d[\d,.]*\s?(?:million\s|billion\s|thousand\s)?(?:euros?|dollars?|pounds?|usd|eur|gbp|francs?|kron(?:er|or|a|e)|yen|yuan|rupees?|pesos?|rand|reais|zloty)\b/gi,
  ],
  ["money", /\b\d+-(?:euro|dollar|pound)\b/gi],
  [
    "date",
    /\b(?:(?:every|each|on|most)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|mornings?|afternoons?|evenings?|nights?)\b/gi,
  ],
  ["date", /\b(?:once|twice|\w+ times|\w+ \w+s) a (?:day|week|month|year|season)\b/gi],
  ["day", /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/gi],
  [
    "day",
    /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b/gi,
  ],
  ["date", /\b(?:daily|weekly|monthly|yearly|annually|fortnightly|biweekly)\b/gi],
  // Lowercase only: "FIRST Robotics" is a name, not a result.
  [
    "rank",
    /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|runner-up|finalist|champions?|won|winners?|top \d+)\b/g,
  ],
  ["age", /\b(?:\d+|[a-z]+)[-\s]years?[-\s]old\b/gi],
  ["age", /\baged?\s+\d+\b/gi],
  // "learned to sail at the age of seven".
  ["age", /\bat (?:the )?age (?:of )?(?:\d{1,2}|[a-z]+)\b/gi],
  ["age", /\bwhen (?:i|she|he|they) (?:was|were) (?:\d{1,2}|[a-z]+teen|[a-z]+)\b/gi],
  ["age", /\bborn\s+(?:in|on)\s+\S+/gi],
  [
    "age",
    new RegExp(
      // "at 19 as a line cook", but not "at 60 FPS", "at up to 3,000 metres" or "at 5 pm".
      `\\bat\\s+(?:\\d{1,2}|twelve|eleven|ten|nine|eight|seven|six|five|four|three)\\b(?![.,]?\\d)(?!\\s*(?:am|pm|%|:|(?:${UNIT_WORDS})\\b))`,
      "gi",
    ),
  ],
];
// Details only known to be somewhere in the text.
const FLAG_PATTERNS: [DetailKind, RegExp][] = [
  [
    "clock",
    /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\bo['’]clock\b|\b(?:noon|midday|midnight)\b/i,
  ],
  [
    "finding",
    /\b(?:found|finds|showed|shows|shown|findings?|concluded|conclusions?|revealed|reveals|suggests?|suggested|results?|discovered|proved|confirmed)\b/i,
  ],
  ["date", /\b(?:every|each|once a|twice a|since|until)\b/i],
  ["date", /\b(?:spring|summer|autumn|winter|weekly|monthly|yearly|annually)\b/i],
  [
    "future",
    /\b(?:will|plans? to|planning|expects? to|upcoming|next|soon|due (?:out |back )?(?:in|to|for)|forthcoming|to appear|in press|later this)\b/i,
  ],
  [
    "reason",
    // "since 2015" and "after a six-year degree" say when, not why.
    /\b(?:(?:is|was) what (?:made|got|led|drew|inspired)|because|since(?!\s+(?:\w+\s+)?(?:19|20)\d\d)|so that|in order to|to (?:help|make|study|learn|see|test|find|show|understand)|after \w+ing|inspired|which is why|led (?:me|him|her|them) to|decided)\b/i,
  ],
];

const PLACE_LIST =
  /\b(?:in|at|from|near|to)\s+\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|or)\s+$/u;
const PLACE_AFTER = /\b(?:in|at|from|near|across|outside|around|to|of)\s+(?:the\s+)?$/;
const CAPITALISED_RUN =
  /\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?(?:\s+(?:de|van|von|da|di|del|le|la)?\s*\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?)+/gu;
const ORGANISATION_RUN = /\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
const AGENT =
  /\bby\s+(?:the\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+|of\s+)?\p{Lu}[\p{L}'’.-]*)*)/dgu;
const PLACE_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/uy;

/**
 * Reads a text for its details. `ownName` words are not counted as other people; `fields` marks
 * character ranges that are a venue or a year by position (an entry's own fields).
 */
export function readDetails(
  text: string,
  ownName: ReadonlySet<string>,
  fields: { kind: DetailKind; start: number; end: number }[] = [],
): TextDetails {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  const kinds = new Set<DetailKind>();
  const add = (kind: DetailKind, start: number, end: number, field = false) => {
    const from = tokens.findIndex((t) => t.end > start);
    if (from < 0) return;
    let to = from;
    while (to < tokens.length && (tokens[to]?.start ?? end) < end) to++;
    if (to > from) spans.push(field ? { kind, from, to, field } : { kind, from, to });
    kinds.add(kind);
  };
  for (const f of fields) add(f.kind, f.start, f.end, true);
  for (const [kind, pattern] of SPAN_PATTERNS) {
    for (const m of text.matchAll(pattern)) add(kind, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CODED_AMOUNT)) {
    currencies ??= new Set(Intl.supportedValuesOf("currency"));
    if (currencies.has(m[1] ?? m[4] ?? "")) add("money", m.index, m.index + m[0].length);
  }
  for (const [kind, pattern] of FLAG_PATTERNS) if (pattern.test(text)) kinds.add(kind);
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    if (CALENDAR_WORDS.has(m[0].toLowerCase())) add("date", m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(
    /\b(?:in|at|from|near|across|outside|around|to|of)\s+(?:the\s+)?/g,
  )) {
    PLACE_RUN.lastIndex = m.index + m[0].length;
    const run = PLACE_RUN.exec(text);
    const name = run ? ownSentence(run[0]) : "";
    // ("Organization of the Year": a time, as an award names it, not a place.)
    const word = name.toLowerCase().replace(/\.+$/, "");
    if (run && !CALENDAR_WORDS.has(word) && !TIME_UNITS.includes(word))
      add("place", run.index, run.index + name.length);
  }
  // "in Ibadan, Nigeria", not "speaks Danish, English".
  for (const m of text.matchAll(
    /\b(?:in|at|from|near|of)\s+(\p{Lu}[\p{L}-]+,\s+\p{Lu}[\p{L}-]+)/dgu,
  )) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    add("place", start, end);
  }
  // "at Opera Europa 2024, Helsinki": an event, then the city it was in, ending the clause
  // (also opening a sentence: "At EuroLLVM 2023, Glasgow").
  for (const m of text.matchAll(
    /\b(?:[Aa]t|[Ii]n)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|\d{4}))*,\s+(\p{Lu}[\p{L}-]+)(?=\s*(?:[.;)]|$))/dgu,
  )) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    add("place", start, end);
  }
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    if (isPerson(m[0], text.slice(Math.max(0, m.index - 40), m.index), ownName))
      add("person", m.index, m.index + m[0].length);
  }
  // "her grandmother", "my colleague": people named by how they are related, and by the name
  // after it ("my grandmother Nuala").
  for (const m of text.matchAll(
    /\b(?:[Mm]y|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur)\s+([a-z]+)\b(?:,?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\b)?/gu,
  )) {
    if (KIN_NOUNS.has(m[1] ?? "")) add("person", m.index, m.index + m[0].length);
  }
  // "animated by the studio Pigeonhole Films", "published by Rabén & Sjögren": whoever did it.
  for (const m of text.matchAll(AGENT)) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    if (end > start && !ownName.has(m[1]?.toLowerCase() ?? "")) add("agent", start, end);
  }
  for (const m of text.matchAll(ORGANISATION_RUN)) {
    const name = ownSentence(m[0]);
    if (isOrganisation(name, text.slice(0, m.index)))
      add("organisation", m.index, m.index + name.length);
  }
  return { tokens, spans, kinds };
}

// A run of capitalised words ends with its sentence: "the Institut Pasteur. Research…" (a
// full stop after a short abbreviation, "St. Andrews", does not end it).
function ownSentence(run: string): string {
  const end = /\p{L}{4,}\.\s/u.exec(run);
  return end ? run.slice(0, end.index + end[0].length - 2) : run;
}

function isPerson(name: string, before: string, ownName: ReadonlySet<string>): boolean {
  const parts = name.toLowerCase().split(/[\s-]+/);
  const last = parts.at(-1) ?? "";
  if (ORGANISATION_WORDS.has(last) || parts.some((p) => CALENDAR_WORDS.has(p))) return false;
  // "Genomic Epidemiology", "Applied Bioinformatics": a field of study, whose words English
  // makes with endings no one's name has.
  if (parts.some((p) => /(?:ology|ography|onomy|omics|ics|ation|ism)$/.test(p))) return false;
  // "Best Paper", "Early Access": ordinary words capitalised, not a name.
  if (parts.every((p) => rarity(p) < 4)) return false;
  // "Australian Tree Climbing Championship": a long run of mostly ordinary words is a title.
  if (parts.length >= 3 && parts.filter((p) => rarity(p) < 4).length * 2 > parts.length)
    return false;
  if (parts.some((p) => ownName.has(p))) return false;
  // "in the team of Chiara Benedetti": a group goes with a person, not a place.
  const group = /\b(\p{Ll}+)\s+of\s+$/u.exec(before)?.[1];
  if (group && ORGANISATION_WORDS.has(group)) return true;
  // "studied in Berlin and New York": the list goes on with places.
  return !PLACE_AFTER.test(before) && !PLACE_LIST.test(before);
}

function isOrganisation(run: string, before: string): boolean {
  const parts = run.toLowerCase().split(/\s+/);
  if (ORGANISATION_WORDS.has(parts.at(-1) ?? "")) return true;
  // "University of Otago", "Polish Association of Bridge Engineers".
  const of = parts.indexOf("of");
  if (of > 0 && ORGANISATION_WORDS.has(parts[of - 1] ?? "")) return true;
  const sentenceStart = /(?:^|[.!?:]\s+)$/.test(before);
  // "Microsoft", "Rabén & Sjögren": names no dictionary holds.
  const named = parts.filter((p) => p !== "&" && p !== "of");
  return !sentenceStart && named.length > 0 && named.every((p) => rarity(p) === 4);
}

/** The words of a text with their positions, as questions are read (chat forms, keys). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  // "(⭐ 1.3k)": a star symbol beside a number counts stars, as repository pages write them.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[⭐★🌟]/gu)) {
    const raw = /^[⭐★🌟]$/u.test(m[0]) ? "stars" : m[0].replace(/['’].*$/, "");
    const ws = words(raw);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const sentenceStart = m.index === 0 || /[.!?:]\s+$/.test(before);
    const allCaps = /^\p{Lu}[\p{Lu}\d]+$/u.test(raw);
    const capital = /^\p{Lu}/u.test(raw);
    tokens.push({
      word: raw.toLowerCase(),
      // "LED" is an acronym, not "lead".
      keys: allCaps ? ws.map(stem) : ws.map(key),
      start: m.index,
      end: m.index + m[0].length,
      name: raw.length > 1 && (allCaps || (capital && !sentenceStart)),
      rare: raw.length > 1 && (allCaps || (!/^\d+$/.test(raw) && ws.every((w) => rarity(w) === 4))),
      capital,
      possessive: /['’]s$/i.test(m[0]),
      before: text.slice(end, m.index),
    });
    end = m.index + m[0].length;
  }
  return tokens;
}

/**
 * Whether a number stands next to one of `wanted` keys, or a word `wanted` accepts ("300 temperature sensors",
 * "a four-person data desk", "€1.5 million ERC Starting Grant"); numbers inside `spans` (ages,
 * amounts) do not count.
 */
export function countsNear(
  tokens: Token[],
  wanted: ReadonlySet<string> | ((t: Token) => boolean),
  spans: Span[] = [],
  reach = 7,
): boolean {
  // Not an ordinal ("First author"), nor "one another".
  const isNumber = (t: Token, i: number) =>
    (/\d/.test(t.word) && !new RegExp(`^${YEAR}$`).test(t.word)) ||
    (Object.hasOwn(NUMBER_WORDS, t.word) &&
      !ORDINALS.has(t.word) &&
      !(t.word === "one" && tokens[i + 1]?.word === "another"));
  const matches =
    typeof wanted === "function" ? wanted : (t: Token) => t.keys.some((k) => wanted.has(k));
  const has = (j: number) => {
    const t = tokens[j];
    return t !== undefined && matches(t);
  };
  // "at 19 as a line cook" is an age, not a count of cooks.
  const aged = new Set<number>();
  for (const s of spans) for (let i = s.from; i < s.to; i++) aged.add(i);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNumber(tokens[i] as Token, i) || aged.has(i)) continue;
    // "has taken children on their first dives, 120 of them so far": back to what "them" is.
    if (tokens[i + 1]?.word === "of" && tokens[i + 2]?.word === "them") {
      // (The people or things taken, not "on their first dives".)
      const governed = (j: number) =>
        [1, 2, 3].some((d) => /^(?:on|in|at|with|for|to|from)$/.test(tokens[j - d]?.word ?? ""));
      for (let j = i - 1; j >= 0 && !/[.!?;]/.test(tokens[j + 1]?.before ?? ""); j--)
        if (isContent(tokens[j]?.word ?? "") && !tokens[j]?.name && !governed(j)) {
          if (has(j)) return true;
          break;
        }
      continue;
    }
    if (has(i - 1) || has(i - 2)) return true;
    // "watched more than 90,000 times": past small words to the verb.
    if (
      reach > 2 &&
      has(i - 3) &&
      !isContent(tokens[i - 1]?.word ?? "") &&
      !isContent(tokens[i - 2]?.word ?? "") &&
      // ("Kids with type 1 diabetes": after a preposition the number is in a phrase of its own;
      // "more than", "over" only say how many.)
      !(
        PHRASE_ENDS.has(tokens[i - 2]?.word ?? "") &&
        !/^(?:over|under)$/.test(tokens[i - 2]?.word ?? "")
      )
    )
      return true;
    // "a four-person tree care business": the number counts the word it is joined to, and
    // sizes the head of its phrase ("business"), not the words qualifying it ("tree").
    if (tokens[i + 1]?.before === "-") {
      if (has(i + 1)) return true;
      let head = i + 1;
      for (
        let j = i + 2;
        j < tokens.length &&
        isContent(tokens[j]?.word ?? "") &&
        !/[,.;:!?()]/.test(tokens[j]?.before ?? "");
        j++
      )
        head = j;
      if (head > i + 1 && has(head)) return true;
      continue;
    }
    // Forward to the end of the number's noun phrase: "2.1 million Cook County eviction court
    // records", stopping at punctuation.
    for (let j = i + 1; j <= i + reach && j < tokens.length; j++) {
      if (/[.!?;]/.test(tokens[j]?.before ?? "")) break;
      // "eleven feature documentaries and more television hours": a new phrase, not counted.
      if (/^(?:and|or)$/.test(tokens[j]?.word ?? "") && NEW_PHRASE.has(tokens[j + 1]?.word ?? ""))
        break;
      if (has(j)) return true;
      // "two picture books for children": the phrase ends before a preposition.
      if (PHRASE_ENDS.has(tokens[j + 1]?.word ?? "")) break;
      // "an 11.5 mm rope": a figure in units measures the rope, it does not count ropes; but
      // "7 degrees hotter" is how much hotter.
      if (j === i + 1 && MEASURE_UNITS.has(tokens[j]?.word ?? "")) {
        if (has(j + 1) && /(?:er|est)$/.test(tokens[j + 1]?.word ?? "")) return true;
        break;
      }
      const gap = (tokens[j]?.start ?? 0) - (tokens[j - 1]?.end ?? 0);
      if (j > i + 4 && gap > 1) break;
    }
  }
  return false;
}
