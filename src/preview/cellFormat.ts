/** The handful of Excel number formats the builders use, rendered as Excel would show them (en-GB). */
import { FORMAT } from "../tables/formats";

const formatters: Record<string, Intl.NumberFormat> = {
  [FORMAT.poundsWhole]: new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency: "GBP",
    maximumFractionDigits: 0,
  }),
  [FORMAT.poundsAndPence]: new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }),
  [FORMAT.percentWhole]: new Intl.NumberFormat("en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  }),
  [FORMAT.percentOnePlace]: new Intl.NumberFormat("en-GB", {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }),
  [FORMAT.marks]: fixed(3),
  [FORMAT.beds]: fixed(2),
  [FORMAT.factor]: fixed(6),
  [FORMAT.whole]: fixed(0),
};

function fixed(places: number): Intl.NumberFormat {
  return new Intl.NumberFormat("en-GB", {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    useGrouping: false,
  });
}

const GENERAL = new Intl.NumberFormat("en-GB", {
  maximumSignificantDigits: 10,
  useGrouping: false,
});
/** A literal prefix such as "Year "0. */
const PREFIXED = /^"([^"]*)"0$/;

export function showCell(value: unknown, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  const prefix = PREFIXED.exec(format);
  if (prefix) return `${prefix[1]}${value.toFixed(0)}`;
  // Excel shows -0.00000001 formatted to whole pounds as "-£0"; show it as £0, as a reader would expect.
  const shown = (formatters[format] ?? GENERAL).format(value);
  return shown.replace(/^-(?=\D*0(?:\.0+)?%?$)/, "");
}
