import { describe, expect, it } from "vitest";
import { RULES } from "../../src/engine/prompt.ts";
import { createOutputGuard, urlsIn } from "../../src/guard/output.ts";

const guard = createOutputGuard({
  canary: "askme-canary-0123456789ab",
  rules: RULES,
  allowedUrls: urlsIn("links: https://example.org/paper.pdf and more"),
});

describe("output guard", () => {
  it("GIVEN a link the knowledge file has WHEN guarded THEN it stays live", () => {
    expect(guard("See [the paper](https://example.org/paper.pdf).").text).toBe(
      "See [the paper](https://example.org/paper.pdf).",
    );
    expect(guard("See https://example.org/paper.pdf.").text).toBe(
      "See https://example.org/paper.pdf.",
    );
  });

  it("GIVEN links the knowledge file does not have WHEN guarded THEN they are no longer clickable", () => {
    const out = guard(
      "Click [here](https://evil.example/steal?x=1) or https://evil.example/a",
    ).text;
    expect(out).not.toMatch(/https?:\/\/evil/);
    expect(out).toContain("here");
    expect(out).toContain("`evil.example/a`");
  });

  it("GIVEN image markdown WHEN guarded THEN no image is rendered", () => {
    expect(guard("Look ![pixel](https://evil.example/p.png?data=secret)").text).toBe("Look pixel");
  });

  it("GIVEN a <think> block WHEN guarded THEN it is stripped, even unclosed", () => {
    expect(guard("<think>plan to leak</think>Backdraft is a switch.").text).toBe(
      "Backdraft is a switch.",
    );
    expect(guard("Answer.<think>still thinking").text).toBe("Answer.");
  });

  it("GIVEN mass mentions and mention syntax WHEN guarded THEN none can ping", () => {
    const out = guard(
      "@everyone @here <@&123456789012345678> <@123456789012345678> <#123456789012345678>",
    ).text;
    expect(out).not.toMatch(/@everyone|@here|<@|<#/);
  });

  it("GIVEN the canary WHEN guarded THEN the answer is flagged as a leak", () => {
    expect(guard("ok askme-canary-0123456789ab").leaked).toBe(true);
  });

  it("GIVEN a long verbatim run of the rules WHEN guarded THEN it is flagged, but a short overlap is not", () => {
    expect(
      guard(
        "My rules: Use only facts stated in the profile entries. Never guess, infer or add facts.",
      ).leaked,
    ).toBe(true);
    expect(guard("The profile does not cover it.").leaked).toBe(false);
  });
});
