/** A workbook file read with exceljs: every sheet's cells, with saved values and formulas. */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";

export interface SheetCell {
  /** The value Excel saved (what the file shows without recalculating). */
  readonly value: string | number | boolean | null;
  /** The formula without "=", as stored, if the cell has one. */
  readonly formula?: string;
  /** For the anchor of an array or spilled formula, the range it fills. */
  readonly arrayRange?: string;
}

export interface Sheet {
  readonly name: string;
  /** Rows of cells from A1, null where empty. */
  readonly cells: (SheetCell | null)[][];
}

/** What exceljs keeps of `<f t="array" ref="...">` on a cell's model, beyond what its types declare. */
interface FormulaModel extends ExcelJS.CellModel {
  readonly shareType?: string;
  readonly ref?: string;
}

/** exceljs turns date-formatted numbers into Dates; the checker and HyperFormula work on day numbers. */
function dayNumber(date: Date, date1904: boolean): number {
  return date.getTime() / 86_400_000 + (date1904 ? 24_107 : 25_569);
}

/** A value or a formula's saved result as the checker reads it: numbers as numbers, the rest as text. */
function saved(value: ExcelJS.CellValue, date1904: boolean): SheetCell["value"] {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (value instanceof Date) return dayNumber(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  // A hyperlink's text may itself be rich text.
  if ("hyperlink" in value) return saved(value.text as ExcelJS.CellValue, date1904);
  return null;
}

function sheetCell(cell: ExcelJS.Cell, date1904: boolean): SheetCell | null {
  // Cells covered by a merge repeat the top-left value in exceljs; Excel shows them blank.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.type !== ExcelJS.ValueType.Formula) {
    const value = saved(cell.value, date1904);
    return value === null ? null : { value };
  }
  const { shareType, ref } = cell.model as FormulaModel;
  return {
    // cell.result, not cell.value: exceljs leaves a result of 0 out of the value it gives.
    value: saved(cell.result, date1904),
    // cell.formula gives a shared formula's copies too, moved to their own cell. Excel stores
    // newer functions as "_xlfn.NAME" and shows them as NAME.
    formula: cell.formula.replace(/_xlfn\./g, ""),
    ...(shareType === "array" && ref && { arrayRange: ref }),
  };
}

function sheetCells(worksheet: ExcelJS.Worksheet, date1904: boolean): (SheetCell | null)[][] {
  const found: { row: number; col: number; cell: SheetCell }[] = [];
  worksheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, colNumber) => {
      const read = sheetCell(cell, date1904);
      if (read) found.push({ row: rowNumber - 1, col: colNumber - 1, cell: read });
    })
  );
  const rows = found.reduce((most, f) => Math.max(most, f.row + 1), 0);
  const cols = found.reduce((most, f) => Math.max(most, f.col + 1), 0);
  const cells = Array.from({ length: rows }, () => Array<SheetCell | null>(cols).fill(null));
  for (const f of found) cells[f.row][f.col] = f.cell;
  return cells;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readWorkbook(path: string): Promise<Sheet[]> {
  const bytes = await readFile(path);
  // Excel 97-2003 workbooks and password-protected xlsx files are OLE compound files: exceljs
  // cannot read them.
  if (bytes.subarray(0, 8).equals(OLE))
    throw new Error(
      "it is an encrypted or Excel 97-2003 workbook: save it as .xlsx without a password"
    );
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new Error("the file is not an Excel workbook");
  const book = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; its zip reader takes a Node Buffer as well.
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  // Any other zip (an .ods or .docx renamed) loads without sheets and would pass with no findings.
  if (!book.worksheets.length) throw new Error("the file is not an Excel workbook");
  const date1904 = Boolean(book.properties.date1904);
  return book.worksheets.map((worksheet) => ({
    name: worksheet.name,
    cells: sheetCells(worksheet, date1904),
  }));
}
