/**
 * The tables on a sheet: blocks of filled cells separated by empty rows or columns. Each is checked
 * on its own, with its origin so that findings name the sheet's cells.
 */
import type { Position } from "./address";
import type { Cell } from "./cells";

export interface TableBlock {
  readonly origin: Position;
  readonly cells: Cell[][];
}

const filled = (cell: Cell) => cell !== null && cell !== undefined && String(cell).trim() !== "";

/** Splits at rows and columns that are wholly empty, recursively, so side-by-side tables come apart. */
export function findTableBlocks(
  grid: readonly (readonly Cell[])[],
  origin: Position = { row: 0, col: 0 }
): TableBlock[] {
  const rows = grid.length;
  const cols = grid.reduce((most, r) => Math.max(most, r.length), 0);
  const rowFilled = Array.from({ length: rows }, (_, r) => grid[r].some(filled));
  const colFilled = Array.from({ length: cols }, (_, c) => grid.some((r) => filled(r[c])));
  const bands = (flags: boolean[]) => {
    const spans: [number, number][] = [];
    flags.forEach((on, i) => {
      if (!on) return;
      const last = spans[spans.length - 1];
      if (last && last[1] === i - 1) last[1] = i;
      else spans.push([i, i]);
    });
    return spans;
  };
  const rowBands = bands(rowFilled);
  const blocks: TableBlock[] = [];
  for (const [top, bottom] of rowBands) {
    const slice = grid.slice(top, bottom + 1);
    const colBands = bands(
      Array.from({ length: cols }, (_, c) => colFilled[c] && slice.some((r) => filled(r[c])))
    );
    for (const [left, right] of colBands) {
      const cells = slice.map((r) =>
        Array.from({ length: right - left + 1 }, (_, i) => r[left + i] ?? null)
      );
      const at = { row: origin.row + top, col: origin.col + left };
      const split = colBands.length === 1 && rowBands.length === 1;
      // A block whose own rows or columns now come apart is split again.
      blocks.push(...(split ? [{ origin: at, cells }] : findTableBlocks(cells, at)));
    }
  }
  return blocks;
}
