import { annual, Decimal, parseBasis, spotSaving, sum } from "../core";
import {
  binomialOccupancy,
  enteredOccupancy,
  PROBABILITY_TOTAL_TOLERANCE,
  SAVING_RISK_ROWS,
  savingRisk,
} from "../core/afterAward";
import type { OccupancyDistribution, SavingRisk } from "../core/afterAward";
import { absoluteRef, cellRef, rangeRef } from "../core/a1";
import { defineBuilder } from "./builder";
import {
  BASES,
  BASIS_FIELD,
  BasisChoice,
  addPriceInputs,
  addSupportLevels,
  LEVELS_FIELD,
  readLevels,
  SPOT_RATE_FIELD,
  reviseBasis,
  SupportLevel,
} from "./blockPrices";
import { shown, shownPercent } from "./display";
import { FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";
import type { ChartSeries } from "./plan";
import { chancePhrase, chanceText, percentText, poundsText } from "./sentences";

/**
 * Occupancy risk after the award: how likely each number of occupied beds is, and so how likely
 * the block is to save against spot, by support level (the same beds, priced at each level).
 */
export interface OccupancyRiskInputs {
  readonly beds: number;
  readonly spotRate: Decimal;
  readonly basis: BasisChoice;
  /** One planned rate, each bed filled independently; or the chance of 0, 1, ... beds occupied, as entered. */
  readonly occupancy:
    | { readonly kind: "rate"; readonly rate: Decimal }
    | { readonly kind: "entered"; readonly chances: readonly Decimal[] };
  readonly levels: readonly SupportLevel[];
}

const SOURCES = ["rate", "entered"] as const;

function readChances(form: FormReader, beds: number): Decimal[] {
  const parts = form
    .text("chances")
    .split(/[\s;,]+/)
    .filter((part) => part !== "");
  if (parts.length !== beds + 1) {
    form.fail(
      "chances",
      `Give ${beds + 1} chances, one for each number of occupied beds from 0 to ${beds}; there are ${parts.length}.`
    );
    return [];
  }
  const chances = parts.map((part) => form.percent("chances", "each chance", part));
  const total = sum(chances);
  if (total.sub(1).abs().gt(PROBABILITY_TOTAL_TOLERANCE)) {
    form.fail(
      "chances",
      `The chances add up to ${total.mul(100).toString()}%; they must add up to 100%.`
    );
  }
  return chances;
}

function read(form: FormReader): OccupancyRiskInputs {
  const beds = form.whole("beds", "beds in the block", 1, 200);
  const source = form.choice("occupancyFrom", SOURCES);
  return {
    beds,
    spotRate: form.amount("spotRate", "the spot price per placement"),
    basis: form.choice("basis", BASES),
    occupancy:
      source === "rate"
        ? { kind: "rate", rate: form.requiredPercent("plannedOccupancy", "the planned occupancy") }
        : { kind: "entered", chances: readChances(form, beds) },
    levels: readLevels(form),
  };
}

function distributionOf(inputs: OccupancyRiskInputs): OccupancyDistribution {
  const beds = new Decimal(inputs.beds);
  return inputs.occupancy.kind === "rate"
    ? binomialOccupancy(beds, inputs.occupancy.rate)
    : enteredOccupancy(beds, inputs.occupancy.chances);
}

function riskOf(inputs: OccupancyRiskInputs, level: SupportLevel): SavingRisk {
  const basis = parseBasis(inputs.basis);
  const blockAnnualCost = annual(level.blockRate.mul(inputs.beds), basis);
  return savingRisk(blockAnnualCost, inputs.spotRate, distributionOf(inputs), basis);
}

/** How the sentence under the table starts: "At", or "Low: at" when there are several levels. */
function opening(inputs: OccupancyRiskInputs, level: SupportLevel): string {
  return inputs.levels.length > 1 ? `${level.name}: at` : "At";
}

/** The sentence the table's formulas build, in the same words, for the preview. */
function riskSentence(start: string, occupancy: Decimal, risk: SavingRisk): string {
  const expected = risk.expected.gte(0)
    ? `save ${shown(risk.expected, FORMAT.poundsWhole)} a year`
    : `cost ${shown(risk.expected.neg(), FORMAT.poundsWhole)} a year more than spot`;
  return `${start} ${shownPercent(occupancy)} planned occupancy the block is expected to ${expected}; there is ${chancePhrase(risk.chanceCostsMore)} that it costs more than spot.`;
}

export const occupancyRiskTable = defineBuilder<OccupancyRiskInputs>(
  {
    id: "occupancyRisk",
    name: "Occupancy risk",
    description:
      "How likely each number of occupied beds is, from a planned occupancy or chances you enter, and what that means for the block's saving against spot: the expected saving, the chance that the block costs more, and the 5th to 95th percentile range.",
    fields: [
      { kind: "text", key: "beds", label: "Beds in the block", inputMode: "numeric" },
      SPOT_RATE_FIELD,
      BASIS_FIELD,
      {
        kind: "choice",
        key: "occupancyFrom",
        label: "Occupancy",
        options: [
          { value: "rate", label: "A planned occupancy, each bed filled independently" },
          { value: "entered", label: "Chances I enter for each number of occupied beds" },
        ],
      },
      {
        kind: "text",
        key: "plannedOccupancy",
        label: "Planned occupancy (%)",
        hint: "For a planned occupancy, e.g. 90.",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "chances",
        label: "Chances of 0, 1, 2, ... beds occupied (%)",
        hint: "For chances you enter: one for each number of beds from 0 up, adding up to 100, e.g. 0, 1, 4, 10, 35, 50.",
      },
      LEVELS_FIELD,
    ],
    // Hackney 2019: £921,544 a year spot for 5 beds; block £627,000 / £666,500 / £685,500 a year; 90% occupancy aimed for.
    defaults: {
      beds: "5",
      spotRate: "184,308.80",
      basis: "1",
      occupancyFrom: "rate",
      plannedOccupancy: "90",
      chances: "0, 1, 4, 10, 35, 50",
      levels: [
        ["Low", "125,400"],
        ["Medium", "133,300"],
        ["High", "137,100"],
      ],
    },
    read,
    revise: reviseBasis,

    preview(inputs, { pence }) {
      const distribution = distributionOf(inputs);
      const basis = parseBasis(inputs.basis);
      const beds = new Decimal(inputs.beds);
      const occupancy = distribution.mean.div(beds);
      return {
        columns: [
          "Occupied beds",
          "Chance",
          ...inputs.levels.map((level) => `Saving: ${level.name}`),
        ],
        rows: distribution.chances.map((chance, k) => ({
          key: String(k),
          cells: [
            String(k),
            shownPercent(chance),
            ...inputs.levels.map((level) =>
              shown(
                spotSaving(
                  { spotRate: inputs.spotRate, blockRate: level.blockRate, beds, basis },
                  new Decimal(k)
                ),
                moneyFormat(pence)
              )
            ),
          ],
        })),
        note: inputs.levels
          .map((level) => {
            const risk = riskOf(inputs, level);
            return `${riskSentence(opening(inputs, level), occupancy, risk)} 5th to 95th percentile: ${shown(risk.percentile5, moneyFormat(pence))} to ${shown(risk.percentile95, moneyFormat(pence))}.`;
          })
          .join(" "),
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const levelCount = inputs.levels.length;
      const table = new TableLayout(
        `Table ${tableNumber}: Occupancy risk: the chance of each number of occupied beds and the saving from the block contract`
      );
      table.addRow(["Inputs"], "heading");
      const beds = table.addInput("Beds in the block", inputs.beds, FORMAT.whole);
      const { spot, basis } = addPriceInputs(table, inputs);
      const occupancyRow = table.nextRow;
      const occupancy =
        inputs.occupancy.kind === "rate"
          ? table.addInput(
              "Planned occupancy (the chance that each bed is occupied)",
              inputs.occupancy.rate.toNumber(),
              FORMAT.percentOnePlace
            )
          : table.addCalculation(
              "Expected occupancy (from the chances entered below)",
              "",
              FORMAT.percentOnePlace
            );
      table.addRow([]);

      const { priceRow, costRow, perLevel } = addSupportLevels(
        table,
        inputs.levels,
        { spot, basis, beds },
        { costLabel: "Annual block cost", money, basis: inputs.basis }
      );
      table.addRow([]);

      // The distribution: one row per number of occupied beds, with the saving at each level.
      const firstSaving = 3;
      const chartColumn = firstSaving + levelCount;
      const chartSeriesNames = [
        "Chance the block costs more than spot",
        ...(levelCount > 1 ? ["Chance it depends on the support level"] : []),
        "Chance the block costs no more than spot",
      ];
      table.addRow(
        [
          "Occupied beds",
          "Chance",
          "Chance of this many or fewer",
          ...inputs.levels.map((l) => `Annual saving: ${l.name}`),
          ...chartSeriesNames,
        ],
        "heading"
      );
      const first = table.nextRow;
      const last = first + inputs.beds;
      const chances = rangeRef(
        { row: first, column: 1 },
        { row: last, column: 1 },
        { row: true, column: true }
      );
      distributionOf(inputs).chances.forEach((chance, k) => {
        const row = table.nextRow;
        const at = (column: number) => cellRef({ row, column });
        const occupied = cellRef({ row, column: 0 }, { column: true });
        const savings = rangeRef({ row, column: firstSaving }, { row, column: chartColumn - 1 });
        const costsMore = `IF(MAX(${savings})<0,${at(1)},0)`;
        const costsNoMore = `IF(MIN(${savings})>=0,${at(1)},0)`;
        table.addRow([
          { value: k, format: FORMAT.whole },
          inputs.occupancy.kind === "rate"
            ? {
                value: `=INDEX(CARE.OCCUPANCYDIST(${beds},${occupancy}),${occupied}+1,2)`,
                format: FORMAT.percentOnePlace,
              }
            : { value: chance.toNumber(), format: FORMAT.percentOnePlace, input: true },
          {
            value: `=SUM(${cellRef({ row: first, column: 1 }, { row: true })}:${at(1)})`,
            format: FORMAT.percentOnePlace,
          },
          ...inputs.levels.map((_, i) => ({
            value: `=CARE.SPOTSAVING(${spot},${cellRef({ row: priceRow, column: 1 + i }, { row: true })},${beds},${occupied},,${basis})`,
            format: money,
          })),
          { value: `=${costsMore}`, format: FORMAT.percentOnePlace },
          ...(levelCount > 1
            ? [
                {
                  value: `=${at(1)}-${at(chartColumn)}-${at(chartColumn + 2)}`,
                  format: FORMAT.percentOnePlace,
                },
              ]
            : []),
          { value: `=${costsNoMore}`, format: FORMAT.percentOnePlace },
        ]);
      });
      table.addRow(
        ["Total", { value: `=SUM(${chances})`, format: FORMAT.percentOnePlace }],
        "total"
      );
      if (inputs.occupancy.kind === "entered") {
        const occupiedBeds = rangeRef(
          { row: first, column: 0 },
          { row: last, column: 0 },
          { row: true, column: true }
        );
        table.setCell(
          occupancyRow,
          1,
          `=SUMPRODUCT(${occupiedBeds},${chances})/${beds}`,
          FORMAT.percentOnePlace
        );
      }
      table.addRow([]);

      // The risk to the saving, by level: CARE.SAVINGRISK's figures, one row each.
      table.addRow(["Risk to the annual saving", ...inputs.levels.map((l) => l.name)], "heading");
      const riskOccupancy = inputs.occupancy.kind === "rate" ? occupancy : chances;
      const riskRows = SAVING_RISK_ROWS.map(({ key, label }, i) =>
        perLevel(
          label,
          (c) =>
            `=INDEX(CARE.SAVINGRISK(${cellRef({ row: costRow, column: c }, { row: true })},${spot},${beds},${riskOccupancy},${basis}),${i + 1},2)`,
          key === "chanceCostsMore" ? FORMAT.percentOnePlace : money
        )
      );
      const riskAt = (key: string, column: number) =>
        absoluteRef({ row: riskRows[SAVING_RISK_ROWS.findIndex((r) => r.key === key)], column });
      table.addRow([]);

      // The sentence for the report, built from the same cells.
      inputs.levels.forEach((level, i) => {
        const expected = riskAt("expected", 1 + i);
        const chance = riskAt("chanceCostsMore", 1 + i);
        table.addRow([
          `="${opening(inputs, level).replace(/"/g, '""')} "&${percentText(occupancy)}&" planned occupancy the block is expected to "&IF(${expected}>=0,"save "&${poundsText(expected)}&" a year","cost "&${poundsText(`-${expected}`)}&" a year more than spot")&"; there is "&${chanceText(chance)}&" that it costs more than spot."`,
        ]);
      });
      table.addRow([
        inputs.occupancy.kind === "rate"
          ? "Chances assume each bed is occupied independently at the planned occupancy. A percentile is the smallest saving with at least that chance of a saving no higher."
          : "Chances as entered. A percentile is the smallest saving with at least that chance of a saving no higher.",
      ]);

      const series = (name: string, column: number): ChartSeries => ({
        name,
        values: { from: { row: first, column }, to: { row: last, column } },
      });
      return table.finish("Occupancy risk", {
        kind: "stackedColumn",
        title: "Chance of each number of occupied beds, against break-even",
        xAxisTitle: "Occupied beds",
        yAxisTitle: "Chance",
        categories: { from: { row: first, column: 0 }, to: { row: last, column: 0 } },
        series: chartSeriesNames.map((name, i) => series(name, chartColumn + i)),
        anchor: { row: table.nextRow + 1, column: 0 },
      });
    },
  },
  { tableNumber: 6, pence: false }
);
