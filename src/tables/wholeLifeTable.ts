import { Decimal, Term, atRisk, uplifted, wholeLife } from "../core";
import { defineBuilder } from "./builder";
import { cellRef, rangeRef } from "../core/a1";
import { showMoney } from "./display";
import { FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
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

function periodName(term: Term, year: number): string {
  let end = 0;
  for (const [i, period] of term.periods.entries()) {
    end += period.toNumber();
    if (year <= end) return i === 0 ? "Initial term" : `Extension ${i}`;
  }
  return "";
}

/** The cost of each contract year, as the table's formulas compute it. */
function yearCosts(inputs: WholeLifeInputs) {
  return inputs.bedsByYear.map((bedsPaid, i) => {
    const beds = uplifted(inputs.annualCost, inputs.uplift, new Decimal(i))
      .mul(bedsPaid)
      .div(inputs.beds);
    const fee = i + 1 >= inputs.feeFromYear ? inputs.annualFee : new Decimal(0);
    return {
      year: i + 1,
      bedsPaid,
      beds,
      atRisk: atRisk(beds, inputs.shareAtRisk),
      fee,
      total: beds.add(fee),
    };
  });
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
      },
      { kind: "text", key: "beds", label: "Beds in the block", inputMode: "numeric" },
      {
        kind: "text",
        key: "term",
        label: "Contract term",
        hint: 'Initial years plus extensions, e.g. "4+2+2".',
      },
      { kind: "text", key: "uplift", label: "Annual uplift (%)", inputMode: "decimal" },
      {
        kind: "text",
        key: "shareAtRisk",
        label: "Share of price linked to performance (%)",
        inputMode: "decimal",
      },
      { kind: "text", key: "annualFee", label: "Management fee per year", inputMode: "decimal" },
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
      const years = yearCosts(inputs);
      const initialYears = inputs.term.initialYears.toNumber();
      const sumOf = (rows: typeof years) => rows.reduce((t, r) => t.add(r.total), new Decimal(0));
      return {
        caption: "Cost by contract year",
        columns: ["Year", "Beds", "Cost of beds", "Fee", "Total"],
        rows: years.map((y) => ({
          key: String(y.year),
          cells: [
            String(y.year),
            String(y.bedsPaid),
            showMoney(y.beds, pence),
            showMoney(y.fee, pence),
            showMoney(y.total, pence),
          ],
        })),
        note: `Initial term (${initialYears} years): ${showMoney(sumOf(years.slice(0, initialYears)), pence)}. Maximum term (${years.length} years): ${showMoney(sumOf(years), pence)}. With every bed paid for every year: ${showMoney(
          wholeLife(
            inputs.annualCost,
            inputs.term.maximumYears,
            inputs.uplift,
            inputs.annualFee,
            new Decimal(inputs.feeFromYear)
          ),
          pence
        )}.`,
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(`Table ${tableNumber}: Whole-life contract cost`);
      table.addRow(["Inputs"], "heading");
      const annualCost = table.addInput(
        "Annual cost of the block in year 1",
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
        "Annual uplift from year 2",
        inputs.uplift.toNumber(),
        FORMAT.percentOnePlace
      );
      const share = table.addInput(
        "Share of price linked to performance",
        inputs.shareAtRisk.toNumber(),
        FORMAT.percentOnePlace
      );
      const fee = table.addInput("Management fee per year", inputs.annualFee.toNumber(), money);
      const feeFrom = table.addInput(
        "Fee payable from contract year",
        inputs.feeFromYear,
        FORMAT.whole
      );
      table.addRow([]);
      table.addRow(
        [
          "Contract year",
          "Period",
          "Beds paid for",
          "Cost of beds",
          "Of which at risk",
          "Management fee",
          "Total cost",
        ],
        "heading"
      );
      const first = table.nextRow;
      inputs.bedsByYear.forEach((bedsPaid, i) => {
        const row = table.nextRow;
        const at = (column: number) => cellRef({ row, column });
        table.addRow([
          i + 1,
          periodName(inputs.term, i + 1),
          { value: bedsPaid, format: FORMAT.whole, input: true },
          {
            value: `=CARE.UPLIFT(${annualCost},${uplift},${at(0)}-1)*${at(2)}/${beds}`,
            format: money,
          },
          { value: `=CARE.ATRISK(${at(3)},${share})`, format: money },
          { value: `=IF(${at(0)}>=${feeFrom},${fee},0)`, format: money },
          { value: `=${at(3)}+${at(5)}`, format: money },
        ]);
      });
      const totalOver = (label: string, lastRow: number) =>
        table.addRow(
          [
            label,
            "",
            "",
            ...[3, 4, 5, 6].map((column) => ({
              value: `=SUM(${rangeRef({ row: first, column }, { row: lastRow, column })})`,
              format: money,
            })),
          ],
          "total"
        );
      const initialYears = inputs.term.initialYears.toNumber();
      totalOver(`Total, initial term (years 1 to ${initialYears})`, first + initialYears - 1);
      totalOver(
        `Total, maximum term (years 1 to ${inputs.bedsByYear.length})`,
        first + inputs.bedsByYear.length - 1
      );
      table.addRow([
        "Whole-life cost with every bed paid for every year (CARE.WHOLELIFE)",
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
      return table.finish("Whole-life cost");
    },
  },
  { tableNumber: 2, pence: true }
);
