/** Checking more than one table at once: every table of a sheet, or of a selected range. */
import { blockAddress, CellPosition } from "../core/a1";
import { gridCells, SheetCell, SkippedBlock, tableBlocks } from "./blocks";
import { checkTable, CheckOptions, Finding, originOf, TableCheck } from "./checkTable";
import type { Cell } from "./read";

export interface CheckedBlock {
  /** The table's cells in the sheet, e.g. "B3:F12". */
  readonly address: string;
  readonly origin: CellPosition;
  readonly check: TableCheck;
}

export interface SheetCheck {
  readonly tables: readonly CheckedBlock[];
  /** Blocks not checked, with where they are and why. */
  readonly skipped: readonly (SkippedBlock & { readonly address: string })[];
}

export function checkSheet(cells: Iterable<SheetCell>): SheetCheck {
  const { blocks, skipped } = tableBlocks(cells);
  return {
    tables: blocks.map((b) => ({
      address: blockAddress(b.origin, b.rows, b.columns),
      origin: b.origin,
      check: checkTable(b.cells, { origin: b.origin, formulas: b.formulas }),
    })),
    skipped: skipped.map((s) => ({ ...s, address: blockAddress(s.origin, s.rows, s.columns) })),
  };
}

/**
 * A selected range: each table in it checked on its own (a range may hold several, or a table and
 * its notes), the findings, relations and notes together.
 */
export function checkRange(
  grid: readonly (readonly Cell[])[],
  options: CheckOptions = {}
): TableCheck & { skipped: SheetCheck["skipped"] } {
  const origin = originOf(options.origin);
  const sheet = checkSheet(gridCells(grid, origin, options.formulas));
  // Positions count from the range's top-left cell, as the range was given.
  const shift =
    (t: CheckedBlock) =>
    (f: Finding): Finding => ({
      ...f,
      position: {
        row: f.position.row + t.origin.row - origin.row,
        column: f.position.column + t.origin.column - origin.column,
      },
    });
  return {
    relations: sheet.tables.flatMap((t) => t.check.relations),
    findings: sheet.tables.flatMap((t) => t.check.findings.map(shift(t))),
    notes: sheet.tables.flatMap((t) => t.check.notes),
    figures: sheet.tables.reduce((n, t) => n + t.check.figures, 0),
    skipped: sheet.skipped,
  };
}
