/**
 * A table's chart as figures to draw: the chart plan (type, series, axis titles) with each series'
 * points. The preview grid reads the points from the evaluated sheet; the pane has them from the
 * core; both draw the same chart Excel inserts.
 */
import type { CellPosition } from "../core/a1";
import type { ChartPlan, PlanRange } from "./plan";

export interface ChartPoint {
  /** A number on a value axis (occupied beds), or a category (a bidder's name). */
  readonly x: number | string;
  readonly y: number;
}

export interface ChartData {
  readonly kind: ChartPlan["kind"];
  readonly title: string;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  readonly series: readonly {
    readonly name: string;
    readonly markersOnly: boolean;
    readonly points: readonly ChartPoint[];
  }[];
}

function cellsOf(range: PlanRange): CellPosition[] {
  const cells: CellPosition[] = [];
  for (let row = range.from.row; row <= range.to.row; row++)
    for (let column = range.from.column; column <= range.to.column; column++)
      cells.push({ row, column });
  return cells;
}

/** The chart with the points each series has; a point whose value is not a number is left out, as Excel leaves out text. */
export function chartWithPoints(
  chart: ChartPlan,
  points: readonly (readonly ChartPoint[])[]
): ChartData {
  return {
    kind: chart.kind,
    title: chart.title,
    xAxisTitle: chart.xAxisTitle,
    yAxisTitle: chart.yAxisTitle,
    series: chart.series.map((series, i) => ({
      name: series.name,
      markersOnly: Boolean(series.markersOnly),
      points: (points[i] ?? []).filter((p) => Number.isFinite(p.y)),
    })),
  };
}

/** The chart with its points read from the sheet's cells, as Excel reads its ranges. */
export function chartFromSheet(
  chart: ChartPlan,
  valueAt: (cell: CellPosition) => unknown
): ChartData {
  return chartWithPoints(
    chart,
    chart.series.map((series) => {
      const xs = cellsOf(series.xValues ?? chart.categories ?? series.values).map(valueAt);
      return cellsOf(series.values).map((cell, i) => ({
        x: typeof xs[i] === "number" ? (xs[i] as number) : String(xs[i] ?? i + 1),
        y: typeof valueAt(cell) === "number" ? (valueAt(cell) as number) : NaN,
      }));
    })
  );
}
