/** A1 addresses of cells in a checked range, offset by where the range starts in the sheet. */

export interface Position {
  readonly row: number;
  readonly col: number;
}

export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Reads "B3" (or "$B$3") as the zero-based position of that cell; undefined for anything else. */
export function parseAddress(address: string): Position | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  const col = [...match[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return row >= 0 ? { row, col } : undefined;
}

export function address(cell: Position, origin: Position = { row: 0, col: 0 }): string {
  return `${columnName(cell.col + origin.col)}${cell.row + origin.row + 1}`;
}
