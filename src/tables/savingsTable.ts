import { annual, breakEven, Decimal, parseBasis, savingsByOccupancy } from "../core";
import type { Basis } from "../core";
import { defineBuilder } from "./builder";
import { cellRef } from "../core/a1";
import { showMoney, showNumber, showPercent } from "./display";
import { FormReader } from "./form";
import {
  BASES,
  BASIS_FIELD,
  BASIS_LABEL,
  basisCell,
  BasisChoice,
  addSupportLevels,
  LEVELS_FIELD,
  readLevels,
  SPOT_RATE_FIELD,
  SupportLevel,
} from "./blockPrices";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";

/** Block vs spot savings by occupancy and support level: the shape of Hackney's Table 1. */
export interface SavingsTableInputs {
  readonly beds: number;
  /** Beds of the block sold on to partner councils, who pay for them: not ours to fill. */
  readonly resoldBeds: number;
  readonly spotRate: Decimal;
  readonly basis: BasisChoice;
  readonly years: Decimal;
  readonly levels: readonly SupportLevel[];
}

function read(form: FormReader): SavingsTableInputs {
  const beds = form.whole("beds", "beds in the block", 1, 200);
  const resoldBeds = form.whole("resoldBeds", "beds resold to partners", 0, 200);
  if (resoldBeds >= beds)
    form.fail("resoldBeds", "Resold beds must leave at least one bed for us.");
  const levels = readLevels(form);
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
      SPOT_RATE_FIELD,
      BASIS_FIELD,
      { kind: "text", key: "years", label: "Contract years", inputMode: "decimal" },
      LEVELS_FIELD,
    ],
    // Hackney 2019, Table 1: £921,544 a year spot for 5 beds; block £627,000 / £666,500 / £685,500 a year.
    defaults: {
      beds: "5",
      resoldBeds: "0",
      spotRate: "184,308.80",
      basis: "1",
      years: "8",
      levels: [
        ["Low", "125,400"],
        ["Medium", "133,300"],
        ["High", "137,100"],
      ],
    },
    read,

    preview(inputs, { pence }) {
      const byLevel = inputs.levels.map((level) => rowsOf(inputs, level.blockRate));
      const breakEvens = inputs.levels.map(
        (level) =>
          `${level.name} ${showNumber(breakEven(inputs.spotRate, level.blockRate, ownBeds(inputs)), 2)}`
      );
      return {
        caption: "Annual saving by occupied beds",
        columns: ["Occupied beds", "Occupancy", ...inputs.levels.map((l) => l.name)],
        rows: byLevel[0].map((row, r) => ({
          key: row.occupied.toString(),
          cells: [
            row.occupied.toString(),
            showPercent(row.occupancy),
            ...byLevel.map((rows) => showMoney(rows[r].annualSaving, pence)),
          ],
        })),
        note: `Break-even occupancy (beds): ${breakEvens.join(", ")}. Annual block cost of our beds: ${inputs.levels
          .map((l) => showMoney(annual(l.blockRate.mul(ownBeds(inputs)), basisOf(inputs)), pence))
          .join(", ")}.`,
      };
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
        "Spot price per placement",
        inputs.spotRate.toNumber(),
        moneyFormat(true)
      );
      const { value: basisValue, format: basisFormat } = basisCell(inputs.basis);
      const basis = table.addInput(BASIS_LABEL, basisValue, basisFormat);
      const years = table.addInput("Contract years", inputs.years.toNumber(), FORMAT.general);
      table.addRow([]);

      const levelCount = inputs.levels.length;
      const {
        priceRow: rateRow,
        breakEvenRow,
        perLevel,
        price: rate,
      } = addSupportLevels(
        table,
        inputs.levels,
        { spot, basis, beds: own },
        { costLabel: "Annual block cost of our beds", money }
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
