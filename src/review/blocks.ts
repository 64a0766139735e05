/**
 * The tables on a sheet: blocks of filled cells separated by wholly empty rows or columns, found
 * from the filled cells alone (a sparse sheet is never expanded into a grid), in time near-linear
 * in the cells. Each block is checked on its own, with its origin so findings name the sheet's cells.
 */
import type { CellPosition } from "../core/a1";
import type { Cell } from "./read";
import { MOST_TABLE_AREA } from "./settings";

/** One filled cell of a sheet: where it is, what it shows, and its formula where it has one. */
export interface SheetCell {
  readonly row: number;
  readonly column: number;
  readonly value: Cell;
  readonly formula?: string;
}

export interface TableBlock {
  readonly origin: CellPosition;
  readonly rows: number;
  readonly columns: number;
  readonly cells: Cell[][];
  readonly formulas?: (string | undefined)[][];
}

/** A block whose cells are too thinly spread to read as one table (its rectangle is huge, its cells few). */
export interface SkippedBlock {
  readonly origin: CellPosition;
  readonly rows: number;
  readonly columns: number;
  readonly cells: number;
}

const filled = (v: Cell) =>
  v !== null && v !== undefined && (typeof v !== "string" || v.trim() !== "");

/** Runs of consecutive values in a sorted, de-duplicated list. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

function split(cells: readonly SheetCell[], byRow: boolean): SheetCell[][] {
  const at = (c: SheetCell) => (byRow ? c.row : c.column);
  const values = [...new Set(cells.map(at))].sort((a, b) => a - b);
  const bands = runs(values);
  if (bands.length === 1) return [cells as SheetCell[]];
  const bandOf = new Map<number, number>();
  bands.forEach(([from, to], i) => {
    for (const v of values) if (v >= from && v <= to) bandOf.set(v, i);
  });
  const groups: SheetCell[][] = bands.map(() => []);
  for (const c of cells) groups[bandOf.get(at(c))!].push(c);
  return groups;
}

/** Splits by empty rows, then empty columns, again until nothing more comes apart. */
function separate(cells: readonly SheetCell[]): SheetCell[][] {
  const done: SheetCell[][] = [];
  const queue: { cells: SheetCell[]; byRow: boolean; still: number }[] = [
    { cells: [...cells], byRow: true, still: 0 },
  ];
  while (queue.length) {
    const { cells: group, byRow, still } = queue.pop()!;
    const parts = split(group, byRow);
    if (parts.length === 1) {
      // Unsplit both ways in a row: a block.
      if (still === 1) done.push(group);
      else queue.push({ cells: group, byRow: !byRow, still: still + 1 });
    } else {
      for (const part of parts) queue.push({ cells: part, byRow: !byRow, still: 0 });
    }
  }
  return done;
}

export function tableBlocks(cells: Iterable<SheetCell>): {
  blocks: TableBlock[];
  skipped: SkippedBlock[];
} {
  const present: SheetCell[] = [];
  for (const c of cells) if (filled(c.value)) present.push(c);
  const blocks: TableBlock[] = [];
  const skipped: SkippedBlock[] = [];
  for (const group of separate(present)) {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const c of group) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.column);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.column);
    }
    const rows = bottom - top + 1;
    const columns = right - left + 1;
    if (rows * columns > MOST_TABLE_AREA) {
      skipped.push({ origin: { row: top, column: left }, rows, columns, cells: group.length });
      continue;
    }
    const grid: Cell[][] = Array.from({ length: rows }, () => new Array<Cell>(columns).fill(null));
    const withFormulas = group.some((c) => c.formula);
    const formulas = withFormulas
      ? Array.from({ length: rows }, () => new Array<string | undefined>(columns).fill(undefined))
      : undefined;
    for (const c of group) {
      grid[c.row - top][c.column - left] = c.value;
      if (formulas && c.formula) formulas[c.row - top][c.column - left] = c.formula;
    }
    blocks.push({
      origin: { row: top, column: left },
      rows,
      columns,
      cells: grid,
      ...(formulas && { formulas }),
    });
  }
  blocks.sort((a, b) => a.origin.row - b.origin.row || a.origin.column - b.origin.column);
  return { blocks, skipped };
}

/** The filled cells of a grid (a selected range), as sheet cells offset by the grid's origin. */
export function* gridCells(
  grid: readonly (readonly Cell[])[],
  origin: CellPosition = { row: 0, column: 0 },
  formulas?: readonly (readonly (string | null | undefined)[])[]
): Generator<SheetCell> {
  for (let r = 0; r < grid.length; r++)
    for (let c = 0; c < grid[r].length; c++) {
      const value = grid[r][c];
      if (!filled(value)) continue;
      const formula = formulas?.[r]?.[c] ?? undefined;
      yield { row: origin.row + r, column: origin.column + c, value, ...(formula && { formula }) };
    }
}
