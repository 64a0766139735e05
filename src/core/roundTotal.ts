import { Decimal, roundHalfAway, sum } from "./decimal";
import { invalid } from "./errors";
import { nonEmpty } from "./require";

/** Places Excel's ROUND accepts that make sense for money: pence to billions. */
const MOST_PLACES = 10;

/**
 * Rounds values for presentation so that the rounded values add up to their rounded total: a column
 * shown in whole pounds (or £k, whole percentages) then adds up as the reader sees it.
 *
 * Each value starts at its own rounding to the unit (10^-places), half away from zero as Excel's
 * ROUND does; the total is rounded the same way. Where the parts then miss the total by n units,
 * the n values their own rounding moved furthest away from the total's side are moved one unit
 * back (largest-remainder method), so each value ends rounded down or up, never further, and the
 * fewest values move. Tie rule: among equal remainders the earlier value gets the unit (it is the
 * one moved away from zero, or left there). A value already whole in the unit never moves, and
 * ROUNDTOTAL of -x is -ROUNDTOTAL of x.
 */
export function roundToTotal(values: readonly Decimal[], places: number): Decimal[] {
  nonEmpty("values", values);
  if (!Number.isInteger(places) || Math.abs(places) > MOST_PLACES) {
    throw invalid(
      `places must be a whole number from -${MOST_PLACES} to ${MOST_PLACES}; got ${places}. Use 0 for whole pounds, 2 for pence, -3 for thousands.`
    );
  }
  // In units of 10^-places: each value's own rounding, and how far that rounding moved it (from
  // -0.5 to 0.5). Whole pounds, the common case, need no scaling either way.
  const scale = places === 0 ? undefined : new Decimal(10).pow(places);
  const unscaled = (v: Decimal) => (scale ? v.div(scale) : v);
  const scaled = scale ? values.map((v) => v.mul(scale)) : values;
  const own = scaled.map((v) => roundHalfAway(v, 0));
  const total = sum(scaled);
  const missing = roundHalfAway(total, 0).sub(sum(own)).toNumber();
  if (missing === 0) return own.map(unscaled);
  const direction = Math.sign(missing);
  // Units given away from zero go to earlier values first; units taken back, from later ones first.
  const outward = direction === (total.isNegative() ? -1 : 1);
  // Up: the values rounded down the most; down: those rounded up the most.
  const candidates = scaled
    .map((v, index) => ({ by: v.sub(own[index]).mul(direction), index }))
    .filter(({ by }) => by.isPositive() && !by.isZero())
    .sort((a, b) => b.by.cmp(a.by) || (outward ? a.index - b.index : b.index - a.index));
  const shifted = new Set(candidates.slice(0, Math.abs(missing)).map(({ index }) => index));
  return own.map((o, i) => unscaled(shifted.has(i) ? o.add(direction) : o));
}
