// A reference as CVs list them: "Ruiz A, Okafor T (2021). Title. Venue 17: 1102–1114."

/** A citation's parts: the paper's title is what the entry is; the rest is what it says. */
export interface Citation {
  title: string;
  year: number;
  venue?: string;
  /** The line without its title: authors, year, venue, volume and pages. */
  rest: string;
}

const YEAR_PAREN = /^(.{3,300}?)\s*\(((?:19|20)\d{2})[a-z]?\)[.,:]?\s+(.+)$/u;
// An author as cited: "Ruiz A", "A. Ruiz", "Ruiz, A.", "de la Cruz M-J", "et al."
const AUTHOR =
  /^(?:et al\.?|(?:\p{Lu}\.\s*)+|(?:\p{Lu}\.\s*)*(?:(?:van|von|de|da|del|di|la|le)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?:\s+(?:\p{Lu}\.?-?){1,3})?)$/u;

/** Reads a line as a citation, or undefined when it is not one. */
export function readCitation(text: string): Citation | undefined {
  const m = YEAR_PAREN.exec(text.trim());
  if (!m) return undefined;
  const [authors, year, after] = [m[1] ?? "", Number(m[2]), m[3] ?? ""];
  const names = authors.split(/\s*(?:,|&|\band\b)\s*/u).filter(Boolean);
  if (names.length === 0 || !names.every((n) => AUTHOR.test(n))) return undefined;
  // One capitalised word before a year is a name ("Backdraft (2022)"), not an author list.
  const initials = names.some((n) => /(?:^|\s)\p{Lu}\.?(?:\s|$)|et al/u.test(n));
  if (names.length < 2 && !initials) return undefined;
  if (!/^["“‘'\p{L}]/u.test(after)) return undefined;
  // The title runs to the first sentence end; what follows is where it appeared.
  const end = /[.?!](?=\s+\S)/u.exec(after);
  if (!end) return undefined;
  const title = after.slice(0, end.index + (end[0] === "." ? 0 : 1)).trim();
  const published = after.slice(end.index + 1).trim();
  if (title.length < 8 || !published) return undefined;
  const venue = /^(?:in\s+)?(.+?)(?=\s*(?:,|\d|\(|$))/iu.exec(published)?.[1]?.replace(/[,;]$/, "");
  const rest = `${authors} (${year}). ${published}`;
  return {
    title,
    year,
    ...(venue && venue.length <= 100 && /\p{Lu}/u.test(venue) ? { venue } : {}),
    rest,
  };
}

/** True for a list of cited authors ("P. Raman, X. Lemaire", "Ruiz A and Okafor T"). */
export function isAuthorList(text: string): boolean {
  const names = text
    .replace(/[.,;:\s]+$/u, "")
    .split(/\s*(?:,|&|\band\b)\s*/u)
    .filter(Boolean);
  const initialled = names.some((n) => /(?:^|\s)\p{Lu}\.?(?:\s|$)|et al/u.test(n));
  return names.length > 0 && initialled && names.every((n) => AUTHOR.test(n));
}

/** A reference with its title in quotes: the authors before it, the title, and what follows. */
export interface QuotedReference {
  authors: string;
  title: string;
  /** What follows the title: the venue, year and role as written. */
  after: string;
}

/** Reads 'Ruiz A, Okafor T. "A title." *Venue*, 2021. First author.', or undefined. */
export function readQuotedReference(text: string): QuotedReference | undefined {
  const m = /^(.{2,300}?)[.,:]?\s+["“]([^"”]{3,300})["”][.,:]?\s*(.*)$/u.exec(text.trim());
  if (!m?.[1] || !m[2] || !isAuthorList(m[1])) return undefined;
  const title = m[2].trim().replace(/[.,;:]$/u, "");
  return { authors: m[1].replace(/[.,;:\s]+$/u, ""), title, after: (m[3] ?? "").trim() };
}
