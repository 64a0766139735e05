import { Decimal } from "./decimal";
import { invalid } from "./errors";
import { positive } from "./require";

/**
 * How many rate periods make a year, kept as a fraction so that 365/7 is divided last and stays exact.
 * Most reports use 52 weeks; some use 365/7 = 52.142857... (Kent). Basis 1 means the rate is already annual.
 */
export interface Basis {
  readonly periods: Decimal;
  readonly per: Decimal;
}

export const WEEKS_52: Basis = { periods: new Decimal(52), per: new Decimal(1) };
export const WEEKS_365_7: Basis = { periods: new Decimal(365), per: new Decimal(7) };

export function basisOf(periodsPerYear: Decimal): Basis {
  return {
    periods: positive("basis", periodsPerYear, "a number of periods per year"),
    per: new Decimal(1),
  };
}

const FRACTION = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/;
const NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/** Reads a basis written as text: "52", "365/7", "365.25/7". */
export function parseBasis(text: string): Basis {
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const periods = new Decimal(fraction[1]);
    const per = new Decimal(fraction[2]);
    if (periods.gt(0) && per.gt(0)) return { periods, per };
  } else if (NUMBER.test(text)) {
    return basisOf(new Decimal(text.trim()));
  }
  throw invalid(
    `basis "${text}" is not a number of periods per year. Use 52, "365/7", or 1 for annual rates.`
  );
}

export function periodsPerYear(basis: Basis): Decimal {
  return basis.periods.div(basis.per);
}

/** Weekly (or per-period) amount to a year's amount. */
export function annual(weekly: Decimal, basis: Basis = WEEKS_52): Decimal {
  return weekly.mul(basis.periods).div(basis.per);
}

/** A year's amount to a weekly (or per-period) amount. */
export function weekly(annualAmount: Decimal, basis: Basis = WEEKS_52): Decimal {
  return annualAmount.mul(basis.per).div(basis.periods);
}
