/** Worked examples for each concern of the core; expected values were worked out by hand or in Python's decimal module. */
import {
  apportion,
  atRisk,
  blockCost,
  costOverYears,
  Decimal,
  discountFactor,
  lowBidFlag,
  parseFigure,
  parseMoney,
  parseTerm,
  presentValue,
  priceScore,
  qualityScore,
  roundHalfAway,
  roundToTotal,
  tierRate,
  uplifted,
  WEEKS_365_7,
} from "../../src/core";

const d = (v: string | number) => new Decimal(v);
const strings = (values: Decimal[]) => values.map((v) => v.toString());

describe("rounding", () => {
  it.each([
    ["2.675", 2, "2.68"],
    ["-2.675", 2, "-2.68"],
    ["2.5", 0, "3"],
    ["-2.5", 0, "-3"],
    ["3564225", -3, "3564000"],
    ["685500", -3, "686000"],
    ["-74073.6", 0, "-74074"],
  ])("%s to %i places is %s: half away from zero, as Excel's ROUND", (value, places, expected) => {
    expect(roundHalfAway(d(value), places).toString()).toBe(expected);
  });
});

describe("contract costs", () => {
  it("uplift compounds from year 2 and a fractional final year is paid pro rata", () => {
    // 100 a week x 52 = 5,200; years 1, 2 and half of 3 at 3%: 5,200 x (1 + 1.03 + 0.5 x 1.0609)
    expect(blockCost(d(100), d(1), d("2.5"), undefined, d("0.03")).toString()).toBe("13314.34");
  });
  it("Kent's 15 beds at £4,557 over 365/7 weeks is £3,564,225 exactly (the 7 divides last)", () => {
    expect(blockCost(d(4557), d(15), d(1), WEEKS_365_7).toString()).toBe("3564225");
  });
  it("no uplift means every year costs the same", () => {
    expect(costOverYears(d("685419.80"), d(8)).toString()).toBe("5483358.4");
  });
  it("reads a term with extensions", () => {
    const term = parseTerm("4 + 2 + 2");
    expect([
      term.initialYears.toString(),
      term.maximumYears.toString(),
      strings([...term.periods]),
    ]).toEqual(["4", "8", ["4", "2", "2"]]);
  });
  it("tiers add their top-ups cumulatively", () => {
    expect(tierRate(d("2411.30"), [d("151.91"), d("73.02")], d(3)).toString()).toBe("2636.23");
  });
  it("7% of £2,636.23 is at risk", () => {
    expect(atRisk(d("2636.23"), d("0.07")).toString()).toBe("184.5361");
  });
  it("£1,000 after two years at 3% is £1,060.90", () => {
    expect(uplifted(d(1000), d("0.03"), d(2)).toString()).toBe("1060.9");
  });
});

describe("tender evaluation", () => {
  const bids = [d(100), d(125), d(200)];
  it.each([
    ["lowest", "125", "40"],
    ["lowest", "200", "25"],
    ["linear", "125", "37.5"],
    ["linear", "200", "0"],
    // mean 425/3: 50 x (0.5 + (425/3 - 125) / (425/3)) = 50 x (0.5 + 50/425)
    ["mean", "125", "30.882353"],
    ["mean", "200", "4.411765"],
  ] as const)("%s method: a bid of %s scores %s of 50", (method, bid, marks) => {
    expect(priceScore(d(bid), bids, d(50), method).toDecimalPlaces(6).toString()).toBe(marks);
  });
  it("budget method scores against the ceiling price", () => {
    // 50 x (250 - 125) / (250 - 100)
    expect(priceScore(d(125), bids, d(50), "budget", d(250)).toFixed(6)).toBe("41.666667");
  });
  it("weights quality scores by criterion", () => {
    // Hackney-style weights 25/10/10/5 on a 0-5 scale: 4/5x25 + 3/5x10 + 5/5x10 + 2/5x5
    expect(
      qualityScore([d(4), d(3), d(5), d(2)], [d(25), d(10), d(10), d(5)], d(5)).toString()
    ).toBe("38");
  });
  it.each([
    [[100, 120, 125, 130, 200], 100, true],
    [[100, 100.5, 125, 130, 200], 100, false],
    [[118, 120, 125, 130, 200], 118, false],
    [[100, 120, 125, 130, 200], 120, false],
    [[100], 100, false],
  ])("abnormally low screen on %j flags %d: %s", (all, bid, flagged) => {
    expect(lowBidFlag(d(bid), all.map(d))).toBe(flagged);
  });
});

describe("apportionment", () => {
  it("gives the leftover pennies to the largest remainders, earlier parts first on a tie", () => {
    expect(strings(apportion(d(100), [d(1), d(1), d(1)]))).toEqual(["33.34", "33.33", "33.33"]);
    expect(strings(apportion(d(10), [d(1), d(2)]))).toEqual(["3.33", "6.67"]);
    expect(strings(apportion(d(-10), [d(1), d(2)]))).toEqual(["-3.33", "-6.67"]);
  });
});

describe("Green Book discounting", () => {
  it("year 0 is undiscounted and year 1 is 1/1.035", () => {
    expect(discountFactor(d(0)).toString()).toBe("1");
    expect(discountFactor(d(1)).toString()).toBe("0.9661835748792270531400966183574879227053");
  });
  it("the rate declines to 3% after year 30 and 2.5% after year 75", () => {
    expect(discountFactor(d(31)).toFixed(30)).toBe("0.345901369516797612108364956195");
    expect(discountFactor(d(80)).toFixed(30)).toBe("0.083271246843776621475469046188");
  });
  it("present value discounts from year 0", () => {
    expect(presentValue([d(100), d(100), d(100)]).toFixed(30)).toBe(
      "289.969427524563000303390977619081"
    );
  });
});

describe("figures as reports write them", () => {
  it.each([
    ["£4,388,575.80", "4388575.8", "0.01"],
    ["£5.49M", "5490000", "10000"],
    ["c£10k", "10000", "1000"],
    ["(1,234)", "-1234", "1"],
    ["-£74,074", "-74074", "1"],
    ["£-74,074", "-74074", "1"],
    ["−£74,074", "-74074", "1"],
    ["35.500", "35.5", "0.001"],
    ["7%", "0.07", "0.01"],
    ["£2.3 million", "2300000", "100000"],
    ["£1.2bn", "1200000000", "100000000"],
    ["£685,620.", "685620", "1"],
    ["-", "0", "1"],
  ])("%s is %s, shown to the nearest %s", (text, value, precision) => {
    const figure = parseFigure(text)!;
    expect([figure.value.toString(), figure.precision.toString()]).toEqual([value, precision]);
  });
  it("marks estimates", () => {
    expect(parseFigure("c£10k")!.approximate).toBe(true);
    expect(parseFigure("£10k")!.approximate).toBe(false);
  });
  it.each(["", "n/a", "£", "£5.M", "1,23", "(£5", "--5", "£5%", "ten"])(
    "%j is not a figure",
    (text) => {
      expect(parseFigure(text)).toBeUndefined();
      expect(() => parseMoney(text)).toThrow(/is not an amount of money/);
    }
  );
});

describe("rounding so a column adds up (ROUNDTOTAL)", () => {
  const rounded = (values: (string | number)[], places: number) =>
    strings(roundToTotal(values.map(d), places));

  it("seven shares of £1,000,000 to the pound: one of £142,858, the earliest of the largest remainders", () => {
    // SHARE gives 142,857.15 twice and 142,857.14 five times; rounding each would print 999,999.
    const shares = ["142857.15", "142857.15", ...Array(5).fill("142857.14")];
    expect(rounded(shares, 0)).toEqual(["142858", ...Array(6).fill("142857")]);
  });

  it("seven shares of 1/7 to one decimal place of a percentage: 14.2% once, adding to 100.0%", () => {
    const seventh = d(1).div(7);
    expect(strings(roundToTotal(Array(7).fill(seventh), 3))).toEqual([
      ...Array(6).fill("0.143"),
      "0.142",
    ]);
  });

  it("moves only the values it must: 0.4 + 0.4 + 0.4 = 1.2, printed 0 + 0 + 1 = 1", () => {
    expect(rounded(["0.4", "0.4", "0.4"], 0)).toEqual(["1", "0", "0"]);
    // Rounding each already adds up: nothing moves from its own rounding.
    expect(rounded(["0.4", "0.6", "1.2"], 0)).toEqual(["0", "1", "1"]);
  });

  it("leaves figures already whole in the unit alone, and gives the unit to the largest remainder", () => {
    expect(rounded(["10", "2.3", "2.45"], 0)).toEqual(["10", "2", "3"]);
    expect(rounded(["1234", "5678"], -3)).toEqual(["1000", "6000"]);
    expect(rounded(["1234.5", "5678.4"], -2)).toEqual(["1200", "5700"]);
  });

  it("rounds a negative column as the mirror image of the positive one", () => {
    expect(rounded(["-0.5", "-0.5"], 0)).toEqual(["-1", "0"]);
    expect(rounded(["0.5", "0.5"], 0)).toEqual(["1", "0"]);
  });

  it("keeps the sign of a part in a column of mixed signs, within one unit of it", () => {
    // Total 0.9 rounds to 1: -0.3 starts at -1, 1.2 at 1: one unit more, to the larger remainder (-0.3's 0.7).
    expect(rounded(["-0.3", "1.2"], 0)).toEqual(["0", "1"]);
  });
});
