/**
 * Recalculates a workbook's formulas in HyperFormula, CARE functions included (from the built
 * functions bundle, the code Excel runs), and reports cells whose saved value differs. A formula
 * the engine could not bear (too long, ranges or a spill too large) keeps its saved value, so the
 * formulas that use it are still checked, and is named as not recalculated.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { parseRange } from "../core/a1";
import { cellRef } from "../core/a1";
import { diagnose, readCell } from "../review";
import { WEEKS_365_7, WEEKS_52 } from "../review/settings";
import {
  MOST_FORMULA_CHARACTERS,
  MOST_FORMULA_RANGE_CELLS,
  MOST_GRID_CELLS,
  MOST_SPILL_CELLS,
} from "../core/limits";
import { ENGINE_SIZE, registerCareFunctions } from "../hyperformula/carePlugin";
import { loadFunctionsBundle } from "../hyperformula/loadFunctionsBundle";
import { engineFormula, formulaCost } from "./formula";
import { quoted } from "./quote";
import type { ReportedFinding } from "./report";
import type { CellValue, Sheet, SheetCell } from "./sheet";

let registered = false;
function registerOnce(distDir: string): void {
  if (registered) return;
  const { metadata, runtime } = loadFunctionsBundle(distDir);
  registerCareFunctions(metadata, runtime.registry);
  registered = true;
}

const SAME = 1e-9;

function differs(saved: CellValue, recomputed: CellValue): boolean {
  if (typeof saved === "number" && typeof recomputed === "number") {
    return Math.abs(saved - recomputed) > SAME * Math.max(1, Math.abs(saved), Math.abs(recomputed));
  }
  return String(saved ?? "") !== String(recomputed ?? "");
}

const count = (n: number) => n.toLocaleString("en-GB");

export interface FormulaCheck {
  readonly findings: ReportedFinding[];
  readonly notChecked: string[];
  /** Formulas recalculated and compared with their saved values. */
  readonly checked: number;
}

/** Why the engine should not be given this formula, or undefined when it can be. */
function refusal(
  cell: SheetCell,
  formula: string,
  used: { rows: number; columns: number }
): string | undefined {
  if (formula.length > MOST_FORMULA_CHARACTERS)
    return `the formula has ${count(formula.length)} characters, more than Excel's ${count(MOST_FORMULA_CHARACTERS)}`;
  const cost = formulaCost(formula, used);
  if (cost.rangeCells > MOST_FORMULA_RANGE_CELLS)
    return `its ranges cover ${count(cost.rangeCells)} cells, more than the ${count(MOST_FORMULA_RANGE_CELLS)} CareCalc recalculates for one formula`;
  if (cost.spillCells > MOST_SPILL_CELLS)
    return `it would spill ${count(cost.spillCells)} cells, more than the ${count(MOST_SPILL_CELLS)} CareCalc recalculates`;
  const range = cell.arrayRange ? parseRange(cell.arrayRange) : undefined;
  const area = range
    ? (range.to.row - range.from.row + 1) * (range.to.column - range.from.column + 1)
    : 0;
  if (area > MOST_SPILL_CELLS)
    return `it fills ${count(area)} cells (${quoted(cell.arrayRange ?? "")}), more than the ${count(MOST_SPILL_CELLS)} CareCalc recalculates`;
  return undefined;
}

/** A sheet as the engine takes it: rows of values, empty rows shared, only as wide as each row's last cell. */
function engineRows(sheet: Sheet, value: (cell: SheetCell) => unknown): unknown[][] {
  const empty: unknown[] = [];
  const rows: unknown[][] = Array.from(
    { length: sheet.used ? sheet.used.bottom + 1 : 0 },
    () => empty
  );
  for (const cell of sheet.cells) {
    if (rows[cell.row] === empty) rows[cell.row] = [];
    rows[cell.row][cell.col] = value(cell);
  }
  return rows;
}

/** Slots engineRows fills: a slot per row, and each filled row as wide as its last cell. */
function engineLayout(sheet: Sheet): number {
  let slots = sheet.used ? sheet.used.bottom + 1 : 0;
  sheet.cells.forEach((cell, i) => {
    if (sheet.cells[i + 1]?.row !== cell.row) slots += cell.col + 1;
  });
  return slots;
}

export function recomputeFormulas(sheets: readonly Sheet[], distDir: string): FormulaCheck {
  const findings: ReportedFinding[] = [];
  const notChecked: string[] = [];
  const formulaCells = sheets.flatMap((sheet) =>
    sheet.cells.filter((c) => c.formula !== undefined).map((cell) => ({ sheet, cell }))
  );
  if (!formulaCells.length) return { findings, notChecked, checked: 0 };
  registerOnce(distDir);
  const used = { rows: 1, columns: 1 };
  for (const s of sheets) {
    if (!s.used) continue;
    used.rows = Math.max(used.rows, s.used.bottom + 1);
    used.columns = Math.max(used.columns, s.used.right + 1);
  }
  const at = (sheet: Sheet, cell: SheetCell) =>
    `${sheet.name}!${cellRef({ row: cell.row, column: cell.col })}`;
  const refused = new Map<SheetCell, { sheet: Sheet; why: string }>();
  const spilled = new Set<string>();
  let spillArea = 0;
  for (const { sheet, cell } of formulaCells) {
    const why = refusal(cell, cell.formula!, used);
    if (why) {
      refused.set(cell, { sheet, why });
      continue;
    }
    const range = cell.arrayRange ? parseRange(cell.arrayRange) : undefined;
    if (!range) continue;
    spillArea += (range.to.row - range.from.row + 1) * (range.to.column - range.from.column + 1);
    if (spillArea > MOST_GRID_CELLS) {
      refused.set(cell, {
        sheet,
        why: `the workbook's array formulas fill more than ${count(MOST_GRID_CELLS)} cells together`,
      });
      continue;
    }
    for (let r = range.from.row; r <= range.to.row; r++)
      for (let c = range.from.column; c <= range.to.column; c++)
        if (r !== cell.row || c !== cell.col) spilled.add(`${sheet.name}\u0000${r},${c}`);
  }
  for (const [cell, { sheet, why }] of refused)
    notChecked.push(`${at(sheet, cell)}: =${quoted(cell.formula!)} not recalculated: ${why}.`);
  const layout = sheets.reduce((total, sheet) => total + engineLayout(sheet), 0);
  if (layout > MOST_GRID_CELLS) {
    notChecked.push(
      `the workbook's formulas were not recalculated: laid out for the engine, its rows hold ${count(layout)} cells, more than the ${count(MOST_GRID_CELLS)} CareCalc lays out.`
    );
    return { findings, notChecked, checked: 0 };
  }
  const data: Record<string, unknown[][]> = {};
  for (const sheet of sheets) {
    data[sheet.name ?? ""] = engineRows(sheet, (cell) => {
      if (spilled.has(`${sheet.name}\u0000${cell.row},${cell.col}`)) return null;
      if (cell.formula !== undefined && !refused.has(cell)) return engineFormula(cell.formula);
      // Text that looks like a formula is text in the file.
      return typeof cell.value === "string" && cell.value.startsWith("=")
        ? `'${cell.value}`
        : cell.value;
    });
  }
  const engine = HyperFormula.buildFromSheets(
    data as Record<string, (string | number | boolean | null)[][]>,
    {
      licenseKey: "gpl-v3",
      smartRounding: false,
      ...ENGINE_SIZE,
    }
  );
  let checked = 0;
  try {
    for (const { sheet, cell } of formulaCells) {
      if (refused.has(cell)) continue;
      const id = engine.getSheetId(sheet.name ?? "")!;
      const result = engine.getCellValue({ sheet: id, row: cell.row, col: cell.col });
      if (result instanceof DetailedCellError) {
        if (String(cell.value) !== result.value)
          notChecked.push(
            `${at(sheet, cell)}: cannot recompute =${quoted(cell.formula!)} (${result.value} ${quoted(result.message)})`
          );
        else checked++;
        continue;
      }
      checked++;
      const recomputed = result as CellValue;
      if (recomputed === null || !differs(cell.value, recomputed)) continue;
      const stated = readCell(typeof cell.value === "boolean" ? String(cell.value) : cell.value);
      const numeric = typeof recomputed === "number" && stated.kind === "figure";
      const cause = numeric
        ? diagnose(stated.figure, recomputed, {
            rates: [WEEKS_52, WEEKS_365_7].map((f) => ({
              factor: f.value,
              words: f.words,
              rate: recomputed / f.value,
            })),
          })
        : undefined;
      findings.push({
        sheet: sheet.name,
        cell: cellRef({ row: cell.row, column: cell.col }),
        source: "formula",
        relation: `formula =${quoted(cell.formula!)}`,
        stated: cell.value,
        expected: recomputed,
        difference: numeric ? stated.figure.exact.minus(recomputed).toNumber() : "",
        diagnosis: cause?.words ?? "the saved value is not what the formula gives",
      });
    }
  } finally {
    engine.destroy();
  }
  return { findings, notChecked, checked };
}
