import { withoutEmoji } from "./phrases.ts";
import { findDateSpan, findVenueYear, isCodeLikeName } from "./pieces.ts";

/** What a section or an entry holds. The order is the order of sections without headings. */
export const KINDS = [
  "about",
  "positions",
  "education",
  "projects",
  "publications",
  "awards",
  "grants",
  "talks",
  "teaching",
  "skills",
  "interests",
  "contact",
] as const;
/** What a section or an entry holds. */
export type Kind = (typeof KINDS)[number];

/** A section's title and slash-command description when its kind, not a heading, names it. */
export const KIND_TITLES: Record<Kind, string> = {
  about: "About",
  positions: "Positions",
  education: "Education",
  projects: "Projects",
  publications: "Publications",
  awards: "Awards",
  grants: "Grants",
  talks: "Talks",
  teaching: "Teaching",
  skills: "Skills",
  interests: "Interests",
  contact: "Contact",
};

/**
 * A section's slash-command description when its kind is known: general words for what such a
 * section holds, which questions in other words ("where did you work", "uni") are asked with.
 */
export const KIND_DESCRIPTIONS: Record<Kind, string> = {
  about: "About and background",
  positions: "Jobs, positions and work experience",
  education: "Degrees, studies and universities",
  projects: "Projects built and made",
  publications: "Papers, publications and writing",
  awards: "Awards, prizes and honours won",
  grants: "Grants, fellowships and funding",
  talks: "Talks, presentations and interviews given",
  teaching: "Teaching, courses and students",
  skills: "Skills, tools and languages",
  interests: "Interests, topics and hobbies",
  contact: "Contact, email and links",
};

// Heading words, matched as whole words on the lowercased heading.
const HEADING_CUES: [Kind, RegExp][] = [
  // "Outside work", "Away from work": what the owner does when not working, before "work".
  [
    "interests",
    /\b(outside (?:of )?work|away from (?:the )?(?:keyboard|desk|screen|work)|off the (?:keyboard|clock|screen|job)|after work|beyond work|when i'?m not working)\b/,
  ],
  [
    "publications",
    /\b(publications?|papers?|articles?|books?|writing|bibliography|research output)\b/,
  ],
  ["education", /\b(education|degrees?|studies|academic background|qualifications?|schooling)\b/],
  [
    "positions",
    // "Work" names jobs alone or as "work experience"; "Where to find my work" is about works.
    /\b(experience|employment|work history|career|positions?|jobs?|appointments?|roles?)\b|^(?:\W*\s*)?(?:my\s+)?work\b(?!s)|\bwhere i(?:'ve| have)? work(?:ed)?\b|\b(?:at|day) work\b/,
  ],
  [
    "projects",
    /\b(projects?|portfolio|open[- ]source|built|building|side projects?|repos|repositories|games|apps|software|things i)\b/,
  ],
  ["awards", /\b(awards?|honou?rs?|prizes?|recognition|distinctions?)\b/],
  ["grants", /\b(grants?|funding|fellowships?|scholarships?)\b/],
  [
    "talks",
    /\b(talks?|presentations?|speaking|keynotes?|press|media|appearances?|podcasts?|outreach|public engagement)\b/,
  ],
  ["teaching", /\b(teaching|courses?|mentoring|students|supervision|lectures?)\b/],
  ["skills", /\b(skills?|stack|technologies|tools?|languages?|expertise|toolbox|tech)\b/],
  [
    "interests",
    /\b(interests?|research areas?|topics?|focus areas?|passions?|hobbies|fun|free time|spare time|off the (?:keyboard|clock|screen|job)|outside (?:of )?work|away from (?:the )?(?:keyboard|desk|screen|work)|when i'?m not|personal|life)\b/,
  ],
  ["contact", /\b(contact|reach me|find me|get in touch|socials?|elsewhere|links?|connect)\b/],
  ["about", /\b(about|bio|biography|intro|introduction|summary|profile|who i am|hi|hello|hey)\b/],
];

/** The kind a heading names, if any ("🛠 Things I've built" → projects). */
export function kindOfHeading(heading: string): Kind | undefined {
  const text = withoutEmoji(heading).toLowerCase();
  const named = HEADING_CUES.find(([, re]) => re.test(text))?.[0];
  // A heading that is only an emoji ("## 🎓") is named by it.
  return named ?? (text ? undefined : EMOJI_CUES.find(([, re]) => re.test(heading))?.[0]);
}

/**
 * The kind a line's label names when the line lists things of that kind ("Languages: Basque,
 * Spanish", "Stack: PyTorch, Kaldi", "Hobbies: …"): skills or interests, never a job or a paper.
 */
export function labelKind(label: string): Kind | undefined {
  if (label.split(/\s+/).length > 3) return undefined;
  const kind = kindOfHeading(label);
  return kind === "skills" || kind === "interests" ? kind : undefined;
}

/**
 * Every kind a heading names, one per part of it ("Writing & talks" → publications, talks;
 * "Papers about these tools" → publications).
 */
export function kindsOfHeading(heading: string): Kind[] {
  const parts = withoutEmoji(heading).split(/\s*(?:&|\+|\/|,|\band\b)\s*/iu);
  const kinds = parts.length > 1 ? parts.flatMap((p) => kindOfHeading(p) ?? []) : [];
  const first = kindOfHeading(heading);
  return [...new Set(kinds.length > 0 ? kinds : first ? [first] : [])];
}

// A job title ("Senior data reporter", "Co-chair") or a degree ("MSc in Physics", "BA").
const ROLE_WORDS =
  /\b(researcher|engineer|developer|scientist|intern|professor|lecturer|postdoc|postdoctoral|fellow|manager|director|founder|co-founder|ceo|cto|cfo|coo|consultant|editor|reporter|journalist|designer|analyst|architect|programmer|freelancer?|contractor|assistant|associate|head of|lead|chair|co-chair|chairs?|president|officer|coordinator|organi[sz]er|reviewer|volunteer|mentor|tutor|teacher|instructor|writer|producer|curator|advisor|adviser|partner|owner|specialist|technician|sre|swe|chef|sous-chef|baker)\b/i;
const DEGREE_WORDS =
  /(?:^|[\s(])(ph\.?\s?d|doctorate|dphil|m\.?sc|b\.?sc|mphil|mchem|m\.?eng|b\.?eng|b\.?tech|m\.?tech|mba|b\.?a\.?|m\.?a\.?|b\.?s\.?|m\.?s\.?|bachelor'?s?|master'?s?|diploma|degree|llb|llm|md)(?=[\s,.)]|$)/i;

/** True for a short text naming a job ("Lead Product Designer") rather than a thing. */
export function isRoleText(text: string): boolean {
  // "A volunteer-built nest box network …": a thing, which an article opens; a job has none.
  if (/^(?:a|an|the)\s/iu.test(text)) return false;
  // "Young Scientist Award" is a prize named after whom it is for, not a job.
  if (/\b(?:award|prize|medal|grant|scholarship|fellowship|honou?r)s?$/iu.test(text)) return false;
  return text.split(/\s+/).length <= 8 && ROLE_WORDS.test(text);
}

// Degrees written only as capitalised abbreviations, matched with their case: "MArch" is a
// degree, "March" a month.
const DEGREE_ABBREVIATIONS =
  /(?:^|[\s(])(M\.?Arch|B\.?Arch|MFA|BFA|MRes|MPH|MPA|DVM|VMD|BVSc|BVMS|MEd|BEd|EdD|JD)(?=[\s,.)]|$)/;

/** True for a short text naming a degree ("MA in Interaction Design", "PhD"). */
export function isDegreeText(text: string): boolean {
  return (
    text.split(/\s+/).length <= 8 && (DEGREE_WORDS.test(text) || DEGREE_ABBREVIATIONS.test(text))
  );
}

// Words in an entry that suggest its kind, each with a weight.
const CUES: Record<Exclude<Kind, "about">, [RegExp, number][]> = {
  education: [
    [
      /\b(ph\.?\s?d|doctorate|doctoral|dphil|m\.?sc|b\.?sc|mphil|m\.?eng|b\.?eng|mba|b\.?a\.|m\.?a\.|b\.?s\.|m\.?s\.)(?=\W|$)/i,
      2,
    ],
    [
      /\b(bachelor'?s?|master'?s?|degree|diploma|graduated|alumn[ia]|thesis|dissertation|major(ed)?|minor)\b/i,
      1.5,
    ],
    [DEGREE_ABBREVIATIONS, 2],
    [/\b(studied|study|studying|student)\b/i, 1],
    // "I took a three-month bread course at …": a course one took, not one taught.
    [
      /\b(?:took|attended|completed|followed|did)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}(?:course|class|programme|program|apprenticeship)\b/iu,
      2,
    ],
    [/\b(adv\.|advisors?|advised by|supervisors?|supervised by)/i, 1],
    [/\b(university|college|school|institute|polytechnic)\b/i, 0.5],
  ],
  positions: [
    [
      /\b(sre|swe|chef|sous-chef|baker|co-owner|researcher|engineer|developer|scientist|intern|internship|professor|lecturer|postdoc|postdoctoral|fellow|manager|director|founder|co-founder|ceo|cto|consultant|editor|reporter|journalist|designer|analyst|architect|programmer|freelancer?|contractor|assistant|associate|staff|head of|team lead|tech lead)\b/i,
      1.5,
    ],
    [
      /\b(work(ed|ing)? (at|for)|joined|employed|hired|job|position|appointed|visiting|(co-?)?founded)\b/i,
      1,
    ],
    // "I break embedded devices for a living at Halcyon Labs": what someone is paid to do, where.
    [/\bfor a living\b/i, 1.5],
    [/\b(present|current(ly)?|now)\b/i, 0.5],
  ],
  publications: [
    [
      // Papers written, not the material: "a paper on …", not "paper conservator" or "a paper
      // boat".
      /\b(journal|proceedings|conference|symposium|transactions|arxiv|preprint|doi|published|publication|et al\.?|papers)\b|\b(?:a|the|our|my|this|best|student|short|long|first|white|position|journal|conference|workshop)\s+paper\b(?!\s+(?!(?:on|in|at|about|titled|with|accepted|was|is|that|for|by|and|or)\b)\p{Ll})|\bpaper\s+(?:on|in|at|about|titled|with|accepted|was|is)\b/iu,
      1.5,
    ],
    // A venue's "Workshop on …", not the room someone works in.
    [/\bWorkshop\b/, 1.5],
    [/\b((first|second|last|lead|corresponding|co-?first)[- ]author|co-?author(ed)?)\b/i, 1.5],
    // "My first picture book, …", "her debut novel": a book of one's own, and what books do.
    [
      /\b(?:my|his|her|their|our)\s+(?:(?:first|second|third|debut|newest|latest|new|next|last|own)\s+)?(?:[\p{L}'’-]+\s+)?(?:book|novel|memoir|monograph|collection)s?\b|\bcame out\b|\btranslated into\b|\bsold (?:over |more than |about |some )?[\d,]+ copies\b/iu,
      1.5,
    ],
  ],
  projects: [
    [
      /\b(open[- ]source|repo(sitory)?|library|framework|tool(kit)?|plugin|extension|package|crate|cli|app|game|engine|bot|sandbox|demo|prototype|implementation|emulator|emulation|simulator|compiler|website|api|sdk)\b/i,
      1,
    ],
    [
      /\b(built|building|released|shipped|maintain(er|s|ed)?|contributor|contributed|created|wrote|develop(ed|ing)?)\b/i,
      0.75,
    ],
    [/\b(github|gitlab|codeberg|npm|pypi|crates\.io|itch\.io|steam)\b/i, 1],
  ],
  awards: [[/\b(award(ed)?|prize|hono(u)?r|winner|won|medal|best paper|finalist|recipient)\b/i, 2]],
  grants: [[/\b(grant|fellowship|scholarship|funded|funding)\b/i, 2]],
  talks: [
    [
      /\b(talk|keynote|speaker|spoke|presented|panel(ist)?|podcast|interview(ed)?|invited|webinar)\b/i,
      1.5,
    ],
  ],
  teaching: [
    // "3 PhD students", "supervised by me": people one teaches, not one's own degree.
    [
      /\b((ph\.?d|doctoral|master'?s|msc|graduate|undergraduate)\s+students?|supervis(e|es|ed|ing)\s+\d|supervising)\b/i,
      2.5,
    ],
    [
      /\b(teach(es|ing)?|taught|course|lectur(e|es|ing)|instructor|tutor(ing)?|teaching assistant|syllabus)\b/i,
      1.5,
    ],
  ],
  skills: [
    [
      // "translated into 11 languages" says where a work went, not what its author speaks.
      /\b(experience (with|in)|proficient|fluent|skills?|stack|familiar|comfortable|expertise|expert in|(?<!\binto\s+(?:[\d,]+|\p{L}+)\s+)languages?|toolbox)\b/iu,
      1.25,
    ],
  ],
  interests: [
    [
      /\b(interested in|interests?|passionate|fascinated|curious about|research areas?|topics?|enjoy|love)\b/i,
      1.25,
    ],
  ],
  contact: [
    [/[\w.+-]+@[\w-]+\.[\w.]+/, 2],
    [
      /\b(reach me|contact|e-?mail|dm|twitter|linkedin|mastodon|bluesky|website|homepage|blog)\b/i,
      1,
    ],
  ],
};

// Emoji that people commonly put before a kind of line.
const EMOJI_CUES: [Kind, RegExp][] = [
  ["education", /🎓|📚|🏫/u],
  ["positions", /💼|🏢|👩‍💻|👨‍💻|🧑‍💻/u],
  ["publications", /📝|📄|📃|📰/u],
  ["projects", /🛠|🔧|🚀|🧪|🔭|💻|📦|🎮/u],
  ["awards", /🏆|🥇|🏅|🎖/u],
  ["talks", /🎤|🎙|📢/u],
  ["teaching", /👩‍🏫|👨‍🏫|🧑‍🏫/u],
  ["contact", /📫|📧|✉|📬|💬|📱/u],
  ["interests", /❤|💡|🌱/u],
];

/** Signals from the structure of a line, found before classification. */
export interface EntryShape {
  emoji?: string | undefined;
  name?: string | undefined;
  links?: { url: string }[];
}

const JOB = CUES.positions[0]?.[0] ?? /$^/;
const SUPERVISED =
  /\b(?:ph\.?d|doctoral|master'?s|m\.?sc|b\.?sc|m\.?a|b\.?a|graduate|undergraduate)\s+(?:students?|courses?|modules?|programmes?|programs?|class(?:es)?)\b[^.;]*?(?:graduated|graduate)?/gi;

const DOER_AT =
  /\b(?:is|am|was|works as|worked as)\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:er|or|ist|ian)\s+(?:at|with|for)\s+(?:the\s+)?\p{Lu}/u;

/** The kind an entry's own words suggest, with how strongly they suggest it. */
export function weighKind(text: string, shape: EntryShape = {}): { kind: Kind; score: number } {
  const scores = new Map<Kind, number>();
  const add = (kind: Kind, n: number) => scores.set(kind, (scores.get(kind) ?? 0) + n);
  // "Seven PhD students have graduated": students one supervised, not one's own degree.
  const ownDegrees = text.replace(SUPERVISED, " ");
  for (const [kind, cues] of Object.entries(CUES) as [Kind, [RegExp, number][]][]) {
    const said = kind === "education" ? ownDegrees : text;
    for (const [re, weight] of cues) if (re.test(said)) add(kind, weight);
  }
  if (findVenueYear(text)) add("publications", 1.5);
  // "SRE at Fernhill Payments since 2021": a job at a named place.
  const roleAt = /^(.{2,60}?)\s+(?:at|for|with)\s+(?:the\s+)?\p{Lu}/u.exec(text);
  if (roleAt?.[1] && JOB.test(roleAt[1]) && roleAt[1].split(/\s+/).length <= 6)
    add("positions", 1.5);
  // "… is an air accident investigator with the Transportation Safety Board": someone's job,
  // a noun of a doer, with where it is held.
  if (DOER_AT.test(text)) add("positions", 1.5);
  // "MA in Directing, …", "BSc of Engineering": a line that opens with a degree in a subject.
  const opening = /^(.{2,40}?)\s+(?:in|of)\s+\p{Lu}/u.exec(text)?.[1];
  if (opening && isDegreeText(opening) && opening.split(/\s+/).length <= 2) add("education", 2);
  const span = findDateSpan(text);
  if (span?.open) add("positions", 0.75);
  if (shape.name && isCodeLikeName(shape.name)) add("projects", 1);
  if (shape.links?.some((l) => /github|gitlab|codeberg/i.test(l.url))) add("projects", 1);
  for (const [kind, re] of EMOJI_CUES) if (shape.emoji && re.test(shape.emoji)) add(kind, 0.75);
  let best: Kind = "about";
  let bestScore = 0.99;
  for (const kind of KINDS) {
    const score = scores.get(kind) ?? 0;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return { kind: best, score: best === "about" ? 0 : bestScore };
}
