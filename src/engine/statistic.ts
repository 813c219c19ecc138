/**
 * Which statistic of a measure a question asks ("median latency", "average speed"): a figure
 * stated as another statistic ("61µs P99.9") does not answer it.
 */
import type { Token } from "./details.ts";
import type { Question } from "./question.ts";

// Each statistic a question may name, with the ways a text may write it.
const STATISTICS: Readonly<Record<string, RegExp>> = {
  median: /^(?:median|p50|50th)$/,
  average: /^(?:average|averages|averaged|mean|avg)$/,
  mean: /^(?:average|averages|averaged|mean|avg)$/,
  peak: /^(?:peak|peaks|peaked|max|maximum|top|highest|record)$/,
  maximum: /^(?:peak|max|maximum|top|highest|record)$/,
  minimum: /^(?:min|minimum|lowest)$/,
};

/**
 * The statistic the question asks of a measure ("median latency") when the text writes it in no
 * way, as "median latency" for the judge's "doesn't give…"; nothing when it is stated or not asked.
 */
export function missingStatistic(question: Question, tokens: Token[]): string | undefined {
  const w = question.words;
  const at = w.findIndex((word) => Object.hasOwn(STATISTICS, word));
  if (at < 0) return undefined;
  const stat = w[at] as string;
  const measured = w[at + 1];
  // "Median latency", "average speed": the statistic of a measure, not "the peak of the season".
  if (measured === undefined || measured !== question.focus) return undefined;
  const written = STATISTICS[stat] as RegExp;
  if (tokens.some((t) => written.test(t.word))) return undefined;
  return `${stat} ${measured}`;
}
