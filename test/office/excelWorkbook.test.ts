import { SYNCS_PER_INSERT, writeTable } from "../../src/office/excelWorkbook";
import { TableBuilder, TablePlan } from "../../src/tables";
import { monitoringTable } from "../../src/tables/monitoringTable";
import { occupancyRiskTable } from "../../src/tables/occupancyRiskTable";
import { partnershipTable } from "../../src/tables/partnershipTable";
import { placeAt } from "../../src/tables/place";
import { savingsTable } from "../../src/tables/savingsTable";
import { mockWorkbook, supportExcelApi, Workbook } from "./mockExcel";

function planOf(builder: TableBuilder, changes = {}): TablePlan {
  const result = builder.build({ ...builder.defaults, ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

beforeAll(() => supportExcelApi("1.9"));

function insert(workbook: Workbook, plan: TablePlan, target: Parameters<typeof writeTable>[2]) {
  return workbook.run((context) => writeTable(context, plan, target));
}

test("a savings table goes to a new sheet, named so as not to collide, exactly as planned", async () => {
  const workbook = mockWorkbook(["Sheet1", "Savings by occupancy"]);
  const plan = planOf(savingsTable);
  const result = await insert(workbook, plan, { kind: "newSheet" });

  expect(workbook.added()).toBe("Savings by occupancy (2)");
  expect(result).toMatchObject({ ok: true, address: "A1:H25" });
  const table = workbook.ranges.get("A1:H25")!;
  expect(table.formulas).toEqual(plan.cells);
  expect(table.numberFormat).toEqual(plan.numberFormats);
  const formulas = table.formulas as string[][];
  expect(formulas[0][0]).toBe(
    "Table 1: Savings from the block contract by occupancy and support level"
  );
  expect(formulas[7].slice(0, 2)).toEqual(["Spot price per placement (£ a week)", 3544.4]);
  expect(formulas[19].slice(0, 3)).toEqual([
    5,
    "=A20/$B$7",
    "=CARE.SPOTSAVING($B$8,B$13,$B$7,$A20,,$B$9)",
  ]);
  expect(formulas[19][5]).toBe("=C20*$B$10");
  const formats = table.numberFormat as string[][];
  expect([formats[19][1], formats[19][2], formats[7][1]]).toEqual(["0%", "£#,##0", "£#,##0.00"]);
  expect(workbook.ranges.get("B5")?.format.fill.color).toBe("#FFF2CC");
  expect(workbook.ranges.get("A:A")?.format.columnWidth).toBeGreaterThan(0);
  expect(workbook.charts).toEqual([
    { type: "XYScatterLines", series: ["Low", "Medium", "High", "Break-even"] },
  ]);
  expect(workbook.syncs()).toBe(SYNCS_PER_INSERT);
});

test("a table placed at D5 on an empty area has its references moved with it", async () => {
  const workbook = mockWorkbook(["Sheet1"]);
  const plan = planOf(savingsTable);
  const result = await insert(workbook, plan, { kind: "at", address: "D5" });
  expect(result).toMatchObject({ ok: true, sheet: "Sheet1", address: "D5:K29" });
  expect(workbook.added()).toBeUndefined();
  expect(workbook.ranges.get("D5:K29")?.formulas).toEqual(
    placeAt(plan, { row: 4, column: 3 }).cells
  );
  expect((workbook.ranges.get("D5:K29")?.formulas as string[][])[19][2]).toBe(
    "=CARE.SPOTSAVING($E$12,E$17,$E$11,$D24,,$E$13)"
  );
});

test("occupied cells: the insert is refused, the cells are listed, and nothing is written", async () => {
  const workbook = mockWorkbook(["Sheet1"], { F9: 42, K29: "=SUM(A1:A2)" });
  const result = await insert(workbook, planOf(savingsTable), { kind: "at", address: "D5" });
  expect(result).toMatchObject({ ok: false, occupied: ["F9", "K29"] });
  expect(result).toHaveProperty("message", expect.stringMatching(/F9, K29.*never overwrites/));
  expect(workbook.ranges.size).toBe(1);
  const target = workbook.ranges.get("D5:K29")!;
  expect(target.numberFormat).toBeUndefined();
  expect((target.formulas as unknown[][])[4][2]).toBe(42);
  expect(workbook.charts).toEqual([]);
  expect(workbook.syncs()).toBe(1);
});

test("the number of syncs does not grow with the table: 3 rows and 300 rows both take two", async () => {
  const partners = (n: number) => Array.from({ length: n }, (_, i) => [`Partner ${i + 1}`, "1"]);
  for (const n of [3, 300]) {
    const workbook = mockWorkbook(["Sheet1"]);
    const plan = planOf(partnershipTable, { partners: partners(n) });
    const result = await insert(workbook, plan, { kind: "newSheet" });
    expect(result).toMatchObject({ ok: true });
    expect(plan.cells.length).toBeGreaterThan(n);
    expect(workbook.syncs()).toBe(2);
  }
});

test.each([
  [
    "occupancy risk",
    "ColumnStacked",
    occupancyRiskTable,
    [
      "Chance the block costs more than spot",
      "Chance it depends on the support level",
      "Chance the block costs no more than spot",
    ],
  ],
  ["contract monitoring", "Line", monitoringTable, ["Forecast at planned occupancy", "Realised"]],
])("%s: its chart is Excel's %s, in the same two syncs", async (_name, type, builder, series) => {
  const workbook = mockWorkbook(["Sheet1"]);
  const result = await insert(workbook, planOf(builder as TableBuilder), { kind: "newSheet" });
  expect(result).toMatchObject({ ok: true });
  expect(workbook.charts).toEqual([{ type, series }]);
  expect(workbook.syncs()).toBe(SYNCS_PER_INSERT);
});
