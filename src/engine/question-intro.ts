/**
 * Whether a question asks who the owner is (an introduction: headline and summary) rather than
 * about one thing of theirs: "tell me about urself", "what do u do", "what's ur whole thing",
 * "who is Maya Okafor".
 */
import { HONORIFICS, rarity } from "./lexicon.ts";
import { BE, PRONOUNS } from "./question-words.ts";
import { isContent } from "./text.ts";
import { namesAPerson } from "./word-kinds.ts";

// The phrasings of an introduction: "who are you", "what's her story", "tell me about him",
// "what do you do for a living", "in a nutshell".
const INTRO =
  /\b(who are you|what is (your|her|his) (deal|story)\W*$|^\W*((yo|sup|so|ok|okay|hey|hi|hello)\W+)?what (kinds? |sorts? |types? )?(of )?(stuff |things |work )?(do|does) (you|she|he|they) (make|create|build)\W*$|about (yourself|you)|(on|of) yourself\W*$|(your|her|his) background|introduce yourself|(your|her|his) bio|in a nutshell|sum (yourself|you|her|him|them) up)\b|^\W*((yo|sup|so|ok|okay|hey|hi|hello|and|but|well|quick question|what is (your|her|his|their) (deal|story))\W+)*what (do|does|did) (\S+ ){1,2}(actually |really )?((do|work on|working on)( for (a )?(living|work)| all day| these days)?|\S+ for a living)\W*$|^\W*what (are|is) (you|she|he|they) working on\W*$|^\W*((can|could) you )?(tell|talk) (me |us )?(a (bit|little) |more |something )?about (her|him|them)( please)?\W*$|^\W*who (is|was) (she|he)\W*$/;

/** "Give me the quick rundown on yourself": an introduction, though asked as a request. */
export function introAsked(flat: string, ws: string[]): boolean {
  return /\b(on|of|about) yourself$/.test(flat) && !narrowed(ws);
}

/**
 * "What does she do" (about the owner; "what does regex-viz do" is about one of their things),
 * "what's your whole thing", or only the owner's name ("who is Maya Okafor").
 */
export function ownerAsked(flat: string, ws: string[], ownName: ReadonlySet<string>): boolean {
  if (INTRO.test(flat) && aboutOwner(ws, ownName) && !narrowed(ws) && !namesTopic(ws, ownName))
    return true;
  if (broadlyAboutOwner(ws, ownName)) return true;
  const rest = ws.filter((w) => isContent(w) && !ownName.has(w) && !HONORIFICS.has(w));
  return ownName.size > 0 && rest.length === 0 && ws.some((w) => ownName.has(w));
}

// Words that ask for an introduction without narrowing it: "tell me a bit about you".
const INTRO_WORDS = new Set(
  `tell talk say something bit little more brief briefly quick introduce yourself yo so well
  give rundown overview intro introduction bio`.split(/\s+/),
);

// Words that name no topic in a question about the owner: "so what do u actually work on, in
// general terms", "gimme the elevator pitch, what's ur whole thing".
const BROAD_WORDS = new Set(
  `work works working worked do does doing thing things stuff whole general generally terms
  overall pitch elevator summary gist overview tldr basically actually really exactly mainly
  mostly main kind sort type gimme give tell explain quick short brief`.split(/\s+/),
);
const OWNER_WORDS = /^(?:you|your|yourself|she|her|he|his|him|they|their|them)$/;

// "What's your whole thing", "what kind of scientist are you": who the owner is, asked in words
// that narrow it to no topic. A kind of person asked of the owner ("what kind of engineer is
// she") is who they are, as WordNet files the noun under "person".
function broadlyAboutOwner(ws: string[], ownName: ReadonlySet<string>): boolean {
  if (!ws.some((w) => w === "what" || w === "which")) return false;
  if (!ws.some((w) => OWNER_WORDS.test(w) || ownName.has(w))) return false;
  // ("What's she going to do once the podcast ends": plans, which an introduction does not give;
  // "what r u working on atm": the work of now, which the entries saying "currently" give.)
  if (
    ws.some((w) =>
      /^(?:going|gonna|will|next|plan|plans|planning|now|moment|currently|lately|recently|days|today)$/.test(
        w,
      ),
    )
  )
    return false;
  return ws.every((w, i) => {
    if (!isContent(w) || BROAD_WORDS.has(w) || ownName.has(w)) return true;
    const askedOf =
      BE.has(ws[i + 1] ?? "") &&
      (OWNER_WORDS.test(ws[i + 2] ?? "") || ownName.has(ws[i + 2] ?? ""));
    return (
      /^(?:kinds?|sorts?|types?)$/.test(ws[i - 2] ?? "") &&
      ws[i - 1] === "of" &&
      askedOf &&
      namesAPerson(w)
    );
  });
}

// "Whats morpheus about in a nutshell": a word of the question that is no introduction's names
// what it is about. ("Morpheus" is rare: a name; "what do you do for a living" names nothing.)
function namesTopic(ws: string[], ownName: ReadonlySet<string>): boolean {
  return ws.some((w) => isContent(w) && !ownName.has(w) && !INTRO_WORDS.has(w) && rarity(w) === 4);
}

// "Tell me a fun fact about you": something in particular about the owner, not who they are.
function narrowed(ws: string[]): boolean {
  const at = ws.findLastIndex((w) => w === "about" || w === "on" || w === "of");
  if (at < 0 || !/^(you|yourself)$/.test(ws[at + 1] ?? "")) return false;
  return ws.slice(0, at).some((w) => isContent(w) && !INTRO_WORDS.has(w));
}

// Whether a question's subject is the owner: a pronoun, their name, or nobody named at all.
function aboutOwner(ws: string[], ownName: ReadonlySet<string>): boolean {
  const at = ws.findIndex((w) => w === "do" || w === "does" || w === "did");
  if (at < 0) return true;
  // ("What does Ana drive for a living": any verb before "for a living" is her work.)
  const end = ws.findLastIndex(
    (w, i) =>
      i > at &&
      (/^(do|work|working|make|create|build)$/.test(w) ||
        ws.slice(i + 1).join(" ") === "for a living"),
  );
  const subject = ws.slice(at + 1, end > at ? end : undefined);
  return subject.every(
    (w) => PRONOUNS.has(w) || ownName.has(w) || HONORIFICS.has(w) || !isContent(w),
  );
}
