/**
 * The occupancy and monitoring functions as Excel calls them (the built bundle), with Hackney's
 * block (high support £685,500 a year for 5 beds; spot £184,308.80 a bed a year; 90% planned
 * occupancy). Expected values were worked out by hand: see test/core/afterAward.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import {
  createCustomFunctionsRuntime,
  CustomFunctionError,
} from "../../src/hyperformula/customFunctionsRuntime";
import { bundle, call, DIST, errorOf } from "../support/bundle";
import { loadIntoPage } from "../support/page";

const HACKNEY_RISK = [
  ["Expected annual saving", 143889.6],
  ["Standard deviation", expect.closeTo(123638.10169542397, 9)],
  ["Chance the block costs more", 0.08146],
  ["5th percentile saving", -132573.6],
  ["Median saving", 236044],
  ["95th percentile saving", 236044],
];

describe("CARE.OCCUPANCYDIST", () => {
  it("spills 0 to 5 occupied beds at 90%, exactly", () => {
    expect(call("OCCUPANCYDIST", 5, 0.9)).toEqual([
      [0, 0.00001],
      [1, 0.00045],
      [2, 0.0081],
      [3, 0.0729],
      [4, 0.32805],
      [5, 0.59049],
    ]);
  });

  it("gives what its description's example says", () => {
    const description = bundle().metadata.functions.find(
      (f) => f.id === "OCCUPANCYDIST"
    )!.description;
    expect(description).toContain("=CARE.OCCUPANCYDIST(5, 90%) gives 0.59049 for all 5 beds");
    expect((call("OCCUPANCYDIST", 5, 0.9) as number[][])[5]).toEqual([5, 0.59049]);
  });
});

describe("CARE.SAVINGRISK", () => {
  it("from one occupancy rate: the expected saving, its spread, the chance of costing more and the 5th-95th range", () => {
    expect(call("SAVINGRISK", 685500, 184308.8, 5, [[0.9]], 1)).toEqual(HACKNEY_RISK);
  });

  it("gives what its description's example says", () => {
    const description = bundle().metadata.functions.find((f) => f.id === "SAVINGRISK")!.description;
    expect(description).toContain(
      "=CARE.SAVINGRISK(685500, 184308.80, 5, 90%, 1) gives an expected saving of 143,889.60 and a 0.08146 chance"
    );
  });

  it("from a column of probabilities, or a row, the same as from the rate they come from", () => {
    const column = (call("OCCUPANCYDIST", 5, 0.9) as number[][]).map((row) => [row[1]]);
    expect(call("SAVINGRISK", 685500, 184308.8, 5, column, 1)).toEqual(HACKNEY_RISK);
    const row = [column.map((cell) => cell[0])];
    expect(call("SAVINGRISK", 685500, 184308.8, 5, row, 1)).toEqual(HACKNEY_RISK);
  });

  it("takes a weekly spot rate over 52 weeks by default: £3,544.40 x 52 = £184,308.80", () => {
    expect(call("SAVINGRISK", 685500, 3544.4, 5, [[0.9]], null)).toEqual(HACKNEY_RISK);
  });

  it.each([
    [
      "the whole spill of OCCUPANCYDIST",
      [
        [0, 0.5],
        [1, 0.5],
      ],
      1,
      /^occupancy is 2 rows by 2 columns\. Give one occupancy rate, or one row or column of probabilities \(from CARE\.OCCUPANCYDIST's spill, its second column only\)/,
    ],
    [
      "too few probabilities",
      [[0.5], [0.5]],
      5,
      /^occupancy has 2 probabilities; 5 beds need 6, one for each number of occupied beds from 0 to 5/,
    ],
    [
      "probabilities that do not add up to 1",
      [[0.5], [0.4]],
      1,
      /^occupancy's probabilities add up to 0\.9, not 1/,
    ],
    [
      "a percentage typed as a whole number",
      [[90]],
      5,
      /^occupancy must be a probability from 0 to 1 \(0% to 100%\); got 90\. Did you mean 90%, which is 0\.9\?/,
    ],
    [
      "more beds than a table can hold",
      [[0.9]],
      1001,
      /^beds \(1001\) is more than the most beds an occupancy table can hold \(1000\)/,
    ],
  ])("refuses %s", (_what, occupancy, beds, message) => {
    const error = errorOf("SAVINGRISK", 685500, 184308.8, beds, occupancy, 1);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });
});

describe("contract monitoring", () => {
  it.each([
    ["REALISEDSAVING", [56000, 3544.4, 140, null], 14888],
    ["REALISEDSAVING", [56000, 3544.4, 135, 7], 12356.285714285714],
    ["REALISEDSAVING", [56000, 500, 100, 1], -6000],
    ["COSTPEROCCUPIED", [56000, 140, null], 2800],
    ["COSTPEROCCUPIED", [56000, 140, 1], 400],
    ["OCCUPANCY", [135, 5, 30], 0.9],
    ["OCCUPANCY", [155, 5, 31], 1],
  ])("CARE.%s(%j) = %j", (name, args, expected) => {
    expect(call(name, ...args)).toBeCloseTo(expected, 9);
  });
});

describe("loading on first use, as in Excel", () => {
  it("the first call loads occupancy.js from beside the page and answers a moment later; later calls answer at once", async () => {
    const page = loadIntoPage("functions.js");
    const occupancy = page.registry.get("OCCUPANCY")!;
    // A promise from the page's own realm: Excel waits for it.
    const first = occupancy(135, 5, 30) as PromiseLike<unknown>;
    expect(typeof first.then).toBe("function");
    expect(await first).toBe(0.9);
    expect(page.loaded).toEqual(["occupancy.js"]);
    expect(page.registry.get("SAVINGRISK")!(685500, 184308.8, 5, [[0.9]], 1)).toEqual(HACKNEY_RISK);
    expect(page.loaded).toEqual(["occupancy.js"]);
  });

  it("a first call with bad input settles with the error, never leaving the cell busy", async () => {
    const page = loadIntoPage("functions.js");
    await expect(page.registry.get("OCCUPANCY")!(160, 5, 31)).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(
        /^occupied_nights \(160\) is more than the bed-nights available/
      ),
    });
  });

  it("settles with an error naming the cause where occupancy.js cannot be loaded (no page)", async () => {
    // functions.js alone, where Excel's runtime would run it, with nothing to load a chunk into.
    const runtime = createCustomFunctionsRuntime();
    runInContext(
      readFileSync(join(DIST, "functions.js"), "utf8"),
      createContext({ CustomFunctions: runtime })
    );
    const result = runtime.registry.get("OCCUPANCY")!(135, 5, 30) as Promise<unknown>;
    await expect(result).rejects.toBeInstanceOf(CustomFunctionError);
    await expect(result).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(
        /^CareCalc could not load its occupancy functions \(occupancy\.js\) from the add-in: .*\. Reload the add-in\.$/
      ),
    });
  });
});
