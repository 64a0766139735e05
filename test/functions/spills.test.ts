/**
 * Spilling functions in a real spreadsheet engine: each one's size rule (src/functions/spills.ts)
 * gives the shape its result really has, also when one spilling call is the argument of another.
 */
import { HyperFormula } from "hyperformula";
import { SPILLS } from "../../src/functions/spills";
import { registerCareFunctions } from "../../src/hyperformula/carePlugin";
import { bundle, call } from "../support/bundle";

/** Answers asynchronously; HyperFormula cannot wait for it (see checktable.test.ts). */
const ASYNC = ["CHECKTABLE"];

function evaluate(rows: (string | number | null)[][]): unknown[][] {
  const { metadata, runtime } = bundle();
  registerCareFunctions(metadata, runtime.registry);
  const engine = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false });
  const values = engine.getSheetValues(0);
  engine.destroy();
  return values;
}

it("every function that returns a grid has a size rule naming its own parameters", () => {
  const spilling = bundle().metadata.functions.filter(
    (fn) => fn.result.dimensionality === "matrix" && !ASYNC.includes(fn.id)
  );
  expect(spilling.map((fn) => fn.id).sort()).toEqual(Object.keys(SPILLS).sort());
  for (const fn of spilling) {
    const rule = SPILLS[fn.id];
    // A fixed size (SAVINGRISK's six rows) names no parameter.
    if ("rows" in rule) continue;
    const named = "shapeOf" in rule ? rule.shapeOf : rule.rowsPer;
    expect(fn.parameters.map((p) => p.name)).toContain(named);
  }
});

it("CARE.ROUNDTOTAL spills in the shape of its values, as Excel's runtime receives them", () => {
  expect(call("ROUNDTOTAL", [[0.4], [0.4], [0.4]])).toEqual([[1], [0], [0]]);
  expect(call("ROUNDTOTAL", [[1234, 5678]], -3)).toEqual([[1000, 6000]]);
});

it("£1,000,000 shared seven ways and rounded to the pound adds up: ROUNDTOTAL of SHARE", () => {
  const values = evaluate([
    [
      "=CARE.ROUNDTOTAL(CARE.SHARE(1000000,{1;1;1;1;1;1;1}))",
      "=CARE.SHARE(1000000,{1;1;1;1;1;1;1})",
    ],
    ...Array.from({ length: 6 }, () => [null, null]),
    ["=SUM(A1:A7)", "=SUM(B1:B7)"],
  ]);
  expect(values.slice(0, 7).map((row) => row[0])).toEqual([142858, ...Array(6).fill(142857)]);
  expect(values.slice(0, 7).map((row) => row[1])).toEqual([
    142857.15,
    142857.15,
    ...Array(5).fill(142857.14),
  ]);
  expect(values[7][0]).toBe(1000000);
  // The pence add up too; SUM of doubles carries binary noise below a penny.
  expect(values[7][1]).toBeCloseTo(1000000, 6);
});

it("a row range spills as a row; SAVINGSGRID as one row per occupancy level", () => {
  const values = evaluate([
    [0.125, 0.125, 0.75, null, null],
    ["=CARE.ROUNDTOTAL(A1:C1,1)", null, null, null, null],
    ["=CARE.SAVINGSGRID(2149,1988,2)", null, null, null, null],
  ]);
  // 0.1 + 0.1 + 0.8 = 1.0; rounding each gives 0.1 + 0.1 + 0.8 too: nothing moves.
  expect(values[1].slice(0, 3)).toEqual([0.1, 0.1, 0.8]);
  expect(values.slice(2).map((row) => row.slice(0, 4).length)).toEqual([4, 4, 4]);
  expect(values.slice(2).map((row) => row[0])).toEqual([2, 1, 0]);
});
