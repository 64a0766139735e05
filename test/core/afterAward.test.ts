/**
 * Occupancy risk and contract monitoring in the core, exactly. Binomial probabilities are products
 * of the rate as typed, so they are checked to the last digit; expected values were worked out by
 * hand (and in Python's decimal module where noted).
 */
import { Decimal, WEEKS_365_7, basisOf } from "../../src/core";
import type { OccupancyDistribution } from "../../src/core/afterAward";
import {
  binomialOccupancy,
  costPerOccupied,
  enteredOccupancy,
  occupancyRate,
  realisedSaving,
  savingRisk,
} from "../../src/core/afterAward";

const d = (v: string | number) => new Decimal(v);
const strings = (values: readonly Decimal[]) => values.map((v) => v.toString());
const chancesOf = (distribution: OccupancyDistribution) => strings(distribution.chances);
const ANNUAL = basisOf(d(1));

describe("the distribution of occupied beds", () => {
  it("5 beds at 90%: 0.1^5, 5 x 0.9 x 0.1^4, 10 x 0.81 x 0.001, 10 x 0.729 x 0.01, 5 x 0.6561 x 0.1, 0.9^5", () => {
    expect(chancesOf(binomialOccupancy(d(5), d("0.9")))).toEqual([
      "0.00001",
      "0.00045",
      "0.0081",
      "0.0729",
      "0.32805",
      "0.59049",
    ]);
  });

  it("5 beds at 85%, exactly, adding up to exactly 1", () => {
    const { chances, mean, variance } = binomialOccupancy(d(5), d("0.85"));
    expect(strings(chances)).toEqual([
      "0.0000759375",
      "0.0021515625",
      "0.024384375",
      "0.138178125",
      "0.3915046875",
      "0.4437053125",
    ]);
    expect(chances.reduce((a, b) => a.add(b)).toString()).toBe("1");
    // 5 x 0.85 and 5 x 0.85 x 0.15.
    expect([mean.toString(), variance.toString()]).toEqual(["4.25", "0.6375"]);
  });

  it("at 0% no bed is occupied and at 100% every bed is", () => {
    expect(chancesOf(binomialOccupancy(d(3), d(0)))).toEqual(["1", "0", "0", "0"]);
    expect(chancesOf(binomialOccupancy(d(3), d(1)))).toEqual(["0", "0", "0", "1"]);
  });

  it.each([
    [
      d(5),
      d(90),
      /^occupancy_rate must be a probability from 0 to 1 .*Did you mean 90%, which is 0\.9\?/,
    ],
    [d(5), d("-0.1"), /^occupancy_rate must be a probability from 0 to 1/],
    [d(0), d("0.9"), /^beds must be a whole number of beds above 0/],
    [d("4.5"), d("0.9"), /^beds must be a whole number; got 4\.5/],
    [
      d(1001),
      d("0.9"),
      /^beds \(1001\) is more than the most beds an occupancy table can hold \(1000\)/,
    ],
  ])("refuses %s beds at %s", (beds, rate, message) => {
    expect(() => binomialOccupancy(beds, rate)).toThrow(message);
  });

  it("takes probabilities as entered, one for each number of occupied beds", () => {
    const entered = enteredOccupancy(d(2), [d("0.1"), d("0.3"), d("0.6")]);
    expect(chancesOf(entered)).toEqual(["0.1", "0.3", "0.6"]);
    // Mean 0.3 + 1.2 = 1.5; variance 0.3 + 2.4 - 1.5^2 = 0.45.
    expect([entered.mean.toString(), entered.variance.toString()]).toEqual(["1.5", "0.45"]);
    // Thirds as Excel holds them, to 15 digits, add up to 1 within the tolerance.
    const third = d("0.333333333333333");
    expect(enteredOccupancy(d(2), [third, third, third]).chances).toHaveLength(3);
  });

  it.each([
    [
      [d("0.5"), d("0.5")],
      /^occupancy has 2 probabilities; 2 beds need 3, one for each number of occupied beds from 0 to 2/,
    ],
    [[d("0.1"), d("0.3"), d("0.5")], /^occupancy's probabilities add up to 0\.9, not 1/],
    [
      [d("-0.1"), d("0.5"), d("0.6")],
      /^occupancy \(0 beds occupied\) must be a probability from 0 to 1/,
    ],
    [[d("0"), d("0"), d("1.0000001")], /^occupancy \(2 beds occupied\) must be a probability/],
  ])("refuses entered probabilities %j", (chances, message) => {
    expect(() => enteredOccupancy(d(2), chances)).toThrow(message);
  });
});

describe("the risk to the saving (Hackney: high support £685,500 a year for 5 beds; spot £184,308.80 a bed a year)", () => {
  // Savings with k beds occupied: 184,308.80k - 685,500 = -685,500, -501,191.20, -316,882.40,
  // -132,573.60, 51,735.20, 236,044.
  const risk = savingRisk(d(685500), d("184308.8"), binomialOccupancy(d(5), d("0.9")), ANNUAL);

  it("expects the saving at 4.5 occupied beds: 184,308.80 x 4.5 - 685,500 = 143,889.60", () => {
    expect(risk.expected.toString()).toBe("143889.6");
  });

  it("has a standard deviation of 184,308.80 x sqrt(5 x 0.9 x 0.1), to the 15 digits Excel holds", () => {
    // 184,308.80^2 x 0.45 = 15,286,380,190.848 exactly; its root (Python decimal) 123,638.10169542397175926...
    expect(risk.standardDeviation.toSignificantDigits(15).toString()).toBe("123638.101695424");
  });

  it("costs more than spot with 3 or fewer beds occupied: 0.00001 + 0.00045 + 0.0081 + 0.0729 = 0.08146", () => {
    expect(risk.chanceCostsMore.toString()).toBe("0.08146");
  });

  it("5th percentile: 3 beds (cumulative 0.08146 is the first to reach 0.05); median and 95th: 5 beds (0.40951 < 0.5)", () => {
    expect(risk.percentile5.toString()).toBe("-132573.6");
    expect(risk.median.toString()).toBe("236044");
    expect(risk.percentile95.toString()).toBe("236044");
  });

  it("takes the percentile as the smallest saving whose cumulative chance reaches it: a half at 0 beds gives the median at 0", () => {
    const even = savingRisk(d(100), d(150), enteredOccupancy(d(1), [d("0.5"), d("0.5")]), ANNUAL);
    expect(even.median.toString()).toBe("-100");
    expect(even.expected.toString()).toBe("-25");
    expect(even.standardDeviation.toString()).toBe("75");
    expect(even.chanceCostsMore.toString()).toBe("0.5");
  });

  it("counts a saving of exactly 0 as not costing more", () => {
    // 2 beds at £50 a year each against a block of £100: break-even at exactly 2 beds.
    const risk2 = savingRisk(
      d(100),
      d(50),
      enteredOccupancy(d(2), [d("0.25"), d("0.25"), d("0.5")]),
      ANNUAL
    );
    expect(risk2.chanceCostsMore.toString()).toBe("0.5");
  });

  it("reports a block dearer at every occupancy as certain to cost more, though entered thirds add up to a hair over 1", () => {
    const thirds = enteredOccupancy(d(2), [
      d("0.333333333333334"),
      d("0.333333333333334"),
      d("0.333333333333334"),
    ]);
    expect(savingRisk(d(1000), d(100), thirds, ANNUAL).chanceCostsMore.toString()).toBe("1");
  });

  it("reads a weekly spot rate over 365/7 weeks: 3,544.40 x 365/7 = 184,815.142857... a bed a year", () => {
    const weekly = savingRisk(d(685500), d("3544.4"), binomialOccupancy(d(1), d(1)), WEEKS_365_7);
    expect(weekly.expected.toDecimalPlaces(6).toString()).toBe("-500684.857143");
  });

  it.each([
    [d(0), d("184308.8"), /^block_annual_cost must be an annual cost above 0/],
    [d(685500), d(0), /^spot_rate is 0: a zero price cannot be compared/],
  ])("refuses a block cost of %s or a spot rate of %s", (cost, spot, message) => {
    expect(() => savingRisk(cost, spot, binomialOccupancy(d(1), d(1)), ANNUAL)).toThrow(message);
  });
});

describe("contract monitoring", () => {
  it("realised saving: 140 nights at £3,544.40 a week is £70,888 at spot, less a block cost of £56,000", () => {
    expect(realisedSaving(d(56000), d("3544.4"), d(140)).toString()).toBe("14888");
    expect(realisedSaving(d(56000), d(500), d(100), d(1)).toString()).toBe("-6000");
    expect(realisedSaving(d(56000), d(182500), d(146), d(365)).toString()).toBe("17000");
    expect(realisedSaving(d(56000), d("3544.4"), d(0)).toString()).toBe("-56000");
  });

  it("cost per occupied bed-week: £56,000 over 140 nights is £400 a night, £2,800 a week", () => {
    expect(costPerOccupied(d(56000), d(140)).toString()).toBe("2800");
    expect(costPerOccupied(d(56000), d(140), d(1)).toString()).toBe("400");
  });

  it("occupancy: 135 of 5 beds x 30 days = 150 bed-nights is 90%", () => {
    expect(occupancyRate(d(135), d(5), d(30)).toString()).toBe("0.9");
    expect(occupancyRate(d(0), d(5), d(30)).toString()).toBe("0");
  });

  it.each([
    [() => costPerOccupied(d(56000), d(0)), /^occupied_nights is 0: no bed was occupied/],
    [
      () => occupancyRate(d(156), d(5), d(31)),
      /^occupied_nights \(156\) is more than the bed-nights available \(5 beds x 31 days = 155\)/,
    ],
    [() => occupancyRate(d(100), d("5.5"), d(31)), /^beds must be a whole number/],
    [() => occupancyRate(d(100), d(5), d(0)), /^days must be a number of days above 0/],
    [
      () => realisedSaving(d(56000), d("3544.4"), d(140), d(52)),
      /^rate_days must be the days the price covers: 7 for a weekly price, 1 nightly, 28 four-weekly or 365 annual; got 52/,
    ],
    [() => costPerOccupied(d(56000), d(140), d(30)), /^per_days must be the days the price covers/],
    [() => realisedSaving(d(-1), d("3544.4"), d(140)), /^block_cost_for_period cannot be negative/],
    [() => realisedSaving(d(56000), d("3544.4"), d(-1)), /^occupied_nights cannot be negative/],
  ])("refuses bad input (%#)", (compute, message) => {
    expect(compute).toThrow(message);
  });
});
