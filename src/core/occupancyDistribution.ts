import { Decimal, ONE, sum, ZERO } from "./decimal";
import { invalid } from "./errors";
import { atMost, bedCount, probability } from "./require";
import { MAX_GRID_BEDS } from "./savings";

/** How many beds of a block are occupied, as a distribution. */
export interface OccupancyDistribution {
  /** chances[k]: the chance that exactly k beds are occupied, for k from 0 to the beds. */
  readonly chances: readonly Decimal[];
  /** The expected number of occupied beds. */
  readonly mean: Decimal;
  readonly variance: Decimal;
}

/**
 * How far from 1 entered probabilities may add up: room for thirds read at Excel's 15 digits
 * (0.333333333333333 three times), never for a forgotten or mistyped row.
 */
export const PROBABILITY_TOTAL_TOLERANCE = new Decimal("1e-9");

function checkedBeds(beds: Decimal): number {
  return atMost(
    "beds",
    bedCount("beds", beds),
    "the most beds an occupancy table can hold",
    MAX_GRID_BEDS
  ).toNumber();
}

/** base^0, base^1, ..., base^n, each from the one before: exact while it fits the core's 40 digits. */
function powers(base: Decimal, n: number): Decimal[] {
  const result = [ONE, base];
  for (let k = 2; k <= n; k++) result.push(result[k - 1].mul(base));
  return result;
}

/** A whole number as a Decimal, through a double while the double holds it exactly (faster than text). */
function decimalOf(whole: bigint): Decimal {
  return new Decimal(whole <= MAX_EXACT_DOUBLE ? Number(whole) : whole.toString());
}
const MAX_EXACT_DOUBLE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Each bed occupied independently with probability `rate` (binomial):
 * P(k) = C(beds, k) x rate^k x (1 - rate)^(beds - k), with mean beds x rate and variance
 * beds x rate x (1 - rate). The coefficients are exact integers and the powers are products of the
 * rate as typed, so every probability is exact whenever the powers and products fit in the core's
 * 40 significant digits (a whole-percent rate on up to 17 beds, 90% on up to 30); beyond that it
 * is correct to about 37 digits, more than twice what Excel shows.
 */
export function binomialOccupancy(
  beds: Decimal,
  rate: Decimal,
  rateName = "occupancy_rate"
): OccupancyDistribution {
  const n = checkedBeds(beds);
  const occupied = powers(probability(rateName, rate), n);
  const empty = powers(ONE.sub(rate), n);
  const chances: Decimal[] = [];
  let ways = 1n;
  for (let k = 0; k <= n; k++) {
    // Multiplying by 1 costs as much as any other multiplication: skip it at both ends.
    const product = k === 0 ? empty[n] : k === n ? occupied[n] : occupied[k].mul(empty[n - k]);
    chances.push(ways === 1n ? product : product.mul(decimalOf(ways)));
    ways = (ways * BigInt(n - k)) / BigInt(k + 1);
  }
  const mean = rate.mul(new Decimal(n));
  return { chances, mean, variance: mean.mul(empty[1]) };
}

/** Probabilities the officer enters for 0, 1, ... beds occupied: one for each, each from 0 to 1, adding up to 1. */
export function enteredOccupancy(
  beds: Decimal,
  chances: readonly Decimal[],
  name = "occupancy"
): OccupancyDistribution {
  const n = checkedBeds(beds);
  if (chances.length !== n + 1) {
    throw invalid(
      `${name} has ${chances.length} probabilities; ${n} beds need ${n + 1}, one for each number of occupied beds from 0 to ${n}.`
    );
  }
  chances.forEach((chance, k) => probability(`${name} (${k} beds occupied)`, chance));
  const total = sum(chances);
  if (total.sub(ONE).abs().gt(PROBABILITY_TOTAL_TOLERANCE)) {
    throw invalid(
      `${name}'s probabilities add up to ${total.toString()}, not 1. Together they must cover every number of occupied beds from 0 to ${n}.`
    );
  }
  let mean = ZERO;
  let meanSquare = ZERO;
  chances.forEach((chance, k) => {
    const beds = new Decimal(k);
    const weighted = chance.mul(beds);
    mean = mean.add(weighted);
    meanSquare = meanSquare.add(weighted.mul(beds));
  });
  return { chances: [...chances], mean, variance: meanSquare.sub(mean.mul(mean)) };
}
