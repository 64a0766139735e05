/** CARE.CHECK's core, the diagnoses on their own, and how cells are read. */
import { checkFigure, diagnose, findTableBlocks, OK, readCell } from "../../src/core/check";

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
    ["685,620", 685422.31, { factors: [260] }, "rate rounded before multiplying"],
    ["£3,564", 3564225, {}, "unit slip"],
    ["(33,488)", 33488, {}, "sign error"],
    ["4,807,956.16", 4797956.16, { isTotal: true }, "typo in a total"],
    ["4,807,956.16", 4797956.16, {}, "off by a round amount"],
  ])("%s for %d: %s", (stated, expected, context, kind) => {
    expect(diagnose(figure(stated), expected, context)?.kind).toBe(kind);
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
    expect(figure("£5.49m").tolerance).toBe(5000);
    expect(figure("177,100").tolerance).toBe(50);
    expect(figure("2,411.30").tolerance).toBeCloseTo(0.005);
    expect(figure("15").tolerance).toBe(0);
  });

  test("nil, notes, dates and unreadable money", () => {
    expect(figure("-").nil).toBe(true);
    expect(readCell("n/a").kind).toBe("text");
    expect(readCell("21.03.2017").kind).toBe("text");
    expect(readCell("£5.M").kind).toBe("unreadable");
    expect(readCell(null).kind).toBe("blank");
  });
});

describe("findTableBlocks", () => {
  test("tables separated by empty rows and columns come apart", () => {
    const grid = [
      ["a", "1", null, "x", "2"],
      ["b", "3", null, "y", "4"],
      [null, null, null, null, null],
      ["c", "5", null, null, null],
    ];
    expect(findTableBlocks(grid).map((b) => [b.origin, b.cells.length, b.cells[0].length])).toEqual(
      [
        [{ row: 0, col: 0 }, 2, 2],
        [{ row: 0, col: 3 }, 2, 2],
        [{ row: 3, col: 0 }, 1, 2],
      ]
    );
  });
});
