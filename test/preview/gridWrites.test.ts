/**
 * Typing, pasting and clearing in the preview workbook (HyperFormula): what a user tries the Check
 * tab on. Typing replaces a cell's content as in Excel; a paste never covers a cell that holds
 * something.
 */
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { SAMPLE_SHEET } from "../../src/preview/sampleTable";
import { showCell } from "../../src/tables/cellFormat";

/** Hackney's contract-value table (5.2.4) as Word copies it: tab-separated, CR LF line ends. */
const HACKNEY = [
  "Contract Element\tAnnual Cost (£ ex VAT)\tTotal Contract Cost (£ ex VAT)",
  "Low Support Cost\t£4,388,575.80\t£35,108,606.40",
  "Medium Support Cost\t£276,480.24\t£2,211,841.92",
  "High Support Cost\t£132,900.12\t£1,063,200.96",
  "Total (£ ex VAT)\t£4,797,965.16\t£38,383,649.28",
].join("\r\n");

const at = (row: number, column: number) => ({ row, column });
let workbook: PreviewWorkbook;
const cell = (row: number, column: number) => workbook.view("Sheet1").rows[row]?.[column];
const shown = (row: number, column: number) => {
  const c = cell(row, column);
  return c ? showCell(c.value, c.format) : "";
};

beforeEach(() => {
  workbook = new PreviewWorkbook();
});

test("a typed figure is a number, shown as typed; a formula computes", () => {
  expect(workbook.enter("Sheet1", at(0, 0), "£4,388,575.80")).toEqual({
    ok: true,
    sheet: "Sheet1",
    address: "A1",
  });
  workbook.enter("Sheet1", at(1, 0), "=A1*8");
  expect(cell(0, 0)?.value).toBe(4388575.8);
  expect(shown(0, 0)).toBe("£4,388,575.80");
  // 4,388,575.80 x 8 = 35,108,606.40, shown in General as Excel would.
  expect(cell(1, 0)?.value).toBeCloseTo(35108606.4, 6);
  expect(cell(1, 0)?.formula).toBe("=A1*8");
});

test("typing into a cell that holds something replaces it, as in Excel", () => {
  workbook.enter("Sheet1", at(0, 0), "=2+3");
  workbook.enter("Sheet1", at(0, 0), "7");
  expect(cell(0, 0)).toMatchObject({ value: 7, formula: undefined });
});

test("a formula that does not parse is refused and the cell keeps what it held", () => {
  workbook.enter("Sheet1", at(0, 0), "12");
  const result = workbook.enter("Sheet1", at(0, 0), "=SUM(A2:A3");
  expect(result).toEqual({ ok: false, message: expect.stringContaining("is not a formula") });
  expect(cell(0, 0)?.value).toBe(12);
});

test("a cell keeps its format when a plain number is typed, as in Excel", () => {
  workbook.enter("Sheet1", at(0, 0), "£5");
  workbook.enter("Sheet1", at(0, 0), "1250");
  expect(shown(0, 0)).toBe("£1,250");
});

test("Delete clears contents and keeps formats", () => {
  workbook.enter("Sheet1", at(0, 0), "12.5%");
  workbook.enter("Sheet1", at(0, 1), "x");
  workbook.clear("Sheet1", at(0, 0), at(0, 1));
  expect(shown(0, 0)).toBe("");
  expect(shown(0, 1)).toBe("");
  workbook.enter("Sheet1", at(0, 0), "0.25");
  expect(shown(0, 0)).toBe("25.0%");
});

test("a pasted table lands at the cell given, each cell read as typed, and is selected", async () => {
  const result = workbook.paste("Sheet1", at(1, 1), HACKNEY);
  expect(result).toEqual({
    ok: true,
    sheet: "Sheet1",
    address: "B2:D6",
    note: "A table of 5 rows by 3 columns, now selected.",
  });
  expect(cell(2, 2)?.value).toBe(4388575.8);
  expect(workbook.selected).toEqual({ sheet: "Sheet1", address: "B2:D6" });
  // What the Check tab reads: the table as the report printed it.
  const table = await workbook.readSelectedTable();
  expect(table.text).toEqual(HACKNEY.split("\r\n").map((line) => line.split("\t")));
});

test("a paste over cells that hold something is refused, naming them; nothing is written", () => {
  workbook.enter("Sheet1", at(3, 2), "keep me");
  workbook.enter("Sheet1", at(4, 2), "and me");
  workbook.enter("Sheet1", at(4, 3), "and me too");
  const result = workbook.paste("Sheet1", at(1, 1), HACKNEY);
  // Runs of filled cells along each row, joined downwards where the run is the same (src/core/a1.ts).
  expect(result).toEqual({
    ok: false,
    occupied: ["C4", "C5:D5"],
    message:
      "Nothing was pasted: these cells are not empty: C4, C5:D5. CareCalc never overwrites: select an empty cell to paste at, or clear them first (select them, then press Delete).",
  });
  expect(cell(1, 1)?.value ?? null).toBeNull();
  expect(cell(3, 2)?.value).toBe("keep me");
});

test("a paste over a built table's formulas is refused too", () => {
  workbook.enter("Sheet1", at(0, 0), "=1+1");
  expect(workbook.paste("Sheet1", at(0, 0), "5")).toMatchObject({
    ok: false,
    occupied: ["A1"],
    message: expect.stringContaining(
      "this cell is not empty: A1. CareCalc never overwrites: select an empty cell to paste at, or clear it first (select it, then press Delete)."
    ),
  });
  expect(cell(0, 0)?.formula).toBe("=1+1");
});

test("a paste larger than the preview takes is refused with its size", () => {
  const row = Array.from({ length: 50 }, (_, i) => String(i)).join("\t");
  const text = Array.from({ length: 101 }, () => row).join("\n");
  expect(workbook.paste("Sheet1", at(0, 0), text)).toEqual({
    ok: false,
    message:
      "Nothing was pasted: the table is 101 rows by 50 columns, more than the 5,000 cells the preview takes at once. Paste it in parts.",
  });
});

test("an empty clipboard pastes nothing and says so", () => {
  expect(workbook.paste("Sheet1", at(0, 0), "")).toMatchObject({
    ok: false,
    message: expect.stringContaining("holds no text"),
  });
});

test("a pasted '=' that is no formula stays text; a pasted formula computes", () => {
  workbook.paste("Sheet1", at(0, 0), "2\t=A1*3\t=SUM(");
  expect([cell(0, 0)?.value, cell(0, 1)?.value, cell(0, 2)?.value]).toEqual([2, 6, "=SUM("]);
});

test("showing a sheet again brings back its own selection, as in Excel", () => {
  workbook.select("Sheet1", "B2:C3");
  workbook.activate(SAMPLE_SHEET);
  expect(workbook.selected).toEqual({ sheet: SAMPLE_SHEET, address: "A1" });
  workbook.activate("Sheet1");
  expect(workbook.selected).toEqual({ sheet: "Sheet1", address: "B2:C3" });
});
