import {
  Decimal,
  lowBidFlag,
  PRICE_METHOD_NAMES,
  PRICE_METHODS,
  PriceMethod,
  priceScore,
  qualityScore,
  roundHalfAway,
} from "../core";
import { defineBuilder } from "./builder";
import { cellRef, rangeRef } from "../core/a1";
import { shown } from "./display";
import { fixedFormat } from "./cellFormat";
import { cellKey, counted, FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";

/** Tender (or mini-competition) evaluation: quality marks, price marks, totals, rank and flags. */
export interface TenderInputs {
  readonly procurement: "tender" | "miniCompetition";
  readonly priceMarks: Decimal;
  readonly maxScore: Decimal;
  readonly method: PriceMethod;
  readonly budget?: Decimal;
  /** Totals are compared, and ties found, at this many decimal places. */
  readonly places: number;
  readonly criteria: readonly { readonly name: string; readonly weight: Decimal }[];
  readonly passFail: readonly string[];
  readonly bidders: readonly {
    readonly name: string;
    readonly price: Decimal;
    readonly scores: readonly Decimal[];
    readonly passed: readonly boolean[];
  }[];
}

const HUNDRED = new Decimal(100);

function listOf(text: string): string[] {
  return text === "" ? [] : text.split(",").map((part) => part.trim());
}

function read(form: FormReader): TenderInputs {
  const criteria = form.rows("criteria").map((row, i) => {
    if (row[0] === "") form.fail(cellKey("criteria", i, 0), "Name the criterion.");
    return { name: row[0], weight: form.amount(cellKey("criteria", i, 1), "the weight", row[1]) };
  });
  if (criteria.length === 0) form.fail("criteria", "Add at least one quality criterion.");
  const priceMarks = form.amount("priceMarks", "the price marks");
  const qualityMarks = criteria.reduce((total, c) => total.add(c.weight), new Decimal(0));
  if (form.ok && !qualityMarks.add(priceMarks).eq(HUNDRED)) {
    form.fail(
      "priceMarks",
      `Quality weights (${qualityMarks.toString()}) and price marks (${priceMarks.toString()}) must add up to 100.`
    );
  }
  const maxScore = form.amount("maxScore", "the top of the scoring scale");
  const passFail = listOf(form.text("passFail"));
  const bidders = form.rows("bidders").map((row, i) => {
    if (row[0] === "") form.fail(cellKey("bidders", i, 0), "Name the bidder.");
    // A zero or missing price is flagged in the table, not refused: it needs clarifying with the bidder.
    const price =
      row[1] === ""
        ? new Decimal(0)
        : form.amount(cellKey("bidders", i, 1), "the price", row[1], "zeroOrMore");
    const scoreTexts = listOf(row[2]);
    if (scoreTexts.length !== criteria.length) {
      form.fail(
        cellKey("bidders", i, 2),
        `Give ${counted(criteria.length, "score")}, one per criterion, separated by commas.`
      );
    }
    const scores = scoreTexts.map((text) => {
      const score = form.amount(cellKey("bidders", i, 2), "each score", text, "zeroOrMore");
      if (score.gt(maxScore))
        form.fail(cellKey("bidders", i, 2), `Scores cannot be above ${maxScore.toString()}.`);
      return score;
    });
    const results = listOf(row[3] ?? "");
    if (results.length !== passFail.length || results.some((r) => !/^(pass|fail)$/i.test(r))) {
      form.fail(
        cellKey("bidders", i, 3),
        passFail.length === 0
          ? "Leave blank: there are no pass/fail criteria."
          : `Give ${counted(passFail.length, "result")}, Pass or Fail, separated by commas.`
      );
    }
    return { name: row[0], price, scores, passed: results.map((r) => /^pass$/i.test(r)) };
  });
  if (bidders.length === 0) form.fail("bidders", "Add at least one bidder.");
  const method = form.choice("method", PRICE_METHODS);
  const budgetText = form.text("budget");
  const budget = budgetText === "" ? undefined : form.amount("budget", "the budget", budgetText);
  if (method === "budget" && budget === undefined)
    form.fail("budget", "Scoring against a budget needs the budget (the ceiling price).");
  return {
    procurement: form.choice("procurement", ["tender", "miniCompetition"]),
    priceMarks,
    maxScore,
    method,
    budget,
    places: form.whole("places", "the decimal places", 0, 6),
    criteria,
    passFail,
    bidders,
  };
}

interface BidderResult {
  readonly name: string;
  readonly compliant: boolean;
  readonly quality: Decimal;
  readonly price: Decimal;
  readonly total?: Decimal;
  readonly rank?: number;
  readonly flags: readonly string[];
}

/** The same evaluation the table's formulas make, for the live preview. */
function evaluate(inputs: TenderInputs): BidderResult[] {
  const compliant = inputs.bidders.map((b) => b.price.gt(0) && b.passed.every(Boolean));
  const compliantBids = inputs.bidders.filter((_, i) => compliant[i]).map((b) => b.price);
  const weights = inputs.criteria.map((c) => c.weight);
  const scored = inputs.bidders.map((b, i) => {
    const quality = qualityScore(b.scores, weights, inputs.maxScore);
    const price = compliant[i]
      ? priceScore(b.price, compliantBids, inputs.priceMarks, inputs.method, inputs.budget)
      : new Decimal(0);
    return {
      quality,
      price,
      total: compliant[i] ? roundHalfAway(quality.add(price), inputs.places) : undefined,
    };
  });
  const totals = scored.flatMap((s) => (s.total ? [s.total] : []));
  return inputs.bidders.map((b, i) => {
    const { quality, price, total } = scored[i];
    const flags = [
      ...(b.passed.every(Boolean) ? [] : ["failed pass/fail"]),
      ...(b.price.gt(0) ? [] : ["zero or missing price"]),
      ...(compliant[i] && lowBidFlag(b.price, compliantBids)
        ? ["abnormally low: investigate"]
        : []),
      ...(total && totals.filter((t) => t.eq(total)).length > 1 ? ["tie"] : []),
    ];
    const rank = total ? totals.filter((t) => t.gt(total)).length + 1 : undefined;
    return { name: b.name, compliant: compliant[i], quality, price, total, rank, flags };
  });
}

export const tenderTable = defineBuilder<TenderInputs>(
  {
    id: "tender",
    name: "Tender evaluation",
    description:
      "Weighted quality marks, price marks, totals and rank for each bidder, with flags for ties, failed pass/fail criteria, zero prices and abnormally low bids. For a one-off tender or a mini-competition under a framework or DPS.",
    fields: [
      {
        kind: "choice",
        key: "procurement",
        label: "Procurement",
        options: [
          { value: "tender", label: "One-off tender" },
          { value: "miniCompetition", label: "Mini-competition (framework or DPS call-off)" },
        ],
      },
      {
        kind: "rows",
        key: "criteria",
        label: "Quality criteria and weights (marks)",
        rowName: "criterion",
        columns: [{ label: "Criterion" }, { label: "Weight (marks)" }],
        minRows: 1,
        maxRows: 12,
      },
      {
        kind: "text",
        key: "priceMarks",
        label: "Price marks",
        hint: "Quality weights and price marks add up to 100.",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "maxScore",
        label: "Top of the quality scoring scale",
        hint: "e.g. 5 for scores 0 to 5.",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "passFail",
        label: "Pass/fail criteria",
        hint: "Comma-separated; bidders failing one get no price marks and no rank.",
      },
      {
        kind: "rows",
        key: "bidders",
        label: "Bidders",
        rowName: "bidder",
        columns: [
          { label: "Bidder" },
          { label: "Price", unit: "£" },
          { label: "Quality scores", hint: "One per criterion, comma-separated." },
          { label: "Pass/fail results", hint: "Pass or Fail, one per pass/fail criterion." },
        ],
        minRows: 1,
        maxRows: 40,
      },
      {
        kind: "choice",
        key: "method",
        label: "Price-scoring method",
        options: PRICE_METHODS.map((method) => ({
          value: method,
          label: PRICE_METHOD_NAMES[method],
        })),
      },
      {
        kind: "text",
        key: "budget",
        label: "Budget (ceiling price)",
        hint: "Only when scoring against a budget.",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "places",
        label: "Marks shown to (decimal places)",
        hint: "Ties are found at this precision.",
        inputMode: "numeric",
      },
    ],
    // Hackney 2019, 7.1.10: quality 50 (25/10/10/5), price 50. The report withholds the bids; these notional
    // bids and scores reproduce its marks (A 35.500 + 47.297 = 82.797).
    defaults: {
      procurement: "tender",
      criteria: [
        ["Service delivery and quality", "25"],
        ["Safeguarding", "10"],
        ["Outcomes", "10"],
        ["Staffing", "5"],
      ],
      priceMarks: "50",
      maxScore: "5",
      passFail: "Ofsted registration",
      bidders: [
        ["Provider A", "19,209,500", "4, 3.5, 3, 2.5", "Pass"],
        ["Provider B", "18,171,034.43", "3, 3, 3, 2.5", "Pass"],
        ["Provider C", "23,648,500", "4, 4.5, 4, 4", "Pass"],
      ],
      method: "lowest",
      budget: "",
      places: "3",
    },
    read,

    preview(inputs) {
      const marks = (d: Decimal) => shown(d, fixedFormat(inputs.places));
      return {
        columns: ["Bidder", "Quality", "Price", "Total", "Rank", "Flags"],
        rows: evaluate(inputs).map((r, i) => ({
          key: `${i}-${r.name}`,
          cells: [
            r.name,
            marks(r.quality),
            r.compliant ? marks(r.price) : "",
            r.total ? marks(r.total) : "excluded",
            r.rank ? String(r.rank) : "",
            r.flags.join("; "),
          ],
        })),
      };
    },

    chartPoints(inputs) {
      const results = evaluate(inputs);
      return [
        results.map((r) => ({ x: r.name, y: r.quality.toNumber() })),
        results.map((r) => ({ x: r.name, y: r.price.toNumber() })),
      ];
    },

    plan(inputs, { tableNumber }) {
      const kind =
        inputs.procurement === "tender"
          ? "Tender evaluation"
          : "Mini-competition evaluation (call-off)";
      const table = new TableLayout(
        `Table ${tableNumber}: ${kind}`,
        "Marks out of 100; prices £, excluding VAT"
      );
      table.addRow(["Inputs"], "heading");
      const priceMarks = table.addInput(
        "Price marks",
        inputs.priceMarks.toNumber(),
        FORMAT.general
      );
      const qualityMarksRow = table.nextRow;
      table.addRow(["Quality marks (sum of the weights)"]);
      const maxScore = table.addInput(
        "Top of the quality scoring scale",
        inputs.maxScore.toNumber(),
        FORMAT.general
      );
      const method = table.addInput(
        "Price-scoring method",
        PRICE_METHOD_NAMES[inputs.method],
        FORMAT.text
      );
      const budget = table.addInput(
        "Budget (£, the ceiling price, when scoring against a budget)",
        inputs.budget?.toNumber() ?? "",
        moneyFormat(true)
      );
      const places = table.addInput("Marks shown to (decimal places)", inputs.places, FORMAT.whole);
      table.addRow([]);

      const pf = inputs.passFail.length;
      const q = inputs.criteria.length;
      // What a reader looks for first (marks, total, rank, flags), then the workings, then the
      // inputs each bidder was scored on: pass/fail results and quality scores.
      const col = {
        quality: 2,
        price: 3,
        shown: 4,
        rank: 5,
        tie: 6,
        failed: 7,
        zero: 8,
        low: 9,
        compliant: 10,
        total: 11,
      };
      const firstPassFail = 12;
      const firstScore = firstPassFail + pf;
      const marks = fixedFormat(inputs.places);
      table.addRow(
        [
          "Bidder",
          "Price (£)",
          "Quality marks",
          "Price marks",
          "Total marks",
          "Rank",
          "Tie",
          "Failed pass/fail",
          "Zero or missing price",
          "Abnormally low: investigate",
          "Compliant",
          "Total marks before rounding",
          ...inputs.passFail.map((name) => `Pass/fail: ${name}`),
          ...inputs.criteria.map((c) => c.name),
        ],
        "heading"
      );
      const weightsRow = table.addRow([
        "Weight (marks)",
        ...Array<string>(firstPassFail - 1).fill(""),
        ...inputs.passFail.map(() => "Pass/fail"),
        ...inputs.criteria.map((c) => ({
          value: c.weight.toNumber(),
          format: FORMAT.general,
          input: true,
        })),
      ]);
      const first = table.nextRow;
      const last = first + inputs.bidders.length - 1;
      const column = (c: number) =>
        rangeRef({ row: first, column: c }, { row: last, column: c }, { row: true, column: true });
      const compliantBids = `FILTER(${column(1)},${column(col.compliant)}="Yes")`;
      const yesNo = (condition: string) => `IF(${condition},"Yes","No")`;
      inputs.bidders.forEach((bidder) => {
        const row = table.nextRow;
        const at = (c: number) => cellRef({ row, column: c });
        const compliant = `${at(col.compliant)}="Yes"`;
        const passes = inputs.passFail.map((_, i) => `${at(firstPassFail + i)}="Pass"`);
        const scores = rangeRef({ row, column: firstScore }, { row, column: firstScore + q - 1 });
        const weights = rangeRef(
          { row: weightsRow, column: firstScore },
          { row: weightsRow, column: firstScore + q - 1 },
          { row: true }
        );
        table.addRow([
          { value: bidder.name, input: true },
          { value: bidder.price.toNumber(), format: moneyFormat(true), input: true },
          { value: `=CARE.QUALITYSCORE(${scores},${weights},${maxScore})`, format: marks },
          {
            value: `=IF(${compliant},CARE.PRICESCORE(${at(1)},${compliantBids},${priceMarks},${method},${budget}),0)`,
            format: marks,
          },
          { value: `=IF(${compliant},ROUND(${at(col.total)},${places}),"")`, format: marks },
          `=IF(${compliant},COUNTIFS(${column(col.shown)},">"&${at(col.shown)})+1,"")`,
          `=IF(${compliant},${yesNo(`COUNTIFS(${column(col.shown)},${at(col.shown)})>1`)},"No")`,
          pf === 0 ? "No" : `=${yesNo(`NOT(AND(${passes.join(",")}))`)}`,
          `=${yesNo(`N(${at(1)})<=0`)}`,
          `=IF(${compliant},${yesNo(`CARE.LOWBIDFLAG(${at(1)},${compliantBids})`)},"No")`,
          `=${yesNo(`AND(N(${at(1)})>0${passes.map((p) => `,${p}`).join("")})`)}`,
          {
            value: `=IF(${compliant},${at(col.quality)}+${at(col.price)},"")`,
            format: marks,
          },
          ...bidder.passed.map((passed) => ({ value: passed ? "Pass" : "Fail", input: true })),
          ...bidder.scores.map((s) => ({
            value: s.toNumber(),
            format: FORMAT.general,
            input: true,
          })),
        ]);
      });
      table.setCell(
        qualityMarksRow,
        1,
        `=SUM(${rangeRef({ row: weightsRow, column: firstScore }, { row: weightsRow, column: firstScore + q - 1 }, { row: true, column: true })})`
      );
      return table.finish(kind, {
        kind: "stackedColumn",
        title: "Quality and price marks by bidder",
        xAxisTitle: "Bidder",
        yAxisTitle: "Marks",
        categories: { from: { row: first, column: 0 }, to: { row: last, column: 0 } },
        series: [
          {
            name: "Quality marks",
            values: {
              from: { row: first, column: col.quality },
              to: { row: last, column: col.quality },
            },
          },
          {
            name: "Price marks",
            values: {
              from: { row: first, column: col.price },
              to: { row: last, column: col.price },
            },
          },
        ],
        anchor: { row: last + 2, column: 0 },
      });
    },
  },
  { tableNumber: 3, pence: true }
);
