/** Which words of a sentence name something (people, organisations, venues, places), by case. */
import { base, isCapital, type Token } from "./claim-index.ts";
import { capitalisesNouns, isFunctionWord } from "./language.ts";

// English words that start sentences without being names. Other languages' sentence-initial
// words are judged by whether a name follows them (see `nameRuns`).
const STARTERS = new Set(
  `a an the i my our your his her their its it this that these those there here what which who
  whom whose when where why how yes no not sure okay ok absolutely certainly definitely indeed
  sorry unfortunately thanks thank great good happy glad well so and but or yet also too both
  each every either neither all any some many most much more several few other another such
  in on at by for from with within without to into onto of off about above below over under
  after before during since until till while whereas although though because if unless as like
  unlike per via among amongst between across along alongside around against beyond besides
  despite through throughout toward towards upon apart together outside inside near next then
  now today currently previously recently earlier later first second third finally lastly
  overall however moreover furthermore additionally meanwhile otherwise instead still already
  again once twice one two three four five six seven eight nine ten hello hi hey dear note
  nothing something everything anything someone everyone nobody none beside based regarding
  concerning including especially particularly mainly mostly primarily specifically generally
  typically usually often sometimes never always just only even basically essentially honestly
  actually really briefly short long key main current past present recent early late we you he
  she they me us him them mine yours ours theirs let please see check visit read find ask feel
  take look try use go come get follow learn start keep make call write email contact reach
  send message mail open browse click download cite work works research papers paper projects
  project publications publication education background experience interests interest areas
  area topics topic details detail information info answer question summary highlights focus
  role roles position positions status venue year years date title link links source sources
  location team company thesis degree notable important relevant previous former latest new
  old big small open public private full different similar same various total exact possible
  true right wrong correct nope yep yeah alright great awesome cool interesting`.split(/\s+/),
);

// Endings of English adverbs, verbs and abstract nouns, which open sentences and seldom end names.
const COMMON_ENDING =
  /^\p{L}{3,}(ly|ing|ed|tion|sion|ment|ness|ity|ous|ive|able|ible|ful|less|ize|ise|ized|ised)$/u;

// Words that make up organisation names without naming one ("Cambridge University"): pairing
// them with a name the profile holds invents nothing, as long as each word is supported.
export const GENERIC_NAME_WORDS = new Set(
  `university universities college school institute institution lab labs laboratory department
  dept faculty centre center group team company corporation research foundation academy society
  conference symposium workshop journal hospital programme program project`.split(/\s+/),
);

// Forms of address: no fact in themselves.
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "professor", "sir", "madam"]);

const HAS_CAPITAL = /\p{Lu}/u;
const CONNECTOR = /^(of|for|and|on|de|la|van|von|der|di|du|del|da)$/;

/**
 * The words of a sentence that name something: capitalised words inside a sentence, acronyms
 * and mixed case ("QEMU", "PhD") anywhere, grouped into runs ("Queen Mary University of London").
 * A sentence's first word counts when it is not a common opener. In languages that capitalise
 * every noun, or whose openers this module does not know, a capitalised word counts only next to
 * another one ("Stanford University").
 */
export function nameRuns(text: string, tokens: Token[], language: string): Token[][] {
  const nounsCapitalised = capitalisesNouns(language);
  const english = language === "en";
  const kind = tokens.map((t): "strong" | "weak" | "no" => {
    if (!HAS_CAPITAL.test(t.text)) return "no";
    const word = base(t.text);
    if (/\d/.test(word) || word.length < 2) return "no";
    if (/^I['’]/u.test(word)) return "no";
    if (/\p{Lu}/u.test(word.slice(1))) return "strong";
    if (!isCapital(word)) return "no";
    const lower = word.toLowerCase();
    if (isFunctionWord(lower) || HONORIFICS.has(lower)) return "no";
    if (opensSentence(text, t.index)) {
      if (english && (STARTERS.has(lower) || COMMON_ENDING.test(lower))) return "no";
      return english ? "strong" : "weak";
    }
    return nounsCapitalised ? "weak" : "strong";
  });
  const adjacent = (i: number) => {
    const a = tokens[i];
    const b = tokens[i + 1];
    return a && b && /^\s+$/.test(text.slice(a.index + a.text.length, b.index));
  };
  const named = kind.map(
    (k, i) =>
      k === "strong" ||
      (k === "weak" &&
        ((adjacent(i - 1) && kind[i - 1] !== "no") || (adjacent(i) && kind[i + 1] !== "no"))),
  );
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    if (named[i]) {
      run.push(t);
      return;
    }
    const bridges = run.length > 0 && CONNECTOR.test(t.text) && named[i + 1] === true;
    if (!bridges && run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

const OPENING = new Set([..." \t\n(*_\"'“‘«[-–—•>#"]);

// Whether a word opens its sentence, a line, or a label ("Role: Visiting researcher").
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENING.has(text[i] as string)) i--;
  return i < 0 || ":.!?".includes(text[i] as string);
}
