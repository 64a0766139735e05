/**
 * Every figure in the seed reports that the CARE functions cover, reproduced by the built bundle.
 * The cases were transcribed from the reports with their paragraph; expected values were worked out
 * independently with exact decimal arithmetic, and `stated` is the figure as printed.
 */
import seeds from "../fixtures/seed-figures.json";
import table1Low from "../fixtures/tables/hackney-2019-table1-low.json";
import table1Medium from "../fixtures/tables/hackney-2019-table1-medium.json";
import table1High from "../fixtures/tables/hackney-2019-table1-high.json";
import { Decimal, parseFigure, parseMoney, roundHalfAway } from "../../src/core";
import { call } from "../support/bundle";

interface SeedCase {
  council: string;
  paragraph: string;
  call: string;
  args: unknown[];
  expected: number | number[][];
  round: number | null;
  mround?: number;
  tolerance?: number;
  stated: string;
  /** The printed figure's value where the report writes it in words or garbled ("eight (8)"). */
  stated_value?: number;
  note: string;
}

const cases = seeds.cases as SeedCase[];

/** The figure as the report prints it, from the exact result. */
function presented(value: number, round: number | null | undefined, mround?: number): Decimal {
  const exact = new Decimal(value);
  if (mround) return exact.div(mround).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(mround);
  return round === null || round === undefined ? exact : roundHalfAway(exact, round);
}

function expectClose(actual: unknown, expected: number, tolerance?: number): void {
  if (tolerance) expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
  else expect(actual).toBe(expected);
}

describe.each(
  cases.map((c) => [
    `${c.council} ${c.paragraph}: CARE.${c.call}(${JSON.stringify(c.args).slice(1, -1)})`,
    c,
  ])
)("%s", (_title, c) => {
  it("gives the exact figure", () => {
    const result = call(c.call, ...c.args);
    if (Array.isArray(c.expected)) {
      expect(result).toEqual(c.expected);
    } else {
      expectClose(result, c.expected, c.tolerance);
    }
  });

  if (!Array.isArray(c.expected) && (c.round !== null || c.mround) && /\d/.test(c.stated)) {
    it(`matches the report's "${c.stated}" as printed`, () => {
      const shown = presented(call(c.call, ...c.args) as number, c.round, c.mround);
      const stated =
        c.stated_value === undefined ? parseMoney(c.stated) : new Decimal(c.stated_value);
      expect(shown.toNumber()).toBe(stated.toNumber());
    });
  }
});

describe("Hackney Table 1 as printed (to £1), low, medium and high support", () => {
  // The printed table, transcribed as a reviewer pastes it: occupancy runs across the columns.
  const printed = { low: table1Low, medium: table1Medium, high: table1High };
  const blockRates = { low: 125400, medium: 133300, high: 137100 };

  it.each(Object.keys(printed) as (keyof typeof printed)[])("%s support", (level) => {
    const rows = printed[level].cells;
    const row = (label: RegExp) =>
      rows
        .find((r) => label.test(r[0]))!
        .slice(1)
        .map((cell) => parseFigure(cell)!.value.toNumber());
    const grid = call("SAVINGSGRID", 184308.8, blockRates[level], 5, 8, 1) as number[][];
    const column = (i: number, places: number) =>
      grid.map((r) => roundHalfAway(new Decimal(r[i]), places).toNumber());
    expect(column(0, 0)).toEqual(row(/^Occupancy \(Beds\)/));
    expect(column(1, 2)).toEqual(row(/^Occupancy Rate/));
    expect(column(2, 0)).toEqual(row(/Annual Savings/));
    expect(column(3, 0)).toEqual(row(/over eight years/));
  });
});

describe("the issue's worked figures", () => {
  it.each([
    ["ANNUAL", [2411.3], 125387.6],
    ["BLOCKCOST", [2636.23, 5, 8], 5483358.4],
    ["BLOCKCOST", [4557, 15, 1, "365/7"], 3564225],
    ["SPOTSAVING", [2149, 1988, 4], 33488],
    ["SPOTSAVING", [3170.65, 2809, 4], 75223.2],
    ["SPOTSAVING", [184308.8, 125400, 5, 4, 8, 1], 881881.6],
    ["WHOLELIFE", [685419.8, "4+2+2", 0, 10000, 4], 5533358.4],
  ])("CARE.%s(%j) = %d", (name, args, expected) => {
    expect(call(name, ...args)).toBe(expected);
  });

  it("CARE.BREAKEVEN(184308.8,125400,5) = 3.4019 to 4 d.p.", () => {
    expect(
      roundHalfAway(new Decimal(call("BREAKEVEN", 184308.8, 125400, 5) as number), 4).toNumber()
    ).toBe(3.4019);
  });

  it("CARE.SHARE(38383649.28, seven 5s): parts of £5,483,378.46 or .47 adding to the total exactly", () => {
    const parts = (call("SHARE", 38383649.28, [[5, 5, 5, 5, 5, 5, 5]]) as number[][])[0];
    expect(parts.every((p) => p === 5483378.46 || p === 5483378.47)).toBe(true);
    expect(parts.reduce((total, p) => total.add(p), new Decimal(0)).toNumber()).toBe(38383649.28);
  });
});
