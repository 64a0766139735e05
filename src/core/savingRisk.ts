import { Decimal, sum, ZERO } from "./decimal";
import { expectedOccupied } from "./occupancyDistribution";
import { annual, Basis, WEEKS_52 } from "./rates";
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

const FIFTH = new Decimal("0.05");
const HALF = new Decimal("0.5");
const NINETY_FIFTH = new Decimal("0.95");

/**
 * The q-th percentile of the saving: the smallest saving s with P(saving <= s) >= q. The saving
 * rises with every occupied bed, so walking the beds upwards walks the savings in order.
 */
function percentile(
  distribution: readonly Decimal[],
  savingAt: (k: number) => Decimal,
  q: Decimal
) {
  let cumulative = ZERO;
  for (let k = 0; k < distribution.length; k++) {
    cumulative = cumulative.add(distribution[k]);
    if (cumulative.gte(q)) return savingAt(k);
  }
  // Entered probabilities may add up to a hair under 1: the top of the range is then the last level.
  return savingAt(distribution.length - 1);
}

/**
 * The annual saving of a block against buying the occupied beds at the spot rate, as a distribution:
 * with k beds occupied, saving = spot_rate x periods a year x k - the block's annual cost.
 * `distribution[k]` is the chance of k beds occupied (binomialOccupancy or enteredOccupancy).
 * With basis 1 the spot rate is already annual.
 */
export function savingRisk(
  blockAnnualCost: Decimal,
  spotRate: Decimal,
  distribution: readonly Decimal[],
  basis: Basis = WEEKS_52
): SavingRisk {
  positive("block_annual_cost", blockAnnualCost, "an annual cost");
  const spotPerBed = annual(price("spot_rate", spotRate), basis);
  const savingAt = (k: Decimal | number) => spotPerBed.mul(k).sub(blockAnnualCost);
  // Below 0 exactly, without dividing by the basis (365/7 would leave a 40th-digit doubt at break-even).
  const costsMore = (k: number) =>
    spotRate.mul(basis.periods).mul(k).lt(blockAnnualCost.mul(basis.per));
  const meanOccupied = expectedOccupied(distribution);
  const variance = sum(distribution.map((chance, k) => chance.mul(meanOccupied.sub(k).pow(2))));
  return {
    // The saving is linear in occupied beds, so its mean is the saving at the mean occupancy.
    expected: savingAt(meanOccupied),
    standardDeviation: spotPerBed.mul(variance.sqrt()),
    chanceCostsMore: sum(distribution.filter((_, k) => costsMore(k))),
    percentile5: percentile(distribution, savingAt, FIFTH),
    median: percentile(distribution, savingAt, HALF),
    percentile95: percentile(distribution, savingAt, NINETY_FIFTH),
  };
}
