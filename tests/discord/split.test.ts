import { describe, expect, it } from "vitest";
import { splitMarkdown, truncate } from "../../src/discord/split.ts";

const paragraph = (n: number) => `${"word ".repeat(n).trim()}.`;

describe("splitMarkdown", () => {
  it("GIVEN text within the limit WHEN split THEN it stays one piece", () => {
    expect(splitMarkdown("Hello there.")).toEqual(["Hello there."]);
  });

  it("GIVEN 5,000 characters of prose WHEN split for Discord THEN every piece is 1–2,000 characters and no words are lost", () => {
    const text = Array.from({ length: 25 }, () => paragraph(40)).join("\n\n");
    const pieces = splitMarkdown(text, 2000);
    expect(text.length).toBeGreaterThan(5000);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p.trim()).not.toBe("");
    }
    expect(pieces.join(" ").split(/\s+/).length).toBe(text.split(/\s+/).length);
  });

  it("GIVEN a code block longer than the limit WHEN split THEN each piece opens and closes its fence", () => {
    const code = Array.from({ length: 200 }, (_, i) => `let x${i} = ${i};`).join("\n");
    const pieces = splitMarkdown(`Here:\n\`\`\`ts\n${code}\n\`\`\`\nDone.`, 500);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(500);
      expect((p.match(/```/g) ?? []).length % 2).toBe(0);
    }
    expect(pieces[1]?.startsWith("```ts\n")).toBe(true);
  });

  it("GIVEN one unbroken 5,000-character word WHEN split THEN it is cut hard but within the limit", () => {
    const pieces = splitMarkdown("x".repeat(5000), 2000);
    expect(pieces.map((p) => p.length)).toEqual([1996, 1996, 1008]);
  });

  it("GIVEN only whitespace WHEN split THEN there is nothing to send", () => {
    expect(splitMarkdown("  \n\n  ")).toEqual([]);
  });

  it("GIVEN emoji at the cut WHEN truncated THEN no surrogate pair is broken", () => {
    const out = truncate(`${"a".repeat(9)}😀😀`, 11);
    expect(out).toBe(`${"a".repeat(9)}…`);
  });
});
