/**
 * How CareCalc sets up HyperFormula to stand in for Excel. HyperFormula is GPL-3.0: never import
 * this module from a bundle that Excel loads.
 */
import type { ConfigParams } from "hyperformula";

/**
 * Excel's TEXT for the number formats report sentences use: an optional literal prefix such as £,
 * then 0 or #,##0, optional decimals (.00), optional %; "-£1,235" for TEXT(-1234.5,"£#,##0"), as
 * Excel writes it. HyperFormula's own TEXT knows neither thousands separators nor percentages; it
 * asks this first, and keeps its own handling (dates, plain digits) for any other format.
 */
const NUMBER_FORMAT = /^(?:"([^"]*)"|([£$€]?))(#,##0|0)(?:\.(0+))?(%?)$/;

export function excelNumberText(value: number, format: string): string | undefined {
  const parts = NUMBER_FORMAT.exec(format);
  if (!parts) return undefined;
  const [, quoted, symbol, digits, decimals = "", percent] = parts;
  // Excel rounds what it shows from the 15 digits it holds, so 28.5% is 29%, not 28.4999...%.
  const held = Number((percent ? value * 100 : value).toPrecision(15));
  const shown = new Intl.NumberFormat("en-GB", {
    useGrouping: digits === "#,##0",
    minimumFractionDigits: decimals.length,
    maximumFractionDigits: decimals.length,
  }).format(Math.abs(held));
  // Excel keeps the sign of a negative amount that rounds to nothing: TEXT(-0.4,"£#,##0") is "-£0".
  return `${held < 0 ? "-" : ""}${quoted ?? symbol}${shown}${percent}`;
}

/** A spreadsheet that computes as Excel does: exact comparisons (no smart rounding) and Excel's TEXT. */
export const EXCEL_LIKE: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  smartRounding: false,
  stringifyCurrency: excelNumberText,
};
