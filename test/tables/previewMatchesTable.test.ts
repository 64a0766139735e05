/**
 * What the pane previews is what the inserted formulas give: for each builder, the preview's figures
 * equal the figures the plan's formulas compute in a real spreadsheet engine, shown with the number
 * format each cell carries (as the grid and Excel show them).
 */
import { FormValues, PlanValue, TableBuilder, TablePlan } from "../../src/tables";
import { showCell } from "../../src/tables/cellFormat";
import type { PreviewTable } from "../../src/tables/display";
import { optionsTable } from "../../src/tables/optionsTable";
import { partnershipTable } from "../../src/tables/partnershipTable";
import { savingsTable } from "../../src/tables/savingsTable";
import { tenderTable } from "../../src/tables/tenderTable";
import { wholeLifeTable } from "../../src/tables/wholeLifeTable";
import { evaluatePlan } from "./planWorkbook";

function built(builder: TableBuilder, changes: FormValues) {
  const result = builder.build({ ...builder.defaults, ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

/** Every cell of the plan as the sheet shows it once its formulas are evaluated. */
function shownSheet(plan: TablePlan): string[][] {
  const values = evaluatePlan(plan);
  return plan.cells.map((row, r) =>
    row.map((_, c) => showCell(values[r]?.[c], plan.numberFormats[r][c]))
  );
}

/** The sheet's rows from the one whose first cell is `label`, `count` of them, in the given columns. */
function sheetRows(
  sheet: string[][],
  plan: TablePlan,
  label: PlanValue,
  count: number,
  columns: readonly number[]
): string[][] {
  const start = plan.cells.findIndex((row) => row[0] === label);
  if (start < 0) throw new Error(`No row labelled ${label}`);
  return sheet.slice(start, start + count).map((row) => columns.map((c) => row[c]));
}

const previewColumns = (preview: PreviewTable, columns: readonly number[]) =>
  preview.rows.map((row) => columns.map((c) => row.cells[c]));

const headingColumn = (plan: TablePlan, heading: string, label: string) => {
  const row = plan.cells.find((r) => r.includes(heading) && r.includes(label));
  const column = row?.indexOf(label) ?? -1;
  if (column < 0) throw new Error(`No column headed ${label}`);
  return column;
};

describe.each([
  ["pounds and pence", { pence: "pence" }],
  ["whole pounds, shares rounded so they add up", { pence: "pounds" }],
  ["£1,000,000 among seven in whole pounds", { pence: "pounds", annualCost: "1,000,000" }],
])("partnership cost share, %s", (_what, changes) => {
  it("shows the sheet's shares, percentages and totals", () => {
    const { preview, plan } = built(partnershipTable, changes);
    const sheet = shownSheet(plan);
    const rows = preview.rows.length;
    expect(previewColumns(preview, [0, 1, 2, 3, 4])).toEqual(
      sheetRows(sheet, plan, "Borough A", rows - 1, [0, 1, 2, 3, 4]).concat(
        sheetRows(sheet, plan, "Total", 1, [0, 1, 2, 3, 4])
      )
    );
  });
});

test("partnership in whole pounds: £1,000,000 seven ways prints one £142,858 and six £142,857", () => {
  const { preview } = built(partnershipTable, { pence: "pounds", annualCost: "1,000,000" });
  expect(previewColumns(preview, [2, 3])).toEqual([
    ...Array(6)
      .fill(["14.3%", "£142,857"])
      .map((row, i) => (i === 0 ? ["14.3%", "£142,858"] : row)),
    ["14.2%", "£142,857"],
    ["100.0%", "£1,000,000"],
  ]);
});

describe.each([
  ["Hackney's 4+2+2 to the penny", {}],
  ["3% uplift and a ramp-up, whole pounds", { uplift: "3", rampUp: "2, 4", pence: "pounds" }],
])("whole-life cost, %s", (_what, changes) => {
  it("shows the sheet's yearly costs and both totals", () => {
    const { preview, plan } = built(wholeLifeTable, changes);
    const sheet = shownSheet(plan);
    const columns = [0, 1, 2, 3, 4, 5, 6];
    const years = preview.rows.length - 2;
    const total = (label: string) => sheetRows(sheet, plan, label, 1, columns)[0];
    const expected = [
      ...sheetRows(sheet, plan, 1, years, columns),
      total(preview.rows[years].cells[0]),
      total(preview.rows[years + 1].cells[0]),
    ].map((row) =>
      row.map((cell, c) => (c > 0 && c < 3 && row[0].startsWith("Total") ? "" : cell))
    );
    expect(previewColumns(preview, columns)).toEqual(expected);
  });
});

describe.each([
  ["Hackney's Table 1", {}],
  [
    "weekly prices, 365/7 weeks, pence",
    { basis: "365/7", spotRate: "3,544.40", pence: "pence", levels: [["Low", "2,411.30"]] },
  ],
])("savings by occupancy, %s", (_what, changes) => {
  it("shows the sheet's occupancy and annual savings", () => {
    const { preview, plan } = built(savingsTable, changes);
    const sheet = shownSheet(plan);
    const columns = preview.columns.map((_, c) => c);
    const heading = plan.cells.findIndex((row) => row[0] === "Occupied beds");
    const first = plan.cells[heading + 1][0] as number;
    expect(previewColumns(preview, columns)).toEqual(
      sheet.slice(heading + 1, heading + 2 + first).map((row) => columns.map((c) => row[c]))
    );
  });
});

describe.each([
  ["Hackney's marks to 3 places", {}],
  ["to 1 place, scored against a budget", { places: "1", method: "budget", budget: "25,000,000" }],
])("tender evaluation, %s", (_what, changes) => {
  it("shows the sheet's quality, price and total marks and the rank", () => {
    const { preview, plan } = built(tenderTable, changes);
    const sheet = shownSheet(plan);
    const columns = ["Quality marks", "Price marks", "Total marks", "Rank"].map((label) =>
      headingColumn(plan, "Bidder", label)
    );
    expect(previewColumns(preview, [0, 1, 2, 3, 4])).toEqual(
      sheetRows(sheet, plan, "Provider A", preview.rows.length, [0, ...columns])
    );
  });
});

test("options appraisal shows the sheet's totals, present values and differences", () => {
  const { preview, plan } = built(optionsTable, { years: "10", discountRate: "" });
  const sheet = shownSheet(plan);
  const columns = ["Total cost", "Present value", "Difference from baseline (present value)"].map(
    (label) => headingColumn(plan, "Option", label)
  );
  const names = previewColumns(preview, [0]).map(([name]) => name.replace(/ \(cheapest\)$/, ""));
  expect(previewColumns(preview, [1, 2, 3])).toEqual(
    sheetRows(sheet, plan, names[0], names.length, columns)
  );
});
