/** UK committee-report number formats, as Excel writes them. */
export const FORMAT = {
  general: "General",
  text: "@",
  poundsWhole: "£#,##0",
  poundsAndPence: "£#,##0.00",
  percentWhole: "0%",
  percentOnePlace: "0.0%",
  /** Exact shares kept beside their rounded percentages. */
  percentFourPlaces: "0.0000%",
  beds: "0.00",
  factor: "0.000000",
  whole: "0",
} as const;

export function moneyFormat(pence: boolean): string {
  return pence ? FORMAT.poundsAndPence : FORMAT.poundsWhole;
}

export const UNITS_NOTE = "£, excluding VAT";

/** Decimal places of the unit a money format shows: ROUNDTOTAL rounds to these. */
export function moneyPlaces(pence: boolean): number {
  return pence ? 2 : 0;
}

/** Decimal places of a fraction shown to one place of a percentage (14.3% is 0.143). */
export const PERCENT_ONE_PLACE = 3;

/** The note under a table whose shown figures are rounded so that they add up to the totals shown. */
export const ROUNDED_NOTE =
  "Figures rounded so the table adds up; the columns headed Exact keep the figures before rounding.";
