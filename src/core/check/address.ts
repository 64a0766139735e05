/** A1 addresses of cells in a checked range, offset by where the range starts in the sheet. */
import { columnIndex, columnLetters } from "../a1";

export interface Position {
  readonly row: number;
  readonly col: number;
}

/** The letters of a zero-based column. */
export const columnName = columnLetters;

/** Reads "B3" (or "$B$3") as the zero-based position of that cell; undefined for anything else. */
export function parseAddress(address: string): Position | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  return row >= 0 ? { row, col } : undefined;
}

export function address(cell: Position, origin: Position = { row: 0, col: 0 }): string {
  return `${columnName(cell.col + origin.col)}${cell.row + origin.row + 1}`;
}
