import { apportion, Decimal, roundToTotal, sum, Term, wholeLife } from "../core";
import { defineBuilder } from "./builder";
import { cellRef, rangeRef } from "../core/a1";
import { shown } from "./display";
import { cellKey, FormReader } from "./form";
import { FORMAT, moneyFormat, moneyPlaces, PERCENT_ONE_PLACE, ROUNDED_NOTE } from "./formats";
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

/** The figures as the table shows them: shares of the cost rounded so that each column adds up. */
function shownShares(inputs: PartnershipInputs, pence: boolean) {
  const weights = inputs.partners.map((p) => p.beds);
  const total = sum(weights);
  const money = (amount: Decimal) => roundToTotal(apportion(amount, weights), moneyPlaces(pence));
  return {
    weights,
    fractions: roundToTotal(
      weights.map((w) => w.div(total)),
      PERCENT_ONE_PLACE
    ),
    annual: money(inputs.annualCost),
    overTerm: money(wholeLife(inputs.annualCost, inputs.term.maximumYears)),
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
        unit: "£ a year",
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
      const money = moneyFormat(pence);
      const { weights, fractions, annual, overTerm } = shownShares(inputs, pence);
      const totals = [sum(weights), sum(fractions), sum(annual), sum(overTerm)];
      const formats = [FORMAT.general, FORMAT.percentOnePlace, money, money];
      return {
        columns: ["Partner", "Beds or share", "Share", "Annual", "Over the term"],
        rows: [
          ...inputs.partners.map((p, i) => ({
            key: `${i}-${p.name}`,
            cells: [
              p.name,
              ...[weights[i], fractions[i], annual[i], overTerm[i]].map((v, c) =>
                shown(v, formats[c])
              ),
            ],
          })),
          {
            key: "total",
            cells: ["Total", ...totals.map((v, c) => shown(v, formats[c]))],
            total: true,
          },
        ],
        note: ROUNDED_NOTE,
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(`Table ${tableNumber}: Partnership cost share`);
      table.addRow(["Inputs"], "heading");
      const annualCost = table.addInput(
        "Annual cost of the partnership (£ a year)",
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
      // Shown columns B to E; after a gap, the exact figures they are rounded from. Money shown to the
      // penny is exact already (CARE.SHARE shares in pence), so only whole pounds need exact columns.
      const exact = { share: 6, annual: pence ? 3 : 7, overTerm: pence ? 4 : 8 };
      table.addRow(
        [
          "Partner",
          "Beds or share",
          "Share of the cost",
          "Annual share",
          "Share over the term",
          "",
          "Exact share",
          ...(pence ? [] : ["Exact annual share", "Exact share over the term"]),
        ],
        "heading"
      );
      const first = table.nextRow;
      const last = first + inputs.partners.length - 1;
      const column = (c: number) => rangeRef({ row: first, column: c }, { row: last, column: c });
      const weights = column(1);
      const fixedWeights = rangeRef(
        { row: first, column: 1 },
        { row: last, column: 1 },
        { row: true, column: true }
      );
      const exactFigure = moneyFormat(true);
      // One spilling formula per column; the cells below receive the spill.
      const spill = (i: number, formula: string, format: string) => ({
        value: i === 0 ? formula : "",
        format,
      });
      const shares = (total: string) => `=CARE.SHARE(${total},${weights})`;
      const roundedFrom = (c: number, places: number) => `=CARE.ROUNDTOTAL(${column(c)},${places})`;
      inputs.partners.forEach((partner, i) => {
        const row = table.nextRow;
        table.addRow([
          { value: partner.name, input: true },
          { value: partner.beds.toNumber(), format: FORMAT.general, input: true },
          spill(i, roundedFrom(exact.share, PERCENT_ONE_PLACE), FORMAT.percentOnePlace),
          spill(i, pence ? shares(annualCost) : roundedFrom(exact.annual, 0), money),
          spill(i, pence ? shares(termCost) : roundedFrom(exact.overTerm, 0), money),
          "",
          {
            value: `=${cellRef({ row, column: 1 })}/SUM(${fixedWeights})`,
            format: FORMAT.percentFourPlaces,
          },
          ...(pence
            ? []
            : [spill(i, shares(annualCost), exactFigure), spill(i, shares(termCost), exactFigure)]),
        ]);
      });
      const sumColumn = (c: number, format: string) => ({ value: `=SUM(${column(c)})`, format });
      const totalRow = table.addRow(
        [
          "Total",
          sumColumn(1, FORMAT.general),
          sumColumn(2, FORMAT.percentOnePlace),
          sumColumn(3, money),
          sumColumn(4, money),
          "",
          sumColumn(6, FORMAT.percentFourPlaces),
          ...(pence ? [] : [sumColumn(7, exactFigure), sumColumn(8, exactFigure)]),
        ],
        "total"
      );
      const check = table.addRow(["Check: total less the sum of the exact shares (0 when exact)"]);
      table.setCell(
        check,
        exact.annual,
        `=${annualCost}-${cellRef({ row: totalRow, column: exact.annual })}`,
        exactFigure
      );
      table.setCell(
        check,
        exact.overTerm,
        `=${termCost}-${cellRef({ row: totalRow, column: exact.overTerm })}`,
        exactFigure
      );
      table.addRow([ROUNDED_NOTE]);
      return table.finish("Partnership cost share");
    },
  },
  { tableNumber: 4, pence: true }
);
