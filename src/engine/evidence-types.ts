/** The types the judge of an entry and its helpers share, apart so they import no cycle. */
import type { TextDetails } from "./details.ts";

/** What an entry lacks to answer a question, or nothing when it answers it. */
export type Verdict = { answers: true } | { answers: false; missing: string };

/** What the judge needs to know about an entry beyond its text. */
export interface EntryFacts {
  details: TextDetails;
  /** Keys of everything the entry is filed under: its words, tags and section heading. */
  keys: ReadonlySet<string>;
  /** Keys of its title and section heading: what the entry is ("a course", "a job"). */
  heading: ReadonlySet<string>;
  /** Where the entry's title ends in its text (0 for text with no title). */
  titleEnd: number;
  /** Keys of its section's title and description: what it is filed as ("Family and pastimes"). */
  section?: ReadonlySet<string>;
  /** Keys of the tags its owner gave it: what the owner files it as ("pet" on "my dog Viruta"). */
  tagged?: ReadonlySet<string>;
}
