import { annual, breakEven, Decimal, parseBasis, savingsByOccupancy, spotSaving } from "../core";
import { implausiblePrice } from "./warnings";
import type { Basis } from "../core";
import { defineBuilder } from "./builder";
import { cellRef } from "../core/a1";
import { shown } from "./display";
import { FormReader } from "./form";
import {
  addPriceInputs,
  addSupportLevels,
  BASES,
  BasisChoice,
  BASIS_FIELD,
  LEVELS_FIELD,
  periodsOf,
  readLevels,
  reviseBasis,
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
      BASIS_FIELD,
      SPOT_RATE_FIELD,
      { kind: "text", key: "years", label: "Contract years", inputMode: "decimal" },
      LEVELS_FIELD,
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

    revise: reviseBasis,

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
      const { spot, basis } = addPriceInputs(table, inputs);
      const years = table.addInput("Contract years", inputs.years.toNumber(), FORMAT.general);
      table.addRow([]);

      const levelCount = inputs.levels.length;
      const {
        priceRow: rateRow,
        breakEvenRow,
        perLevel,
      } = addSupportLevels(
        table,
        inputs.levels,
        { spot, basis, beds: own },
        { costLabel: "Annual block cost of our beds", money, basis: inputs.basis }
      );
      const rate = (column: number) => cellRef({ row: rateRow, column });
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
