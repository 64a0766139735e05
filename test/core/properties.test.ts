/** Invariants of the core that must hold for any input, checked with fast-check. */
import fc from "fast-check";
import {
  apportion,
  breakEven,
  Decimal,
  priceScore,
  spotSaving,
  sum,
  annual,
  weekly,
  WEEKS_52,
  WEEKS_365_7,
  basisOf,
  roundHalfAway,
  roundToTotal,
} from "../../src/core";
import { call } from "../support/bundle";

const pence = fc
  .integer({ min: -10_000_000_000, max: 10_000_000_000 })
  .map((p) => new Decimal(p).div(100));
const weights = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 })
  .filter((ws) => ws.some((w) => w > 0));
const price = fc.integer({ min: 1, max: 100_000_000 }).map((p) => new Decimal(p).div(100));
const beds = fc.integer({ min: 1, max: 50 });
const basis = fc.constantFrom(WEEKS_52, WEEKS_365_7, basisOf(new Decimal(1)));

describe("SHARE (apportion)", () => {
  it("parts add up exactly to the total, in whole pence", () => {
    fc.assert(
      fc.property(pence, weights, (total, ws) => {
        const parts = apportion(
          total,
          ws.map((w) => new Decimal(w))
        );
        expect(sum(parts).eq(total)).toBe(true);
        expect(parts.every((p) => p.mul(100).isInteger())).toBe(true);
      })
    );
  });

  it("each part is within a penny of its exact proportional share", () => {
    fc.assert(
      fc.property(pence, weights, (total, ws) => {
        const weightTotal = ws.reduce((a, b) => a + b, 0);
        apportion(
          total,
          ws.map((w) => new Decimal(w))
        ).forEach((part, i) => {
          const exact = total.mul(ws[i]).div(weightTotal);
          expect(part.sub(exact).abs().lt(0.01)).toBe(true);
        });
      })
    );
  });
});

describe("ROUNDTOTAL (roundToTotal)", () => {
  const column = fc.array(pence, { minLength: 1, maxLength: 30 });
  const places = fc.integer({ min: -4, max: 2 });

  it("the rounded values add up to the rounded total, each within one unit of its value", () => {
    fc.assert(
      fc.property(column, places, (values, p) => {
        const rounded = roundToTotal(values, p);
        const unit = new Decimal(10).pow(-p);
        expect(sum(rounded).eq(roundHalfAway(sum(values), p))).toBe(true);
        rounded.forEach((r, i) => {
          expect(r.div(unit).isInteger()).toBe(true);
          expect(r.sub(values[i]).abs().lt(unit)).toBe(true);
        });
      })
    );
  });

  it("moves the fewest values from their own rounding: as many as the rounded parts miss the total by", () => {
    fc.assert(
      fc.property(column, places, (values, p) => {
        const own = values.map((v) => roundHalfAway(v, p));
        const unit = new Decimal(10).pow(-p);
        const missed = sum(own)
          .sub(roundHalfAway(sum(values), p))
          .div(unit)
          .abs()
          .toNumber();
        const moved = roundToTotal(values, p).filter((r, i) => !r.eq(own[i])).length;
        expect(moved).toBe(missed);
      })
    );
  });

  it("rounds -x as the mirror image of x", () => {
    fc.assert(
      fc.property(column, places, (values, p) => {
        const negated = roundToTotal(
          values.map((v) => v.neg()),
          p
        );
        roundToTotal(values, p).forEach((r, i) => expect(r.neg().eq(negated[i])).toBe(true));
      })
    );
  });
});

describe("SPOTSAVING", () => {
  const inputs = fc.record({
    spotRate: price,
    blockRate: price,
    beds,
    basis,
    years: fc.integer({ min: 1, max: 12 }),
  });

  it("is linear in occupancy: each extra occupied bed saves one spot placement's cost", () => {
    fc.assert(
      fc.property(inputs, ({ spotRate, blockRate, beds: n, basis: b, years }) => {
        const i = {
          spotRate,
          blockRate,
          beds: new Decimal(n),
          basis: b,
          years: new Decimal(years),
        };
        const step = annual(spotRate, b).mul(years);
        for (let occupied = 0; occupied < n; occupied++) {
          const gain = spotSaving(i, new Decimal(occupied + 1)).sub(
            spotSaving(i, new Decimal(occupied))
          );
          expect(gain.sub(step).abs().lt("1e-25")).toBe(true);
        }
      })
    );
  });

  it("is zero at break-even occupancy", () => {
    fc.assert(
      fc.property(inputs, ({ spotRate, blockRate, beds: n, basis: b }) => {
        const even = breakEven(spotRate, blockRate, new Decimal(n));
        fc.pre(even.lte(n));
        expect(
          spotSaving({ spotRate, blockRate, beds: new Decimal(n), basis: b }, even)
            .abs()
            .lt("1e-25")
        ).toBe(true);
      })
    );
  });
});

describe("PRICESCORE", () => {
  const bids = fc.array(price, { minLength: 1, maxLength: 12 });
  const method = fc.constantFrom("lowest" as const, "linear" as const, "mean" as const);
  const maxMarks = fc.integer({ min: 1, max: 100 }).map((m) => new Decimal(m));

  it("marks lie between 0 and the maximum", () => {
    fc.assert(
      fc.property(bids, method, maxMarks, (all, m, max) => {
        all.forEach((bid) => {
          const marks = priceScore(bid, all, max, m);
          expect(marks.gte(0) && marks.lte(max)).toBe(true);
        });
      })
    );
  });

  it("the lowest bid gets full marks under the lowest-price and linear methods", () => {
    fc.assert(
      fc.property(
        bids,
        fc.constantFrom("lowest" as const, "linear" as const),
        maxMarks,
        (all, m, max) => {
          expect(priceScore(Decimal.min(...all), all, max, m).eq(max)).toBe(true);
        }
      )
    );
  });

  it("a cheaper bid never scores less than a dearer one", () => {
    fc.assert(
      fc.property(bids, method, maxMarks, (all, m, max) => {
        const sorted = [...all].sort((a, b) => a.cmp(b));
        for (let i = 1; i < sorted.length; i++) {
          expect(
            priceScore(sorted[i - 1], all, max, m).gte(priceScore(sorted[i], all, max, m))
          ).toBe(true);
        }
      })
    );
  });
});

describe("ANNUAL and WEEKLY", () => {
  it("are inverse in the core, exactly, on either basis", () => {
    fc.assert(
      fc.property(pence, fc.constantFrom(WEEKS_52, WEEKS_365_7), (amount, b) => {
        expect(weekly(annual(amount, b), b).sub(amount).abs().lt("1e-30")).toBe(true);
      })
    );
  });

  // Excel hands over doubles, read at the 15 significant digits Excel shows, so 365/7 round trips
  // agree to Excel's own precision rather than to the last bit.
  it("are inverse in Excel: WEEKLY(ANNUAL(x)) gives x back to the penny", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom(null, 52, "365/7"),
        (p, b) => {
          const amount = p / 100;
          const back = call("WEEKLY", call("ANNUAL", amount, b), b) as number;
          expect(Math.abs(back - amount)).toBeLessThan(1e-8);
          expect(Math.round(back * 100)).toBe(p);
        }
      )
    );
  });
});
