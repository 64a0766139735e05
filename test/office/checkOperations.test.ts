import {
  readUsedRange,
  clearHighlights,
  highlightCells,
  readSelectedTable,
  selectCell,
  SYNCS_PER_CLEAR,
  SYNCS_PER_HIGHLIGHT,
  SYNCS_PER_READ,
} from "../../src/office/excelWorkbook";
import { HIGHLIGHT_FILL, HIGHLIGHTS_SETTING, readRecord } from "../../src/office/highlights";
import { cellRef } from "../../src/core/a1";
import { MockFill, mockWorkbook, NO_FILL, supportExcelApi, Workbook } from "./mockExcel";

/* The Check tab's Excel operations: what is read, that highlights touch fills only, and syncs. */

/** office-addin-mock's marker for a property nobody loaded, and so nobody wrote either. */
const NEVER_TOUCHED = "Error, property was not loaded";

const HACKNEY = {
  A3: "Contract Element",
  B3: "Annual Cost (£ ex VAT)",
  A4: "Low Support Cost",
  B4: 4388575.8,
  A5: "Total (£ ex VAT)",
  B5: 4797965.16,
};

const highlight = (workbook: Workbook, addresses: string[]) =>
  workbook.run((context) => highlightCells(context, "Sheet1", addresses));
const clear = (workbook: Workbook) => workbook.run(clearHighlights);
const record = (workbook: Workbook) => readRecord(workbook.settings[HIGHLIGHTS_SETTING]);
const fill = (workbook: Workbook, address: string): MockFill => {
  const { color, pattern, patternColor } = workbook.ranges.get(address)!.format.fill;
  return { color, pattern, patternColor };
};

const PATTERNED: MockFill = { color: "#DDEBF7", pattern: "LightUp", patternColor: "#1F3864" };
const YELLOW: MockFill = { color: "#FFFF00", pattern: "Solid" };

beforeEach(() => supportExcelApi("1.9"));

test("reading the selection gives the displayed text of the part that holds something, in one sync", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, {
    selected: "A1:D9",
    shown: { B4: "£4,388,575.80", B5: "#######" },
  });
  const table = await workbook.run(readSelectedTable);
  expect(table).toEqual({
    sheet: "Sheet1",
    address: "A3:B5",
    text: [
      ["Contract Element", "Annual Cost (£ ex VAT)"],
      ["Low Support Cost", "£4,388,575.80"],
      // Too wide for its column: the number, not the hashes.
      ["Total (£ ex VAT)", "4797965.16"],
    ],
    // Typed values, no formulas: the checker then weighs every cell alike.
    formulas: [
      ["", ""],
      ["", ""],
      ["", ""],
    ],
  });
  expect(workbook.syncs()).toBe(SYNCS_PER_READ);
});

test("Check whole sheet reads the active sheet's used range, with its formulas, in one sync", async () => {
  const workbook = mockWorkbook(["Sheet1"], { ...HACKNEY, C4: "=B4*8" }, { selected: "F1" });
  const table = await workbook.run(readUsedRange);
  expect(table).toMatchObject({ sheet: "Sheet1", address: "A3:C5" });
  expect((table as { formulas: string[][] }).formulas[1]).toEqual(["", "", "=B4*8"]);
  expect(workbook.syncs()).toBe(SYNCS_PER_READ);
});

test("an empty selection reads as no text, with the selection's address", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, { selected: "F1:G2" });
  expect(await workbook.run(readSelectedTable)).toEqual({
    sheet: "Sheet1",
    address: "F1:G2",
    text: [],
  });
});

test("selecting a finding's cell takes one sync", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY);
  await workbook.run((context) => selectCell(context, "Sheet1", "B5"));
  expect(workbook.ranges.has("B5")).toBe(true);
  expect(workbook.syncs()).toBe(1);
});

test("highlighting changes only fills, and records each cell's own fill first", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, { fills: { B4: PATTERNED, B5: YELLOW } });
  const result = await highlight(workbook, ["B4", "B5", "A5"]);

  expect(result).toEqual({ ok: true, cells: ["B4", "B5", "A5"] });
  for (const address of ["B4", "B5", "A5"]) {
    const range = workbook.ranges.get(address) as unknown as Record<string, unknown>;
    expect(range.format).toMatchObject({ fill: { color: HIGHLIGHT_FILL, pattern: "None" } });
    for (const property of ["formulas", "values", "numberFormat"]) {
      expect(range[property] ?? NEVER_TOUCHED).toBe(NEVER_TOUCHED);
    }
  }
  expect(record(workbook)).toEqual([
    { sheet: "Sheet1", address: "B4", original: PATTERNED },
    { sheet: "Sheet1", address: "B5", original: { color: "#FFFF00" } },
    { sheet: "Sheet1", address: "A5", original: null },
  ]);
  expect(workbook.syncs()).toBe(SYNCS_PER_HIGHLIGHT);
});

test("highlighting a highlighted cell again keeps its own fill on record", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, { fills: { B5: YELLOW } });
  await highlight(workbook, ["B5"]);
  await highlight(workbook, ["B5", "B4"]);
  expect(record(workbook)).toEqual([
    { sheet: "Sheet1", address: "B5", original: { color: "#FFFF00" } },
    { sheet: "Sheet1", address: "B4", original: null },
  ]);
});

test("Clear highlights puts back exactly what was there, no fill included, and forgets the record", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, { fills: { B4: PATTERNED, B5: YELLOW } });
  await highlight(workbook, ["B4", "B5", "A5"]);
  await highlight(workbook, ["B5"]);
  const before = workbook.syncs();
  const result = await clear(workbook);

  expect(result).toEqual({ ok: true, cells: ["Sheet1!B4", "Sheet1!B5", "Sheet1!A5"] });
  expect(fill(workbook, "B4")).toEqual(PATTERNED);
  // Excel makes a fill solid when its colour is set; the mock only records the cleared pattern.
  expect(fill(workbook, "B5")).toEqual({ ...NO_FILL, color: "#FFFF00" });
  expect(fill(workbook, "A5")).toEqual(NO_FILL);
  expect(workbook.settings).not.toHaveProperty(HIGHLIGHTS_SETTING);
  expect(workbook.syncs() - before).toBe(SYNCS_PER_CLEAR);
});

test("Clear highlights leaves a cell that no longer wears the highlight as it is, and says so", async () => {
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, { fills: { B5: YELLOW } });
  await highlight(workbook, ["B4", "B5"]);
  // The reviewer refilled B4 green by hand (or a row was inserted above it) after highlighting.
  workbook.ranges.get("B4")!.format.fill.color = "#00FF00";
  const result = await clear(workbook);

  expect(result).toMatchObject({
    ok: true,
    cells: ["Sheet1!B5"],
    note: "1 cell no longer wears the highlight (refilled, or rows and columns moved) and was left as it is: Sheet1!B4.",
  });
  expect(fill(workbook, "B4").color).toBe("#00FF00");
  expect(fill(workbook, "B5").color).toBe("#FFFF00");
});

test("Clear highlights with nothing recorded changes nothing; cells on a deleted sheet are reported", async () => {
  const empty = mockWorkbook(["Sheet1"]);
  expect(await clear(empty)).toMatchObject({ ok: true, cells: [], note: /no CareCalc highlights/ });
  expect(empty.ranges.size).toBe(0);

  const stored = JSON.stringify([
    { sheet: "Sheet1", address: "C3", original: null },
    { sheet: "Old draft", address: "B5", original: { color: "#FFFF00" } },
  ]);
  const workbook = mockWorkbook(
    ["Sheet1"],
    {},
    { settings: { [HIGHLIGHTS_SETTING]: stored }, fills: { C3: { color: HIGHLIGHT_FILL } } }
  );
  expect(await clear(workbook)).toMatchObject({
    ok: true,
    cells: ["Sheet1!C3"],
    note: expect.stringMatching(/1 highlighted cell was on sheets no longer .*\(Old draft\)/),
  });
  expect([...workbook.ranges.keys()]).toEqual(["C3"]);
});

test("syncs do not grow with the cells: 1 and 400 cells both take two to highlight and three to clear", async () => {
  for (const count of [1, 400]) {
    const addresses = Array.from({ length: count }, (_, i) =>
      cellRef({ row: i % 40, column: Math.floor(i / 40) })
    );
    const workbook = mockWorkbook(["Sheet1"]);
    await highlight(workbook, addresses);
    expect(workbook.syncs()).toBe(2);
    expect(record(workbook)).toHaveLength(count);
    await clear(workbook);
    expect(workbook.syncs()).toBe(2 + SYNCS_PER_CLEAR);
  }
});

test("Excel before ExcelApi 1.9 (no fill patterns): white reads as no fill", async () => {
  supportExcelApi("1.8");
  const workbook = mockWorkbook(["Sheet1"], HACKNEY, { fills: { B5: YELLOW } });
  await highlight(workbook, ["B5", "A5"]);
  expect(record(workbook)).toEqual([
    { sheet: "Sheet1", address: "B5", original: { color: "#FFFF00" } },
    { sheet: "Sheet1", address: "A5", original: null },
  ]);
});

test("Excel without workbook settings (before ExcelApi 1.4) refuses and changes nothing", async () => {
  supportExcelApi("1.3");
  const workbook = mockWorkbook(["Sheet1"], HACKNEY);
  expect(await highlight(workbook, ["B5"])).toMatchObject({
    ok: false,
    message: expect.stringMatching(/Nothing was changed/),
  });
  expect(workbook.ranges.size).toBe(0);
  expect(workbook.syncs()).toBe(0);
});
