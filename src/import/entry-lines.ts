// Which lines open an entry of their own, and which go on the one above.

import type { TextLine } from "./markdown.ts";
import { splitEmoji } from "./phrases.ts";
import { findDateSpan, findYears, listItems, splitNamed } from "./pieces.ts";

/** A line that opens an entry of its own: an emoji bullet, "name — …", a bold lead, a date. */
export function isEntryLike(line: TextLine | undefined): boolean {
  if (!line) return false;
  const { emoji, rest } = splitEmoji(line.text);
  // "Jun 2020 – present" is one range under the job above, not a thing named "Jun 2020".
  if (!emoji && !line.lead && isDateOnly(rest)) return false;
  if (emoji || line.lead || isNamed(line) || listItems(rest)) return true;
  // "2019–2021: Engineer at Acme" opens an entry; a line that is only a date belongs to one.
  const span = findDateSpan(rest);
  return span !== undefined && rest.indexOf(span.text) <= 1 && !isDateOnly(rest);
}

const SEASON_OR_MONTH =
  /\b(summer|spring|autumn|fall|winter|present|now|since|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/gi;

/** A line that says only when ("Sept 2019 – present", "2016"). */
export function isDateOnly(text: string): boolean {
  const span = findDateSpan(text);
  const left = span ? text.replace(span.text, "") : text.replace(/\b(19|20)\d{2}\b/, "");
  return (
    (span !== undefined || findYears(text).length > 0) &&
    !/\p{L}{2,}/u.test(left.replace(SEASON_OR_MONTH, ""))
  );
}

/** A line that opens with a name and says what follows it ("qemu-cxl — …"). */
export function isNamed(line: TextLine): boolean {
  const { rest } = splitEmoji(line.text);
  return splitNamed(rest, line.lead) !== undefined;
}
