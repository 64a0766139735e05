import { Decimal, Term, atRisk, roundToTotal, sum, uplifted, wholeLife } from "../core";
import { defineBuilder } from "./builder";
import { cellRef, rangeRef } from "../core/a1";
import { shown } from "./display";
import { FormReader } from "./form";
import { FORMAT, moneyFormat, moneyPlaces, ROUNDED_NOTE } from "./formats";
import { TableLayout } from "./layout";

/** Whole-life contract cost, one row per contract year (Hackney: 4+2+2, 7% at risk, £10k fee from year 4). */
export interface WholeLifeInputs {
  readonly annualCost: Decimal;
  readonly beds: number;
  readonly term: Term;
  readonly termText: string;
  readonly uplift: Decimal;
  readonly shareAtRisk: Decimal;
  readonly annualFee: Decimal;
  readonly feeFromYear: number;
  /** Beds paid for in each contract year (ramp-up), all beds where not given. */
  readonly bedsByYear: readonly number[];
}

function read(form: FormReader): WholeLifeInputs {
  const beds = form.whole("beds", "beds in the block", 1, 200);
  const term = form.term("term", "the contract term");
  const years = term.maximumYears.toNumber();
  const rampText = form.text("rampUp");
  const ramp = rampText === "" ? [] : rampText.split(",").map((part) => part.trim());
  if (ramp.length > years) form.fail("rampUp", `Give at most ${years} years of ramp-up.`);
  const bedsByYear = Array.from({ length: years }, (_, i) =>
    i < ramp.length
      ? form.whole("rampUp", `beds paid for in year ${i + 1}`, 0, beds, ramp[i])
      : beds
  );
  return {
    annualCost: form.amount("annualCost", "the annual cost"),
    beds,
    term,
    termText: form.text("term"),
    uplift: form.percent("uplift", "the annual uplift"),
    shareAtRisk: form.percent("shareAtRisk", "the share at risk"),
    annualFee: form.amount("annualFee", "the management fee", undefined, "zeroOrMore"),
    feeFromYear: form.whole("feeFromYear", "the first year of the fee", 1, 50),
    bedsByYear,
  };
}

const initialTermLabel = (years: number) => `Total, initial term (years 1 to ${years})`;
const maximumTermLabel = (years: number) => `Total, maximum term (years 1 to ${years})`;

function periodName(term: Term, year: number): string {
  let end = 0;
  for (const [i, period] of term.periods.entries()) {
    end += period.toNumber();
    if (year <= end) return i === 0 ? "Initial term" : `Extension ${i}`;
  }
  return "";
}

/** The cost of each contract year as the table shows it: each column rounded so that it adds up. */
function yearCosts(inputs: WholeLifeInputs, pence: boolean) {
  const exact = inputs.bedsByYear.map((bedsPaid, i) => {
    const beds = uplifted(inputs.annualCost, inputs.uplift, new Decimal(i))
      .mul(bedsPaid)
      .div(inputs.beds);
    const fee = i + 1 >= inputs.feeFromYear ? inputs.annualFee : new Decimal(0);
    return { beds, atRisk: atRisk(beds, inputs.shareAtRisk), fee };
  });
  const rounded = (part: "beds" | "atRisk" | "fee") =>
    roundToTotal(
      exact.map((year) => year[part]),
      moneyPlaces(pence)
    );
  const [beds, risk, fees] = [rounded("beds"), rounded("atRisk"), rounded("fee")];
  return inputs.bedsByYear.map((bedsPaid, i) => ({
    year: i + 1,
    period: periodName(inputs.term, i + 1),
    bedsPaid,
    beds: beds[i],
    atRisk: risk[i],
    fee: fees[i],
    total: beds[i].add(fees[i]),
  }));
}

export const wholeLifeTable = defineBuilder<WholeLifeInputs>(
  {
    id: "wholeLife",
    name: "Whole-life cost",
    description:
      "The cost of each contract year with uplift, the share at risk, a management fee and ramp-up, with totals for the initial and maximum terms.",
    fields: [
      {
        kind: "text",
        key: "annualCost",
        label: "Annual cost of the block in year 1",
        hint: "All beds, before uplift.",
        inputMode: "decimal",
        unit: "£ a year",
      },
      { kind: "text", key: "beds", label: "Beds in the block", inputMode: "numeric" },
      {
        kind: "text",
        key: "term",
        label: "Contract term",
        hint: 'Initial years plus extensions, e.g. "4+2+2".',
      },
      {
        kind: "text",
        key: "uplift",
        label: "Annual uplift",
        inputMode: "decimal",
        unit: "% a year",
      },
      {
        kind: "text",
        key: "shareAtRisk",
        label: "Share of price linked to performance",
        inputMode: "decimal",
        unit: "%",
      },
      {
        kind: "text",
        key: "annualFee",
        label: "Management fee",
        inputMode: "decimal",
        unit: "£ a year",
      },
      {
        kind: "text",
        key: "feeFromYear",
        label: "Fee payable from contract year",
        inputMode: "numeric",
      },
      {
        kind: "text",
        key: "rampUp",
        label: "Ramp-up: beds paid for in years 1, 2, ...",
        hint: 'Comma-separated, e.g. "3" for 3 beds in year 1; blank = all beds every year.',
      },
    ],
    // Hackney 2019: high support £685,419.80 a year, 4+2+2, no uplift, 7% at risk, £10k a year from year 4.
    defaults: {
      annualCost: "685,419.80",
      beds: "5",
      term: "4+2+2",
      uplift: "0",
      shareAtRisk: "7",
      annualFee: "10,000",
      feeFromYear: "4",
      rampUp: "",
    },
    read,

    preview(inputs, { pence }) {
      const money = moneyFormat(pence);
      const years = yearCosts(inputs, pence);
      const figures = (rows: typeof years) => [
        sum(rows.map((r) => r.beds)),
        sum(rows.map((r) => r.atRisk)),
        sum(rows.map((r) => r.fee)),
        sum(rows.map((r) => r.total)),
      ];
      const totalRow = (label: string, rows: typeof years) => ({
        key: label,
        cells: [label, "", "", ...figures(rows).map((v) => shown(v, money))],
        total: true,
      });
      const initialYears = inputs.term.initialYears.toNumber();
      return {
        columns: ["Year", "Period", "Beds", "Cost of beds", "At risk", "Fee", "Total"],
        rows: [
          ...years.map((y) => ({
            key: String(y.year),
            cells: [
              String(y.year),
              y.period,
              String(y.bedsPaid),
              ...[y.beds, y.atRisk, y.fee, y.total].map((v) => shown(v, money)),
            ],
          })),
          totalRow(initialTermLabel(initialYears), years.slice(0, initialYears)),
          totalRow(maximumTermLabel(years.length), years),
        ],
        note: `${ROUNDED_NOTE} With every bed paid for every year the whole-life cost is ${shown(
          wholeLife(
            inputs.annualCost,
            inputs.term.maximumYears,
            inputs.uplift,
            inputs.annualFee,
            new Decimal(inputs.feeFromYear)
          ),
          money
        )}.`,
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(`Table ${tableNumber}: Whole-life contract cost`);
      table.addRow(["Inputs"], "heading");
      const annualCost = table.addInput(
        "Annual cost of the block in year 1 (£ a year, all beds)",
        inputs.annualCost.toNumber(),
        moneyFormat(true)
      );
      const beds = table.addInput("Beds in the block", inputs.beds, FORMAT.whole);
      const term = table.addInput(
        "Contract term (years + extensions)",
        inputs.termText,
        FORMAT.text
      );
      table.addCalculation(
        "Initial term (years)",
        `=VALUE(LEFT(${term},FIND("+",${term}&"+")-1))`,
        FORMAT.general
      );
      table.addCalculation("Maximum term (years)", `=CARE.TERMYEARS(${term})`, FORMAT.general);
      const uplift = table.addInput(
        "Annual uplift from year 2 (% a year)",
        inputs.uplift.toNumber(),
        FORMAT.percentOnePlace
      );
      const share = table.addInput(
        "Share of price linked to performance (%)",
        inputs.shareAtRisk.toNumber(),
        FORMAT.percentOnePlace
      );
      const fee = table.addInput(
        "Management fee (£ a year)",
        inputs.annualFee.toNumber(),
        moneyFormat(true)
      );
      const feeFrom = table.addInput(
        "Fee payable from contract year",
        inputs.feeFromYear,
        FORMAT.whole
      );
      table.addRow([]);
      // Shown columns D to G; after a gap, the exact figures D to F are rounded from (I to K).
      const exact = { beds: 8, atRisk: 9, fee: 10 };
      table.addRow(
        [
          "Contract year",
          "Period",
          "Beds paid for",
          "Cost of beds",
          "Of which at risk",
          "Management fee",
          "Total cost",
          "",
          "Exact cost of beds",
          "Exact amount at risk",
          "Exact management fee",
        ],
        "heading"
      );
      const first = table.nextRow;
      const last = first + inputs.bedsByYear.length - 1;
      const exactFigure = moneyFormat(true);
      const roundedFrom = (i: number, c: number) => ({
        value:
          i === 0
            ? `=CARE.ROUNDTOTAL(${rangeRef({ row: first, column: c }, { row: last, column: c })},${moneyPlaces(pence)})`
            : "",
        format: money,
      });
      inputs.bedsByYear.forEach((bedsPaid, i) => {
        const row = table.nextRow;
        const at = (column: number) => cellRef({ row, column });
        table.addRow([
          i + 1,
          periodName(inputs.term, i + 1),
          { value: bedsPaid, format: FORMAT.whole, input: true },
          roundedFrom(i, exact.beds),
          roundedFrom(i, exact.atRisk),
          roundedFrom(i, exact.fee),
          { value: `=${at(3)}+${at(5)}`, format: money },
          "",
          {
            value: `=CARE.UPLIFT(${annualCost},${uplift},${at(0)}-1)*${at(2)}/${beds}`,
            format: exactFigure,
          },
          { value: `=CARE.ATRISK(${at(exact.beds)},${share})`, format: exactFigure },
          { value: `=IF(${at(0)}>=${feeFrom},${fee},0)`, format: exactFigure },
        ]);
      });
      const totalOver = (label: string, lastRow: number) => {
        const sumOf = (column: number, format: string) => ({
          value: `=SUM(${rangeRef({ row: first, column }, { row: lastRow, column })})`,
          format,
        });
        return table.addRow(
          [
            label,
            "",
            "",
            ...[3, 4, 5, 6].map((column) => sumOf(column, money)),
            "",
            ...[exact.beds, exact.atRisk, exact.fee].map((column) => sumOf(column, exactFigure)),
          ],
          "total"
        );
      };
      const initialYears = inputs.term.initialYears.toNumber();
      totalOver(initialTermLabel(initialYears), first + initialYears - 1);
      totalOver(maximumTermLabel(inputs.bedsByYear.length), last);
      table.addRow([
        "Whole-life cost with every bed paid for every year",
        "",
        "",
        "",
        "",
        "",
        {
          value: `=CARE.WHOLELIFE(${annualCost},${term},${uplift},${fee},${feeFrom})`,
          format: money,
        },
      ]);
      table.addRow([ROUNDED_NOTE]);
      return table.finish("Whole-life cost");
    },
  },
  { tableNumber: 2, pence: true }
);
