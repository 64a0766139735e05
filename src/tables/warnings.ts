import { Decimal, parseFigure } from "../core";
import { showCell } from "./cellFormat";
import { FORMAT } from "./formats";

/*
 * Figures that are valid but unlikely to be meant, said before insert: a slip of units (a yearly price
 * typed as weekly), an extra nought, a percentage typed as a fraction. Limits are generous, far beyond
 * any residential placement, so that a warning means look again.
 */

/** Far above any children's residential placement (the dearest run to about £20,000 a week). */
const MOST_PER_WEEK = new Decimal(50_000);
/** A discount rate above this is far from the Green Book's 3.5%. */
const MOST_DISCOUNT_RATE = new Decimal(0.1);

/** A price per placement or bed that no placement costs; `periods` per year (52, or 1 for yearly prices). */
export function implausiblePrice(label: string, price: Decimal, periods: Decimal): string[] {
  const weekly = price.mul(periods).div(52);
  if (weekly.lte(MOST_PER_WEEK)) return [];
  const typed = `${showCell(price.toNumber(), FORMAT.poundsWhole)} ${periods.eq(1) ? "a year" : "a week"}`;
  const perWeek = periods.eq(52)
    ? ""
    : `, about ${showCell(weekly.toNumber(), FORMAT.poundsWhole)} a week`;
  return [
    `${label} is ${typed}${perWeek}: far above any placement. Check the figure and whether prices are per week or per year.`,
  ];
}

export function implausibleDiscountRate(rate: Decimal | undefined): string[] {
  if (!rate || rate.lte(MOST_DISCOUNT_RATE)) return [];
  return [
    `A discount rate of ${showCell(rate.toNumber(), FORMAT.percentOnePlace)} is far above the Green Book's 3.5% a year. Check it was meant.`,
  ];
}

/** Text typed as money, converted to another period: 184,308.80 a year is 3,544.40 a week. Unreadable text is left as typed. */
export function convertedAmount(text: string, from: Decimal, to: Decimal): string {
  const figure = parseFigure(text);
  if (!figure || figure.percent) return text;
  return showCell(figure.value.mul(from).div(to).toNumber(), "#,##0.00");
}
