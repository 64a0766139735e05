import { Decimal, ONE, sum } from "./decimal";
import { invalid } from "./errors";
import { atMost, bedCount, probability } from "./require";
import { MAX_GRID_BEDS } from "./savings";

/*
 * How many beds of a block are occupied, as a distribution: element k is the chance that exactly
 * k beds are occupied, for k from 0 to the beds in the block.
 */

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
  const result = [ONE];
  for (let k = 1; k <= n; k++) result.push(result[k - 1].mul(base));
  return result;
}

/**
 * Each bed occupied independently with probability `rate` (binomial):
 * P(k) = C(beds, k) x rate^k x (1 - rate)^(beds - k). The coefficients are whole numbers and the
 * powers are products of the rate as typed, so every probability is exact whenever it fits in the
 * core's 40 significant digits (a whole-percent rate on up to 17 beds, 90% on up to 30); beyond
 * that it is correct to about 37 digits, more than twice what Excel shows.
 */
export function binomialOccupancy(
  beds: Decimal,
  rate: Decimal,
  rateName = "occupancy_rate"
): Decimal[] {
  const n = checkedBeds(beds);
  const occupied = powers(probability(rateName, rate), n);
  const empty = powers(ONE.sub(rate), n);
  const chances: Decimal[] = [];
  let ways = ONE;
  for (let k = 0; k <= n; k++) {
    chances.push(ways.mul(occupied[k]).mul(empty[n - k]));
    ways = ways.mul(n - k).div(k + 1);
  }
  return chances;
}

/** Probabilities the officer enters for 0, 1, ... beds occupied: one for each, each from 0 to 1, adding up to 1. */
export function enteredOccupancy(
  beds: Decimal,
  chances: readonly Decimal[],
  name = "occupancy"
): Decimal[] {
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
  return [...chances];
}

/** The expected (mean) number of occupied beds. */
export function expectedOccupied(distribution: readonly Decimal[]): Decimal {
  return sum(distribution.map((chance, k) => chance.mul(k)));
}
