import { Decimal, roundHalfAway, sum } from "./decimal";
import { invalid } from "./errors";
import { nonEmpty } from "./require";

/** Places Excel's ROUND accepts that make sense for money: pence to billions. */
const MOST_PLACES = 10;

/**
 * Rounds values for presentation so that the rounded values add up to their rounded total: a column
 * shown in whole pounds (or £k, whole percentages) then adds up as the reader sees it.
 *
 * Each value becomes its own figure rounded down or up to the unit (10^-places), never further. The
 * total is rounded half away from zero, as Excel's ROUND does; every value starts rounded down, and
 * the units still needed to reach the rounded total go one each to the values with the
 * largest remainders (largest-remainder method). So the fewest values move from their own rounding,
 * and a value already whole in the unit never moves. Tie rule: among equal remainders the earlier
 * value gets the unit. Negative totals are rounded as the mirror image of positive ones, so
 * ROUNDTOTAL of -x is -ROUNDTOTAL of x.
 */
export function roundToTotal(values: readonly Decimal[], places: number): Decimal[] {
  nonEmpty("values", values);
  if (!Number.isInteger(places) || Math.abs(places) > MOST_PLACES) {
    throw invalid(
      `places must be a whole number from -${MOST_PLACES} to ${MOST_PLACES}; got ${places}. Use 0 for whole pounds, 2 for pence, -3 for thousands.`
    );
  }
  const total = sum(values);
  if (total.isNegative())
    return roundToTotal(
      values.map((v) => v.neg()),
      places
    ).map((v) => v.neg());
  const unit = new Decimal(10).pow(-places);
  // In units, each value's floor and what is left over, from 0 (exact) to just under 1.
  const scaled = values.map((v) => v.div(unit));
  const floors = scaled.map((s) => s.floor());
  const remainders = scaled.map((s, i) => s.sub(floors[i]));
  const target = roundHalfAway(total, places).div(unit);
  const missing = target.sub(sum(floors)).toNumber();
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .filter(({ remainder }) => !remainder.isZero())
    .sort((a, b) => b.remainder.cmp(a.remainder) || a.index - b.index);
  const up = new Set(byRemainder.slice(0, missing).map(({ index }) => index));
  return floors.map((floor, i) => (up.has(i) ? floor.add(1) : floor).mul(unit));
}
