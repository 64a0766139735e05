import DecimalJs from "decimal.js";

/**
 * The core's own Decimal constructor. A clone, so nothing else on the page can change its settings.
 * 40 significant digits keep every intermediate exact for money in pence over any realistic term;
 * ties round away from zero, as Excel's ROUND does.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -20,
  toExpPos: 30,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Rounds half away from zero to `places` decimal places (negative places round to tens, hundreds...). */
export function roundHalfAway(value: Decimal, places: number): Decimal {
  if (places >= 0) return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const unit = new Decimal(10).pow(-places);
  return value.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(unit);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, v) => total.add(v), ZERO);
}
