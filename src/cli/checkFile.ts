/** `carecalc check FILE`: the tables in a csv or xlsx file, and the formulas of an xlsx file. */
import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { address, checkTable, findTableBlocks, MOST_CELLS } from "../core/check";
import type { Cell } from "../core/check";
import { parseCsv } from "./csv";
import { recomputeFormulas } from "./recompute";
import type { Report, ReportedFinding } from "./report";
import { readWorkbook } from "./workbook";
import type { Sheet } from "./workbook";

/** The file cannot be read: exit status 2. */
export class UnreadableFile extends Error {}

/** Findings in every table of a grid; a table too large to check is a warning, not a failure. */
function checkTables(
  grid: readonly (readonly Cell[])[],
  sheet?: string
): { findings: ReportedFinding[]; warnings: string[] } {
  const findings: ReportedFinding[] = [];
  const warnings: string[] = [];
  for (const block of findTableBlocks(grid)) {
    const cells = block.cells.reduce((total, row) => total + row.length, 0);
    if (cells > MOST_CELLS) {
      const where = `${sheet === undefined ? "" : `${sheet}!`}${address(block.origin)}`;
      warnings.push(
        `the table at ${where} has ${cells} cells, more than the ${MOST_CELLS} CareCalc checks at once: not checked.`
      );
      continue;
    }
    for (const f of checkTable(block.cells, { origin: block.origin }).findings) {
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
  return { file: path, ...checkTables(rows) };
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
      // Formula cells are checked by recalculation; their saved values still take part in the tables.
      sheet.cells.map((row) => row.map((cell) => cell?.value ?? null)),
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
  throw new UnreadableFile(
    `cannot read ${path}: carecalc checks .csv and .xlsx files, and reports as .docx, .txt or .md`
  );
}
