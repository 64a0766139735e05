import { Decimal, ONE, ZERO } from "./decimal";
import type { OccupancyDistribution } from "./occupancyDistribution";
import { Basis, WEEKS_52 } from "./rates";
import { positive, price } from "./require";

/** The risk to a block's annual saving when occupancy varies: what a committee asks after the award. */
export interface SavingRisk {
  readonly expected: Decimal;
  readonly standardDeviation: Decimal;
  /** The probability that the saving is below 0. */
  readonly chanceCostsMore: Decimal;
  readonly percentile5: Decimal;
  readonly median: Decimal;
  readonly percentile95: Decimal;
}

/** The figures in the order CARE.SAVINGRISK spills them, with the labels it shows. */
export const SAVING_RISK_ROWS: readonly {
  readonly key: keyof SavingRisk;
  readonly label: string;
}[] = [
  { key: "expected", label: "Expected annual saving" },
  { key: "standardDeviation", label: "Standard deviation" },
  { key: "chanceCostsMore", label: "Chance the block costs more" },
  { key: "percentile5", label: "5th percentile saving" },
  { key: "median", label: "Median saving" },
  { key: "percentile95", label: "95th percentile saving" },
];

/** The percentiles reported, as chances: the 5th, the median, the 95th. */
const PERCENTILES = [new Decimal("0.05"), new Decimal("0.5"), new Decimal("0.95")];

/**
 * The spread of the saving: the spot cost of a bed times the square root of the variance of the
 * occupied beds. A square root is irrational in general, so it is taken in binary floating point
 * from the exact variance: correct to the 15 digits Excel holds. decimal.js's own root to 40
 * digits would cost more than every other step of CARE.SAVINGRISK together. (Entered chances such
 * as thirds can leave a variance a 40th digit below 0: that is no spread.)
 */
function spread(spotPerBed: Decimal, variance: Decimal): Decimal {
  return spotPerBed.mul(new Decimal(Math.sqrt(Math.max(0, variance.toNumber()))));
}

/**
 * The annual saving of a block against buying the occupied beds at the spot rate, as a distribution:
 * with k beds occupied, saving = spot_rate x periods a year x k - the block's annual cost.
 * With basis 1 the spot rate is already annual.
 */
export function savingRisk(
  blockAnnualCost: Decimal,
  spotRate: Decimal,
  { chances, mean, variance }: OccupancyDistribution,
  basis: Basis = WEEKS_52
): SavingRisk {
  positive("block_annual_cost", blockAnnualCost, "an annual cost");
  const spotTimesPeriods = price("spot_rate", spotRate).mul(basis.periods);
  // The spot cost of a bed for a year (annual() without a division by 1, which costs a multiplication's worth).
  const spotPerBed = basis.per.eq(ONE) ? spotTimesPeriods : spotTimesPeriods.div(basis.per);
  // Decimal arguments throughout: decimal.js converts a plain number on every call, at four times
  // the cost of the multiplication itself.
  const savingAt = (k: Decimal | number) =>
    spotPerBed.mul(typeof k === "number" ? new Decimal(k) : k).sub(blockAnnualCost);
  // The saving rises with every occupied bed, so walking the beds upwards walks the savings in
  // order: the q-th percentile, the smallest saving s with P(saving <= s) >= q, is at the first
  // bed where the cumulative chance reaches q; and the block costs more below break-even.
  const breakEven = bedsToBreakEven(blockAnnualCost.mul(basis.per), spotTimesPeriods);
  let chanceCostsMore = ZERO;
  let cumulative = ZERO;
  const percentileBeds: number[] = [];
  chances.forEach((chance, k) => {
    cumulative = cumulative.add(chance);
    if (k < breakEven) chanceCostsMore = cumulative;
    while (
      percentileBeds.length < PERCENTILES.length &&
      cumulative.gte(PERCENTILES[percentileBeds.length])
    ) {
      percentileBeds.push(k);
    }
  });
  // Entered probabilities may add up to a hair under 1: the top of the range is then the last level.
  const savings = new Map<number, Decimal>();
  const [fifth, median, ninetyFifth] = PERCENTILES.map((_, i) => {
    const k = percentileBeds[i] ?? chances.length - 1;
    if (!savings.has(k)) savings.set(k, savingAt(k));
    return savings.get(k)!;
  });
  return {
    // Entered probabilities may also add up to a hair over 1: a chance is never reported above 1.
    chanceCostsMore: Decimal.min(chanceCostsMore, ONE),
    // The saving is linear in occupied beds, so its mean is the saving at the mean occupancy.
    expected: savingAt(mean),
    standardDeviation: spread(spotPerBed, variance),
    percentile5: fifth,
    median,
    percentile95: ninetyFifth,
  };
}

/**
 * The fewest occupied beds at which the block costs no more than spot: spot_rate x periods x k is
 * at least the annual cost x per. Decided exactly, without dividing by the basis (365/7 would leave
 * a 40th-digit doubt exactly at break-even): the quotient in doubles is certain only far from a
 * whole number.
 */
function bedsToBreakEven(blockTimesPer: Decimal, spotTimesPeriods: Decimal): number {
  const quotient = blockTimesPer.toNumber() / spotTimesPeriods.toNumber();
  const whole = Math.round(quotient);
  if (Math.abs(quotient - whole) > 1e-9 * Math.max(1, quotient)) return Math.ceil(quotient);
  return spotTimesPeriods.mul(new Decimal(whole)).lt(blockTimesPer) ? whole + 1 : whole;
}
