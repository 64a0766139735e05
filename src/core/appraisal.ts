import { Decimal, ONE, sum } from "./decimal";
import { nonEmpty, nonNegative, rateFraction } from "./require";

/**
 * HM Treasury Green Book social time preference rate, declining with the horizon:
 * 3.5% for years 0-30, 3.0% for 31-75, 2.5% for 76-125, 2.0% for 126-200, 1.5% for 201-300, 1.0% after.
 */
const GREEN_BOOK_SCHEDULE = [
  { toYear: 30, rate: "0.035" },
  { toYear: 75, rate: "0.03" },
  { toYear: 125, rate: "0.025" },
  { toYear: 200, rate: "0.02" },
  { toYear: 300, rate: "0.015" },
  { toYear: Infinity, rate: "0.01" },
].map((band) => ({
  toYear: band.toYear,
  rate: new Decimal(band.rate),
  yearFactor: oneYearFactor(new Decimal(band.rate)),
}));

/** What a year's discounting multiplies by: 1 / (1 + rate). */
function oneYearFactor(rate: Decimal): Decimal {
  return ONE.div(ONE.add(rate));
}

/** The factor by which a cost in year `year` is multiplied; year 0 is undiscounted. */
export function discountFactor(year: Decimal, rate?: Decimal): Decimal {
  nonNegative("year", year);
  if (rate !== undefined) return ONE.div(ONE.add(rateFraction("rate", rate)).pow(year));
  let factor = ONE;
  let from = new Decimal(0);
  for (const band of GREEN_BOOK_SCHEDULE) {
    const to = Decimal.min(year, band.toYear);
    if (to.gt(from)) factor = factor.div(ONE.add(band.rate).pow(to.sub(from)));
    if (year.lte(band.toYear)) break;
    from = new Decimal(band.toYear);
  }
  return factor;
}

function yearFactorInYear(year: number): Decimal {
  return GREEN_BOOK_SCHEDULE.find((band) => year <= band.toYear)!.yearFactor;
}

/** Present value of yearly cash flows, the first being year 0 (undiscounted), as the Green Book does. */
export function presentValue(cashflows: readonly Decimal[], rate?: Decimal): Decimal {
  nonEmpty("cashflows", cashflows);
  const fixedYearFactor =
    rate === undefined ? undefined : ONE.div(ONE.add(rateFraction("rate", rate)));
  // Each year's factor is the previous year's discounted once more: the same as discountFactor(year), a year at a time.
  let factor = ONE;
  return sum(
    cashflows.map((flow, year) => {
      if (year > 0) factor = factor.mul(fixedYearFactor ?? yearFactorInYear(year));
      return flow.mul(factor);
    })
  );
}
