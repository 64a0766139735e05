/**
 * Recalculates a workbook's formulas in HyperFormula, CARE functions included (from the built
 * functions bundle, the code Excel runs), and reports cells whose saved value differs.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { parseRange } from "../core/a1";
import { cellRef } from "../core/a1";
import { diagnose, readCell } from "../review";
import { WEEKS_365_7, WEEKS_52 } from "../review/settings";
import { registerCareFunctions } from "../hyperformula/carePlugin";
import { loadFunctionsBundle } from "../hyperformula/loadFunctionsBundle";
import type { ReportedFinding } from "./report";
import type { Sheet } from "./workbook";

/**
 * How Excel writes add-in functions in a file: "_xldudf_CARE_BLOCKCOST(" for CARE.BLOCKCOST;
 * newer built-in functions carry "_xlfn." and legacy UDFs "_xludf.".
 */
export function engineFormula(stored: string): string {
  return (
    "=" +
    stored
      .replace(
        /_xldudf_CARE_([A-Z0-9_]+)\s*\(/gi,
        (_, name: string) => `CARE.${name.toUpperCase()}(`
      )
      .replace(/_xl(fn|udf|ws)\./gi, "")
  );
}

let registered = false;
function registerOnce(distDir: string): void {
  if (registered) return;
  const { metadata, runtime } = loadFunctionsBundle(distDir);
  registerCareFunctions(metadata, runtime.registry);
  registered = true;
}

/** Cells filled by an array or spilled formula other than its anchor: the engine fills them itself. */
function spilledCells(sheet: Sheet): Set<string> {
  const cells = new Set<string>();
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.arrayRange) return;
      const range = parseRange(cell.arrayRange);
      if (!range) return;
      for (let rr = range.from.row; rr <= range.to.row; rr++)
        for (let cc = range.from.column; cc <= range.to.column; cc++)
          if (rr !== r || cc !== c) cells.add(`${rr},${cc}`);
    })
  );
  return cells;
}

const SAME = 1e-9;

function differs(saved: SheetCellValue, recomputed: SheetCellValue): boolean {
  if (typeof saved === "number" && typeof recomputed === "number") {
    return Math.abs(saved - recomputed) > SAME * Math.max(1, Math.abs(saved), Math.abs(recomputed));
  }
  return String(saved ?? "") !== String(recomputed ?? "");
}

type SheetCellValue = string | number | boolean | null;

export function recomputeFormulas(
  sheets: readonly Sheet[],
  distDir: string
): { findings: ReportedFinding[]; warnings: string[] } {
  const hasFormulas = sheets.some((s) => s.cells.some((row) => row.some((c) => c?.formula)));
  if (!hasFormulas) return { findings: [], warnings: [] };
  registerOnce(distDir);
  const data: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of sheets) {
    const spilled = spilledCells(sheet);
    data[sheet.name] = sheet.cells.map((row, r) =>
      row.map((cell, c) => {
        if (!cell || spilled.has(`${r},${c}`)) return null;
        if (cell.formula) return engineFormula(cell.formula);
        // Text that looks like a formula is text in the file.
        return typeof cell.value === "string" && cell.value.startsWith("=")
          ? `'${cell.value}`
          : cell.value;
      })
    );
  }
  const engine = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3", smartRounding: false });
  const findings: ReportedFinding[] = [];
  const warnings: string[] = [];
  try {
    for (const sheet of sheets) {
      const id = engine.getSheetId(sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.formula) return;
          const at = `${sheet.name}!${cellRef({ row: r, column: c })}`;
          const result = engine.getCellValue({ sheet: id, row: r, col: c });
          if (result instanceof DetailedCellError) {
            if (String(cell.value) !== result.value)
              warnings.push(
                `${at}: cannot recompute =${cell.formula} (${result.value} ${result.message})`
              );
            return;
          }
          const recomputed = result as SheetCellValue;
          if (recomputed === null || !differs(cell.value, recomputed)) return;
          const stated = readCell(
            typeof cell.value === "boolean" ? String(cell.value) : cell.value
          );
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
            cell: cellRef({ row: r, column: c }),
            source: "formula",
            relation: `formula =${cell.formula}`,
            stated: cell.value,
            expected: recomputed,
            difference: numeric ? stated.figure.exact.minus(recomputed).toNumber() : "",
            diagnosis: cause?.words ?? "the saved value is not what the formula gives",
          });
        })
      );
    }
  } finally {
    engine.destroy();
  }
  return { findings, warnings };
}
