import { describe, expect, it } from "vitest";
import { canonical, figuresIn, spelledFiguresIn } from "../../src/engine/numbers.ts";

const values = (text: string) => figuresIn(text).map((f) => f.values);

describe("figures", () => {
  it("GIVEN one amount in several spellings WHEN read THEN they all have the same value", () => {
    const same = canonical(750_000);
    for (const text of [
      "750K",
      "750 K",
      "750k",
      "750,000",
      "750 thousand",
      "0.75 million",
      "750.000",
      "750\u202f000",
    ]) {
      expect(values(text)[0]).toContain(same);
    }
  });

  it("GIVEN decimals, percentages and years WHEN read THEN each keeps its own value", () => {
    expect(values("61µs at P99.9, 35% faster, NSDI 2022")).toEqual([
      ["61"],
      ["99.9"],
      ["35"],
      ["2022"],
    ]);
  });

  it("GIVEN an ambiguous separator WHEN read THEN both readings stand", () => {
    expect(values("1,500")[0]).toEqual(expect.arrayContaining(["1500", "1.5"]));
  });

  it("GIVEN an M suffix WHEN read THEN it may be millions or a unit", () => {
    expect(values("5M")[0]).toEqual(expect.arrayContaining(["5000000", "5"]));
    expect(values("2B")[0]).toEqual(["2000000000"]);
  });

  it("GIVEN a version number WHEN read THEN its parts are figures, not one decimal", () => {
    expect(values("v1.2.3")[0]).toEqual(["1", "2", "3"]);
  });

  it("GIVEN English number words WHEN read THEN they have their values", () => {
    expect(
      spelledFiguresIn("twenty-five papers, fifteen sites, the first author").map(
        (f) => f.values[0],
      ),
    ).toEqual(["25", "15", "1"]);
  });
});
