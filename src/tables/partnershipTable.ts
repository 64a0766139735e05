import { apportion, Decimal, Term, wholeLife } from "../core";
import { defineBuilder } from "./builder";
import { cellRef, rangeRef } from "../core/a1";
import { showMoney, showPercent } from "./display";
import { cellKey, FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";

/** Partnership cost share: each partner's share of the annual and whole-term cost, exact to the penny. */
export interface PartnershipInputs {
  readonly annualCost: Decimal;
  readonly term: Term;
  readonly termText: string;
  readonly partners: readonly { readonly name: string; readonly beds: Decimal }[];
}

function read(form: FormReader): PartnershipInputs {
  const annualCost = form.amount("annualCost", "the annual cost of the partnership");
  if (!annualCost.mul(100).isInteger())
    form.fail("annualCost", "Give the annual cost in whole pence.");
  const partners = form.rows("partners").map((row, i) => {
    if (row[0] === "") form.fail(cellKey("partners", i, 0), "Name the partner.");
    return {
      name: row[0],
      beds: form.amount(cellKey("partners", i, 1), "the beds or share", row[1], "zeroOrMore"),
    };
  });
  if (partners.length === 0) form.fail("partners", "Add at least one partner.");
  else if (partners.every((p) => p.beds.isZero()))
    form.fail(cellKey("partners", 0, 1), "At least one partner needs beds or a share above 0.");
  return {
    annualCost,
    term: form.term("term", "the contract term"),
    termText: form.text("term"),
    partners,
  };
}

export const partnershipTable = defineBuilder<PartnershipInputs>(
  {
    id: "partnership",
    name: "Partnership cost share",
    description:
      "Each partner's share of the annual cost and of the cost over the term, in proportion to beds or shares, adding up exactly to the totals.",
    fields: [
      {
        kind: "text",
        key: "annualCost",
        label: "Annual cost of the partnership",
        inputMode: "decimal",
      },
      { kind: "text", key: "term", label: "Contract term", hint: 'e.g. "4+2+2".' },
      {
        kind: "rows",
        key: "partners",
        label: "Partners and their beds (or shares)",
        rowName: "partner",
        columns: [{ label: "Partner" }, { label: "Beds or share" }],
        minRows: 1,
        maxRows: 40,
      },
    ],
    // Hackney 2019: £4,797,956.16 a year across seven boroughs with 5 beds each, 4+2+2 years.
    defaults: {
      annualCost: "4,797,956.16",
      term: "4+2+2",
      partners: ["A", "B", "C", "D", "E", "F", "G"].map((letter) => [`Borough ${letter}`, "5"]),
    },
    read,

    preview(inputs, { pence }) {
      const weights = inputs.partners.map((p) => p.beds);
      const totalWeight = weights.reduce((t, w) => t.add(w), new Decimal(0));
      const annualShares = apportion(inputs.annualCost, weights);
      const termShares = apportion(wholeLife(inputs.annualCost, inputs.term.maximumYears), weights);
      return {
        caption: "Shares by partner",
        columns: ["Partner", "Share", "Annual", "Over the term"],
        rows: inputs.partners.map((p, i) => ({
          key: `${i}-${p.name}`,
          cells: [
            p.name,
            showPercent(p.beds.div(totalWeight)),
            showMoney(annualShares[i], pence),
            showMoney(termShares[i], pence),
          ],
        })),
        note: `The shares add up exactly to ${showMoney(inputs.annualCost, true)} a year and ${showMoney(
          wholeLife(inputs.annualCost, inputs.term.maximumYears),
          true
        )} over ${inputs.term.maximumYears.toString()} years.`,
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(`Table ${tableNumber}: Partnership cost share`);
      table.addRow(["Inputs"], "heading");
      const annualCost = table.addInput(
        "Annual cost of the partnership",
        inputs.annualCost.toNumber(),
        moneyFormat(true)
      );
      const term = table.addInput(
        "Contract term (years + extensions)",
        inputs.termText,
        FORMAT.text
      );
      table.addCalculation("Maximum term (years)", `=CARE.TERMYEARS(${term})`, FORMAT.general);
      const termCost = table.addCalculation(
        "Cost over the maximum term",
        `=CARE.WHOLELIFE(${annualCost},${term})`,
        money
      );
      table.addRow([]);
      table.addRow(
        ["Partner", "Beds or share", "Share of the cost", "Annual share", "Share over the term"],
        "heading"
      );
      const first = table.nextRow;
      const last = first + inputs.partners.length - 1;
      const weights = rangeRef({ row: first, column: 1 }, { row: last, column: 1 });
      const fixedWeights = rangeRef(
        { row: first, column: 1 },
        { row: last, column: 1 },
        { row: true, column: true }
      );
      inputs.partners.forEach((partner, i) => {
        const row = table.nextRow;
        table.addRow([
          { value: partner.name, input: true },
          { value: partner.beds.toNumber(), format: FORMAT.general, input: true },
          {
            value: `=${cellRef({ row, column: 1 })}/SUM(${fixedWeights})`,
            format: FORMAT.percentOnePlace,
          },
          // One spilling formula per column shares each total exactly; the cells below receive the spill.
          { value: i === 0 ? `=CARE.SHARE(${annualCost},${weights})` : "", format: money },
          { value: i === 0 ? `=CARE.SHARE(${termCost},${weights})` : "", format: money },
        ]);
      });
      const sumColumn = (column: number) =>
        `=SUM(${rangeRef({ row: first, column }, { row: last, column })})`;
      const totalRow = table.addRow(
        [
          "Total",
          { value: sumColumn(1), format: FORMAT.general },
          { value: sumColumn(2), format: FORMAT.percentOnePlace },
          { value: sumColumn(3), format: money },
          { value: sumColumn(4), format: money },
        ],
        "total"
      );
      table.addRow([
        "Check: total less the sum of the shares (0 when exact)",
        "",
        "",
        {
          value: `=${annualCost}-${cellRef({ row: totalRow, column: 3 })}`,
          format: moneyFormat(true),
        },
        {
          value: `=${termCost}-${cellRef({ row: totalRow, column: 4 })}`,
          format: moneyFormat(true),
        },
      ]);
      return table.finish("Partnership cost share");
    },
  },
  { tableNumber: 4, pence: true }
);
