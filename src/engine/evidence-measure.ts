/** Whether a figure in an entry is of the measure a question asks for. */
import type { Span, Token } from "./details.ts";
import { meant } from "./evidence-words.ts";
import { MEASURES, TIME_UNITS, UNITS } from "./measure-words.ts";
import type { Question } from "./question.ts";

// How many words on from a figure its unit of time may say it is a rate.
const RATE_REACH = 6;
/**
 * Whether a figure is of the measure the question asks for: stated in its units ("61µs",
 * "3,000 metres", "~750K RPS", "120K handshakes a second", "2x") or next to the measure's word
 * ("a latency of 61"). Any figure does when the question names no measure with units.
 */
export function measures(question: Question, tokens: Token[], span: Span): boolean {
  const kinds = question.measure ? MEASURES[question.measure] : undefined;
  if (!kinds) return true;
  const units = kinds.flatMap((k) => [...(UNITS[k] ?? [])]);
  const isUnit = (w: string | undefined) => w !== undefined && units.includes(w);
  const last = tokens[span.to - 1]?.word ?? "";
  // "61µs", "2x", "750k" then "rps".
  if (isUnit(/^\d[\d.]*(\D+)$/.exec(last)?.[1])) return true;
  const next = tokens[span.to];
  if (!next || /[,;:.!?()]/.test(next.before)) return false;
  if (kinds.includes("percent") && next.before.includes("%")) return true;
  if (isUnit(next.word)) return true;
  // "120K handshakes a second", "10 Gb/s": so many per unit of time.
  if (kinds.includes("rate")) {
    // "How many frames per second": "3,000 students a year" is a rate of another unit.
    const asked = question.words.find(
      (w, i) => /^(?:per|a)$/.test(question.words[i - 1] ?? "") && TIME_UNITS.includes(w),
    );
    // "About 150 students take my classes each year": the unit of time may close the clause
    // a few words on, with "each" or "every" as well as "a" or "per".
    for (let i = span.to; i < span.to + RATE_REACH && i < tokens.length - 1; i++) {
      const per = tokens[i + 1] as Token;
      if (/[,;:.!?()]/.test(per.before)) break;
      const spoken = /^(?:per|a|each|every)$/.test(per.word);
      const by = spoken || per.before.includes("/");
      const unit = spoken ? tokens[i + 2] : per;
      const of = unit?.word.replace(/s$/, "") ?? "";
      if (by && TIME_UNITS.includes(of) && (!asked || of === asked)) return true;
    }
    // "In a good year we harvest about 4.5 tonnes": the unit of time before, in the sentence.
    for (let i = span.from - 1; i >= 0 && i >= span.from - 8; i--) {
      const t = tokens[i] as Token;
      const of = t.word.replace(/s$/, "");
      const by = [1, 2].some((d) => /^(?:a|per|each|every)$/.test(tokens[i - d]?.word ?? ""));
      if (by && TIME_UNITS.includes(of) && (!asked || of === asked)) return true;
      if (/[.!?;]/.test(t.before)) break;
    }
  }
  // "a latency of 61", "61 ms of latency": the measure's own word.
  const own = new Set(meant(question, question.measure as string));
  return tokens.some((t, i) => t.keys.some((k) => own.has(k)) && Math.abs(i - span.from) <= 3);
}
