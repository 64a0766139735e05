/**
 * What the command line reads from a file, whatever its kind: sheets of filled cells only (sparse:
 * a cell at A1 and one at XFD1048576 are two cells, not 17 billion), each with its value and, in a
 * workbook, its formula, and the sheet's used range.
 */

/** A value as the file holds it: numbers as numbers (dates as Excel's day numbers), the rest as text. */
export type CellValue = string | number | boolean | null;

export interface SheetCell {
  /** Zero-based row and column. */
  readonly row: number;
  readonly col: number;
  /** The value saved in the file (for a formula, its result when last calculated). */
  readonly value: CellValue;
  /** The formula without "=", as stored, if the cell has one. */
  readonly formula?: string;
  /** For the anchor of an array or spilled formula, the range it fills ("D2:D10"). */
  readonly arrayRange?: string;
}

export interface UsedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  /** The sheet's name; undefined for a CSV, which is one unnamed sheet. */
  readonly name: string | undefined;
  /** Filled cells, row by row and left to right within a row. */
  readonly cells: readonly SheetCell[];
  /** The smallest rectangle holding every filled cell; undefined when there is none. */
  readonly used: UsedRange | undefined;
}

/** Cells in reading order and their used range. */
export function sheetOf(name: string | undefined, cells: SheetCell[]): Sheet {
  let ordered = true;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  cells.forEach((cell, i) => {
    const before = cells[i - 1];
    if (before && (before.row > cell.row || (before.row === cell.row && before.col >= cell.col)))
      ordered = false;
    top = Math.min(top, cell.row);
    bottom = Math.max(bottom, cell.row);
    left = Math.min(left, cell.col);
    right = Math.max(right, cell.col);
  });
  if (!ordered) {
    // A cell written twice (only a crafted file does so) keeps its last writing, as Excel would.
    cells = cells
      .map((cell, i) => ({ cell, i }))
      .sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col || a.i - b.i)
      .map(({ cell }) => cell)
      .filter((cell, i, all) => all[i + 1]?.row !== cell.row || all[i + 1]?.col !== cell.col);
  }
  return { name, cells, used: cells.length ? { top, left, bottom, right } : undefined };
}
