/** `carecalc check FILE`: the tables in a csv or xlsx file, and the formulas of an xlsx file. */
import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { checkSheet, gridCells } from "../review";
import type { Cell, SheetCell } from "../review";
import { parseCsv } from "./csv";
import { recomputeFormulas } from "./recompute";
import type { Report, ReportedFinding } from "./report";
import { readWorkbook } from "./workbook";
import type { Sheet } from "./workbook";

/** The file cannot be read: exit status 2. */
export class UnreadableFile extends Error {}

/** Findings in every table of a sheet; a block too thinly spread to read as a table is a warning. */
function checkTables(
  cells: Iterable<SheetCell>,
  sheet?: string
): { findings: ReportedFinding[]; warnings: string[] } {
  const findings: ReportedFinding[] = [];
  const warnings: string[] = [];
  const checked = checkSheet(cells);
  for (const skipped of checked.skipped) {
    warnings.push(
      `the cells at ${sheet === undefined ? "" : `${sheet}!`}${skipped.address} (${skipped.cells} cells over ${skipped.rows} rows and ${skipped.columns} columns) are too thinly spread to read as one table: not checked.`
    );
  }
  for (const table of checked.tables) {
    for (const f of table.check.findings) {
      findings.push({
        ...(sheet !== undefined && { sheet }),
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
  return { findings, warnings };
}

function checkCsv(path: string): Report {
  let rows: string[][];
  try {
    rows = parseCsv(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UnreadableFile(`cannot read ${path} as CSV: ${(error as Error).message}`);
  }
  return { file: path, ...checkTables(gridCells(rows as Cell[][])) };
}

async function checkWorkbook(path: string, distDir: string): Promise<Report> {
  let sheets: Sheet[];
  try {
    sheets = await readWorkbook(path);
  } catch (error) {
    throw new UnreadableFile(`cannot read ${path} as a workbook: ${(error as Error).message}`);
  }
  const tables = sheets.map((sheet) =>
    checkTables(
      // Formula cells are also checked by recalculation; their saved values and formulas take part in the tables.
      gridCells(
        sheet.cells.map((row) => row.map((cell) => cell?.value ?? null)),
        { row: 0, column: 0 },
        sheet.cells.map((row) => row.map((cell) => cell?.formula ?? null))
      ),
      sheet.name
    )
  );
  const formulas = recomputeFormulas(sheets, distDir);
  return {
    file: path,
    findings: [...formulas.findings, ...tables.flatMap((t) => t.findings)],
    warnings: [...formulas.warnings, ...tables.flatMap((t) => t.warnings)],
  };
}

export async function checkFile(path: string, distDir: string): Promise<Report> {
  if (!existsSync(path)) throw new UnreadableFile(`cannot read ${path}: no such file`);
  const type = extname(path).toLowerCase();
  if (type === ".csv") return checkCsv(path);
  // exceljs reads Office Open XML workbooks only (not .xls or .ods).
  if ([".xlsx", ".xlsm"].includes(type)) return checkWorkbook(path, distDir);
  throw new UnreadableFile(`cannot read ${path}: carecalc checks .csv and .xlsx files`);
}
