import { Decimal } from "./decimal";
import { invalid } from "./errors";
import { bedCount, nonNegative, positive, price } from "./require";

/*
 * Contract monitoring after the award: what a period's occupied bed-nights say about the block.
 * A bed-night is one bed occupied for one night; a period's capacity is beds x days.
 */

/**
 * The days a price can cover: nightly, weekly, four-weekly (a common invoicing cycle) or annual.
 * Other values are refused rather than guessed at: 52 here would be weeks, not days.
 */
const PRICE_DAYS = [1, 7, 28, 365];
const WEEK = new Decimal(7);

export function daysCovered(name: string, value: Decimal): Decimal {
  if (!PRICE_DAYS.some((days) => value.eq(days))) {
    throw invalid(
      `${name} must be the days the price covers: 7 for a weekly price, 1 nightly, 28 four-weekly or 365 annual; got ${value.toString()}.`
    );
  }
  return value;
}

/**
 * What the period's occupied bed-nights would have cost at the spot rate, less what the block cost
 * for the period. Negative when the block cost more.
 */
export function realisedSaving(
  blockCostForPeriod: Decimal,
  spotRate: Decimal,
  occupiedNights: Decimal,
  rateDays: Decimal = WEEK
): Decimal {
  nonNegative("block_cost_for_period", blockCostForPeriod);
  return price("spot_rate", spotRate)
    .mul(nonNegative("occupied_nights", occupiedNights))
    .div(daysCovered("rate_days", rateDays))
    .sub(blockCostForPeriod);
}

/** The block's cost per occupied bed-night, times `perDays` (7: per occupied bed-week). */
export function costPerOccupied(
  blockCostForPeriod: Decimal,
  occupiedNights: Decimal,
  perDays: Decimal = WEEK
): Decimal {
  nonNegative("block_cost_for_period", blockCostForPeriod);
  if (nonNegative("occupied_nights", occupiedNights).isZero()) {
    throw invalid(
      "occupied_nights is 0: no bed was occupied, so there is no cost per occupied bed-night. Report the period's block cost instead."
    );
  }
  return blockCostForPeriod.mul(daysCovered("per_days", perDays)).div(occupiedNights);
}

/** Occupied bed-nights as a share of the bed-nights available: beds x days. */
export function occupancyRate(occupiedNights: Decimal, beds: Decimal, days: Decimal): Decimal {
  nonNegative("occupied_nights", occupiedNights);
  const available = bedCount("beds", beds).mul(positive("days", days, "a number of days"));
  if (occupiedNights.gt(available)) {
    throw invalid(
      `occupied_nights (${occupiedNights.toString()}) is more than the bed-nights available (${beds.toString()} beds x ${days.toString()} days = ${available.toString()}): occupancy cannot be above 100%. Check the figures.`
    );
  }
  return occupiedNights.div(available);
}
