import type { CellPosition } from "../core/a1";

/**
 * A table as plain data, laid out from A1: what each cell holds, how it is formatted, which cells
 * are inputs, and an optional chart. Both workbook hosts (Excel, and the in-browser preview) write
 * the same plan, so what the preview shows is what Excel gets.
 */

/** A number, text, TRUE/FALSE, a formula (text starting with "="), or "" for an empty cell. */
export type PlanValue = string | number | boolean;

/** A block of cells within the plan. */
export interface PlanRange {
  readonly from: CellPosition;
  readonly to: CellPosition;
}

export interface ChartSeries {
  readonly name: string;
  readonly values: PlanRange;
  /** Scatter charts: the x values. */
  readonly xValues?: PlanRange;
  /** Points only, no line: used to mark the break-even occupancy. */
  readonly markersOnly?: boolean;
}

export interface ChartPlan {
  /**
   * "scatterLines": y against numeric x; "stackedColumn": one column per category, series
   * stacked; "line": one line per series across the categories.
   */
  readonly kind: "scatterLines" | "stackedColumn" | "line";
  readonly title: string;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  /** Bar, column and line charts: the category labels. */
  readonly categories?: PlanRange;
  readonly series: readonly ChartSeries[];
  /** Where the chart's top-left corner goes. */
  readonly anchor: CellPosition;
}

export interface TablePlan {
  /** The sheet a new worksheet is named after (made unique when inserting). */
  readonly sheetName: string;
  /** "Table N: ...", also the first cell. */
  readonly title: string;
  /** The second cell, e.g. "£, excluding VAT". */
  readonly unitsNote: string;
  readonly cells: readonly (readonly PlanValue[])[];
  /** An Excel number format for every cell, same shape as `cells`. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Cells the user is meant to change, styled as inputs. */
  readonly inputCells: readonly CellPosition[];
  /** Rows styled as column headings. */
  readonly headingRows: readonly number[];
  /** Rows styled as totals. */
  readonly totalRows: readonly number[];
  /** Width of each column, in characters. */
  readonly columnWidths: readonly number[];
  readonly chart?: ChartPlan;
}

export function planSize(plan: TablePlan): { rows: number; columns: number } {
  return { rows: plan.cells.length, columns: plan.cells[0]?.length ?? 0 };
}
