// Characters that render as nothing but can smuggle instructions or reorder text: Unicode tag
// characters, zero-width characters, bidi controls, variation selectors, soft hyphen.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is stripped on its own
  /[\u{E0000}-\u{E007F}\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u061C\u180E\u202A-\u202E\u2066-\u2069\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A question as the engine should see it: NFKC, no invisible or control characters, trimmed. */
export function cleanQuestion(raw: string): string {
  return raw
    .replace(INVISIBLE, "")
    .normalize("NFKC")
    .replace(CONTROL, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** A question ready to answer, or the reason it is refused. */
export type PreparedQuestion = { ok: true; question: string } | { ok: false; message: string };

/** Cleans a question and checks its length; every surface uses this before answering. */
export function prepareQuestion(raw: string, maxLength: number): PreparedQuestion {
  const question = cleanQuestion(raw);
  if (!question) return { ok: false, message: "Please include a question — or try `/help`." };
  if (question.length > maxLength) {
    return {
      ok: false,
      message: `That question is ${question.length} characters long; please keep it under ${maxLength}.`,
    };
  }
  return { ok: true, question };
}
