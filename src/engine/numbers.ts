/** A figure as written in a text, with every value it may stand for. */
export interface Figure {
  /** The figure as written, e.g. "750K" or "99.9". */
  text: string;
  /** Where it starts in the text. */
  index: number;
  /** Canonical values (see `canonical`); a figure like "1,500" may mean more than one. */
  values: string[];
}

// Digits with thousands or decimal separators: "750,000", "99.9", "1.000.000", "750 000".
const FIGURE =
  /\d+(?:[.,\u00a0\u202f]\d+)*(?:\s?(thousand|million|billion|trillion|mn|bn)\b|[ \u00a0\u202f]?([kKmMbB])(?!\p{L}))?/gu;

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

/** One spelling of a value, so that 750000, 750e3 and 0.75e6 compare equal. */
export function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Every figure written with digits in a text: "750K", "750,000", "2022", "99.9%", "1.5 million". */
export function figuresIn(text: string): Figure[] {
  const found: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [written, word, letter] = match;
    const digits = written.replace(/[\s\u00a0\u202f]?[\p{L}]+$/u, "");
    const bases = readings(digits);
    const scale = SCALE[(word ?? letter ?? "").toLowerCase()];
    // "5m" may be five million or five metres/minutes: both readings stand.
    const lenient = letter === "m" || letter === "M";
    const values = new Set<string>();
    for (const base of bases) {
      if (scale) values.add(canonical(base * scale));
      if (!scale || lenient) values.add(canonical(base));
    }
    // "NSDI '22": a year written with two digits.
    if (/^\d\d$/.test(digits) && /['’‘]$/.test(text.slice(0, match.index))) {
      values.add(canonical(2000 + Number(digits)));
      values.add(canonical(1900 + Number(digits)));
    }
    found.push({ text: written, index: match.index, values: [...values] });
  }
  return found;
}

// What a run of digits and separators can mean: "1,500" is 1500 in English and 1.5 in much of
// Europe; both readings count, since only the owner's own figures are compared against.
function readings(digits: string): number[] {
  const parts = digits.split(/[.,\u00a0\u202f]/);
  const seps = digits.match(/[.,\u00a0\u202f]/g) ?? [];
  if (seps.length === 0) return [Number(digits)];
  const grouped = parts.slice(1).every((p) => p.length === 3);
  const out: number[] = [];
  if (grouped) out.push(Number(parts.join("")));
  const kinds = new Set(seps);
  if (seps.length === 1 && (seps[0] === "." || seps[0] === ",")) {
    out.push(Number(parts.join(".")));
  } else if (kinds.size === 2 && seps.at(-1) !== seps[0]) {
    // "1,234.5" or "1.234,5": the last separator is the decimal point.
    const last = digits.search(/[.,][^.,]*$/);
    out.push(Number(`${digits.slice(0, last).replace(/\D/g, "")}.${digits.slice(last + 1)}`));
  }
  // A version or an address ("1.2.3", "10.0.0.1") reads as its parts.
  if (out.length === 0) for (const p of parts) out.push(Number(p));
  return out;
}

/** English number words below twenty, by value. */
export const NUMBERS_BELOW_TWENTY = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
/** English tens by their digit ("" where there is no word). */
export const TENS = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];
const ORDINALS = [
  "",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

const WORD_VALUE = new Map<string, number>();
NUMBERS_BELOW_TWENTY.forEach((w, i) => {
  WORD_VALUE.set(w, i);
});
TENS.forEach((w, i) => {
  if (w) WORD_VALUE.set(w, i * 10);
});
ORDINALS.forEach((w, i) => {
  if (w) WORD_VALUE.set(w, i);
});

const SPELLED = new RegExp(
  `\\b(${TENS.filter(Boolean).join("|")})(?:[- ](${NUMBERS_BELOW_TWENTY.slice(1, 10).join("|")}))?\\b|\\b(${[...NUMBERS_BELOW_TWENTY, ...ORDINALS.filter(Boolean)].join("|")})\\b`,
  "gi",
);

/**
 * English numbers written as words ("fifteen", "twenty-five", "first"), with their values. Only
 * English: other languages' figures are checked when written with digits.
 */
export function spelledFiguresIn(text: string): Figure[] {
  const found: Figure[] = [];
  for (const match of text.matchAll(SPELLED)) {
    const [written, tens, unit, single] = match;
    const value = single
      ? (WORD_VALUE.get(single.toLowerCase()) ?? 0)
      : (WORD_VALUE.get((tens ?? "").toLowerCase()) ?? 0) +
        (WORD_VALUE.get((unit ?? "").toLowerCase()) ?? 0);
    found.push({ text: written, index: match.index, values: [canonical(value)] });
  }
  return found;
}
