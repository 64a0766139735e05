/** CARE.CHECK's core, the diagnoses on their own, and how cells are read. */
import { checkFigure, diagnose, OK, readCell, tableBlocks, gridCells } from "../../src/review";
import { chanceRoundedSumIsExact } from "../../src/review/evidence";

const figure = (text: string) => {
  const r = readCell(text);
  if (r.kind !== "figure") throw new Error(`${text} is not a figure`);
  return r.figure;
};

describe("checkFigure", () => {
  test("OK within the rounding the stated figure shows", () => {
    expect(checkFigure("£4,797,956.16", 4797956.16)).toBe(OK);
    expect(checkFigure("£5.48m", 5483378.47)).toBe(OK);
    expect(checkFigure("£685k", "685,422")).toBe(OK);
  });

  test("a one-line diagnosis otherwise", () => {
    expect(checkFigure("£4,797,965.16", 4797956.16)).toBe(
      'Differs by +9.00 from 4,797,956.16: digits transposed: "65" written for "56"'
    );
    expect(checkFigure(125372, 125387.6)).toBe(
      "Differs by -16 from 125,388: a rate rounded before multiplying: 2,411 x 52 (the rate 2,411.3000 rounded to whole pounds)"
    );
    expect(checkFigure("-£33,488", 33488)).toMatch(/sign error/);
    expect(checkFigure("£3.564k", 3564225)).toMatch(/unit slip/);
  });

  test("an explicit tolerance replaces the stated rounding", () => {
    expect(checkFigure(100, 103, 5)).toBe(OK);
    expect(checkFigure(100, 103, null)).toMatch(/^Differs by -3 from 103/);
  });

  test("text that is not a figure is an error", () => {
    expect(() => checkFigure("n/a", 1)).toThrow(/not a figure/);
    expect(() => checkFigure(1, 1, -1)).toThrow(/tolerance/);
  });
});

describe("diagnose", () => {
  test.each([
    ["4,797,965.16", 4797956.16, {}, "digits transposed"],
    ["4,797,956.76", 4797956.16, {}, "digit slipped"],
    [
      "685,620",
      685422.31,
      { rates: [{ factor: 260, words: "260", rate: 685422.31 / 260 }] },
      "rate rounded before multiplying",
    ],
    ["£3,564", 3564225, {}, "unit slip"],
    ["(33,488)", 33488, {}, "sign error"],
    ["4,807,956.16", 4797956.16, { isTotal: true }, "typo in a total"],
    ["4,807,956.16", 4797956.16, {}, "off by a round amount"],
  ])("%s for %d: %s", (stated, expected, context, kind) => {
    expect(diagnose(figure(stated), expected, context)?.kind).toBe(kind);
  });

  test("a cause that fits exactly outranks one that fits only within the inputs' rounding", () => {
    // 32 for 22 where the inputs allow ±1.5: "23" for "32" fits only loosely, 3 for 2 exactly.
    const slipped = diagnose(figure("32"), 22, { tolerance: 1.5 });
    expect(slipped).toMatchObject({
      kind: "digit slipped",
      words: "a digit slipped: 3 written for 2",
    });
    // Alone, a loose fit is still named, but as a weaker cause than the same fit made exactly.
    const loose = diagnose(figure("41"), 15, { tolerance: 1.5 });
    const exact = diagnose(figure("41"), 14, { tolerance: 1.5 });
    expect(loose?.kind).toBe("digits transposed");
    expect(exact?.kind).toBe("digits transposed");
    expect(loose!.strength).toBeLessThan(exact!.strength);
  });

  test("no cause is invented for an arbitrary difference", () => {
    expect(diagnose(figure("4,797,965.16"), 4123456.78)).toBeUndefined();
  });
});

describe("reading cells", () => {
  test("stray marks from PDF extraction", () => {
    expect(figure("£.2412.").value).toBe(2412);
    expect(figure("£685,620.").value).toBe(685620);
    expect(figure("£ 2564.").value).toBe(2564);
  });

  test("rounding shown by the writing", () => {
    expect(figure("£5.49m").half).toBe(5000);
    expect(figure("2,411.30").half).toBeCloseTo(0.005);
    expect(figure("£948,688.00").half).toBeCloseTo(0.005);
    expect(figure("14.3%").half).toBeCloseTo(0.0005);
  });

  test("nil, figures not given, and unreadable money", () => {
    expect(figure("-").nil).toBe(true);
    expect(readCell("n/a").kind).toBe("missing");
    expect(readCell("..").kind).toBe("missing");
    expect(readCell("[x]").kind).toBe("missing");
    expect(readCell("£5.M").kind).toBe("unreadable");
    expect(readCell(null).kind).toBe("blank");
  });

  test("digits grouped wrongly are a misprinted amount; note references are not", () => {
    expect(readCell("11,8141").kind).toBe("unreadable");
    expect(readCell("(2,3456)").kind).toBe("unreadable");
    expect(readCell("3,4").kind).toBe("label");
    expect(readCell("12,345").kind).toBe("figure");
  });

  test.each([
    ["2021", "a year"],
    ["2019/20", "a financial year"],
    ["21.03.2017", "a date"],
    ["April 2023", "a month"],
    ["3-4", "an age band"],
    ["16+", "an age band"],
    ["placements3", "a label with a footnote number"],
    ["Total*", "a label with a footnote mark"],
    ["£000", "a units heading"],
    ["Q3 2023/24", "a quarter"],
  ])("%s is not a figure: %s", (text) => {
    expect(readCell(text).kind).toBe("label");
  });

  test.each([
    ["1,234*", 1234],
    ["£250.10\u2020", 250.1],
    ["1,234 (a)", 1234],
  ])("%s is a figure with a footnote mark", (text, value) => {
    expect(figure(text).value).toBe(value);
  });

  test("two amounts in a cell are read as what they are", () => {
    const reading = readCell("£250.10 or £262 for 16+");
    expect(reading.kind).toBe("amounts");
    expect(reading.kind === "amounts" && reading.first.value).toBe(250.1);
    expect(readCell("£160.50 (£151.20)").kind).toBe("amounts");
  });
});

describe("tableBlocks", () => {
  test("tables separated by empty rows and columns come apart, sparse cells are not laid out as a grid", () => {
    const grid = [
      ["a", "1", null, "x", "2"],
      ["b", "3", null, "y", "4"],
      [null, null, null, null, null],
      ["c", "5", null, null, null],
    ];
    expect(tableBlocks(gridCells(grid)).blocks.map((b) => [b.origin, b.rows, b.columns])).toEqual([
      [{ row: 0, column: 0 }, 2, 2],
      [{ row: 0, column: 3 }, 2, 2],
      [{ row: 3, column: 0 }, 1, 2],
    ]);
    const far = tableBlocks([
      { row: 0, column: 0, value: "1" },
      { row: 1_048_575, column: 16_383, value: "2" },
    ]);
    expect(far.blocks.map((b) => [b.rows, b.columns])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe("the chance that rounded parts add exactly", () => {
  /** A seeded generator (mulberry32), so the simulation is the same on every run. */
  function seeded(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  test.each([2, 3, 6, 16])("%d parts: never below what rounding really gives", (parts) => {
    const random = seeded(parts);
    const trials = 20_000;
    let exact = 0;
    for (let t = 0; t < trials; t++) {
      const values = Array.from({ length: parts }, () => random() * 1000);
      const total = Math.round(values.reduce((a, b) => a + b, 0));
      if (total === values.reduce((a, v) => a + Math.round(v), 0)) exact++;
    }
    const simulated = exact / trials;
    const model = chanceRoundedSumIsExact(parts);
    // Erring high only asks for more evidence before a sum is read without rounding.
    expect(model).toBeGreaterThanOrEqual(simulated - 0.01);
    expect(model - simulated).toBeLessThan(0.04);
  });
});
