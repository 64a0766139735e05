/**
 * Bad input for every function and every argument gets a specific Excel error whose message names
 * the argument and says what to change: never a silent number, never an unhandled exception.
 */
import { bundle, errorOf } from "../support/bundle";

/** A valid call of each function; each test breaks one argument of it. */
const VALID: Record<string, unknown[]> = {
  ANNUAL: [2411.3, 52],
  WEEKLY: [125387.6, 52],
  BLOCKCOST: [2636.23, 5, 8, 52, 0.03],
  SPOTCOST: [4557, 15, 1, 52, 0.03],
  SPOTSAVING: [2149, 1988, 4, 3, 2, 52],
  BREAKEVEN: [184308.8, 125400, 5],
  SAVINGSGRID: [184308.8, 125400, 5, 8, 1],
  TERMYEARS: ["4+2+2"],
  WHOLELIFE: [685419.8, "4+2+2", 0.02, 10000, 4],
  TIERRATE: [2411.3, [[151.91, 73.02]], 2],
  ATRISK: [2636.23, 0.07],
  UPLIFT: [1000, 0.03, 2],
  PRICESCORE: [120, [[100, 120, 150]], 50, "budget", 200],
  QUALITYSCORE: [[[4, 3]], [[25, 10]], 5],
  TENDERSCORE: [35.5, 120, [[100, 120, 150]], 50, "budget", 200],
  LOWBIDFLAG: [100, [[100, 120, 150]]],
  SHARE: [100, [[1, 2]]],
  ROUNDTOTAL: [[[142857.15, 142857.14]], 0],
  DISCOUNTFACTOR: [5, 0.035],
  NPV: [[[100, 100, 100]], 0.035],
  MONEY: ["£5.49m"],
  CHECK: ["£4,797,965.16", 4797956.16, 0.5],
  OCCUPANCYDIST: [5, 0.9],
  SAVINGRISK: [685500, 184308.8, 5, [[0.9]], 1],
  REALISEDSAVING: [56000, 3544.4, 140, 7],
  COSTPEROCCUPIED: [56000, 140, 7],
  OCCUPANCY: [135, 5, 30],
};

/** Arguments that are text by design, each with a malformed value and what its message must say. */
const TEXT_ARGUMENTS: Record<string, [unknown, RegExp]> = {
  basis: ["weekly", /basis "weekly" is not a number of periods per year\. Use 52, "365\/7"/],
  term: ["4+x", /term "4\+x" is not a contract term\. Write years joined by "\+", e.g\. "4\+2\+2"/],
  method: [
    "cheapest",
    /method "cheapest" is not a price-scoring method\. Use one of: lowest, linear, mean, budget/,
  ],
  text: ["five pounds", /"five pounds" is not an amount of money\. Write it as reports do/],
  stated: [
    "five pounds",
    /^stated is text "five pounds", not a figure\. Enter a number, or text such as/,
  ],
  recomputed: [true, /^recomputed is the logical value TRUE, not a figure/],
};

function withArgument(name: string, index: number, value: unknown): unknown[] {
  const args = [...VALID[name]];
  args[index] = value;
  return args;
}

const functions = () => bundle().metadata.functions;

/** Tested in checktable.test.ts: it answers asynchronously, so its errors arrive as rejections. */
const ASYNC = ["CHECKTABLE"];

it("covers every function in functions.json", () => {
  expect(
    functions()
      .map((f) => f.id)
      .sort()
  ).toEqual([...Object.keys(VALID), ...ASYNC].sort());
});

describe.each(Object.keys(VALID))("CARE.%s", (name) => {
  const meta = () => functions().find((f) => f.id === name)!;
  const parameters = bundle().metadata.functions.find((f) => f.id === name)!.parameters;

  describe.each(parameters.map((p, i) => [p.name, i, p] as const))(
    "argument %s",
    (parameter, index, p) => {
      const isRange = p.dimensionality === "matrix";
      const textArgument = TEXT_ARGUMENTS[parameter];

      if (textArgument) {
        it("refuses malformed text with a message saying how to write it", () => {
          const error = errorOf(name, ...withArgument(name, index, textArgument[0]));
          expect(error.code).toBe("#VALUE!");
          expect(error.message).toMatch(textArgument[1]);
        });
      } else if (isRange) {
        it.each([
          ["a text cell", [["abc", 1]], /\(row 1, column 1\) is text "abc"; it must be a number/],
          ["a blank cell", [[1, ""]], /\(row 1, column 2\) is blank\. Enter a number/],
          ["an error-like value", [[NaN, 1]], /is not a finite number/],
          ["a ragged range", [[1, 2], [3]], /must be a rectangular range of cells/],
        ])("refuses %s, naming the cell", (_what, value, message) => {
          const error = errorOf(name, ...withArgument(name, index, value));
          expect(error.code).toBe("#VALUE!");
          expect(error.message).toContain(parameter);
          expect(error.message).toMatch(message);
        });
      } else {
        it.each([
          ["text", "abc", /is text "abc"; it must be a number/],
          ["money as text", "£2,411.30", /convert it with CARE\.MONEY\("£2,411\.30"\)/],
          ["a logical value", true, /is the logical value TRUE; it must be a number/],
          ["NaN", NaN, /is not a finite number/],
          ["Infinity", Infinity, /is not a finite number/],
        ])("refuses %s", (_what, value, message) => {
          const error = errorOf(name, ...withArgument(name, index, value));
          expect(error.code).toBe("#VALUE!");
          expect(error.message).toMatch(new RegExp(`^${parameter} `));
          expect(error.message).toMatch(message);
        });
      }

      if (!p.optional) {
        it.each([
          ["omitted", null],
          ["an empty cell", ""],
        ])("refuses the required argument %s", (_what, value) => {
          const error = errorOf(name, ...withArgument(name, index, isRange ? value : value));
          expect(error.code).toBe("#VALUE!");
          expect(error.message).toMatch(new RegExp(`^${parameter}.* (is blank|must be)`));
        });
      }
    }
  );

  it("is described in functions.json", () => {
    expect(meta()).toBeDefined();
  });
});

describe("values outside the domain", () => {
  it.each([
    ["BLOCKCOST", [2636.23, -5, 8], /^beds must be a whole number of beds above 0; got -5/],
    ["BLOCKCOST", [2636.23, 2.5, 8], /^beds must be a whole number; got 2\.5/],
    ["BLOCKCOST", [0, 5, 8], /^weekly_rate must be a price above 0; got 0/],
    ["BLOCKCOST", [2636.23, 5, -1], /^years cannot be negative; got -1/],
    [
      "BLOCKCOST",
      [2636.23, 5, 8, 52, 3],
      /^uplift must be a yearly rate .*got 3\. Did you mean 3%, which is 0\.03\?/,
    ],
    ["BLOCKCOST", [2636.23, 5, 8, 0], /^basis must be a number of periods per year above 0; got 0/],
    ["SPOTCOST", [4557, -1, 1], /^placements cannot be negative; got -1/],
    ["SPOTSAVING", [2149, 1988, 4, 5], /^occupied \(5\) is more than beds \(4\)\. Enter at most 4/],
    ["SPOTSAVING", [2149, 1988, 4, -1], /^occupied cannot be negative/],
    ["SPOTSAVING", [0, 1988, 4], /^spot_rate is 0: a zero price cannot be compared/],
    ["SPOTSAVING", [2149, 0, 4], /^block_rate is 0: a zero price cannot be compared/],
    ["BREAKEVEN", [184308.8, 125400, 0], /^beds must be a whole number of beds above 0; got 0/],
    ["BREAKEVEN", [0, 125400, 5], /^spot_rate is 0/],
    [
      "SAVINGSGRID",
      [184308.8, 125400, 5000],
      /^beds \(5000\) is more than the most rows a savings table can hold \(1000\)/,
    ],
    ["TERMYEARS", ["4+2+"], /^term "4\+2\+" is not a contract term/],
    ["TERMYEARS", ["0+2"], /^term "0\+2" is not a contract term/],
    ["TERMYEARS", [-8], /^term must be a number of years above 0; got -8/],
    [
      "BLOCKCOST",
      [2636.23, 8, 5483358],
      /^years \(5483358\) is more than the longest term CareCalc accepts \(1000\)/,
    ],
    ["WHOLELIFE", [1, 1e7], /^years \(10000000\) is more than the longest term/],
    [
      "WHOLELIFE",
      [685419.8, "4+2+2", 0, 10000, 0],
      /^fee_from_year must be a contract year above 0/,
    ],
    ["WHOLELIFE", [685419.8, "4+2+2", 0, -10], /^annual_fee cannot be negative/],
    ["WHOLELIFE", [685419.8, -8], /^term must be a number of years above 0; got -8/],
    [
      "TIERRATE",
      [2411.3, [[151.91, 73.02]], 4],
      /^level 4 needs 3 top-ups but top_ups has 2\. Enter a level from 1 to 3/,
    ],
    ["TIERRATE", [2411.3, [[151.91, 73.02]], 0], /^level must be a support level above 0/],
    [
      "ATRISK",
      [2636.23, 7],
      /^share must be a share from 0% to 100%; got 7\. Did you mean 7%, which is 0\.07\?/,
    ],
    ["ATRISK", [2636.23, -0.07], /^share must be a share from 0% to 100%/],
    ["UPLIFT", [1000, -1, 2], /^rate must be a yearly rate above -100%/],
    ["PRICESCORE", [0, [[0, 120]], 50], /^bid is 0: a zero price cannot be compared/],
    ["PRICESCORE", [120, [[-100, 120]], 50], /^bids \(bid 1\) must be a price above 0; got -100/],
    ["PRICESCORE", [90, [[100, 120]], 50], /^bid 90 is not among bids/],
    ["PRICESCORE", [120, [[100, 120]], 0], /^max_marks must be a number above 0/],
    ["PRICESCORE", [120, [[100, 120]], 50, "budget"], /^method "budget" needs a budget/],
    [
      "PRICESCORE",
      [120, [[100, 120]], 50, "budget", 90],
      /^budget \(90\) must be above the lowest bid \(100\)/,
    ],
    ["QUALITYSCORE", [[[4, 3]], [[25]], 5], /^scores has 2 values but weights has 1/],
    ["QUALITYSCORE", [[[6, 3]], [[25, 10]], 5], /^scores \(score 1\) is 6, above max_score 5/],
    ["QUALITYSCORE", [[[4, 3]], [[25, 10]]], /^scores \(score 1\) is 4, above max_score 1/],
    ["QUALITYSCORE", [[[4, 3]], [[25, -10]], 5], /^weights \(weight 2\) cannot be negative/],
    ["TENDERSCORE", [-1, 120, [[100, 120]], 50], /^quality_marks cannot be negative/],
    ["LOWBIDFLAG", [90, [[100, 120]]], /^bid 90 is not among bids/],
    [
      "SHARE",
      [100.005, [[1, 2]]],
      /^total 100\.005 has fractions of a penny\. Round it to pence first/,
    ],
    ["SHARE", [100, [[0, 0]]], /^weights are all 0/],
    ["SHARE", [100, [[1, -2]]], /^weights \(item 2\) cannot be negative/],
    ["ROUNDTOTAL", [[[1.5, 2.5]], 0.5], /^places must be a whole number from -10 to 10; got 0\.5/],
    ["ROUNDTOTAL", [[[1.5, 2.5]], 11], /^places must be a whole number from -10 to 10; got 11/],
    ["DISCOUNTFACTOR", [-1], /^year cannot be negative/],
    ["DISCOUNTFACTOR", [1, 35], /^rate must be a yearly rate .*Did you mean 35%, which is 0\.35\?/],
    ["MONEY", ["£5.M"], /^"£5\.M" is not an amount of money/],
    ["MONEY", ["£1,23,4"], /is not an amount of money/],
    ["MONEY", ["(1,234"], /is not an amount of money/],
    ["OCCUPANCYDIST", [5, 1.2], /^occupancy_rate must be a probability from 0 to 1/],
    ["OCCUPANCYDIST", [2.5, 0.9], /^beds must be a whole number; got 2\.5/],
    ["OCCUPANCYDIST", [0, 0.9], /^beds must be a whole number of beds above 0/],
    ["OCCUPANCYDIST", [1001, 0.9], /^beds \(1001\) is more than the most beds an occupancy table/],
    [
      "SAVINGRISK",
      [0, 184308.8, 5, [[0.9]], 1],
      /^block_annual_cost must be an annual cost above 0/,
    ],
    ["SAVINGRISK", [685500, 0, 5, [[0.9]], 1], /^spot_rate is 0/],
    [
      "SAVINGRISK",
      [685500, 184308.8, 1, [[-0.5], [1.5]], 1],
      /^occupancy \(0 beds occupied\) must be a probability/,
    ],
    [
      "REALISEDSAVING",
      [56000, 3544.4, 140, 52],
      /^rate_days must be the days the price covers: 7 for a weekly price/,
    ],
    ["REALISEDSAVING", [56000, 3544.4, -1], /^occupied_nights cannot be negative/],
    ["REALISEDSAVING", [-56000, 3544.4, 140], /^block_cost_for_period cannot be negative/],
    [
      "COSTPEROCCUPIED",
      [56000, 0],
      /^occupied_nights is 0: no bed was occupied, so there is no cost per occupied bed-night/,
    ],
    ["COSTPEROCCUPIED", [56000, 140, 30], /^per_days must be the days the price covers/],
    [
      "OCCUPANCY",
      [156, 5, 31],
      /^occupied_nights \(156\) is more than the bed-nights available \(5 beds x 31 days = 155\): occupancy cannot be above 100%/,
    ],
    ["OCCUPANCY", [100, 5.5, 31], /^beds must be a whole number/],
    ["OCCUPANCY", [100, 5, 0], /^days must be a number of days above 0/],
  ])("CARE.%s(%j)", (name, args, message) => {
    const error = errorOf(name, ...args);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });

  it.each([
    ["ANNUAL", [1e14], /too large for Excel to hold exactly/],
    ["BLOCKCOST", [1e9, 1000, 100], /too large for Excel to hold exactly/],
    ["SHARE", [1e16, [[1, 1]]], /too large for Excel to hold exactly/],
  ])(
    "CARE.%s(%j) refuses a result Excel cannot hold to the penny (#NUM!)",
    (name, args, message) => {
      const error = errorOf(name, ...args);
      expect(error.code).toBe("#NUM!");
      expect(error.message).toMatch(message);
    }
  );
});
