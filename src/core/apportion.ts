import { Decimal } from "./decimal";
import { invalid } from "./errors";
import { nonEmpty, nonNegative } from "./require";

const total = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

/**
 * Splits a total in proportion to weights, in whole pence, so the parts add up exactly to the total.
 * Each part gets its proportional share rounded down to the penny; the pennies left over go one each
 * to the parts with the largest remainders, the earlier part first on a tie (largest-remainder method).
 * Pence and weights are whole numbers once scaled, so the sharing is done in exact integers.
 */
export function apportion(amount: Decimal, weights: readonly Decimal[]): Decimal[] {
  nonEmpty("weights", weights);
  weights.forEach((w, i) => nonNegative(`weights (item ${i + 1})`, w));
  const pence = amount.mul(100);
  if (!pence.isInteger()) {
    throw invalid(
      `total ${amount.toString()} has fractions of a penny. Round it to pence first, e.g. ROUND(total, 2).`
    );
  }
  const places = weights.reduce((most, w) => Math.max(most, w.decimalPlaces()), -Infinity);
  const scaled = weights.map((w) => BigInt(w.toFixed(places).replace(".", "")));
  const weightTotal = total(scaled);
  if (weightTotal === 0n)
    throw invalid(
      "weights are all 0: there is nothing to share the total by. Enter at least one weight above 0."
    );
  const whole = BigInt(pence.abs().toFixed(0));
  const numerators = scaled.map((w) => whole * w);
  const parts = numerators.map((n) => n / weightTotal);
  const byRemainder = numerators
    .map((n, index) => ({ index, remainder: n - parts[index] * weightTotal }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1
    );
  const leftOver = Number(whole - total(parts));
  byRemainder.slice(0, leftOver).forEach(({ index }) => (parts[index] += 1n));
  return parts.map((p) => new Decimal(`${pence.lt(0) ? -p : p}e-2`));
}
