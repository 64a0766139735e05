import { CareError, Decimal } from "../core";

/** Beyond this (about £90 trillion) a double cannot hold every penny, so such a result is refused, not shown wrong. */
const LARGEST_EXACT = Number.MAX_SAFE_INTEGER / 100;

/** Converts a core result to the double Excel stores, once, at the door. */
export function toExcelNumber(value: Decimal): number {
  const excelValue = value.toNumber();
  if (!(Math.abs(excelValue) < LARGEST_EXACT)) {
    throw new CareError(
      "num",
      `the result ${value.toExponential(3)} is too large for Excel to hold exactly. Check the inputs' units.`
    );
  }
  return excelValue;
}

export function toExcelGrid(rows: readonly (readonly Decimal[])[]): number[][] {
  return rows.map((row) => row.map(toExcelNumber));
}

/** Values read row by row from a range (arguments.ts `numbers`), spilled back in that range's shape. */
export function toExcelGridShaped(
  values: readonly Decimal[],
  shape: { readonly rows: number; readonly columns: number }
): number[][] {
  return toExcelGrid(
    Array.from({ length: shape.rows }, (_, r) =>
      values.slice(r * shape.columns, (r + 1) * shape.columns)
    )
  );
}

/** Rows of a label and a figure, as a two-column spill. */
export function toExcelLabelled(
  rows: readonly (readonly [string, Decimal])[]
): (string | number)[][] {
  return rows.map(([label, value]) => [label, toExcelNumber(value)]);
}

function excelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CareError) {
    const code =
      error.kind === "num"
        ? CustomFunctions.ErrorCode.invalidNumber
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  // A fault of CareCalc's own still reaches the cell as an error with a message, never as a bare #VALUE!.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `CareCalc could not compute this: ${detail}`
  );
}

/** The same for a call that waits: the promise always settles, with a result or an Excel error, so no cell stays #BUSY!. */
export async function evaluateAsync<T>(compute: () => Promise<T>): Promise<T> {
  try {
    return await compute();
  } catch (error) {
    throw excelError(error);
  }
}

/** Runs one function call; any error becomes an Excel error with a message, never an unhandled exception. */
export function evaluate<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw excelError(error);
  }
}
