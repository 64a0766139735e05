/**
 * CARE functions under hostile arguments, as Excel calls them (the built functions.js) and inside
 * HyperFormula: a range past the limit gets the limit's message, a large one within it a result,
 * never "Maximum call stack size exceeded"; CHECKTABLE settles after a first failure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { HyperFormula } from "hyperformula";
import { MOST_ARGUMENT_CELLS } from "../../src/core/limits";
import { ENGINE_SIZE, registerCareFunctions } from "../../src/hyperformula/carePlugin";
import { createCustomFunctionsRuntime } from "../../src/hyperformula/customFunctionsRuntime";
import { bundle, call, DIST, errorOf } from "../support/bundle";

const column = (n: number, value: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => [value(i)]);
const LIMIT = MOST_ARGUMENT_CELLS.toLocaleString("en-GB");

describe("a range past the limit is refused with a message naming it", () => {
  const tooMany = column(MOST_ARGUMENT_CELLS + 1, (i) => 100 + i);
  test.each([
    ["SHARE", [100, tooMany], "weights"],
    ["PRICESCORE", [100, tooMany, 50], "bids"],
    ["TENDERSCORE", [30, 100, tooMany, 50], "bids"],
    ["LOWBIDFLAG", [100, tooMany], "bids"],
    ["NPV", [tooMany], "cashflows"],
    ["QUALITYSCORE", [tooMany, [[1]]], "scores"],
  ])("%s", (name, args, argument) => {
    const error = errorOf(name as string, ...(args as unknown[]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      `${argument} has ${(MOST_ARGUMENT_CELLS + 1).toLocaleString("en-GB")} cells; CareCalc reads at most ${LIMIT} in one range. Select only the cells with the figures.`
    );
  });

  test("CHECKTABLE, before it loads anything", () => {
    const sheet = Array.from({ length: 1000 }, () => Array(101).fill(1));
    expect(errorOf("CHECKTABLE", sheet, undefined).message).toMatch(
      /^range has 101,000 cells; CareCalc reads at most/
    );
  });
});

describe("a range at the limit gives a result", () => {
  const bids = column(MOST_ARGUMENT_CELLS, (i) => 100 + i);
  test("SHARE of 100,000 equal weights spills 100,000 parts that add up to the total", () => {
    const parts = call(
      "SHARE",
      100000,
      column(MOST_ARGUMENT_CELLS, () => 1)
    ) as number[][];
    expect(parts).toHaveLength(MOST_ARGUMENT_CELLS);
    // 100,000.00 shared by 100,000 equal weights is exactly 1.00 each.
    expect(parts.every(([p]) => p === 1)).toBe(true);
  });
  test("PRICESCORE: the lowest of 100,000 bids scores full marks, one at twice the lowest half", () => {
    expect(call("PRICESCORE", 100, bids, 50)).toBe(50);
    expect(call("PRICESCORE", 200, bids, 50)).toBe(25);
  });
  test("TENDERSCORE adds the quality marks", () => {
    expect(call("TENDERSCORE", 30, 200, bids, 50)).toBe(55);
  });
});

test("CHECKTABLE settles again after a first failure to load its checker", async () => {
  // functions.js alone, where Excel's runtime would run it, with no page to load checker.js from.
  const runtime = createCustomFunctionsRuntime();
  runInContext(
    readFileSync(join(DIST, "functions.js"), "utf8"),
    createContext({ CustomFunctions: runtime })
  );
  const table = [
    ["Item", "Cost"],
    ["A", 1],
  ];
  for (let attempt = 0; attempt < 3; attempt++) {
    await expect(runtime.registry.get("CHECKTABLE")!(table, undefined)).rejects.toMatchObject({
      message: expect.stringMatching(/^CareCalc could not load its checker \(checker\.js\)/),
    });
  }
});

describe("inside HyperFormula", () => {
  let engine: HyperFormula;
  beforeAll(() => {
    const { metadata, runtime } = bundle();
    registerCareFunctions(metadata, runtime.registry);
  });
  afterEach(() => engine.destroy());

  test("=CARE.SHARE over 100,002 cells gives the limit's message in one cell, with no spill", () => {
    engine = HyperFormula.buildFromArray([["=CARE.SHARE(100, E1:F50001)"]], {
      licenseKey: "gpl-v3",
      ...ENGINE_SIZE,
    });
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 0 })).toMatchObject({
      value: "#VALUE!",
      message: expect.stringMatching(/^weights has 100,002 cells; CareCalc reads at most/),
    });
  });

  test("the engine takes Excel's 1,048,576 rows", () => {
    engine = HyperFormula.buildFromArray([["=ROWS(A1:A1048576)"]], {
      licenseKey: "gpl-v3",
      ...ENGINE_SIZE,
    });
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(1048576);
  });
});
