import type { Knowledge } from "../knowledge/schema.ts";

/** How fixed texts name the owner, in the profile's voice: "my", "Ada Lovelace's" or "the owner's". */
export interface Voice {
  firstPerson: boolean;
  /** "my", "Ada Lovelace's", "their". */
  possessive: string;
  /** "My profile", "Ada Lovelace's profile", "The profile": how a sentence starts about it. */
  profile: string;
  /** "me", "Ada Lovelace", "the owner": who a question is about. */
  owner: string;
}

/** The voice of a knowledge file, for every fixed text askme writes. */
export function voiceOf(knowledge: Knowledge): Voice {
  const { voice, name } = knowledge.person;
  if (voice === "first-person") {
    return { firstPerson: true, possessive: "my", profile: "My profile", owner: "me" };
  }
  if (name) {
    return {
      firstPerson: false,
      possessive: `${name}'s`,
      profile: `${name}'s profile`,
      owner: name,
    };
  }
  return { firstPerson: false, possessive: "their", profile: "The profile", owner: "the owner" };
}
