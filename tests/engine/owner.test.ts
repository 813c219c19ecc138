import { describe, expect, it } from "vitest";
import { ownerName } from "../../src/engine/owner.ts";
import type { Entry, Knowledge } from "../../src/knowledge/schema.ts";

const person: Knowledge["person"] = {
  headline: "Security researcher in Turin.",
  summary: "I find bugs in C libraries.",
  voice: "first-person",
};
const entry = (title: string, summary: string): Entry => ({ id: "e", title, summary });
const profile = (entries: Entry[], who = person): Knowledge => ({
  person: who,
  sections: [{ id: "about", title: "About", description: "About me", entries }],
});

describe("the owner's name", () => {
  it("GIVEN a headline opening with a title and the name WHEN the name is read THEN the title is left out", () => {
    const who = { ...person, headline: "Dr. Ines Halloran is a postdoc in Basel." };
    expect(ownerName(profile([entry("Work", "x")], who))).toBe("Ines Halloran");
  });

  it("GIVEN a summary opening with a greeting in another language WHEN the name is read THEN the name after it is found", () => {
    const kiaOra = { ...person, summary: "Kia ora, I'm Tui Harrington. I look after old trees." };
    expect(ownerName(profile([entry("Work", "x")], kiaOra))).toBe("Tui Harrington");
    const bonjour = { ...person, summary: "Bonjour! I'm Margaux Lefèvre, a baker in Lyon." };
    expect(ownerName(profile([entry("Work", "x")], bonjour))).toBe("Margaux Lefèvre");
  });

  it("GIVEN a name introduced only in the summary or an entry, or an entry called Name WHEN the name is read THEN it is found", () => {
    const summary = { ...person, summary: "Hi, I'm Tariq Bensalem. I write Go." };
    expect(ownerName(profile([entry("Work", "x")], summary))).toBe("Tariq Bensalem");
    expect(ownerName(profile([entry("About", "My name is Rafael Quintero, 34.")]))).toBe(
      "Rafael Quintero",
    );
    expect(ownerName(profile([entry("Name", "Rafael Quintero")]))).toBe("Rafael Quintero");
  });

  it("GIVEN a headline 'Name, what they do' WHEN the name is read THEN the name is found, and a title of dictionary words is not taken for one", () => {
    const named = { ...person, headline: "Orla Banfield, analytical chemist in Galway" };
    expect(ownerName(profile([entry("Work", "x")], named))).toBe("Orla Banfield");
    const titled = { ...person, headline: "International Master, chess coach in Pune" };
    expect(ownerName(profile([entry("Work", "x")], titled))).toBeUndefined();
  });

  it("GIVEN 'I'm Head Chef at Brasa' WHEN the name is read THEN a job is not taken for a name, and none is given", () => {
    expect(ownerName(profile([entry("About", "I'm Head Chef at Brasa.")]))).toBeUndefined();
  });
});
