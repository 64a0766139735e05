/** UK committee-report number formats, as Excel writes them. */
export const FORMAT = {
  general: "General",
  text: "@",
  poundsWhole: "£#,##0",
  poundsAndPence: "£#,##0.00",
  percentWhole: "0%",
  percentOnePlace: "0.0%",
  marks: "0.000",
  beds: "0.00",
  factor: "0.000000",
  whole: "0",
} as const;

export function moneyFormat(pence: boolean): string {
  return pence ? FORMAT.poundsAndPence : FORMAT.poundsWhole;
}

export const UNITS_NOTE = "£, excluding VAT";
