import { Decimal, ONE, ZERO } from "./decimal";
import { invalid } from "./errors";
import { annual, Basis, WEEKS_52 } from "./rates";
import {
  atMost,
  bedCount,
  nonNegative,
  positive,
  rateFraction,
  shareFraction,
  wholeNumber,
} from "./require";

/**
 * The longest term the contract functions accept. A Green Book appraisal runs to 125 years at most;
 * a figure in the thousands is a slip (arguments swapped, a cost typed as the years), and summing it
 * year by year would hold up every cell in the workbook.
 */
const MAX_YEARS = new Decimal(1000);

/**
 * Sum of a year's cost over `years` with an annual uplift from year 2, compounding.
 * A fractional final year is paid pro rata at that year's uplifted price.
 */
export function costOverYears(
  annualCost: Decimal,
  years: Decimal,
  uplift: Decimal = ZERO
): Decimal {
  atMost("years", nonNegative("years", years), "the longest term CareCalc accepts", MAX_YEARS);
  rateFraction("uplift", uplift);
  const wholeYears = years.floor().toNumber();
  const growth = ONE.add(uplift);
  let factor = ZERO;
  let yearFactor = ONE;
  for (let year = 0; year < wholeYears; year++) {
    factor = factor.add(yearFactor);
    yearFactor = yearFactor.mul(growth);
  }
  factor = factor.add(yearFactor.mul(years.sub(wholeYears)));
  return annualCost.mul(factor);
}

/** A block of beds paid every week whether used or not. */
export function blockCost(
  weeklyRate: Decimal,
  beds: Decimal,
  years: Decimal,
  basis: Basis = WEEKS_52,
  uplift = ZERO
): Decimal {
  positive("weekly_rate", weeklyRate, "a price");
  bedCount("beds", beds);
  return costOverYears(annual(weeklyRate.mul(beds), basis), years, uplift);
}

/** Spot placements, paid only while used; `placements` may be an average, e.g. 3.5. */
export function spotCost(
  weeklyRate: Decimal,
  placements: Decimal,
  years: Decimal,
  basis: Basis = WEEKS_52,
  uplift = ZERO
): Decimal {
  positive("weekly_rate", weeklyRate, "a price");
  nonNegative("placements", placements);
  return costOverYears(annual(weeklyRate.mul(placements), basis), years, uplift);
}

/**
 * Whole-life cost over a maximum term: each year's cost with uplift, plus a flat annual fee
 * payable from contract year `feeFromYear` (Hackney: £10k a year only after year 3, so from year 4).
 */
export function wholeLife(
  annualCost: Decimal,
  years: Decimal,
  uplift = ZERO,
  annualFee = ZERO,
  feeFromYear = ONE
): Decimal {
  nonNegative("annual_cost", annualCost);
  nonNegative("annual_fee", annualFee);
  positive("fee_from_year", wholeNumber("fee_from_year", feeFromYear), "a contract year");
  const feeYears = Decimal.max(ZERO, years.sub(feeFromYear).add(1));
  return costOverYears(annualCost, years, uplift).add(annualFee.mul(feeYears));
}

/** Cumulative tier price: level 1 is the core rate, level 2 adds the first top-up, and so on. */
export function tierRate(coreRate: Decimal, topUps: readonly Decimal[], level: Decimal): Decimal {
  nonNegative("core_rate", coreRate);
  topUps.forEach((topUp, i) => nonNegative(`top_ups (item ${i + 1})`, topUp));
  positive("level", wholeNumber("level", level), "a support level");
  if (level.gt(topUps.length + 1)) {
    throw invalid(
      `level ${level.toString()} needs ${level.toNumber() - 1} top-ups but top_ups has ${topUps.length}. Enter a level from 1 to ${topUps.length + 1}.`
    );
  }
  return topUps.slice(0, level.toNumber() - 1).reduce((rate, topUp) => rate.add(topUp), coreRate);
}

/** The performance-linked part of a price, e.g. 7%. */
export function atRisk(amount: Decimal, share: Decimal): Decimal {
  return amount.mul(shareFraction("share", share));
}

/** An amount after `years` of compounding uplift. */
export function uplifted(amount: Decimal, rate: Decimal, years: Decimal): Decimal {
  rateFraction("rate", rate);
  nonNegative("years", years);
  return amount.mul(ONE.add(rate).pow(years));
}
