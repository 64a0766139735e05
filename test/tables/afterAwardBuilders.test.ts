/**
 * The occupancy risk and contract monitoring tables, evaluated in a real spreadsheet engine with the
 * built functions bundle. Expected figures were worked out by hand from Hackney's inputs (block
 * £125,400 / £133,300 / £137,100 a bed a year, spot £184,308.80, 5 beds, 90% occupancy aimed for).
 */
import { HyperFormula } from "hyperformula";
import { Decimal } from "../../src/core";
import { EXCEL_LIKE } from "../../src/hyperformula/engineOptions";
import { TableBuilder, TablePlan } from "../../src/tables";
import { monitoringTable } from "../../src/tables/monitoringTable";
import { occupancyRiskTable } from "../../src/tables/occupancyRiskTable";
import { chancePhrase, chanceText } from "../../src/tables/sentences";
import { evaluatePlan } from "./planWorkbook";

function built(builder: TableBuilder, changes = {}) {
  const result = builder.build({ ...builder.defaults, ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { plan: result.plan, preview: result.preview, values: evaluatePlan(result.plan) };
}

function errorsOf(builder: TableBuilder, changes: object) {
  const result = builder.build({ ...builder.defaults, ...changes });
  return result.ok ? {} : result.errors;
}

/** The row whose first cell is `label`. */
function rowOf(plan: TablePlan, values: unknown[][], label: string): unknown[] {
  const row = plan.cells.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`No row labelled ${label}`);
  return values[row];
}

/** The values of a column under its heading, for the rows below the heading row. */
function columnUnder(plan: TablePlan, values: unknown[][], heading: string, rows: number) {
  const headingRow = plan.cells.findIndex((r) => r.includes(heading));
  const column = plan.cells[headingRow].indexOf(heading);
  return values.slice(headingRow + 1, headingRow + 1 + rows).map((r) => r[column]);
}

describe("occupancy risk with Hackney's inputs at 90% planned occupancy", () => {
  const { plan, preview, values } = built(occupancyRiskTable);

  test("the chance of each number of occupied beds, exactly: 0.1^5 ... 0.9^5", () => {
    expect(columnUnder(plan, values, "Chance", 6)).toEqual([
      0.00001, 0.00045, 0.0081, 0.0729, 0.32805, 0.59049,
    ]);
    expect(rowOf(plan, values, "Total")[1]).toBe(1);
  });

  test("the saving at each number of occupied beds: 184,308.80 x beds - the block's annual cost", () => {
    expect(columnUnder(plan, values, "Annual saving: High", 6)).toEqual([
      -685500, -501191.2, -316882.4, -132573.6, 51735.2, 236044,
    ]);
  });

  test.each([
    ["Expected annual saving", [202389.6, 162889.6, 143889.6]],
    ["Chance the block costs more", [0.08146, 0.08146, 0.08146]],
    ["5th percentile saving", [-74073.6, -113573.6, -132573.6]],
    ["Median saving", [294544, 255044, 236044]],
    ["95th percentile saving", [294544, 255044, 236044]],
  ])("%s by level (low, medium, high)", (label, expected) => {
    expect(rowOf(plan, values, label).slice(1, 4)).toEqual(expected);
  });

  test("the sentences under the table, in report language, built by formulas from the same cells", () => {
    const sentences = values.flat().filter((v) => typeof v === "string" && v.includes(" at 90%"));
    expect(sentences).toEqual([
      "Low: at 90% planned occupancy the block is expected to save £202,390 a year; there is an 8% chance that it costs more than spot.",
      "Medium: at 90% planned occupancy the block is expected to save £162,890 a year; there is an 8% chance that it costs more than spot.",
      "High: at 90% planned occupancy the block is expected to save £143,890 a year; there is an 8% chance that it costs more than spot.",
    ]);
    // The pane's preview says the same, in the same words.
    sentences.forEach((sentence) => expect(preview.note).toContain(sentence as string));
  });

  test("one consistent formula per row, tracing to the shaded inputs", () => {
    const first = plan.cells.findIndex((r) => r[0] === 0);
    expect(plan.cells[first][1]).toBe("=INDEX(CARE.OCCUPANCYDIST($B$5,$B$8),$A16+1,2)");
    expect(plan.cells[first + 1][1]).toBe("=INDEX(CARE.OCCUPANCYDIST($B$5,$B$8),$A17+1,2)");
    expect(plan.cells[first][3]).toBe("=CARE.SPOTSAVING($B$6,B$11,$B$5,$A16,,$B$7)");
    expect(plan.cells[first][4]).toBe("=CARE.SPOTSAVING($B$6,C$11,$B$5,$A16,,$B$7)");
    expect(rowOf(plan, plan.cells as unknown[][], "Expected annual saving")[2]).toBe(
      "=INDEX(CARE.SAVINGRISK(C$12,$B$6,$B$5,$B$8,$B$7),1,2)"
    );
    expect(plan.inputCells).toEqual(
      expect.arrayContaining([
        { row: 4, column: 1 },
        { row: 7, column: 1 },
        { row: 10, column: 3 },
      ])
    );
  });

  test("a stacked column chart of the chances, split at break-even", () => {
    expect(plan.chart).toMatchObject({
      kind: "stackedColumn",
      categories: { from: { row: 15, column: 0 }, to: { row: 20, column: 0 } },
    });
    expect(plan.chart?.series.map((s) => s.name)).toEqual([
      "Chance the block costs more than spot",
      "Chance it depends on the support level",
      "Chance the block costs no more than spot",
    ]);
    // Below break-even (3.40 to 3.72 beds) the chance is in the first series, above it in the last.
    expect(columnUnder(plan, values, "Chance the block costs more than spot", 6)).toEqual([
      0.00001, 0.00045, 0.0081, 0.0729, 0, 0,
    ]);
    expect(columnUnder(plan, values, "Chance the block costs no more than spot", 6)).toEqual([
      0, 0, 0, 0, 0.32805, 0.59049,
    ]);
  });
});

describe("occupancy risk from chances the officer enters: 0%, 1%, 4%, 10%, 35%, 50%", () => {
  const { plan, values } = built(occupancyRiskTable, { occupancyFrom: "entered" });

  test("are shaded input cells, and give an expected occupancy of 4.29 / 5 beds = 85.8%", () => {
    const first = plan.cells.findIndex((r) => r[0] === 0);
    expect(plan.cells.slice(first, first + 6).map((r) => r[1])).toEqual([
      0, 0.01, 0.04, 0.1, 0.35, 0.5,
    ]);
    expect(plan.inputCells).toEqual(expect.arrayContaining([{ row: first + 5, column: 1 }]));
    expect(rowOf(plan, values, "Expected occupancy (from the chances entered below)")[1]).toBe(
      0.858
    );
  });

  test("high support: 184,308.80 x 4.29 - 685,500 expected; 15% chance of costing more; median at 4 beds (cumulative exactly 50%)", () => {
    expect(rowOf(plan, values, "Expected annual saving")[3]).toBeCloseTo(105184.752, 6);
    expect(rowOf(plan, values, "Chance the block costs more")[3]).toBe(0.15);
    expect(rowOf(plan, values, "5th percentile saving")[3]).toBe(-316882.4);
    expect(rowOf(plan, values, "Median saving")[3]).toBe(51735.2);
    expect(values.flat()).toContain(
      "High: at 85.8% planned occupancy the block is expected to save £105,185 a year; there is a 15% chance that it costs more than spot."
    );
  });
});

test("a block dearer than spot at every occupancy: the sentence says what it costs", () => {
  const { values } = built(occupancyRiskTable, { levels: [["High", "200,000"]] });
  // 184,308.80 x 4.5 - 1,000,000 = -170,610.40; even 5 beds (921,544) cost less than the block.
  expect(values.flat()).toContain(
    "At 90% planned occupancy the block is expected to cost £170,610 a year more than spot; there is a 100% chance that it costs more than spot."
  );
});

test("occupancy risk refuses chances that do not fit the beds or do not add up to 100%", () => {
  expect(
    errorsOf(occupancyRiskTable, { occupancyFrom: "entered", chances: "50, 50" }).chances
  ).toBe("Give 6 chances, one for each number of occupied beds from 0 to 5; there are 2.");
  expect(
    errorsOf(occupancyRiskTable, { occupancyFrom: "entered", chances: "0, 1, 4, 10, 35, 40" })
      .chances
  ).toBe("The chances add up to 90%; they must add up to 100%.");
  // Only checked when they are used.
  expect(errorsOf(occupancyRiskTable, { chances: "50, 50" })).toEqual({});
});

test.each([
  [0, "no chance"],
  [0.004, "less than a 1% chance"],
  [0.005, "a 1% chance"],
  [0.08146, "an 8% chance"],
  [0.11, "an 11% chance"],
  [0.18, "an 18% chance"],
  [0.15, "a 15% chance"],
  [0.84, "an 84% chance"],
  [1, "a 100% chance"],
])('a chance of %d reads "%s", in the sheet and in the pane', (chance, phrase) => {
  const engine = HyperFormula.buildFromArray([[chance, `=${chanceText("A1")}`]], EXCEL_LIKE);
  expect(engine.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(phrase);
  engine.destroy();
  expect(chancePhrase(new Decimal(chance))).toBe(phrase);
});

describe("contract monitoring: an example year of Hackney's block (£2,636.23 a bed a week, spot £3,544.40)", () => {
  const { plan, preview, values } = built(monitoringTable);
  const april = () => rowOf(plan, values, "Apr 2025");
  const heading = plan.cells.find((r) => r[0] === "Period")!;
  const at = (row: unknown[], label: string) => row[heading.indexOf(label)];

  test("April: 135 of 150 bed-nights; block 2,636.23 / 7 x 150; spot 3,544.40 / 7 x 135; saving (478,494 - 395,434.50) / 7", () => {
    expect(at(april(), "Bed-nights available")).toBe(150);
    expect(at(april(), "Occupancy")).toBe(0.9);
    expect(at(april(), "Block cost")).toBeCloseTo((2636.23 * 150) / 7, 8);
    expect(at(april(), "Spot-equivalent cost")).toBeCloseTo((3544.4 * 135) / 7, 8);
    expect(at(april(), "Realised saving")).toBeCloseTo(83059.5 / 7, 6);
    expect(at(april(), "Cost per occupied bed-week")).toBeCloseTo(2929.1444444444, 8);
    expect(at(april(), "RAG status")).toBe("Green");
  });

  test("RAG: Green at or above 90%, Amber from 80% (June and August are exactly 80%), Red below", () => {
    const rag = columnUnder(plan, values, "RAG status", 12);
    expect(rag).toEqual([
      "Green",
      "Green",
      "Amber",
      "Green",
      "Amber",
      "Red",
      "Green",
      "Green",
      "Amber",
      "Green",
      "Green",
      "Green",
    ]);
    expect(values.flat()).toContain(
      "RAG status: Green at or above 90% occupancy; Amber from 80% up to the target; Red below 80%. Blank until the period's occupied bed-nights are entered."
    );
  });

  test("totals for the year: 1,631 of 1,825 bed-nights (89.4%, Amber); saving 825,845.20 - 687,302.82 against 144,365.32 forecast", () => {
    const total = rowOf(plan, values, "Total, periods reported");
    expect(at(total, "Days")).toBe(365);
    expect(at(total, "Occupied bed-nights")).toBe(1631);
    expect(at(total, "Occupancy")).toBeCloseTo(1631 / 1825, 12);
    expect(at(total, "Block cost")).toBeCloseTo(687302.82142857, 6);
    expect(at(total, "Spot-equivalent cost")).toBeCloseTo(825845.2, 6);
    expect(at(total, "Realised saving")).toBeCloseTo(138542.37857143, 6);
    expect(at(total, "Cost per occupied bed-week")).toBeCloseTo(4811119.75 / 1631, 8);
    expect(at(total, "RAG status")).toBe("Amber");
    const cumulative = columnUnder(plan, values, "Cumulative realised saving", 12);
    expect(cumulative[11]).toBeCloseTo(138542.37857143, 6);
    const forecast = columnUnder(plan, values, "Cumulative forecast at planned occupancy", 12);
    // 3,544.40 x 1,825 x 90% / 7 - 687,302.82...
    expect(forecast[11]).toBeCloseTo(144365.32142857, 6);
    expect(preview.note).toBe(
      "To date: occupancy 89.4% (Amber); realised saving £138,542 against £144,365 forecast; cost per occupied bed-week £2,949.80 against spot £3,544.40."
    );
  });

  test("a line chart of cumulative realised saving against the forecast", () => {
    expect(plan.chart?.kind).toBe("line");
    expect(plan.chart?.series.map((s) => s.name)).toEqual([
      "Forecast at planned occupancy",
      "Realised",
    ]);
    const realisedColumn = plan.chart!.series[1].values.from.column;
    expect(plan.cells[10][realisedColumn]).toMatch(/^For the chart/);
  });

  test("officers type the bed-nights into shaded cells; every other cell of a period's row is a formula", () => {
    const row = plan.cells.findIndex((r) => r[0] === "Apr 2025");
    const inputs = plan.inputCells.filter((c) => c.row === row).map((c) => c.column);
    expect(inputs).toEqual([0, 1, 2, 4]);
    plan.cells[row].forEach((cell, column) => {
      if (!inputs.includes(column) && cell !== "") expect(cell).toMatch(/^=/);
    });
  });
});

describe("contract monitoring part-way through the year", () => {
  const periods = (monitoringTable.defaults.periods as string[][]).map((row, i) =>
    i === 3 ? [...row.slice(0, 3), "0"] : i >= 9 ? [...row.slice(0, 3), ""] : row
  );
  const { plan, values } = built(monitoringTable, { periods });
  const heading = plan.cells.find((r) => r[0] === "Period")!;
  const at = (label: string, row: string) => rowOf(plan, values, row)[heading.indexOf(label)];

  test("periods not yet reported stay blank, and leave a gap in the chart (#N/A) rather than a zero", () => {
    expect(at("Occupancy", "Jan 2026")).toBe("");
    expect(at("Realised saving", "Jan 2026")).toBe("");
    expect(at("RAG status", "Jan 2026")).toBe("");
    expect(at("Block cost", "Jan 2026")).toBeCloseTo((2636.23 / 7) * 155, 8);
    const chartColumn = plan.chart!.series[1].values.from.column;
    expect(rowOf(plan, values, "Jan 2026")[chartColumn]).toMatchObject({ value: "#N/A" });
  });

  test("a month with no bed occupied: Red, and no cost per occupied bed-week", () => {
    expect(at("Occupancy", "Jul 2025")).toBe(0);
    expect(at("Cost per occupied bed-week", "Jul 2025")).toBe("No beds occupied");
    expect(at("RAG status", "Jul 2025")).toBe("Red");
  });

  test("totals count only the periods reported: April to December", () => {
    expect(at("Days", "Total, periods reported")).toBe(275);
    expect(at("Occupied bed-nights", "Total, periods reported")).toBe(1631 - 140 - 155 - 126 - 140);
  });
});

test("contract monitoring refuses more bed-nights than beds x days, and Amber above the target", () => {
  const periods = [["Apr 2025", "30", "5", "151"]];
  expect(errorsOf(monitoringTable, { periods })["periods.0.3"]).toBe(
    "At most 150 bed-nights: 5 beds for 30 days."
  );
  expect(errorsOf(monitoringTable, { amberFrom: "95" }).amberFrom).toBe(
    "Amber must start at or below the target occupancy."
  );
  // A blank target would make every period Green: it is asked for, not taken as 0%.
  expect(errorsOf(monitoringTable, { target: "" })).toEqual({
    target: "Enter the target occupancy, e.g. 90 for 90%.",
  });
  expect(errorsOf(occupancyRiskTable, { plannedOccupancy: "" }).plannedOccupancy).toBe(
    "Enter the planned occupancy, e.g. 90 for 90%."
  );
});
