import { z } from "zod";

/** Discord's rule for slash-command names, lowercase only, so a section id can become one. */
export const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

const id = z
  .string()
  .min(1)
  .max(32)
  .regex(COMMAND_NAME, "must be 1-32 letters, digits, '-' or '_'")
  .refine((s) => s === s.toLowerCase(), "must be lowercase");

/** Names the bot's own commands use; a section cannot take them. */
export const RESERVED_COMMANDS = ["ask", "help", "forget", "stats"] as const;

const text = z.string().trim().min(1);

/** The fields each part of the file allows, for error messages. */
export const link = z.strictObject({
  label: text.max(100),
  url: z.url({ protocol: /^https?$/ }),
});

export const entry = z.strictObject({
  id: id.describe("Stable id, unique across the file; answers cite it."),
  title: text.max(256),
  summary: text.max(1000).describe("One or two sentences, in the profile's voice."),
  details: text.max(2000).optional(),
  venue: text.max(100).optional(),
  year: z.int().min(1900).max(2100).optional(),
  role: text.max(100).optional(),
  tags: z.array(text.max(60)).max(30).optional().describe("Extra words people may ask with."),
  links: z.array(link).max(10).optional(),
});

export const section = z.strictObject({
  id: id.describe("Becomes the slash command /<id>."),
  title: text.max(100),
  description: text.max(100).describe("Shown as the slash command's description."),
  entries: z.array(entry).min(1).max(100),
});

export const person = z.strictObject({
  name: text
    .max(100)
    .optional()
    .describe("Your name; answers 'who is …' and 'what's your name' questions."),
  headline: text.max(300),
  summary: text.max(2000),
  voice: z.enum(["first-person", "third-person"]),
  contact: text
    .max(300)
    .optional()
    .describe("How to reach you (a sentence or a link); ends every 'not in my profile' reply."),
});

/** The knowledge file: the one definition of its format. */
export const knowledgeSchema = z
  .strictObject({
    person,
    sections: z.array(section).min(1).max(20),
  })
  // Runs even when other fields are invalid, so one pass reports every problem.
  .superRefine(checkIds, { when: () => true });

/** Ids are unique across sections and entries, and no section takes a built-in command name. */
function checkIds(value: unknown, ctx: z.RefinementCtx): void {
  const sections = (value as { sections?: unknown }).sections;
  if (!Array.isArray(sections)) return;
  const seen = new Set<string>();
  const claim = (id: unknown, path: (string | number)[]) => {
    if (typeof id !== "string") return;
    if (seen.has(id)) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `duplicate id "${id}" (ids are unique in the file)`,
      });
    }
    seen.add(id);
  };
  sections.forEach((section: { id?: unknown; entries?: unknown }, si) => {
    claim(section?.id, ["sections", si, "id"]);
    if ((RESERVED_COMMANDS as readonly unknown[]).includes(section?.id)) {
      const message = `"${section.id}" is a built-in command name`;
      ctx.addIssue({ code: "custom", path: ["sections", si, "id"], message });
    }
    if (!Array.isArray(section?.entries)) return;
    section.entries.forEach((entry: { id?: unknown }, ei) => {
      claim(entry?.id, ["sections", si, "entries", ei, "id"]);
    });
  });
}

/** A validated knowledge file. */
export type Knowledge = z.infer<typeof knowledgeSchema>;
/** One section of the knowledge file; its id is a slash command. */
export type Section = Knowledge["sections"][number];
/** One entry of a section; answers cite its id. */
export type Entry = Section["entries"][number];
