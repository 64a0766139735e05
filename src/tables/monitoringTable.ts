import { Decimal, sum } from "../core";
import { costPerOccupied, occupancyRate, realisedSaving } from "../core/afterAward";
import { absoluteRef, cellRef, rangeRef } from "../core/a1";
import { defineBuilder } from "./builder";
import { shown, shownPercent } from "./display";
import { cellKey, FormReader } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import { TableLayout } from "./layout";
import { percentText } from "./sentences";

/**
 * Contract monitoring once the block runs: one row per month or quarter, what its occupied
 * bed-nights say about occupancy and about the saving against spot, with a RAG status.
 */
export interface MonitoringInputs {
  /** Block price per bed per week. */
  readonly blockRate: Decimal;
  /** Spot price per placement per week. */
  readonly spotRate: Decimal;
  readonly plannedOccupancy: Decimal;
  /** Green at or above this occupancy. */
  readonly target: Decimal;
  /** Amber from this occupancy up to the target; Red below it. */
  readonly amberFrom: Decimal;
  readonly periods: readonly {
    readonly name: string;
    readonly days: number;
    readonly beds: number;
    /** Undefined until the period is reported. */
    readonly occupiedNights?: Decimal;
  }[];
}

const WEEK = new Decimal(7);

function read(form: FormReader): MonitoringInputs {
  const target = form.requiredPercent("target", "the target occupancy");
  const amberFrom = form.requiredPercent("amberFrom", "the occupancy Amber starts from");
  if (form.text("target") !== "" && amberFrom.gt(target)) {
    form.fail("amberFrom", "Amber must start at or below the target occupancy.");
  }
  const periods = form.rows("periods").map((row, i) => {
    const key = (column: number) => cellKey("periods", i, column);
    if (row[0] === "") form.fail(key(0), "Name the period, e.g. Apr 2025 or Q1 2025/26.");
    const days = form.whole(key(1), "the days in the period", 1, 366, row[1]);
    const beds = form.whole(key(2), "the beds contracted", 1, 1000, row[2]);
    if (row[3] === "") return { name: row[0], days, beds };
    const occupiedNights = form.amount(key(3), "the occupied bed-nights", row[3], "zeroOrMore");
    if (occupiedNights.gt(days * beds)) {
      form.fail(key(3), `At most ${days * beds} bed-nights: ${beds} beds for ${days} days.`);
    }
    return { name: row[0], days, beds, occupiedNights };
  });
  if (periods.length === 0) form.fail("periods", "Add at least one period.");
  return {
    blockRate: form.amount("blockRate", "the block price per bed per week"),
    spotRate: form.amount("spotRate", "the spot price per placement per week"),
    plannedOccupancy: form.requiredPercent("plannedOccupancy", "the planned occupancy"),
    target,
    amberFrom,
    periods,
  };
}

function ragStatus(occupancy: Decimal, inputs: MonitoringInputs): string {
  if (occupancy.gte(inputs.target)) return "Green";
  return occupancy.gte(inputs.amberFrom) ? "Amber" : "Red";
}

/** What the table's formulas compute for each period, for the preview. */
function periodFigures(inputs: MonitoringInputs) {
  let realisedSoFar = new Decimal(0);
  let blockSoFar = new Decimal(0);
  let nightsSoFar = new Decimal(0);
  return inputs.periods.map((period) => {
    const available = new Decimal(period.days * period.beds);
    const blockCost = inputs.blockRate.mul(available).div(WEEK);
    blockSoFar = blockSoFar.add(blockCost);
    nightsSoFar = nightsSoFar.add(available);
    const forecast = realisedSaving(
      blockSoFar,
      inputs.spotRate,
      nightsSoFar.mul(inputs.plannedOccupancy)
    );
    if (period.occupiedNights === undefined) return { period, blockCost, forecast };
    const realised = realisedSaving(blockCost, inputs.spotRate, period.occupiedNights);
    realisedSoFar = realisedSoFar.add(realised);
    return {
      period,
      blockCost,
      forecast,
      occupancy: occupancyRate(
        period.occupiedNights,
        new Decimal(period.beds),
        new Decimal(period.days)
      ),
      realised,
      cumulative: realisedSoFar,
    };
  });
}

/** The figures to date, as the table's totals row gives them. */
function toDate(
  inputs: MonitoringInputs,
  figures: ReturnType<typeof periodFigures>,
  pence: boolean
): string {
  const reported = figures.filter((f) => f.occupancy !== undefined);
  if (reported.length === 0) return "No period has its occupied bed-nights entered yet.";
  const nights = sum(reported.map((f) => f.period.occupiedNights!));
  const available = reported.reduce((t, f) => t + f.period.days * f.period.beds, 0);
  const occupancy = nights.div(available);
  const latest = reported[reported.length - 1];
  const perWeek = nights.isZero()
    ? ""
    : `; cost per occupied bed-week ${shown(costPerOccupied(sum(reported.map((f) => f.blockCost)), nights), FORMAT.poundsAndPence)} against spot ${shown(inputs.spotRate, FORMAT.poundsAndPence)}`;
  return `To date: occupancy ${shownPercent(occupancy)} (${ragStatus(occupancy, inputs)}); realised saving ${shown(latest.cumulative!, moneyFormat(pence))} against ${shown(latest.forecast, moneyFormat(pence))} forecast${perWeek}.`;
}

export const monitoringTable = defineBuilder<MonitoringInputs>(
  {
    id: "monitoring",
    name: "Contract monitoring",
    description:
      "Once the block runs: occupancy, the block's cost against the spot cost of the beds used, and the realised saving against the forecast, month by month or quarter by quarter, with a RAG status against a target occupancy.",
    fields: [
      {
        kind: "text",
        key: "blockRate",
        label: "Block price per bed per week",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "spotRate",
        label: "Spot price per placement per week",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "plannedOccupancy",
        label: "Planned occupancy (%), for the forecast",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "target",
        label: "Target occupancy (%): Green at or above",
        inputMode: "decimal",
      },
      {
        kind: "text",
        key: "amberFrom",
        label: "Amber from (%): Red below",
        inputMode: "decimal",
      },
      {
        kind: "rows",
        key: "periods",
        label: "Months or quarters",
        rowName: "period",
        columns: [
          { label: "Period" },
          { label: "Days" },
          { label: "Beds contracted" },
          { label: "Occupied bed-nights", hint: "Blank until the period is reported." },
        ],
        minRows: 1,
        maxRows: 60,
      },
    ],
    // Hackney 2019: high support £2,636.23 a bed a week; spot £184,308.80 a year (£3,544.40 a week);
    // 90% occupancy aimed for. The bed-nights are an example year, April 2025 to March 2026.
    defaults: {
      blockRate: "2,636.23",
      spotRate: "3,544.40",
      plannedOccupancy: "90",
      target: "90",
      amberFrom: "80",
      periods: [
        ["Apr 2025", "30", "5", "135"],
        ["May 2025", "31", "5", "155"],
        ["Jun 2025", "30", "5", "120"],
        ["Jul 2025", "31", "5", "140"],
        ["Aug 2025", "31", "5", "124"],
        ["Sep 2025", "30", "5", "105"],
        ["Oct 2025", "31", "5", "150"],
        ["Nov 2025", "30", "5", "150"],
        ["Dec 2025", "31", "5", "131"],
        ["Jan 2026", "31", "5", "155"],
        ["Feb 2026", "28", "5", "126"],
        ["Mar 2026", "31", "5", "140"],
      ],
    },
    read,

    preview(inputs, { pence }) {
      const figures = periodFigures(inputs);
      return {
        columns: ["Period", "Occupancy", "Realised saving", "Cumulative", "Forecast", "RAG"],
        rows: figures.map((f, i) => ({
          key: `${i}-${f.period.name}`,
          cells: [
            f.period.name,
            f.occupancy ? shownPercent(f.occupancy) : "",
            f.realised ? shown(f.realised, moneyFormat(pence)) : "",
            f.cumulative ? shown(f.cumulative, moneyFormat(pence)) : "",
            shown(f.forecast, moneyFormat(pence)),
            f.occupancy ? ragStatus(f.occupancy, inputs) : "",
          ],
        })),
        note: toDate(inputs, figures, pence),
      };
    },

    plan(inputs, { tableNumber, pence }) {
      const money = moneyFormat(pence);
      const table = new TableLayout(
        `Table ${tableNumber}: Contract monitoring: occupancy and realised saving by period`
      );
      table.addRow(["Inputs"], "heading");
      const blockRate = table.addInput(
        "Block price per bed per week",
        inputs.blockRate.toNumber(),
        moneyFormat(true)
      );
      const spotRate = table.addInput(
        "Spot price per placement per week",
        inputs.spotRate.toNumber(),
        moneyFormat(true)
      );
      const planned = table.addInput(
        "Planned occupancy (for the forecast)",
        inputs.plannedOccupancy.toNumber(),
        FORMAT.percentOnePlace
      );
      const target = table.addInput(
        "Target occupancy: Green at or above",
        inputs.target.toNumber(),
        FORMAT.percentOnePlace
      );
      const amberFrom = table.addInput(
        "Amber from: Red below",
        inputs.amberFrom.toNumber(),
        FORMAT.percentOnePlace
      );
      table.addRow([]);

      const headings = [
        "Period",
        "Days",
        "Beds contracted",
        "Bed-nights available",
        "Occupied bed-nights",
        "Occupancy",
        "Block cost",
        "Spot-equivalent cost",
        "Realised saving",
        "Cumulative realised saving",
        "Cumulative forecast at planned occupancy",
        "Cost per occupied bed-week",
        "Over (+) or under (-) spot",
        "RAG status",
      ];
      const column = (heading: string) => headings.indexOf(heading);
      const chartColumn = headings.length + 1;
      table.addRow(
        [...headings, "", "For the chart: cumulative realised (#N/A until reported)"],
        "heading"
      );
      const first = table.nextRow;
      const last = first + inputs.periods.length - 1;
      const fixedRow = (row: number, heading: string) =>
        cellRef({ row, column: column(heading) }, { column: true });
      const wholeColumn = (heading: string) =>
        rangeRef(
          { row: first, column: column(heading) },
          { row: last, column: column(heading) },
          { row: true, column: true }
        );
      const upTo = (row: number, heading: string) =>
        `${absoluteRef({ row: first, column: column(heading) })}:${fixedRow(row, heading)}`;
      const rag = (occupancy: string) =>
        `IF(${occupancy}>=${target},"Green",IF(${occupancy}>=${amberFrom},"Amber","Red"))`;

      inputs.periods.forEach((period) => {
        const row = table.nextRow;
        const at = (heading: string) => fixedRow(row, heading);
        const nights = at("Occupied bed-nights");
        const reported = (formula: string) => `=IF(${nights}="","",${formula})`;
        table.addRow([
          { value: period.name, format: FORMAT.text, input: true },
          { value: period.days, format: FORMAT.whole, input: true },
          { value: period.beds, format: FORMAT.whole, input: true },
          { value: `=${at("Days")}*${at("Beds contracted")}`, format: FORMAT.whole },
          {
            value: period.occupiedNights?.toNumber() ?? "",
            format: FORMAT.whole,
            input: true,
          },
          {
            value: reported(`CARE.OCCUPANCY(${nights},${at("Beds contracted")},${at("Days")})`),
            format: FORMAT.percentOnePlace,
          },
          // The block is paid for every bed-night available, used or not: price per week / 7 a night.
          { value: `=${blockRate}/7*${at("Bed-nights available")}`, format: money },
          { value: reported(`${spotRate}/7*${nights}`), format: money },
          {
            value: reported(`CARE.REALISEDSAVING(${at("Block cost")},${spotRate},${nights})`),
            format: money,
          },
          { value: reported(`SUM(${upTo(row, "Realised saving")})`), format: money },
          {
            value: `=CARE.REALISEDSAVING(SUM(${upTo(row, "Block cost")}),${spotRate},SUM(${upTo(row, "Bed-nights available")})*${planned})`,
            format: money,
          },
          {
            value: reported(
              `IF(${nights}=0,"No beds occupied",CARE.COSTPEROCCUPIED(${at("Block cost")},${nights}))`
            ),
            format: moneyFormat(true),
          },
          {
            value: `=IF(ISNUMBER(${at("Cost per occupied bed-week")}),${at("Cost per occupied bed-week")}-${spotRate},"")`,
            format: moneyFormat(true),
          },
          reported(rag(at("Occupancy"))),
          "",
          {
            value: `=IF(${nights}="",NA(),${at("Cumulative realised saving")})`,
            format: money,
          },
        ]);
      });

      const totalRow = table.nextRow;
      const total = (heading: string) => absoluteRef({ row: totalRow, column: column(heading) });
      const reportedOnly = (heading: string) =>
        `=SUMIF(${wholeColumn("Occupied bed-nights")},"<>",${wholeColumn(heading)})`;
      table.addRow(
        [
          "Total, periods reported",
          { value: reportedOnly("Days"), format: FORMAT.whole },
          "",
          { value: reportedOnly("Bed-nights available"), format: FORMAT.whole },
          { value: `=SUM(${wholeColumn("Occupied bed-nights")})`, format: FORMAT.whole },
          {
            value: `=IF(${total("Bed-nights available")}=0,"",${total("Occupied bed-nights")}/${total("Bed-nights available")})`,
            format: FORMAT.percentOnePlace,
          },
          { value: reportedOnly("Block cost"), format: money },
          { value: `=SUM(${wholeColumn("Spot-equivalent cost")})`, format: money },
          { value: `=SUM(${wholeColumn("Realised saving")})`, format: money },
          "",
          "",
          {
            value: `=IF(${total("Occupied bed-nights")}=0,"",CARE.COSTPEROCCUPIED(${total("Block cost")},${total("Occupied bed-nights")}))`,
            format: moneyFormat(true),
          },
          {
            value: `=IF(ISNUMBER(${total("Cost per occupied bed-week")}),${total("Cost per occupied bed-week")}-${spotRate},"")`,
            format: moneyFormat(true),
          },
          `=IF(${total("Occupancy")}="","",${rag(total("Occupancy"))})`,
        ],
        "total"
      );
      table.addRow([]);
      table.addRow([
        `="RAG status: Green at or above "&${percentText(target)}&" occupancy; Amber from "&${percentText(amberFrom)}&" up to the target; Red below "&${percentText(amberFrom)}&". Blank until the period's occupied bed-nights are entered."`,
      ]);
      table.addRow([
        "Realised saving: the spot price of the occupied bed-nights less the block cost. The forecast takes the planned occupancy in every period.",
      ]);

      const categories = {
        from: { row: first, column: 0 },
        to: { row: last, column: 0 },
      };
      return table.finish("Contract monitoring", {
        kind: "line",
        title: "Cumulative saving: realised against forecast",
        xAxisTitle: "Period",
        yAxisTitle: "Cumulative saving (£)",
        categories,
        series: [
          {
            name: "Forecast at planned occupancy",
            values: {
              from: { row: first, column: column("Cumulative forecast at planned occupancy") },
              to: { row: last, column: column("Cumulative forecast at planned occupancy") },
            },
          },
          {
            name: "Realised",
            values: {
              from: { row: first, column: chartColumn },
              to: { row: last, column: chartColumn },
            },
          },
        ],
        anchor: { row: table.nextRow + 1, column: 0 },
      });
    },
  },
  { tableNumber: 7, pence: false }
);
