/**
 * The table checker behind `carecalc check`: each sheet's tables, what it found and what it did not
 * check. The one place the command line calls the reviewer engine (src/review): it receives a
 * sparse sheet (values and formulas) and gives findings and reasons.
 */
import { checkSheet } from "../review";
import { MOST_TABLE_AREA } from "../review/settings";
import type { SheetCell as ReviewCell } from "../review";
import type { ReportedFinding } from "./report";
import type { Sheet } from "./sheet";

export interface SheetTablesCheck {
  readonly findings: ReportedFinding[];
  /** What was not checked, each saying where and why. */
  readonly notChecked: string[];
  /** Tables with at least one figure that were checked. */
  readonly tables: number;
}

const count = (n: number) => n.toLocaleString("en-GB");

function* reviewCells(sheet: Sheet): Generator<ReviewCell> {
  for (const cell of sheet.cells) {
    yield {
      row: cell.row,
      column: cell.col,
      value: cell.value,
      ...(cell.formula !== undefined && { formula: cell.formula }),
    };
  }
}

export function checkSheetTables(sheet: Sheet): SheetTablesCheck {
  const prefix = sheet.name === undefined ? "" : `${sheet.name}!`;
  const checked = checkSheet(reviewCells(sheet));
  const notChecked = checked.skipped.map(
    (s) =>
      `${prefix}${s.address}: a table of ${count(s.rows)} rows by ${count(s.columns)} columns (${count(s.cells)} cells filled) is more than the ${count(MOST_TABLE_AREA)} cells the checker reads as one table: not checked. Split the file, or check part of the sheet in Excel.`
  );
  const findings: ReportedFinding[] = [];
  let tables = 0;
  for (const table of checked.tables) {
    if (table.check.figures > 0) tables++;
    for (const f of table.check.findings) {
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
  return { findings, notChecked, tables };
}
