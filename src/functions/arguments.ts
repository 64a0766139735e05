import {
  Basis,
  CareError,
  Decimal,
  parseBasis,
  parseFigure,
  termYears as termYearsOf,
  PriceMethod,
  parsePriceMethod,
  basisOf,
  WEEKS_52,
} from "../core";
import { MOST_ARGUMENT_CELLS, tooManyCells } from "../core/limits";

/*
 * The one place where what Excel passes in is checked and turned into core values: numbers,
 * text, booleans, null for an omitted argument, "" for an empty cell, 2-D arrays for ranges.
 */

/** A value as Excel hands it to a custom function. */
export type CellValue = number | string | boolean | null | undefined;

function fail(message: string): never {
  throw new CareError("value", message);
}

function describe(value: CellValue): string {
  if (typeof value === "string") return `text "${value}"`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  return String(value);
}

function isBlank(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/**
 * Excel holds doubles and shows 15 significant digits; reading them at 15 digits drops binary noise
 * (0.1+0.2 is 0.3). Most cells hold a short number already (a whole number, or at most 16 characters
 * with a decimal point), which is read as written.
 */
function decimalFromDouble(value: number): Decimal {
  if (Number.isSafeInteger(value)) return new Decimal(value);
  const written = String(value);
  return new Decimal(
    written.length <= 16 && !written.includes("e") ? written : value.toPrecision(15)
  );
}

function numberValue(value: CellValue, name: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      fail(`${name} is not a finite number. Check the cell it comes from.`);
    return decimalFromDouble(value);
  }
  if (isBlank(value)) fail(`${name} is blank. Enter a number.`);
  if (typeof value === "string" && parseFigure(value)) {
    fail(
      `${name} is ${describe(value)}, not a number. Enter it as a number, or convert it with CARE.MONEY("${value}").`
    );
  }
  return fail(`${name} is ${describe(value)}; it must be a number.`);
}

/** A required number. */
export function num(value: CellValue, name: string): Decimal {
  return numberValue(value, name);
}

/** An optional number: omitted or an empty cell gives the default. */
export function optionalNum(value: CellValue, name: string, fallback: Decimal): Decimal;
export function optionalNum(value: CellValue, name: string): Decimal | undefined;
export function optionalNum(
  value: CellValue,
  name: string,
  fallback?: Decimal
): Decimal | undefined {
  return isBlank(value) ? fallback : numberValue(value, name);
}

export function text(value: CellValue, name: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (isBlank(value)) fail(`${name} is blank. Enter it as text.`);
  return fail(`${name} is ${describe(value)}; it must be text.`);
}

/** Periods per year: omitted is 52; a number of periods; or text such as "365/7". */
export function basis(value: CellValue): Basis {
  if (isBlank(value)) return WEEKS_52;
  if (typeof value === "string") return parseBasis(value);
  return basisOf(numberValue(value, "basis"));
}

/** Contract years: a number of years, or a term with extensions such as "4+2+2". */
export function termYears(value: CellValue): Decimal {
  if (isBlank(value)) fail(`term is blank. Enter the years, or a term such as "4+2+2".`);
  return termYearsOf(typeof value === "string" ? value : numberValue(value, "term"));
}

export function method(value: CellValue): PriceMethod {
  return isBlank(value) ? "lowest" : parsePriceMethod(text(value, "method"));
}

/** A range, as Excel passes it: rows of cell values. A single value is a 1 x 1 range. */
export type RangeValue = CellValue[][] | CellValue;

export interface NumberRange {
  readonly values: Decimal[];
  readonly rows: number;
  readonly columns: number;
}

/** A range as rows, refused when it is not a rectangle or holds more cells than CareCalc reads in one range. */
function rectangle(range: RangeValue, name: string, allowEmptyRows = false): CellValue[][] {
  const grid = Array.isArray(range) ? range : [[range]];
  if (
    grid.length === 0 ||
    !grid.every(
      (row) =>
        Array.isArray(row) && row.length === grid[0].length && (allowEmptyRows || row.length > 0)
    )
  ) {
    fail(`${name} must be a rectangular range of cells.`);
  }
  const cells = grid.length * grid[0].length;
  if (cells > MOST_ARGUMENT_CELLS) fail(tooManyCells(name, cells));
  return grid;
}

/** Every cell of a range as a number, read row by row; a blank or text cell is an error naming its position. */
export function numbers(range: RangeValue, name: string): NumberRange {
  const grid = rectangle(range, name);
  const columns = grid[0].length;
  const values = grid.flatMap((row, r) =>
    row.map((cell, c) =>
      numberValue(
        cell,
        grid.length * columns === 1 ? name : `${name} (row ${r + 1}, column ${c + 1})`
      )
    )
  );
  return { values, rows: grid.length, columns };
}

/** A figure to check: a number, or text a report would print ("£4,797,965.16", "£5.49m"). */
export function figure(value: CellValue, name: string): number | string {
  if (typeof value === "number") return decimalFromDouble(value).toNumber();
  if (typeof value === "string" && parseFigure(value)) return value;
  if (isBlank(value)) fail(`${name} is blank. Enter the figure.`);
  return fail(
    `${name} is ${describe(value)}, not a figure. Enter a number, or text such as "£4,797,956.16".`
  );
}

/** A table as the reviewer has it: every cell kept as it is (text, numbers, blanks), in a rectangle with something in it. */
export function table(range: RangeValue, name: string): CellValue[][] {
  const grid = rectangle(range, name, true);
  if (grid.every((row) => row.every(isBlank)))
    fail(`${name} is empty. Select the table to check, labels and figures.`);
  return grid;
}

/** The top-left cell of a range argument, from the addresses Excel supplies ("Sheet1!B3:F12" gives "B3"); A1 elsewhere. */
export function rangeOrigin(
  invocation: { parameterAddresses?: string[] } | undefined,
  index: number
): string {
  const address = (invocation?.parameterAddresses?.[index] ?? "").replace(/\$/g, "");
  return /([A-Z]{1,3}\d+)(?::[A-Z]{1,3}\d+)?$/i.exec(address)?.[1] ?? "A1";
}

/** An occupancy as Excel passes it: one rate in a single cell, or probabilities in one row or column. */
export type OccupancyValue = { readonly rate: Decimal } | { readonly chances: Decimal[] };

export function occupancy(range: RangeValue, name: string): OccupancyValue {
  const { values, rows, columns } = numbers(range, name);
  if (values.length === 1) return { rate: values[0] };
  if (rows > 1 && columns > 1) {
    fail(
      `${name} is ${rows} rows by ${columns} columns. Give one occupancy rate, or one row or column of probabilities (from CARE.OCCUPANCYDIST's spill, its second column only).`
    );
  }
  return { chances: values };
}
