/** `carecalc check FILE`: reads the file by its kind, checks its tables and (in a workbook) its formulas. */
import { basename, extname } from "node:path";
import { readCsv } from "./csv";
import { readRegularFile } from "./readFile";
import { recomputeFormulas } from "./recompute";
import type { Report } from "./report";
import type { Sheet } from "./sheet";
import { checkSheetTables } from "./tableChecker";
import { UnreadableFile } from "./unreadable";
import { readWorkbook } from "./workbook";

interface FileKind {
  /** What the file is read as, for messages: "cannot read x.csv as CSV". */
  readonly as: string;
  readonly read: (bytes: Buffer) => Promise<Sheet[]> | Sheet[];
  /** Whether its formulas are recalculated. */
  readonly formulas: boolean;
}

/** The kinds of file carecalc checks, by extension: the one place a new kind is added. */
const KINDS: Record<string, FileKind> = {
  ".csv": { as: "CSV", read: (bytes) => [readCsv(bytes)], formulas: false },
  ".tsv": { as: "CSV", read: (bytes) => [readCsv(bytes)], formulas: false },
  // Office Open XML workbooks only (not .xls or .ods).
  ".xlsx": { as: "a workbook", read: readWorkbook, formulas: true },
  ".xlsm": { as: "a workbook", read: readWorkbook, formulas: true },
};

export const KNOWN_EXTENSIONS = Object.keys(KINDS);

export async function checkFile(path: string, distDir: string): Promise<Report> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (!kind)
    throw new UnreadableFile(
      `cannot read ${basename(path)}: carecalc checks ${KNOWN_EXTENSIONS.join(", ")} files, and reports as .docx, .txt or .md`
    );
  let sheets: Sheet[];
  try {
    const bytes = readRegularFile(path);
    if (bytes.length === 0) throw new UnreadableFile("it is empty");
    sheets = await kind.read(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new UnreadableFile(`cannot read ${path} as ${kind.as}: ${error.message}`);
  }
  const tables = sheets.map(checkSheetTables);
  const formulas = kind.formulas
    ? recomputeFormulas(sheets, distDir)
    : { findings: [], notChecked: [], checked: 0 };
  const warnings = [...formulas.notChecked, ...tables.flatMap((t) => t.notChecked)];
  const checked = { tables: tables.reduce((n, t) => n + t.tables, 0), formulas: formulas.checked };
  if (!sheets.some((s) => s.cells.length))
    warnings.push("the file holds no cells: nothing was checked.");
  else if (!checked.tables && !checked.formulas && !warnings.length)
    warnings.push("the file holds no figures or formulas to check: nothing was checked.");
  return {
    file: path,
    findings: [...formulas.findings, ...tables.flatMap((t) => t.findings)],
    warnings,
    checked,
  };
}
