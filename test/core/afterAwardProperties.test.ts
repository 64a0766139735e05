/** Invariants of occupancy risk and contract monitoring that must hold for any input (fast-check). */
import fc from "fast-check";
import {
  annual,
  basisOf,
  breakEven,
  Decimal,
  spotSaving,
  WEEKS_52,
  WEEKS_365_7,
} from "../../src/core";
import type { OccupancyDistribution } from "../../src/core/afterAward";
import {
  binomialOccupancy,
  costPerOccupied,
  enteredOccupancy,
  occupancyRate,
  realisedSaving,
  savingRisk,
} from "../../src/core/afterAward";

const d = (v: string | number | bigint) => new Decimal(v.toString());
const total = (values: readonly Decimal[]) => values.reduce((a, b) => a.add(b), d(0));

/** A rate in whole percent, m/100, as officers type it. */
const wholePercent = fc.integer({ min: 0, max: 100 });
const price = fc.integer({ min: 1, max: 100_000_000 }).map((p) => d(p).div(100));
const basis = fc.constantFrom(WEEKS_52, basisOf(d(1)), WEEKS_365_7);

function choose(n: number, k: number): bigint {
  let ways = 1n;
  for (let i = 0; i < k; i++) ways = (ways * BigInt(n - i)) / BigInt(i + 1);
  return ways;
}

/** P(k) x 100^n for a rate of m%, in exact integers: C(n, k) m^k (100 - m)^(n - k). */
function exactScaled(n: number, m: number, k: number): bigint {
  return choose(n, k) * BigInt(m) ** BigInt(k) * BigInt(100 - m) ** BigInt(n - k);
}

describe("the binomial distribution of occupied beds", () => {
  it("is exact, to the last digit, for a whole-percent rate on up to 17 beds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 17 }), wholePercent, (n, m) => {
        const { chances } = binomialOccupancy(d(n), d(m).div(100));
        chances.forEach((chance, k) => {
          expect(chance.mul(d(100).pow(n)).toFixed()).toBe(exactScaled(n, m, k).toString());
        });
        expect(total(chances).toString()).toBe("1");
      })
    );
  });

  it("is correct to 35 significant digits on larger blocks", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 120 }), wholePercent, (n, m) => {
        binomialOccupancy(d(n), d(m).div(100)).chances.forEach((chance, k) => {
          const exact = d(exactScaled(n, m, k)).div(d(100).pow(n));
          expect(chance.sub(exact).abs().lte(exact.mul("1e-35"))).toBe(true);
        });
      }),
      { numRuns: 40 }
    );
  });

  it("adds up to 1 within 1e-30 for any rate Excel can hold and up to 300 beds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, rate) => {
          const sum = total(binomialOccupancy(d(n), d(rate.toPrecision(15))).chances);
          expect(sum.sub(1).abs().lt("1e-30")).toBe(true);
        }
      ),
      { numRuns: 40 }
    );
  });

  it("has mean beds x rate and variance beds x rate x (1 - rate), as its chances give them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 17 }), wholePercent, (n, m) => {
        const rate = d(m).div(100);
        const { chances, mean, variance } = binomialOccupancy(d(n), rate);
        const sumOf = (power: number) =>
          total(chances.map((chance, k) => chance.mul(d(k).pow(power))));
        expect(mean.eq(sumOf(1))).toBe(true);
        expect(variance.eq(sumOf(2).sub(mean.mul(mean)))).toBe(true);
        expect(variance.eq(rate.mul(n).mul(d(1).sub(rate)))).toBe(true);
      })
    );
  });
});

/** A block: beds, a spot and a block price per bed, and a distribution of occupied beds. */
const block = fc
  .record({
    beds: fc.integer({ min: 1, max: 17 }),
    spotRate: price,
    blockRate: price,
    basis,
    rate: wholePercent,
    weights: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 18, maxLength: 18 }),
    entered: fc.boolean(),
  })
  .filter((b) => b.weights.slice(0, b.beds + 1).some((w) => w > 0))
  .map((b) => {
    const weights = b.weights.slice(0, b.beds + 1);
    const sum = weights.reduce((x, y) => x + y, 0);
    const distribution = b.entered
      ? enteredOccupancy(
          d(b.beds),
          weights.map((w) => d(w).div(sum))
        )
      : binomialOccupancy(d(b.beds), d(b.rate).div(100));
    return { ...b, distribution };
  });

function riskOf(b: {
  beds: number;
  spotRate: Decimal;
  blockRate: Decimal;
  basis: typeof WEEKS_52;
  distribution: OccupancyDistribution;
}) {
  const blockAnnualCost = annual(b.blockRate.mul(b.beds), b.basis);
  return savingRisk(blockAnnualCost, b.spotRate, b.distribution, b.basis);
}

describe("the risk to the saving", () => {
  it("expects the saving at the expected occupancy (CARE.SPOTSAVING at the mean occupied beds)", () => {
    fc.assert(
      fc.property(block, (b) => {
        const atMean = spotSaving(
          { spotRate: b.spotRate, blockRate: b.blockRate, beds: d(b.beds), basis: b.basis },
          b.distribution.mean
        );
        // 365/7 and entered shares are divided before the saving is; exact otherwise.
        expect(riskOf(b).expected.sub(atMean).abs().lte("1e-20")).toBe(true);
        if (b.basis !== WEEKS_365_7 && !b.entered) expect(riskOf(b).expected.eq(atMean)).toBe(true);
      })
    );
  });

  it("orders its percentiles, each the smallest saving whose cumulative chance reaches it", () => {
    fc.assert(
      fc.property(block, (b) => {
        const risk = riskOf(b);
        expect(risk.percentile5.lte(risk.median)).toBe(true);
        expect(risk.median.lte(risk.percentile95)).toBe(true);
        const spotPerBed = annual(b.spotRate, b.basis);
        const blockAnnualCost = annual(b.blockRate.mul(b.beds), b.basis);
        const { chances } = b.distribution;
        const savings = chances.map((_, k) => spotPerBed.mul(k).sub(blockAnnualCost));
        const chanceAtMost = (s: Decimal) => total(chances.filter((_, k) => savings[k].lte(s)));
        const chanceBelow = (s: Decimal) => total(chances.filter((_, k) => savings[k].lt(s)));
        for (const [q, s] of [
          ["0.05", risk.percentile5],
          ["0.5", risk.median],
          ["0.95", risk.percentile95],
        ] as const) {
          expect(savings.some((saving) => saving.eq(s))).toBe(true);
          // Entered shares may add up to a hair under 1: allow that much.
          expect(chanceAtMost(s).gte(d(q).sub("1e-30"))).toBe(true);
          expect(chanceBelow(s).lt(q)).toBe(true);
        }
      })
    );
  });

  it("puts the chance that the block costs more on the beds below break-even (CARE.BREAKEVEN)", () => {
    // With 365/7 the annual block cost is itself a 40-digit rounding, so exactly at break-even only the exact bases can tell.
    fc.assert(
      fc.property(
        block.filter((b) => b.basis !== WEEKS_365_7),
        (b) => {
          const breakEvenBeds = breakEven(b.spotRate, b.blockRate, d(b.beds));
          const below = total(b.distribution.chances.filter((_, k) => breakEvenBeds.gt(k)));
          const chance = riskOf(b).chanceCostsMore;
          expect(chance.gte(0) && chance.lte(1)).toBe(true);
          // Entered shares may add up to a hair over 1; the chance stops at 1.
          expect(chance.eq(Decimal.min(below, 1))).toBe(true);
        }
      )
    );
  });

  it("has no spread when the occupancy is certain, and never a negative one", () => {
    fc.assert(
      fc.property(block, (b) => {
        const certain = b.distribution.chances.filter((chance) => !chance.isZero()).length === 1;
        const spread = riskOf(b).standardDeviation;
        expect(spread.gte(0)).toBe(true);
        expect(spread.isZero()).toBe(certain);
      })
    );
  });
});

describe("contract monitoring", () => {
  const nights = fc.integer({ min: 0, max: 10_000 }).map(d);
  const cost = fc.integer({ min: 0, max: 100_000_000 }).map((p) => d(p).div(100));

  it("realised saving plus the block cost is the spot cost of the nights", () => {
    fc.assert(
      fc.property(cost, price, nights, fc.constantFrom(1, 7, 28, 365), (c, spot, n, days) => {
        const spotCost = spot.mul(n).div(days);
        expect(realisedSaving(c, spot, n, d(days)).add(c).sub(spotCost).abs().lte("1e-30")).toBe(
          true
        );
      })
    );
  });

  it("cost per occupied bed-week times the occupied weeks is the block cost", () => {
    fc.assert(
      fc.property(
        cost,
        nights.filter((n) => !n.isZero()),
        (c, n) => {
          expect(costPerOccupied(c, n).mul(n).div(7).sub(c).abs().lte("1e-30")).toBe(true);
        }
      )
    );
  });

  it("occupancy is from 0 to 1 and times the bed-nights available gives the nights", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 366 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (beds, days, share) => {
          const occupied = d(Math.floor(share * beds * days));
          const rate = occupancyRate(occupied, d(beds), d(days));
          expect(rate.gte(0) && rate.lte(1)).toBe(true);
          expect(rate.mul(beds).mul(days).sub(occupied).abs().lte("1e-30")).toBe(true);
        }
      )
    );
  });
});
