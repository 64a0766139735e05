/**
 * The command line's readers on their own: the workbook reader against exceljs (an independent
 * reader) on workbooks exceljs writes, the formula scanner and CSV decoding (the zip packages
 * beneath the workbook reader are tested in test/files/).
 */
import ExcelJS from "exceljs";
import { decodeText, readCsv } from "../../src/cli/csv";
import { engineFormula, formulaCost, shiftFormula } from "../../src/cli/formula";
import { readWorkbook } from "../../src/cli/workbook";

describe("workbook reader", () => {
  async function written(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Rates & costs");
    sheet.addRows([
      ["Level", "Weekly", "Annual", "Flag"],
      ["Low", 2411.3, null, true],
      ["Medium", 2563.21, null, false],
    ]);
    sheet.getCell("A5").value = {
      richText: [{ text: "Total " }, { font: { bold: true }, text: "cost" }],
    };
    sheet.getCell("B5").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    sheet.getCell("B6").value = new Date(Date.UTC(2024, 3, 1));
    sheet.getCell("A7").value = { text: "Hackney", hyperlink: "https://example.org/" };
    sheet.fillFormula("C2:C3", "B2*52", [125387.6, 133286.92]);
    sheet.getCell("D6").value = {
      formula: "_xlfn.SEQUENCE(2)",
      result: 1,
      shareType: "array",
      ref: "D6:D7",
    } as ExcelJS.CellFormulaValue;
    sheet.getCell("XFD1048576").value = "corner";
    book.addWorksheet("Empty");
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  test("reads each filled cell's value and formula as exceljs does, sparsely", async () => {
    const bytes = await written();
    const [rates, empty] = readWorkbook(bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const expected: { row: number; col: number; value: unknown; formula?: string }[] = [];
    book.getWorksheet("Rates & costs")!.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        const value =
          v instanceof Date
            ? v.getTime() / 86_400_000 + 25_569
            : typeof v === "object" && v !== null && "richText" in v
              ? v.richText.map((run) => run.text).join("")
              : typeof v === "object" && v !== null && "error" in v
                ? v.error
                : typeof v === "object" && v !== null && "hyperlink" in v
                  ? v.text
                  : v;
        expected.push({
          row: r - 1,
          col: c - 1,
          value: value ?? null,
          ...(cell.type === ExcelJS.ValueType.Formula && { formula: cell.formula }),
        });
      })
    );
    expect(rates.name).toBe("Rates & costs");
    expect(
      rates.cells.map(({ row, col, value, formula }) => ({
        row,
        col,
        value,
        ...(formula && { formula }),
      }))
    ).toEqual(expected);
    expect(rates.cells.find((c) => c.row === 5 && c.col === 3)?.arrayRange).toBe("D6:D7");
    expect(rates.used).toEqual({ top: 0, left: 0, bottom: 1048575, right: 16383 });
    expect(empty).toEqual({ name: "Empty", cells: [], used: undefined });
  });

  test("refuses text past Excel's 32,767 characters for a cell, naming where", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("S").getCell("B2").value = "x".repeat(40000);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(() => readWorkbook(bytes)).toThrow(
      /its shared string 1 holds more than 32,767 characters/
    );
  });
});

describe("formula scanner", () => {
  test.each([
    ["B2*52", 1, 0, "B3*52"],
    ["SUM($B$2:B2)+LOG10(A1)", 2, 1, "SUM($B$2:C4)+LOG10(B3)"],
    ["'My sheet'!A1&\"A1\"", 1, 1, "'My sheet'!B2&\"A1\""],
    ["SUM(A:A)+SUM(2:3)", 1, 1, "SUM(B:B)+SUM(3:4)"],
    ["Table1[Cost]*A$1", 3, 0, "Table1[Cost]*A$1"],
  ])("shifts %s by %i rows and %i columns to %s", (formula, rows, columns, shifted) => {
    expect(shiftFormula(formula, rows, columns)).toBe(shifted);
  });

  test("names CARE and newer functions as the engine knows them, leaving text alone", () => {
    expect(engineFormula('_xldudf_CARE_ANNUAL(B2)&"_xldudf_CARE_X("&_xlfn._xlws.SORT(A1:A3)')).toBe(
      '=CARE.ANNUAL(B2)&"_xldudf_CARE_X("&SORT(A1:A3)'
    );
  });

  test("counts the cells ranges cover and the spill a literal size asks for", () => {
    // E..ZZ is 698 columns; 40,000 rows.
    expect(formulaCost("SUM(E1:ZZ40000)", { rows: 10, columns: 10 })).toEqual({
      rangeCells: 27_920_000,
      spillCells: 0,
    });
    expect(formulaCost("SUM(A:B)+SUM(1:1)", { rows: 100, columns: 7 })).toEqual({
      rangeCells: 207,
      spillCells: 0,
    });
    expect(formulaCost("_xlfn.SEQUENCE(40000, 18278)", { rows: 1, columns: 1 }).spillCells).toBe(
      731_120_000
    );
    expect(formulaCost("MUNIT(1000)", { rows: 1, columns: 1 }).spillCells).toBe(1_000_000);
  });
});

describe("CSV", () => {
  const table = "Item,Cost\r\nLow,£2,411.30\r\n";
  test.each([
    [
      "UTF-8 with a BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(table)]),
      "UTF-8",
    ],
    ["Windows-1252", Buffer.from(table, "latin1"), "Windows-1252"],
    ["UTF-16 LE", Buffer.from("\ufeff" + table, "utf16le"), "UTF-16 LE"],
    ["UTF-16 BE", Buffer.from("\ufeff" + table, "utf16le").swap16(), "UTF-16 BE"],
  ])("decodes %s", (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: table, encoding });
  });

  test("reads semicolons with decimal commas as the same figures", () => {
    const sheet = readCsv(Buffer.from("Item;Weekly;Annual\nLow;2411,30;125387,6\n"));
    expect(sheet.separator).toBe(";");
    expect(sheet.cells.map((c) => c.value)).toEqual([
      "Item",
      "Weekly",
      "Annual",
      "Low",
      "2411.30",
      "125387.6",
    ]);
  });

  test("refuses commas that could be decimal or thousands", () => {
    expect(() => readCsv(Buffer.from("Item;Cost\nLow;2,411\nHigh;3,000\n"))).toThrow(
      /such as "2,411" may have a decimal comma or a thousands comma/
    );
  });

  test("reads tabs, keeps quoted separators and skips empty fields", () => {
    const sheet = readCsv(Buffer.from('a\tb\n"x\ty"\t\n'));
    expect(sheet.cells).toEqual([
      { row: 0, col: 0, value: "a" },
      { row: 0, col: 1, value: "b" },
      { row: 1, col: 0, value: "x\ty" },
    ]);
  });
});
