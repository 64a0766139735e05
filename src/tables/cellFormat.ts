/**
 * Cells as Excel shows them (en-GB), for the number formats the builders write: the preview grid,
 * the pane's previews and Copy for report all show figures through here, so they agree.
 */
import { FORMAT } from "./formats";

/** "£#,##0.00", "#,##0", "0.000", "0.0%": an optional £, grouping, decimal places, an optional %. */
const NUMBER_FORMAT = /^(£?)(#,##)?0(?:\.(0+))?(%?)$/;
/** A literal prefix such as "Year "0. */
const PREFIXED = /^"([^"]*)"0$/;

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(format: string): Intl.NumberFormat {
  let formatter = formatters.get(format);
  if (!formatter) {
    const parts = NUMBER_FORMAT.exec(format);
    const places = parts?.[3]?.length ?? 0;
    formatter = parts
      ? new Intl.NumberFormat("en-GB", {
          ...(parts[1] && { style: "currency", currency: "GBP" }),
          ...(parts[4] && { style: "percent" }),
          minimumFractionDigits: places,
          maximumFractionDigits: places,
          useGrouping: Boolean(parts[1] || parts[2]),
        })
      : new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 10, useGrouping: false });
    formatters.set(format, formatter);
  }
  return formatter;
}

/** The format that shows `places` decimal places, as marks are printed (35.500). */
export function fixedFormat(places: number): string {
  return places === 0 ? FORMAT.whole : `0.${"0".repeat(places)}`;
}

export function showCell(value: unknown, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  const prefix = PREFIXED.exec(format);
  if (prefix) return `${prefix[1]}${value.toFixed(0)}`;
  // Excel rounds to the 15 digits it keeps before formatting: 2.675 shows as 2.68, as typed.
  const shown = formatterFor(format).format(Number(value.toPrecision(15)));
  // Excel shows -0.00000001 formatted to whole pounds as "-£0"; show it as £0, as a reader would expect.
  return shown.replace(/^-(?=\D*0(?:\.0+)?%?$)/, "");
}
