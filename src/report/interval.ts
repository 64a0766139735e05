/**
 * A figure as an interval: what its writing allows. "£5.49M" is 5,485,000 up to (not including)
 * 5,495,000; "£4,557" is 4,556.50 up to 4,557.50; a count of beds is exact. Ties round away from
 * zero (as Excel's ROUND), so the upper end is excluded for positive figures. Nothing here is a
 * relative threshold: every comparison asks whether two intervals meet.
 */
import { Decimal } from "../core/decimal";
import { periodsPerYear, WEEKS_52, WEEKS_365_7 } from "../core/rates";

export interface Interval {
  readonly low: Decimal;
  readonly high: Decimal;
  /** The ends a rounding tie would leave out (a written figure's far end from zero); computed ranges have none. */
  readonly open: boolean;
}

export function exactly(value: Decimal): Interval {
  return { low: value, high: value, open: false };
}

/** What a figure written to `unit` stands for: value ± unit / 2, ties away from zero. */
export function written(value: Decimal, unit: Decimal): Interval {
  const half = unit.div(2);
  return { low: value.minus(half), high: value.plus(half), open: unit.gt(0) };
}

export function times(a: Interval, b: Interval): Interval {
  const corners = [a.low.mul(b.low), a.low.mul(b.high), a.high.mul(b.low), a.high.mul(b.high)];
  return {
    low: corners.reduce((a, b) => (b.lt(a) ? b : a)),
    high: corners.reduce((a, b) => (b.gt(a) ? b : a)),
    open: false,
  };
}

export function dividedBy(a: Interval, b: Interval): Interval | undefined {
  if (b.low.lte(0) && b.high.gte(0)) return undefined;
  return times(a, {
    low: new Decimal(1).div(b.high),
    high: new Decimal(1).div(b.low),
    open: false,
  });
}

export function plus(a: Interval, b: Interval): Interval {
  return { low: a.low.add(b.low), high: a.high.add(b.high), open: false };
}

export function minus(a: Interval, b: Interval): Interval {
  return { low: a.low.minus(b.high), high: a.high.minus(b.low), open: false };
}

export function scaled(a: Interval, factor: Decimal): Interval {
  return times(a, exactly(factor));
}

/**
 * Whether a written figure can stand for a value in `computed`. The written figure's far end from
 * zero is excluded (12.5 is not "12%", it rounds to 13%); its near end is included.
 */
export function agrees(stated: Interval, computed: Interval): boolean {
  if (!stated.open) return computed.low.lte(stated.high) && computed.high.gte(stated.low);
  const positive = stated.low.add(stated.high).gte(0);
  const fitsLow = positive ? computed.high.gte(stated.low) : computed.high.gt(stated.low);
  const fitsHigh = positive ? computed.low.lt(stated.high) : computed.low.lte(stated.high);
  return fitsLow && fitsHigh;
}

export function middle(a: Interval): Decimal {
  return a.low.add(a.high).div(2);
}

/** The factors reports turn a weekly figure into a yearly one with. */
export const WEEKS_PER_YEAR = {
  "52": periodsPerYear(WEEKS_52),
  "365/7": periodsPerYear(WEEKS_365_7),
} as const;
export type YearBasis = keyof typeof WEEKS_PER_YEAR;
