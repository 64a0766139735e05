import { cellRef, columnIndex, CellPosition, offset } from "../core/a1";
import type { ChartPlan, PlanRange, TablePlan } from "./plan";

/*
 * Plans are laid out from A1. Placing one elsewhere moves every relative and absolute reference by
 * the same offset, as Excel does when a block of cells is cut and pasted, so the formulas keep
 * pointing at the table's own labelled inputs.
 */

// A cell reference not inside a name (CARE.NPV, LOG10) and not a function call.
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])/g;
const STRING_LITERAL = /("(?:[^"]|"")*")/;

export function moveFormula(formula: string, offset: CellPosition): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (_, fixColumn: string, letters: string, fixRow: string, digits: string) =>
              cellRef(
                {
                  row: Number(digits) - 1 + offset.row,
                  column: columnIndex(letters) + offset.column,
                },
                { row: Boolean(fixRow), column: Boolean(fixColumn) }
              )
          )
    )
    .join("");
}

function moveRange(range: PlanRange, by: CellPosition): PlanRange {
  return { from: offset(range.from, by), to: offset(range.to, by) };
}

function moveChart(chart: ChartPlan, by: CellPosition): ChartPlan {
  return {
    ...chart,
    ...(chart.categories && { categories: moveRange(chart.categories, by) }),
    series: chart.series.map((series) => ({
      ...series,
      values: moveRange(series.values, by),
      ...(series.xValues && { xValues: moveRange(series.xValues, by) }),
    })),
    anchor: offset(chart.anchor, by),
  };
}

/** The plan as it will sit with its top-left cell at `origin`: formulas and chart moved with it. */
export function placeAt(plan: TablePlan, origin: CellPosition): TablePlan {
  if (origin.row === 0 && origin.column === 0) return plan;
  return {
    ...plan,
    cells: plan.cells.map((row) =>
      row.map((cell) =>
        typeof cell === "string" && cell.startsWith("=") ? moveFormula(cell, origin) : cell
      )
    ),
    ...(plan.chart && { chart: moveChart(plan.chart, origin) }),
  };
}
