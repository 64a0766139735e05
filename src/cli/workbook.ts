/** A workbook file read with SheetJS: every sheet's cells, with saved values and formulas. */
import { readFileSync } from "node:fs";
import * as XLSX from "xlsx";

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

function savedValue(cell: XLSX.CellObject): SheetCell["value"] {
  if (cell.t === "n" || cell.t === "s" || cell.t === "b")
    return cell.v as string | number | boolean;
  if (cell.t === "e") return cell.w ?? "#VALUE!";
  if (cell.t === "d") return cell.w ?? String(cell.v);
  return null;
}

/** Workbooks are zip packages (xlsx, ods) or OLE compound files (xls); anything else is not a workbook. */
function isWorkbook(bytes: Buffer): boolean {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const ole = bytes
    .subarray(0, 8)
    .equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  return zip || ole;
}

export function readWorkbook(path: string): Sheet[] {
  const bytes = readFileSync(path);
  if (!isWorkbook(bytes)) throw new Error("the file is not an Excel workbook");
  const book = XLSX.read(bytes, {
    type: "buffer",
    cellFormula: true,
    cellText: true,
    cellDates: false,
  });
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    const ref = sheet["!ref"];
    if (!ref) return { name, cells: [] };
    const range = XLSX.utils.decode_range(ref);
    const cells: (SheetCell | null)[][] = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row: (SheetCell | null)[] = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        row.push(
          cell
            ? {
                value: savedValue(cell),
                ...(cell.f && { formula: cell.f }),
                ...(cell.F && { arrayRange: cell.F }),
              }
            : null
        );
      }
      cells.push(row);
    }
    return { name, cells };
  });
}
