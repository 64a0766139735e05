import seeds from "../fixtures/seed-figures.json";
import { BUILDERS, TableBuilder, TablePlan } from "../../src/tables";
import { moveFormula, placeAt } from "../../src/tables/place";
import { optionsTable } from "../../src/tables/optionsTable";
import { partnershipTable } from "../../src/tables/partnershipTable";
import { savingsTable } from "../../src/tables/savingsTable";
import { tenderTable } from "../../src/tables/tenderTable";
import { wholeLifeTable } from "../../src/tables/wholeLifeTable";
import { evaluatePlan } from "./planWorkbook";

function planOf(builder: TableBuilder, changes = {}): TablePlan {
  const result = builder.build({ ...builder.defaults, ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

/** The row whose first cell is `label`, and the values of that table in the engine. */
function rowLabelled(plan: TablePlan, values: unknown[][], label: string): unknown[] {
  const row = plan.cells.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`No row labelled ${label}`);
  return values[row];
}

interface GridCase {
  call: string;
  args: number[];
  expected: number[][];
}

/** Hackney's Table 1 inputs as the report gives them: per year, the block costs rounded to £500 for 5 beds. */
const HACKNEY_TABLE_1 = {
  basis: "1",
  spotRate: "184,308.80",
  levels: [
    ["Low", "125,400"],
    ["Medium", "133,300"],
    ["High", "137,100"],
  ],
};

describe("savings by occupancy with Hackney's inputs", () => {
  const plan = planOf(savingsTable, HACKNEY_TABLE_1);
  const values = evaluatePlan(plan);
  const heading = plan.cells.findIndex((r) => r[0] === "Occupied beds");
  const levels = ["Low", "Medium", "High"];
  const cases = (seeds.cases as unknown as GridCase[]).filter((c) => c.call === "SAVINGSGRID");

  test.each(cases.map((c, i) => [levels[i], c]))("Table 1, %s support", (level, seed) => {
    const column = 2 + levels.indexOf(level as string);
    const prices = plan.cells.find((r) => r[0] === "Block price per bed (£ a year)")!;
    expect(prices[1 + levels.indexOf(level as string)]).toBe(seed.args[1]);
    seed.expected.forEach(([occupied, fraction, annual, overTerm], i) => {
      const row = values[heading + 1 + i];
      expect(row[0]).toBe(occupied);
      expect(row[1]).toBeCloseTo(fraction, 12);
      expect(Math.round(row[column] as number)).toBe(Math.round(annual));
      expect(Math.round(row[column + 3] as number)).toBe(Math.round(overTerm));
    });
  });

  test("break-even occupancy and the minimum of four children", () => {
    const breakEven = rowLabelled(plan, values, "Break-even occupancy (beds)");
    expect(breakEven[1]).toBeCloseTo(3.401899420972, 10);
    expect(rowLabelled(plan, values, "Minimum occupancy (whole beds)").slice(1, 4)).toEqual([
      4, 4, 4,
    ]);
  });

  test("a block dearer than spot at every occupancy says so instead of an error", () => {
    const dearer = planOf(savingsTable, { ...HACKNEY_TABLE_1, levels: [["Low", "200,000"]] });
    const computed = evaluatePlan(dearer);
    expect(rowLabelled(dearer, computed, "Minimum occupancy (whole beds)")[1]).toBe(
      "Never: the block costs more"
    );
    expect(rowLabelled(dearer, computed, "Annual saving at break-even")[1]).toBe(
      "Never: the block costs more"
    );
  });

  test("one consistent formula per row: the same R1C1 formula across the savings columns", () => {
    const row = plan.cells[heading + 1];
    expect(row[2]).toBe("=CARE.SPOTSAVING($B$8,B$13,$B$7,$A20,,$B$9)");
    expect(row[3]).toBe("=CARE.SPOTSAVING($B$8,C$13,$B$7,$A20,,$B$9)");
    expect(row[5]).toBe("=C20*$B$10");
  });

  test("the chart marks break-even and plots every support level", () => {
    expect(plan.chart?.series.map((s) => s.name)).toEqual(["Low", "Medium", "High", "Break-even"]);
    expect(plan.chart?.series[3].markersOnly).toBe(true);
  });

  test("beds resold to partners leave fewer rows and a lower block cost", () => {
    const resold = planOf(savingsTable, { ...HACKNEY_TABLE_1, resoldBeds: "1" });
    const v = evaluatePlan(resold);
    expect(rowLabelled(resold, v, "Annual block cost of our beds")[1]).toBe(501600);
  });
});

test("whole-life cost: Hackney's 4+2+2 with £10k a year from year 4 is £5,533,358.40", () => {
  const plan = planOf(wholeLifeTable);
  const values = evaluatePlan(plan);
  const max = rowLabelled(plan, values, "Total, maximum term (years 1 to 8)");
  expect(max[6]).toBeCloseTo(5533358.4, 6);
  expect(rowLabelled(plan, values, "Total, initial term (years 1 to 4)")[6]).toBeCloseTo(
    2751679.2,
    6
  );
  expect(rowLabelled(plan, values, "Whole-life cost with every bed paid for every year")[6]).toBe(
    5533358.4
  );
});

test("whole-life cost with a first-year ramp-up pays only for the beds used", () => {
  const plan = planOf(wholeLifeTable, { rampUp: "2", annualFee: "0" });
  const values = evaluatePlan(plan);
  expect(rowLabelled(plan, values, "Total, maximum term (years 1 to 8)")[6]).toBeCloseTo(
    685419.8 * 7 + 685419.8 * (2 / 5),
    6
  );
});

test("partnership shares add up exactly to the penny (Hackney: seven boroughs, 5 beds each)", () => {
  const plan = planOf(partnershipTable);
  const values = evaluatePlan(plan);
  const first = plan.cells.findIndex((r) => r[0] === "Borough A");
  const annual = values.slice(first, first + 7).map((r) => r[3] as number);
  const term = values.slice(first, first + 7).map((r) => r[4] as number);
  expect(annual).toEqual([...Array(6).fill(685422.31), 685422.3]);
  expect(term).toEqual([...Array(6).fill(5483378.47), 5483378.46]);
  const pence = (xs: number[]) => xs.reduce((t, x) => t + Math.round(x * 100), 0);
  expect(pence(annual)).toBe(479795616);
  expect(pence(term)).toBe(3838364928);
});

test("tender evaluation reproduces Hackney's marks (A 82.797 wins) and flags what needs a look", () => {
  const plan = planOf(tenderTable);
  const values = evaluatePlan(plan);
  const totals = ["Provider A", "Provider B", "Provider C"].map((name) =>
    rowLabelled(plan, values, name)
  );
  const heading = plan.cells.find((r) => r[0] === "Bidder")!;
  const column = (label: string) => heading.indexOf(label);
  expect(totals.map((r) => r[column("Total marks")])).toEqual([82.797, 79.5, 79.419]);
  expect(totals.map((r) => r[column("Rank")])).toEqual([1, 2, 3]);

  const failed = planOf(tenderTable, {
    bidders: [
      ["Provider A", "19,209,500", "4, 3.5, 3, 2.5", "Pass"],
      ["Provider B", "18,171,034.43", "3, 3, 3, 2.5", "Fail"],
      ["Provider C", "0", "4, 4.5, 4, 4", "Pass"],
      ["Provider D", "19,209,500", "4, 3.5, 3, 2.5", "Pass"],
    ],
  });
  const v = evaluatePlan(failed);
  const rows = ["Provider A", "Provider B", "Provider C", "Provider D"].map((n) =>
    rowLabelled(failed, v, n)
  );
  expect(rows.map((r) => r[column("Compliant")])).toEqual(["Yes", "No", "No", "Yes"]);
  expect(rows.map((r) => r[column("Failed pass/fail")])).toEqual(["No", "Yes", "No", "No"]);
  expect(rows.map((r) => r[column("Zero or missing price")])).toEqual(["No", "No", "Yes", "No"]);
  expect(rows.map((r) => r[column("Tie")])).toEqual(["Yes", "No", "No", "Yes"]);
  expect(rows.map((r) => r[column("Rank")])).toEqual([1, "", "", 1]);
});

test("the tender table puts marks, total and rank first, and says Yes or No, never TRUE or FALSE", () => {
  const plan = planOf(tenderTable);
  const heading = plan.cells.find((r) => r[0] === "Bidder")!;
  expect(heading.slice(0, 6)).toEqual([
    "Bidder",
    "Price (£)",
    "Quality marks",
    "Price marks",
    "Total marks",
    "Rank",
  ]);
  const values = evaluatePlan(plan).flat();
  expect(values.filter((v) => typeof v === "boolean")).toEqual([]);
  expect(plan.cells.flat()).toContain("Relative to the lowest price");
});

test("every builder's defaults give a plan the engine evaluates without an error", () => {
  for (const builder of BUILDERS) {
    const values = evaluatePlan(planOf(builder));
    const errors = values.flat().filter((v) => typeof v === "object" && v !== null);
    expect({ builder: builder.id, errors }).toEqual({ builder: builder.id, errors: [] });
  }
});

test("invalid input gives inline messages and no plan", () => {
  const result = savingsTable.build({ ...savingsTable.defaults, beds: "five", spotRate: "-3" });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.errors.beds).toMatch(/whole number/);
    expect(result.errors.spotRate).toMatch(/above 0/);
  }
});

test("placing a plan elsewhere moves its references as cut and paste would", () => {
  expect(moveFormula('=CARE.NPV(E9:L9,$B$6)+IF(A1="B2",LOG10(C$3),0)', { row: 2, column: 1 })).toBe(
    '=CARE.NPV(F11:M11,$C$8)+IF(B3="B2",LOG10(D$5),0)'
  );
  const placed = placeAt(planOf(savingsTable), { row: 4, column: 3 });
  expect(placed.cells.find((r) => r[0] === "Beds for our own use")?.[1]).toBe("=$E$9-$E$10");
});

describe("units you cannot get wrong", () => {
  test("savings prices default to per week, and switching the basis converts them", () => {
    expect(savingsTable.defaults.basis).toBe("52");
    const yearly = savingsTable.change(savingsTable.defaults, "basis", "1");
    // £3,544.40 a week x 52 = £184,308.80 a year (Hackney's spot price per bed); £2,411.30 x 52 = £125,387.60.
    expect(yearly.spotRate).toBe("184,308.80");
    expect((yearly.levels as string[][])[0]).toEqual(["Low", "125,387.60"]);
    const back = savingsTable.change(yearly, "basis", "52");
    expect(back.spotRate).toBe("3,544.40");
  });

  test("input cells carry their unit in the label", () => {
    const labels = planOf(savingsTable).cells.map((row) => row[0]);
    expect(labels).toContain("Spot price per placement (£ a week)");
    expect(labels).toContain("Block price per bed (£ a week)");
  });

  test("a price no placement costs, or a block dearer than spot when full, is warned of", () => {
    const result = savingsTable.build({ ...savingsTable.defaults, spotRate: "3,544,400" });
    expect(result.ok && result.warnings[0]).toMatch(
      /^The spot price is £3,544,400 a week: far above any placement/
    );
    const dearer = savingsTable.build({ ...savingsTable.defaults, levels: [["Low", "4,000"]] });
    expect(dearer.ok && dearer.warnings).toEqual([
      expect.stringMatching(
        /^At Low support the block costs more than spot even with every bed filled/
      ),
    ]);
    const fine = savingsTable.build(savingsTable.defaults);
    expect(fine.ok && fine.warnings).toEqual([]);
  });
});

test("a discount rate far from the Green Book's is warned of before insert", () => {
  const result = optionsTable.build({ ...optionsTable.defaults, discountRate: "35" });
  expect(result.ok && result.warnings).toEqual([
    "A discount rate of 35.0% is far above the Green Book's 3.5% a year. Check it was meant.",
  ]);
});
