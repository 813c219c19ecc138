import { describe, expect, it } from "vitest";
import { detectLanguage, languageName } from "../../src/engine/language.ts";

describe("language of a question", () => {
  it.each([
    ["Where did you do your PhD?", "en"],
    ["What is Backdraft about?", "en"],
    ["Wo hast du promoviert?", "de"],
    ["Was ist das Thema deiner Doktorarbeit?", "de"],
    ["Où as-tu fait ton doctorat ?", "fr"],
    ["¿Dónde hiciste tu doctorado?", "es"],
    ["Dove hai fatto il dottorato?", "it"],
    ["Onde você fez o doutorado?", "pt"],
    ["Waar heb je je PhD gedaan?", "nl"],
    ["Где ты защитил диссертацию?", "ru"],
    ["你在哪里读的博士？", "zh"],
    ["どこで博士号を取りましたか？", "ja"],
    ["박사 학위는 어디서 받았나요?", "ko"],
  ])("GIVEN %j WHEN its language is detected THEN it is %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(["what's machnet's throughput", "what's httpd-ab's purpose", "don't u have a blog?"])(
    "GIVEN the English contractions and possessives of %j WHEN detected THEN it is never taken for Czech or another language",
    (text) => {
      expect(detectLanguage(text) ?? "en").toBe("en");
    },
  );

  it("GIVEN French elisions WHEN detected THEN it is still French", () => {
    expect(detectLanguage("Qu'est-ce que c'est, ton projet ?")).toBe("fr");
  });

  it.each(["PhD?", "Backdraft", "QEMU CXL RDMA", "750K RPS"])(
    "GIVEN %j, too short to tell WHEN detected THEN no language is claimed",
    (text) => {
      expect(detectLanguage(text)).toBeUndefined();
    },
  );

  it("GIVEN a language code WHEN named THEN it reads as English words", () => {
    expect(languageName("fr")).toBe("French");
  });
});
