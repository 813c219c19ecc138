/**
 * "Whats ur email", "how can i reach u": how to get in touch, from the entries that give it (an
 * address or a number in their text, or a section for contact), never from an entry that only
 * mentions a phone app or an email newsletter.
 */
import type { Knowledge } from "../knowledge/schema.ts";
import type { Doc } from "./types.ts";

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
// A telephone number written the international way ("+44 20 7946 0018"): not a CVE's numbers.
const PHONE = /\+\d[\d ().-]{7,}\d/;
// A street address: a number, then a street's name and kind ("12 Quay Street").
const STREET =
  /\b\d+[a-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Square|Place|Boulevard|Straße|Strasse|Rue)\b/u;
const SITE_LINK =
  /\b(?:web ?site|home ?page|site|blog|portfolio)\b|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
const CONTACT_SECTION = /\b(?:contact|get in touch|find me|socials?|elsewhere|links)\b/i;

/**
 * The entries that say how to reach the owner, as the question asks (a phone number, an email
 * address, or any way at all); empty when none does.
 */
export function contactEntries(knowledge: Knowledge, words: readonly string[]): Doc[] {
  const phone = words.some((w) => /^(?:phone|mobile|cell|telephone|whatsapp|call|digits)$/.test(w));
  const email = words.some((w) => /^e-?mail$/.test(w));
  const site = words.some((w) => /^(?:website|site|homepage|page)s?$/.test(w));
  // "Whats ur home address": where the owner lives or gets post, which an email is not.
  const postal = words.some(
    (w, i) => /^(?:home|postal|mailing|street)$/.test(w) && words[i + 1] === "address",
  );
  return knowledge.sections.flatMap((section) =>
    section.entries
      .filter((entry) => {
        const text = [entry.title, entry.summary, entry.details ?? ""].join(" ");
        if (phone) return PHONE.test(text);
        if (postal) return STREET.test(text);
        if (email) return EMAIL.test(text);
        // "Do you have a website": a link the entry calls one, or any link of a contact section;
        // not an entry about "site reliability" or "38 fixed sites".
        if (site)
          return (entry.links ?? []).some(
            (l) => SITE_LINK.test(l.label) || CONTACT_SECTION.test(section.title),
          );
        return CONTACT_SECTION.test(section.title) || EMAIL.test(text) || PHONE.test(text);
      })
      .map((entry) => ({ entry, section })),
  );
}
