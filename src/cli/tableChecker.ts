/**
 * The table checker behind `carecalc check`: each sheet's tables, what it found and what it did not
 * check. The one place the command line calls the checker, so that its engine can be swapped: it
 * receives a sparse sheet (values and formulas) and gives findings and reasons.
 */
import { address, checkTable, findTableBlocks, MOST_CELLS, readCell } from "../core/check";
import type { Cell } from "../core/check";
import { MOST_GRID_CELLS } from "../core/limits";
import type { ReportedFinding } from "./report";
import type { Sheet, SheetCell } from "./sheet";

export interface SheetTablesCheck {
  readonly findings: ReportedFinding[];
  /** What was not checked, each saying where and why. */
  readonly notChecked: string[];
  /** Tables with at least one figure that were checked. */
  readonly tables: number;
}

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The sheet's bands of rows between empty rows, each with its used columns: the finder's own first
 * split, done on the sparse cells so that far-apart tables (A1 and XFD1048576) stay small grids.
 */
function rowBands(cells: readonly SheetCell[]): SheetCell[][] {
  const bands: SheetCell[][] = [];
  for (const cell of cells) {
    const band = bands[bands.length - 1];
    const last = band?.[band.length - 1];
    if (last && cell.row - last.row <= 1) band.push(cell);
    else bands.push([cell]);
  }
  return bands;
}

export function checkSheetTables(sheet: Sheet): SheetTablesCheck {
  const findings: ReportedFinding[] = [];
  const notChecked: string[] = [];
  const prefix = sheet.name === undefined ? "" : `${sheet.name}!`;
  let tables = 0;
  for (const band of rowBands(sheet.cells)) {
    const top = band[0].row;
    const bottom = band[band.length - 1].row;
    const left = band.reduce((least, c) => Math.min(least, c.col), Infinity);
    const right = band.reduce((most, c) => Math.max(most, c.col), -Infinity);
    const rows = bottom - top + 1;
    const columns = right - left + 1;
    // This checker finds tables on a full grid, so a band spread too wide is not laid out.
    if (rows * columns > MOST_GRID_CELLS) {
      const span = `${address({ row: top, col: left })}:${address({ row: bottom, col: right })}`;
      notChecked.push(
        `${prefix}${span}: the cells span ${count(rows)} rows by ${count(columns)} columns (${count(rows * columns)} cells), more than the ${count(MOST_GRID_CELLS)} the table finder lays out: its tables were not checked.`
      );
      continue;
    }
    const grid: Cell[][] = Array.from({ length: rows }, () => Array<Cell>(columns).fill(null));
    // Formula cells are checked by recalculation; their saved values still take part in the tables.
    for (const cell of band) grid[cell.row - top][cell.col - left] = cell.value;
    for (const block of findTableBlocks(grid, { row: top, col: left })) {
      const cells = block.cells.reduce((total, row) => total + row.length, 0);
      if (!block.cells.some((row) => row.some((cell) => readCell(cell).kind === "figure")))
        continue;
      if (cells > MOST_CELLS) {
        notChecked.push(
          `the table at ${prefix}${address(block.origin)} has ${count(cells)} cells, more than the ${count(MOST_CELLS)} the checker takes at once: not checked.`
        );
        continue;
      }
      tables++;
      for (const f of checkTable(block.cells, { origin: block.origin }).findings) {
        findings.push({
          ...(sheet.name !== undefined && { sheet: sheet.name }),
          cell: f.cell,
          source: "table" as const,
          relation: f.relation,
          stated: f.stated,
          expected: f.expected,
          difference: f.difference,
          diagnosis: f.diagnosis,
        });
      }
    }
  }
  return { findings, notChecked, tables };
}
