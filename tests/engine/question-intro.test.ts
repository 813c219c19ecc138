import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/engine/question.ts";

const read = (text: string) => readQuestion(text, new Set());

describe("reading a question as asking who the owner is", () => {
  it("GIVEN a question about the owner in words that name no topic WHEN read THEN an introduction is asked, and not when a topic, a plan or another person is named", () => {
    expect(read("so what do u actually work on, in general terms").type).toBe("intro");
    expect(read("gimme the elevator pitch, what's ur whole thing").type).toBe("intro");
    expect(read("so what kind of scientist r u exactly").type).toBe("intro");
    expect(read("what kind of engineer is she").type).toBe("intro");
    expect(read("what kind of car do u drive").type).not.toBe("intro");
    expect(read("what kind of scientist is her supervisor").type).not.toBe("intro");
    expect(read("what do u work on in ur spare time").type).not.toBe("intro");
    expect(read("what's she going to do once the podcast wraps up").type).not.toBe("intro");
  });

  it("GIVEN 'in a nutshell' after a name WHEN read THEN the named thing is asked about, not the owner", () => {
    expect(read("whats zephyrix about in a nutshell").type).not.toBe("intro");
    expect(read("what does she do, in a nutshell").type).toBe("intro");
    expect(read("yo what do u do").type).toBe("intro");
  });
});
