// Languages told apart by their script alone, tested in order (kana before Han: Japanese uses both).
const SCRIPTS: [string, RegExp][] = [
  ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["ko", /\p{Script=Hangul}/u],
  ["zh", /\p{Script=Han}/u],
  ["uk", /[іїєґІЇЄҐ]/u],
  ["ru", /\p{Script=Cyrillic}/u],
  ["el", /\p{Script=Greek}/u],
  ["he", /\p{Script=Hebrew}/u],
  ["fa", /[پچژگ]/u],
  ["ar", /\p{Script=Arabic}/u],
  ["hi", /\p{Script=Devanagari}/u],
  ["bn", /\p{Script=Bengali}/u],
  ["ta", /\p{Script=Tamil}/u],
  ["th", /\p{Script=Thai}/u],
];

// Function words that are common in one language and rare in the others of this list. Short
// questions carry few words, and these are the ones every question has.
const FUNCTION_WORDS: Record<string, string> = {
  en: "the and is are was were what where when who whom which why how did does do you your yours have has had been with from about this that these those of to it its can could would should will me my tell any there their they",
  de: "der die das und ist sind war waren was wo wann wer wie warum hast habe hat du dein deine ihr ich mit von über nicht auch ein eine einen dem den des bei für zu sie welche welcher kannst bist am im zum zur beim vom",
  fr: "le la les et est sont était où quand qui quoi pourquoi comment as tu ton ta tes vous votre vos avec de du des une un pour sur dans pas ce cette quel quelle quels quelles je mon ma mes est-ce qu chez au aux",
  es: "el los las y es son era dónde donde cuándo quién qué por cómo tú tu tus usted con del una uno para sobre en pero este esta hiciste tienes eres cuál cuáles mi mis",
  it: "il lo gli e è sono era dove quando chi cosa perché come hai tu tuo tua tuoi con di del della una uno per sul nel non questo questa quale quali io mio mia",
  pt: "o os as e é são era onde quando quem que por como você seu sua seus com do da dos das uma um para sobre em não este esta qual quais fez tem eu meu minha",
  nl: "de het een en is zijn was waar wanneer wie wat waarom hoe heb hebt je jij jouw uw met van voor over niet dit deze welke ik mijn ook",
  sv: "och är var när vem vad varför hur har du din ditt med från för om inte den det detta vilken vilka jag min mitt också",
  pl: "jest są był gdzie kiedy kto co dlaczego jak masz ty twój twoja z od dla o nie to ten ta który która ja mój moja",
  tr: "ve bir bu ne nerede zaman kim neden nasıl sen senin sizin ile için değil mi mı mu mü hangi ben benim",
  id: "dan yang adalah di mana kapan siapa apa mengapa bagaimana kamu anda dengan dari untuk tentang tidak ini itu saya",
  cs: "je jsou byl kde kdy kdo co proč jak máš ty tvůj tvoje s od pro o není to ten ta který která já můj moje",
};

const WORDS = new Map<string, Set<string>>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
  for (const w of list.split(" ")) {
    const langs = WORDS.get(w) ?? new Set();
    langs.add(lang);
    WORDS.set(w, langs);
  }
}

const ENGLISH_ENDING = /\p{L}['’](?:s|t|re|ve|ll|d|m)$/u;

// Letters that only some of these languages use.
const LETTERS: [RegExp, string[]][] = [
  [/[ß]/u, ["de"]],
  [/[äöü]/u, ["de", "sv", "tr"]],
  [/[ñ¿¡]/u, ["es"]],
  [/[ãõ]/u, ["pt"]],
  [/[èêëàùûœç]/u, ["fr"]],
  [/[åæø]/u, ["sv"]],
  [/[ąęłńśźż]/u, ["pl"]],
  [/[ğış]/u, ["tr"]],
  [/[ěřůčťď]/u, ["cs"]],
];

/**
 * The language of a text as an ISO 639-1 code, when it is clear: from its script, or from at least
 * two function words with a lead over every other language. Undefined when unsure.
 */
export function detectLanguage(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < letters / 2) {
    for (const [lang, re] of SCRIPTS) if (re.test(text)) return lang;
    return undefined;
  }
  const score = new Map<string, number>();
  const add = (lang: string, n: number) => score.set(lang, (score.get(lang) ?? 0) + n);
  const count = (word: string) => {
    const langs = WORDS.get(word);
    if (langs) for (const lang of langs) add(lang, 1 / langs.size);
  };
  for (const word of text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []) {
    count(word);
    if (!/['’-]/.test(word)) continue;
    // "what's", "machnet's", "don't": an English ending, not the Czech preposition "s".
    if (ENGLISH_ENDING.test(word)) add("en", 1);
    for (const part of word.split(/['’-]/)) if (part !== word && part.length > 1) count(part);
  }
  for (const [re, langs] of LETTERS) if (re.test(text)) for (const lang of langs) add(lang, 0.5);
  let best: [string, number] | undefined;
  let second = 0;
  for (const entry of score) {
    if (!best || entry[1] > best[1]) {
      second = best?.[1] ?? 0;
      best = entry;
    } else if (entry[1] > second) second = entry[1];
  }
  if (!best || best[1] < 1.5) return undefined;
  return best[1] >= 1.5 * second ? best[0] : undefined;
}

/** Whether a word is a function word ("the", "bei", "chez") in any language this module knows. */
export function isFunctionWord(word: string): boolean {
  return WORDS.has(word.toLowerCase());
}

/** Languages whose every noun is capitalised, so a capital letter there does not mark a name. */
export function capitalisesNouns(language: string | undefined): boolean {
  return language === "de" || language === "lb";
}

/** The language of a locale such as "pt-BR" ("pt"), for a hint when the question is unclear. */
export function localeLanguage(locale: string | undefined): string | undefined {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(locale ?? "")?.[1];
  return primary?.toLowerCase();
}

/** The English name of a language code ("fr" → "French"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
