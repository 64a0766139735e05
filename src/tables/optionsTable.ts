import { Decimal, presentValue, uplifted } from "../core";
import { defineBuilder } from "./builder";
import { cellRef, rangeRef } from "../core/a1";
import { shown } from "./display";
import { cellKey, FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";
import { implausibleDiscountRate } from "./warnings";

/** Options appraisal: each option's yearly costs, total, Green Book present value and difference from the baseline. */
export interface OptionsInputs {
  readonly years: number;
  /** Undefined: the Green Book schedule (3.5% for years 0 to 30). */
  readonly discountRate?: Decimal;
  readonly options: readonly {
    readonly name: string;
    readonly oneOffCost: Decimal;
    readonly annualCost: Decimal;
    readonly uplift: Decimal;
  }[];
}

function read(form: FormReader): OptionsInputs {
  const options = form.rows("options").map((row, i) => {
    if (row[0] === "") form.fail(cellKey("options", i, 0), "Name the option.");
    return {
      name: row[0],
      oneOffCost: form.amount(
        cellKey("options", i, 1),
        "the one-off cost",
        row[1] === "" ? "0" : row[1],
        "zeroOrMore"
      ),
      annualCost: form.amount(cellKey("options", i, 2), "the annual cost", row[2], "zeroOrMore"),
      uplift: form.percent(cellKey("options", i, 3), "the annual uplift", row[3]),
    };
  });
  if (options.length < 2)
    form.fail("options", "Add at least two options: a baseline and an alternative.");
  const rateText = form.text("discountRate");
  return {
    years: form.whole("years", "the years appraised", 1, 60),
    discountRate:
      rateText === "" ? undefined : form.percent("discountRate", "the discount rate", rateText),
    options,
  };
}

function cashflows(inputs: OptionsInputs, option: OptionsInputs["options"][number]): Decimal[] {
  return Array.from({ length: inputs.years }, (_, year) =>
    uplifted(option.annualCost, option.uplift, new Decimal(year)).add(
      year === 0 ? option.oneOffCost : 0
    )
  );
}

export const optionsTable = defineBuilder<OptionsInputs>(
  {
    id: "options",
    name: "Options appraisal",
    description:
      "Options such as spot purchase as now, a block contract or a council-run home: yearly costs, totals, Green Book present values, the difference from the baseline and the cheapest option.",
    fields: [
      {
        kind: "text",
        key: "years",
        label: "Years appraised",
        hint: "Year 0 is now and is not discounted.",
        inputMode: "numeric",
      },
      {
        kind: "text",
        key: "discountRate",
        label: "Discount rate",
        unit: "% a year",
        hint: "Blank for the Green Book schedule: 3.5% a year to year 30.",
        inputMode: "decimal",
      },
      {
        kind: "rows",
        key: "options",
        label: "Options (the first is the baseline)",
        rowName: "option",
        columns: [
          { label: "Option" },
          { label: "One-off cost in year 0", unit: "£" },
          { label: "Annual cost", unit: "£ a year" },
          { label: "Annual uplift", unit: "% a year" },
        ],
        minRows: 2,
        maxRows: 12,
      },
    ],
    // Hackney 2019 figures for spot (£921,544 a year for 5 beds) and the high-support block (£685,500);
    // the council-run home is illustrative.
    defaults: {
      years: "8",
      discountRate: "",
      options: [
        ["Spot purchase as now", "0", "921,544", "0"],
        ["Block contract", "0", "685,500", "0"],
        ["Council-run home", "750,000", "560,000", "0"],
      ],
    },
    read,
    warnings: (inputs) => implausibleDiscountRate(inputs.discountRate),

    preview(inputs, { pence }) {
      const values = inputs.options.map((o) => {
        const flows = cashflows(inputs, o);
        return {
          total: flows.reduce((t, f) => t.add(f), new Decimal(0)),
          pv: presentValue(flows, inputs.discountRate),
        };
      });
      const cheapest = values.map((v) => v.pv).reduce((a, b) => (b.lt(a) ? b : a));
      return {
        columns: ["Option", "Total cost", "Present value", "Against baseline"],
        rows: inputs.options.map((o, i) => ({
          key: `${i}-${o.name}`,
          cells: [
            values[i].pv.eq(cheapest) ? `${o.name} (cheapest)` : o.name,
            shown(values[i].total, moneyFormat(pence)),
            shown(values[i].pv, moneyFormat(pence)),
            shown(values[i].pv.sub(values[0].pv), moneyFormat(pence)),
          ],
        })),
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(`Table ${tableNumber}: Options appraisal`);
      table.addRow(["Inputs"], "heading");
      // The years are the columns below, fixed when the table is built: shown, not an input to change.
      table.addRow([
        "Years appraised (the year columns below)",
        { value: inputs.years, format: FORMAT.whole },
      ]);
      const rate = table.addInput(
        "Discount rate (blank = Green Book, 3.5% to year 30)",
        inputs.discountRate?.toNumber() ?? "",
        FORMAT.percentOnePlace
      );
      table.addRow([]);
      const firstYear = 4;
      const lastYear = firstYear + inputs.years - 1;
      const col = {
        total: lastYear + 1,
        pv: lastYear + 2,
        difference: lastYear + 3,
        cheapest: lastYear + 4,
      };
      // The year headings are numbers shown as "Year 0", so each year's formula can use its year.
      const yearsRow = table.addRow(
        [
          "Option",
          "One-off cost in year 0 (£)",
          "Annual cost (£ a year)",
          "Annual uplift (% a year)",
          ...Array.from({ length: inputs.years }, (_, year) => ({
            value: year,
            format: '"Year "0',
          })),
          "Total cost",
          "Present value",
          "Difference from baseline (present value)",
          "Cheapest",
        ],
        "heading"
      );
      const first = table.nextRow;
      const last = first + inputs.options.length - 1;
      inputs.options.forEach((option) => {
        const row = table.nextRow;
        const at = (column: number) => cellRef({ row, column });
        const flows = rangeRef({ row, column: firstYear }, { row, column: lastYear });
        table.addRow([
          { value: option.name, input: true },
          { value: option.oneOffCost.toNumber(), format: money, input: true },
          { value: option.annualCost.toNumber(), format: money, input: true },
          { value: option.uplift.toNumber(), format: FORMAT.percentOnePlace, input: true },
          ...Array.from({ length: inputs.years }, (_, i) => {
            const year = cellRef({ row: yearsRow, column: firstYear + i }, { row: true });
            return {
              value: `=IF(${year}=0,${cellRef({ row, column: 1 }, { column: true })},0)+CARE.UPLIFT(${cellRef({ row, column: 2 }, { column: true })},${cellRef({ row, column: 3 }, { column: true })},${year})`,
              format: money,
            };
          }),
          { value: `=SUM(${flows})`, format: money },
          { value: `=CARE.NPV(${flows},${rate})`, format: money },
          {
            value: `=${at(col.pv)}-${cellRef({ row: first, column: col.pv }, { row: true })}`,
            format: money,
          },
          `=IF(${at(col.pv)}=MIN(${rangeRef({ row: first, column: col.pv }, { row: last, column: col.pv }, { row: true })}),"Cheapest","")`,
        ]);
      });
      return table.finish("Options appraisal");
    },
  },
  { tableNumber: 5, pence: false }
);
