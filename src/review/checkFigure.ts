/** CARE.CHECK: one stated figure against its recomputed value. */
import { invalid } from "../core/errors";
import { diagnose } from "./diagnose";
import { Cell, Figure, readCell } from "./read";
import { WEEKS_365_7, WEEKS_52 } from "./settings";
import { amountWords, quoted } from "./words";

export const OK = "OK";

function figureOf(cell: Cell, what: string): Figure {
  const reading = readCell(cell);
  if (reading.kind !== "figure")
    throw invalid(
      `${what} "${quoted(reading.text, 40)}" is not a figure. Give a number or a figure as reports write it, e.g. "£4,797,956.16".`
    );
  return reading.figure;
}

/**
 * "OK" when `stated` agrees with `recomputed` within `tolerance` (default: the rounding the stated
 * figure's writing shows, e.g. ±0.005 for "£4,797,965.16", ±5,000 for "£5.49m"); otherwise a
 * one-line diagnosis of the difference. Input that is not a figure is refused with a message saying so.
 */
export function checkFigure(stated: Cell, recomputed: Cell, tolerance?: number | null): string {
  const figure = figureOf(stated, "stated");
  const recomputedFigure = figureOf(recomputed, "recomputed");
  const expected = recomputedFigure.value;
  const allowed = tolerance ?? figure.unit / 2;
  if (!(allowed >= 0)) throw invalid(`tolerance must be 0 or more; got ${allowed}.`);
  // The difference is reported, so it is worked out exactly: 4,797,965.16 - 4,797,956.16 is 9, not 9.000000000465661.
  const difference = figure.exact.minus(recomputedFigure.exact).toNumber();
  if (Math.abs(difference) <= allowed + 1e-9 * Math.max(1, Math.abs(expected))) return OK;
  const rates = [WEEKS_52, WEEKS_365_7].map((f) => ({
    factor: f.value,
    words: f.words,
    rate: expected / f.value,
  }));
  const cause = diagnose(figure, expected, { rates });
  const shownPlaces = Math.max(0, Math.min(10, -Math.floor(Math.log10(figure.unit))));
  // A difference finer than the stated figure shows (under a tight tolerance) is shown in pence.
  const places = Math.abs(difference) < 10 ** -shownPlaces ? Math.max(shownPlaces, 2) : shownPlaces;
  const by = `${difference > 0 ? "+" : "-"}${amountWords(Math.abs(difference), places)}`;
  return `Differs by ${by} from ${amountWords(expected, places)}${cause ? `: ${cause.words}` : ""}`;
}
