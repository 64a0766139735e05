/** CARE.CHECK: one stated figure against its recomputed value. */
import type { Cell, CheckedFigure } from "./cells";
import { readCell } from "./cells";
import { diagnose } from "./diagnose";
import { amountWords } from "./factors";

export const OK = "OK";

function figureOf(cell: Cell, what: string): CheckedFigure {
  const reading = readCell(cell);
  if (reading.kind !== "figure") throw new TypeError(`${what} "${reading.text}" is not a figure.`);
  return reading.figure;
}

/**
 * "OK" when `stated` agrees with `recomputed` within `tolerance` (default: the rounding the stated
 * figure's writing shows, e.g. ±0.005 for "£4,797,965.16", ±5,000 for "£5.49m"); otherwise a
 * one-line diagnosis of the difference. Throws a TypeError for input that is not a figure.
 */
export function checkFigure(stated: Cell, recomputed: Cell, tolerance?: number | null): string {
  const figure = figureOf(stated, "The stated figure");
  const expected = figureOf(recomputed, "The recomputed figure").value;
  const allowed = tolerance ?? Math.max(figure.tolerance, figure.unit / 2);
  if (!(allowed >= 0)) throw new TypeError("The tolerance must be zero or more.");
  const difference = figure.value - expected;
  if (Math.abs(difference) <= allowed + 1e-9 * Math.max(1, Math.abs(expected))) return OK;
  const cause = diagnose(figure, expected, { factors: [52, 365 / 7] });
  const places = Math.max(0, Math.min(10, -Math.floor(Math.log10(figure.unit))));
  const by = `${difference > 0 ? "+" : "-"}${amountWords(Math.abs(difference), places)}`;
  return `Differs by ${by} from ${amountWords(expected, places)}${cause ? `: ${cause.words}` : ""}`;
}
