/**
 * Words for numbers, time, money and measures: what a figure in a question or an entry is of.
 * General English only; a test checks that no word of a fixture profile's own vocabulary appears here.
 */
import { list } from "./lexicon.ts";
import { NUMBERS_BELOW_TWENTY, TENS } from "./numbers.ts";

/** Cardinal number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  NUMBERS_BELOW_TWENTY.map((w, i): [string, number] => [w, i])
    .concat(TENS.flatMap((w, i): [string, number][] => (w ? [[w, 10 * i]] : [])))
    .concat([
      ["hundred", 100],
      ["thousand", 1000],
      ["million", 1e6],
      ["billion", 1e9],
      ["dozen", 12],
      ["dozens", 24],
      ["hundreds", 200],
      ["thousands", 2000],
      ["millions", 2e6],
      ["twice", 2],
      ["thrice", 3],
      ["half", 0.5],
      ["couple", 2],
      ["single", 1],
      ["first", 1],
      ["second", 2],
      ["third", 3],
    ]),
);

/** Units of time, singular, and the abbreviations people write them with. */
export const TIME_UNITS = list(
  "second minute hour day night week fortnight month year decade century semester term season",
);

/** Months, weekdays, seasons and parts of the day: words that date something. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  list(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekend weekends
  weekday weekdays spring summer autumn fall winter morning mornings afternoon afternoons evening
  evenings night nights noon midnight daily weekly monthly yearly annually annual biweekly
  fortnightly christmas`),
);

/** Words that ask about money: "how much does it cost", "what's her salary". */
export const MONEY_WORDS: ReadonlySet<string> = new Set(
  list(`money cost costs costed price prices priced charge charges charged pay pays paid salary salaries
  wage wages fee fees earn earns earned earning earnings worth spend spends spent budget raise
  raised income revenue funding`),
);

/** Nouns for what is measured, answered by a figure: "what performance does it get". */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set(
  list(`performance speed throughput latency size length height width depth weight distance
  score scores rating ratings accuracy result results figure figures number numbers stat stats
  statistics capacity rate rates delay altitude temperature`),
);

/** Units a figure is stated in, by what they measure: "61 µs" is a time, "3,000 metres" a length. */
export const UNITS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    time: `ns µs us ms s sec secs second seconds millisecond milliseconds microsecond
    microseconds nanosecond nanoseconds minute minutes min mins hour hours hr hrs day days week
    weeks month months year years`,
    rate: "rps qps tps fps pps iops gbps mbps kbps hz khz mhz ghz",
    length: `m km cm mm metre metres meter meters kilometre kilometres kilometer kilometers ft
    feet foot mile miles inch inches centimetre centimetres centimeter centimeters millimetre
    millimetres millimeter millimeters yard yards`,
    mass: `kg g mg tonne tonnes ton tons lb lbs pound pounds kilo kilos gram grams kilogram
    kilograms kilogramme kilogrammes milligram milligrams ounce ounces oz`,
    temperature: "degrees degree celsius fahrenheit kelvin c f",
    percent: "percent per cent",
    factor: "x times fold",
  }).map(([kind, units]) => [kind, new Set(list(units))]),
);

/**
 * What a figure asked for by a measure is stated in ("what latency": a time; "how high": a
 * length). A measure not listed here is answered by any figure.
 */
export const MEASURES: Readonly<Record<string, readonly string[]>> = {
  latency: ["time"],
  delay: ["time"],
  speed: ["rate", "time", "factor"],
  fast: ["rate", "time", "factor"],
  throughput: ["rate"],
  performance: ["rate", "time", "factor", "percent"],
  height: ["length"],
  high: ["length"],
  tall: ["length"],
  length: ["length"],
  // "How long is the walkway" (220 metres), "how long is the film" (52 minutes).
  long: ["length", "time"],
  width: ["length"],
  wide: ["length"],
  depth: ["length"],
  deep: ["length"],
  distance: ["length"],
  // "Six hours' drive from the park": far in time, too.
  far: ["length", "time"],
  altitude: ["length"],
  weight: ["mass"],
  heavy: ["mass"],
  // "What size is the bass drum": a length across it ("22 inches"), not a year or a price.
  size: ["length"],
  accuracy: ["percent"],
  accurate: ["percent"],
  temperature: ["temperature"],
  hot: ["temperature"],
  cold: ["temperature"],
};
