import { describe, expect, it } from "vitest";
import { acronyms, key, terms, words } from "../../src/engine/text.ts";

describe("words and their keys", () => {
  it("GIVEN verb forms Porter cuts differently from their base WHEN keyed THEN they meet it", () => {
    expect(key("flies")).toBe(key("fly"));
    expect(key("tried")).toBe(key("try"));
    expect(key("diffing")).toBe(key("diff"));
    expect(key("added")).toBe(key("add"));
    expect(key("stopping")).toBe(key("stop"));
  });

  it("GIVEN 'LED' in capitals WHEN a text's terms are taken THEN it is the noun, not 'lead'", () => {
    expect(acronyms("a 64-LED simulator")).toEqual(new Set(["led"]));
    expect(terms("a 64-LED simulator")).toContain(key("leds"));
    expect(terms("she led the team")).toContain(key("lead"));
  });

  it("GIVEN rate units and chat spellings WHEN read THEN they are spelled out", () => {
    expect(words("~750K RPS")).toEqual(["750k", "requests", "per", "second"]);
    expect(words("tell me about urself")).toContain("yourself");
    expect(words("list em")).toEqual(["list", "them"]);
  });

  it("GIVEN words whose final 's' is their own WHEN keyed THEN each meets its plural, and true plurals still meet their singular", () => {
    expect(key("gases")).toBe(key("gas"));
    expect(key("lenses")).toBe(key("lens"));
    expect(key("classes")).toBe(key("class"));
    expect(key("towns")).toBe(key("town"));
    expect(key("was")).toBe(key("be"));
  });

  it("GIVEN chat words for places, pets and ordinals WHEN read THEN they are the plain words", () => {
    expect(words("where abouts is ur bakery")).toEqual(["where", "about", "is", "your", "bakery"]);
    expect(words("whats ur doggo called")).toContain("dog");
    expect(words("do u have a 2nd location")).toContain("second");
    expect(words("how long is the ost")).toContain("soundtrack");
    expect(words("when did she get bumped up")).toContain("promoted");
    expect(words("when did she get bumped up to reader")).toEqual([
      "when",
      "did",
      "she",
      "get",
      "became",
      "reader",
    ]);
  });
});
