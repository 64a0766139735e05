import {
  annual,
  breakEven,
  Decimal,
  parseBasis,
  periodsPerYear,
  savingsByOccupancy,
  spotSaving,
} from "../core";
import { convertedAmount, implausiblePrice } from "./warnings";
import type { Basis } from "../core";
import { defineBuilder } from "./builder";
import { cellRef } from "../core/a1";
import { shown } from "./display";
import { cellKey, FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";

/** Block vs spot savings by occupancy and support level: the shape of Hackney's Table 1. */
export interface SavingsTableInputs {
  readonly beds: number;
  /** Beds of the block sold on to partner councils, who pay for them: not ours to fill. */
  readonly resoldBeds: number;
  readonly spotRate: Decimal;
  /** "1" when prices are per bed per year; otherwise weeks per year, "52" or "365/7". */
  readonly basis: "1" | "52" | "365/7";
  readonly years: Decimal;
  readonly levels: readonly { readonly name: string; readonly blockRate: Decimal }[];
}

const BASES = ["1", "52", "365/7"] as const;

function read(form: FormReader): SavingsTableInputs {
  const beds = form.whole("beds", "beds in the block", 1, 200);
  const resoldBeds = form.whole("resoldBeds", "beds resold to partners", 0, 200);
  if (resoldBeds >= beds)
    form.fail("resoldBeds", "Resold beds must leave at least one bed for us.");
  const levels = form.rows("levels").map((row, i) => {
    if (row[0] === "") form.fail(cellKey("levels", i, 0), "Name the support level, e.g. Low.");
    return {
      name: row[0],
      blockRate: form.amount(cellKey("levels", i, 1), "the block price per bed", row[1]),
    };
  });
  if (levels.length === 0) form.fail("levels", "Add at least one support level.");
  return {
    beds,
    resoldBeds,
    spotRate: form.amount("spotRate", "the spot price per placement"),
    basis: form.choice("basis", BASES),
    years: form.amount("years", "the contract years"),
    levels,
  };
}

function basisOf(inputs: SavingsTableInputs): Basis {
  return parseBasis(inputs.basis);
}

function ownBeds(inputs: SavingsTableInputs): Decimal {
  return new Decimal(inputs.beds - inputs.resoldBeds);
}

function rowsOf(inputs: SavingsTableInputs, blockRate: Decimal) {
  return savingsByOccupancy({
    spotRate: inputs.spotRate,
    blockRate,
    beds: ownBeds(inputs),
    years: inputs.years,
    basis: basisOf(inputs),
  });
}

/** "£ a week" or "£ a year": the period the prices are typed in. */
function pricePeriod(basis: string): string {
  return basis === "1" ? "£ a year" : "£ a week";
}

function periodsOf(basis: string): Decimal {
  return periodsPerYear(parseBasis(basis));
}

/** The basis as a cell holds it: 1 and 52 are numbers; "365/7" is text the CARE functions read exactly. */
function basisCell(basis: SavingsTableInputs["basis"]): number | string {
  return basis === "365/7" ? basis : Number(basis);
}

export const savingsTable = defineBuilder<SavingsTableInputs>(
  {
    id: "savings",
    name: "Savings by occupancy",
    description:
      "Block contract against spot purchase: the saving at each number of occupied beds, for each support level, and the break-even occupancy.",
    fields: [
      { kind: "text", key: "beds", label: "Beds in the block", inputMode: "numeric" },
      {
        kind: "text",
        key: "resoldBeds",
        label: "Beds resold to partners",
        hint: "Beds other councils buy from the block; 0 if none.",
        inputMode: "numeric",
      },
      {
        kind: "choice",
        key: "basis",
        label: "Prices are",
        options: [
          { value: "52", label: "Per week, 52 weeks a year" },
          { value: "365/7", label: "Per week, 365 days a year (365/7 weeks)" },
          { value: "1", label: "Per year" },
        ],
      },
      {
        kind: "text",
        key: "spotRate",
        label: "Spot price per placement",
        inputMode: "decimal",
        unit: (values) => `${pricePeriod(String(values.basis))} per placement`,
      },
      { kind: "text", key: "years", label: "Contract years", inputMode: "decimal" },
      {
        kind: "rows",
        key: "levels",
        label: "Block price per bed, by support level",
        rowName: "support level",
        columns: [
          { label: "Support level" },
          {
            label: "Block price per bed",
            unit: (values) => `${pricePeriod(String(values.basis))} per bed`,
          },
        ],
        minRows: 1,
        maxRows: 6,
      },
    ],
    // Hackney 2019: spot £921,544 a year for 5 beds (£3,544.40 a week each); block £2,411.30 a week
    // (low support) with top-ups of £151.91 and £73.02 (5.2.3).
    defaults: {
      beds: "5",
      resoldBeds: "0",
      basis: "52",
      spotRate: "3,544.40",
      years: "8",
      levels: [
        ["Low", "2,411.30"],
        ["Medium", "2,563.21"],
        ["High", "2,636.23"],
      ],
    },
    read,

    revise(values, key, value) {
      if (key !== "basis" || typeof value !== "string" || typeof values.basis !== "string")
        return undefined;
      const [from, to] = [periodsOf(values.basis), periodsOf(value)];
      const convert = (text: string) => convertedAmount(text, from, to);
      const levels: readonly (readonly string[])[] = Array.isArray(values.levels)
        ? values.levels
        : [];
      return {
        ...values,
        basis: value,
        spotRate: convert(String(values.spotRate ?? "")),
        levels: levels.map((row) => row.map((cell, c) => (c === 1 ? convert(cell) : cell))),
      };
    },

    warnings(inputs) {
      const periods = periodsOf(inputs.basis);
      const own = ownBeds(inputs);
      return [
        ...implausiblePrice("The spot price", inputs.spotRate, periods),
        ...inputs.levels.flatMap((level) => [
          ...implausiblePrice(`The ${level.name} block price`, level.blockRate, periods),
          ...(breakEven(inputs.spotRate, level.blockRate, own).gt(own)
            ? [
                `At ${level.name} support the block costs more than spot even with every bed filled: break-even is above the ${own.toString()} beds. Check the prices are for the same period.`,
              ]
            : []),
        ]),
      ];
    },

    preview(inputs, { pence }) {
      const money = moneyFormat(pence);
      const byLevel = inputs.levels.map((level) => rowsOf(inputs, level.blockRate));
      const breakEvens = inputs.levels.map(
        (level) =>
          `${level.name} ${shown(breakEven(inputs.spotRate, level.blockRate, ownBeds(inputs)), FORMAT.beds)}`
      );
      return {
        columns: ["Occupied beds", "Occupancy", ...inputs.levels.map((l) => l.name)],
        rows: byLevel[0].map((row, r) => ({
          key: row.occupied.toString(),
          cells: [
            row.occupied.toString(),
            shown(row.occupancy, FORMAT.percentWhole),
            ...byLevel.map((rows) => shown(rows[r].annualSaving, money)),
          ],
        })),
        note: `Break-even occupancy (beds): ${breakEvens.join(", ")}. Annual block cost of our beds: ${inputs.levels
          .map((l) => shown(annual(l.blockRate.mul(ownBeds(inputs)), basisOf(inputs)), money))
          .join(", ")}.`,
      };
    },

    chartPoints(inputs) {
      const own = ownBeds(inputs);
      return [
        ...inputs.levels.map((level) =>
          rowsOf(inputs, level.blockRate).map((row) => ({
            x: row.occupied.toNumber(),
            y: row.annualSaving.toNumber(),
          }))
        ),
        // Where each level's block pays for itself; a block dearer at every occupancy has none.
        inputs.levels.map((level) => {
          const at = breakEven(inputs.spotRate, level.blockRate, own);
          const saving = at.gt(own)
            ? NaN
            : spotSaving(
                {
                  spotRate: inputs.spotRate,
                  blockRate: level.blockRate,
                  beds: own,
                  basis: basisOf(inputs),
                },
                at
              ).toNumber();
          return { x: at.toNumber(), y: saving };
        }),
      ];
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(
        `Table ${tableNumber}: Savings from the block contract by occupancy and support level`
      );
      table.addRow(["Inputs"], "heading");
      const beds = table.addInput("Beds in the block", inputs.beds, FORMAT.whole);
      const resold = table.addInput("Beds resold to partners", inputs.resoldBeds, FORMAT.whole);
      const own = table.addCalculation("Beds for our own use", `=${beds}-${resold}`, FORMAT.whole);
      const spot = table.addInput(
        `Spot price per placement (${pricePeriod(inputs.basis)})`,
        inputs.spotRate.toNumber(),
        moneyFormat(true)
      );
      const basis = table.addInput(
        inputs.basis === "1"
          ? "Prices are per year (1 period a year)"
          : "Weeks per year (52, or 365/7 for 365 days)",
        basisCell(inputs.basis),
        inputs.basis === "365/7" ? FORMAT.text : FORMAT.general
      );
      const years = table.addInput("Contract years", inputs.years.toNumber(), FORMAT.general);
      table.addRow([]);

      const levelCount = inputs.levels.length;
      table.addRow(["Support level", ...inputs.levels.map((l) => l.name)], "heading");
      const rateRow = table.addRow([
        `Block price per bed (${pricePeriod(inputs.basis)})`,
        ...inputs.levels.map((l) => ({
          value: l.blockRate.toNumber(),
          format: moneyFormat(true),
          input: true,
        })),
      ]);
      const perLevel = (label: string, formula: (column: number) => string, format: string) =>
        table.addRow([label, ...inputs.levels.map((_, i) => ({ value: formula(1 + i), format }))]);
      const rate = (column: number) => cellRef({ row: rateRow, column });
      perLevel(
        "Annual block cost of our beds",
        (c) => `=CARE.ANNUAL(${rate(c)},${basis})*${own}`,
        money
      );
      const breakEvenRow = perLevel(
        "Break-even occupancy (beds)",
        (c) => `=CARE.BREAKEVEN(${spot},${rate(c)},${own})`,
        FORMAT.beds
      );
      const breakEvenAt = (c: number) => cellRef({ row: breakEvenRow, column: c });
      // A block dearer than spot never breaks even: say so rather than show an error.
      const never = (c: number, then: string) =>
        `=IF(${breakEvenAt(c)}>${own},"Never: the block costs more",${then})`;
      perLevel(
        "Minimum occupancy (whole beds)",
        (c) => never(c, `ROUNDUP(${breakEvenAt(c)},0)`),
        FORMAT.whole
      );
      const atBreakEvenRow = perLevel(
        "Annual saving at break-even",
        (c) => never(c, `CARE.SPOTSAVING(${spot},${rate(c)},${own},${breakEvenAt(c)},,${basis})`),
        money
      );
      table.addRow([]);

      table.addRow(
        [
          "Occupied beds",
          "Occupancy",
          ...inputs.levels.map((l) => `Annual saving: ${l.name}`),
          ...inputs.levels.map((l) => `Saving over the contract: ${l.name}`),
        ],
        "heading"
      );
      const firstRow = table.nextRow;
      rowsOf(inputs, inputs.levels[0].blockRate).forEach(({ occupied }) => {
        const row = table.nextRow;
        const occupiedRef = cellRef({ row, column: 0 }, { column: true });
        table.addRow([
          occupied.toNumber(),
          { value: `=${cellRef({ row, column: 0 })}/${own}`, format: FORMAT.percentWhole },
          ...inputs.levels.map((_, i) => ({
            // Level i's price sits one column left of its saving column, in the price row.
            value: `=CARE.SPOTSAVING(${spot},${cellRef({ row: rateRow, column: 1 + i }, { row: true })},${own},${occupiedRef},,${basis})`,
            format: money,
          })),
          ...inputs.levels.map((_, i) => ({
            value: `=${cellRef({ row, column: 2 + i })}*${years}`,
            format: money,
          })),
        ]);
      });
      const lastRow = table.nextRow - 1;

      return table.finish("Savings by occupancy", {
        kind: "scatterLines",
        title: "Annual saving against occupied beds",
        xAxisTitle: "Occupied beds",
        yAxisTitle: "Annual saving (£)",
        series: [
          ...inputs.levels.map((level, i) => ({
            name: level.name,
            xValues: { from: { row: firstRow, column: 0 }, to: { row: lastRow, column: 0 } },
            values: { from: { row: firstRow, column: 2 + i }, to: { row: lastRow, column: 2 + i } },
          })),
          {
            name: "Break-even",
            xValues: {
              from: { row: breakEvenRow, column: 1 },
              to: { row: breakEvenRow, column: levelCount },
            },
            values: {
              from: { row: atBreakEvenRow, column: 1 },
              to: { row: atBreakEvenRow, column: levelCount },
            },
            markersOnly: true,
          },
        ],
        anchor: { row: lastRow + 2, column: 0 },
      });
    },
  },
  { tableNumber: 1, pence: false }
);
