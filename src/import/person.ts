import type { Knowledge } from "../knowledge/schema.ts";
import { kindOfHeading } from "./classify.ts";
import type { TextLine } from "./markdown.ts";
import {
  chunkText,
  isGreeting,
  joinSentences,
  sentences,
  shorten,
  splitEmoji,
  withoutEmoji,
} from "./phrases.ts";
import type { Outline } from "./structure.ts";

/** The person as the opening lines describe them. */
export interface PersonDraft {
  headline: string;
  summary: string;
  voice: Knowledge["person"]["voice"];
  /** The person's name, when the source gives one. */
  name?: string;
  /** How to reach them, from a contact section: an email and links on one line. */
  contact?: string;
}

const HEADLINE_MAX = 300;
const SUMMARY_MAX = 2000;
// A name's word: "Ana", "Okonjo-Miles", "MacLeod", "O'Neill".
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)?(?:-\p{Lu}?[\p{Ll}'’]+)*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:van|von|de|da|del|di|le|la)?\s*${NAME_WORD}){0,3}`;
// Words a page's title has that are no one's name.
const NOT_A_NAME =
  /^(?:curriculum vitae|resume|résumé|cv|portfolio|home|homepage|profile|about me|welcome)$/i;
const INTRODUCES = new RegExp(
  String.raw`\b(?:I'm|I’m|I am|my name is|this is|call me)\s+(${NAME})`,
  "u",
);
const THIRD_PERSON = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Professor)\.?\s+)?(${NAME})\s+(?:is|was|has|leads|works|builds)\b`,
  "u",
);

/** First person when the source says "I" (or "my", "me"); third person otherwise. */
export function detectVoice(source: string): PersonDraft["voice"] {
  return /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I'll)(?![\p{L}'’])|\b(?:my|me)\b/u.test(source)
    ? "first-person"
    : "third-person";
}

// The last word of a firm's name ("Dobrescu Architects", "Lantern Moth Studio").
const FIRM =
  /\s+(?:Architects|Architecture|Studio|Studios|Design|Designs|Partners|Associates|Consulting|Labs?|Games|Press|Films|Productions|Workshop)$/u;

/**
 * "Mirela Dobrescu Architects" is a practice: its owner is "Mirela Dobrescu" when the page names
 * her alone too ("led by Mirela Dobrescu"); a firm named after no one names no person.
 */
function ownerOfFirm(name: string | undefined, outline: Outline): string | undefined {
  if (!name || !FIRM.test(name)) return name;
  const person = name.replace(FIRM, "");
  const text = outline.opening.map((l) => l.text).join(" ");
  const alone = new RegExp(`${person}(?!\\s+\\p{Lu})`, "u");
  return alone.test(text) ? person : undefined;
}

/** The person's name, from a title that is only a name or a line that introduces one. */
export function detectName(outline: Outline): string | undefined {
  const title = outline.title
    ? withoutEmoji(outline.title.text)
        .replace(/^(?:about(?: me)?|hi|hello|hey|welcome|meet)\b[\s,:!—–-]*/i, "")
        .replace(/[!.,]+$/, "")
    : "";
  const intro = INTRODUCES.exec(title) ?? INTRODUCES.exec(outline.opening[0]?.text ?? "");
  if (intro?.[1]) return intro[1].replace(/[.,!]$/, "");
  // "Dr. Ana Ruiz — Curriculum Vitae", "Projects — Ana Ruiz": the part that is only a name.
  const whole = new RegExp(`^(?:(?:Dr|Prof|Professor)\\.?\\s+)?(${NAME})$`, "u");
  // "Dr Thandi Mokoena, BVSc MSc": the letters after a name are no part of it.
  for (const part of title.split(/\s+[—–|-]\s+|:\s+|,\s+/u)) {
    const name = ownerOfFirm(whole.exec(part.trim())?.[1], outline);
    if (name && name.split(/\s+/).length >= 2 && !kindOfHeading(name) && !NOT_A_NAME.test(name))
      return name;
  }
  // "**Amara Nwosu** · Structural engineer · Nairobi" under "# Curriculum Vitae": a bold name
  // opening the first line, before what the person does.
  const lead = outline.opening[0]?.lead?.trim();
  const after = outline.opening[0]?.text.slice(lead?.length ?? 0) ?? "";
  const bold = lead && /^\s*[·|•,—–-]\s/u.test(after) ? whole.exec(lead)?.[1] : undefined;
  if (bold && bold.split(/\s+/).length >= 2 && !kindOfHeading(bold)) return bold;
  const third = THIRD_PERSON.exec(outline.opening[0]?.text ?? "");
  if (third?.[1] && third[1].split(/\s+/).length >= 2) return third[1];
  return undefined;
}

/**
 * The headline is the opening sentence; the summary the rest of the opening paragraphs, or the
 * first lines after it when the source opens with one sentence.
 */
export function draftPerson(outline: Outline, source: string, fallback: string[]): PersonDraft {
  const name = detectName(outline);
  const opening = outline.opening.map((l: TextLine) => splitEmoji(l.text).rest).filter(Boolean);
  // "Hello! I'm Sofía Marín, …": the greeting is no part of the headline.
  const openingSentences = opening.flatMap((t) => sentences(t)).filter((t) => !isGreeting(t));
  // A greeting ("Hi there 👋") is no headline.
  const titleText = outline.title ? withoutEmoji(outline.title.text) : "";
  const greeting = isGreeting(titleText);
  const title = greeting ? "" : titleText;
  let headline = openingSentences[0] ?? (title || fallback[0] || "");
  let rest = openingSentences.slice(1);
  // "Hi, I'm Ana Ruiz." says only who: what she does is the next sentence.
  if (
    headline.length < 40 &&
    rest.length >= 2 &&
    rest[0] &&
    headline.length + rest[0].length < HEADLINE_MAX
  ) {
    headline = `${headline} ${rest[0]}`;
    rest = rest.slice(1);
  }
  // "Role: Platform engineer at Quayside": the label says what the line is, not the person.
  headline = placedHeadline(headline.replace(/^\p{Lu}\p{Ll}+:\s+(?=\S)/u, ""), name);
  // "ana@example.org · LinkedIn" after the headline is the contact line, not the summary.
  rest = rest.filter((t) => !isContactLine(t));
  if (headline.length > HEADLINE_MAX) {
    rest = [headline, ...rest];
    headline = shorten(headline, HEADLINE_MAX);
  }
  const summaryParts = rest.length > 0 ? rest : distinct(fallback, headline).slice(0, 4);
  const summary = chunkText(joinSentences(summaryParts), SUMMARY_MAX)[0] || headline || "Profile";
  return {
    headline: headline || summary,
    summary,
    voice: detectVoice(source),
    ...(name ? { name } : {}),
  };
}

/** Texts that repeat neither the headline nor one another ("Product designer" in "Product designer with …"). */
function distinct(texts: string[], headline: string): string[] {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const kept: string[] = [];
  for (const text of texts) {
    const t = norm(text);
    if (!t) continue;
    const said = [headline, ...kept].map(norm);
    if (said.some((s) => s.includes(t))) continue;
    for (let i = kept.length - 1; i >= 0; i--)
      if (t.includes(norm(kept[i] ?? ""))) kept.splice(i, 1);
    kept.push(text);
  }
  return kept;
}

// "Warsaw, Poland", "Lagos and remote": a place, as a headline's piece gives it.
const PLACE_PIECE = /^\p{Lu}[\p{L}'’-]+(?:(?:,\s+|\s+and\s+|\s+)(?:\p{Lu}[\p{L}'’-]+|remote))*$/u;
// An email, a link, a link's label ("GitHub") or a bare address ("example.org/ana").
const CONTACT_PIECE =
  /@|https?:\/\/|^\[?(?:github|gitlab|linkedin|portfolio|website|email)\b|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;

/**
 * "Paintings conservator · Prague · ana@example.org" as "Paintings conservator in Prague": a
 * headline of pieces says where the owner is in words, and leaves the email and links to the
 * contact line.
 */
export function placedHeadline(headline: string, name?: string): string {
  const pieces = headline.split(/\s+[·|•]\s+/u).map((p) => p.trim());
  if (pieces.length < 2) return headline;
  // "Amara Nwosu · Structural engineer · Nairobi": the name is the person's own field.
  const kept = pieces.filter((p) => !CONTACT_PIECE.test(p) && p !== name);
  const [role, place, ...more] = kept;
  if (!role || !place) return kept.join(" · ") || headline;
  // A role says what someone is in lowercase words after its first ("Backend engineer"), an
  // acronym among them ("FPGA and digital hardware engineer", "Senior ML engineer").
  const isRole =
    /^\p{L}[\p{L}-]*(?:\s+(?:\p{Lu}{2,}|[\p{Ll}-]+))*\s+\p{Ll}[\p{Ll}-]*$/u.test(role) &&
    !/[.!?]$/.test(role);
  if (!isRole || !PLACE_PIECE.test(place) || place.split(/\s+/).length > 4) return kept.join(" · ");
  return [`${role} in ${place}`, ...more].join(" · ");
}

/** A line of only an email and link labels ("ana@example.org · LinkedIn · GitHub"). */
function isContactLine(text: string): boolean {
  const pieces = text.split(/\s+[·|•]\s+|\s*,\s*/u).map((p) => p.trim());
  return (
    /@|https?:\/\//.test(text) &&
    pieces.every((p) => CONTACT_PIECE.test(p) || /^(?:twitter|mastodon|bluesky|orcid|cv)$/i.test(p))
  );
}

/** True for a piece of a line that says how to reach someone: an email, a link, "GitHub". */
export function isContactPiece(piece: string): boolean {
  return CONTACT_PIECE.test(piece.trim());
}
