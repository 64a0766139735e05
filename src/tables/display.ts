import { Decimal } from "../core";

/** Figures as the task pane shows them, en-GB. Formatting only: the figures come from the core. */

const POUNDS = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
});
const POUNDS_AND_PENCE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const PERCENT = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

export function showMoney(value: Decimal, pence: boolean): string {
  const rounded = value.toDecimalPlaces(pence ? 2 : 0, Decimal.ROUND_HALF_UP).toNumber();
  return (pence ? POUNDS_AND_PENCE : POUNDS).format(rounded);
}

export function showPercent(fraction: Decimal): string {
  return PERCENT.format(fraction.toNumber());
}

/** A number to a fixed number of decimal places, as reports print marks (35.500) and beds (3.40). */
export function showNumber(value: Decimal, places: number): string {
  return new Intl.NumberFormat("en-GB", {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  }).format(value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber());
}

/** What the live preview shows: a small table of figures the core computed from the form. */
export interface PreviewTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[];
  /** A sentence under the table, e.g. the break-even occupancy. */
  readonly note?: string;
}
