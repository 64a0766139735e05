import { Decimal, sum } from "./decimal";
import { invalid } from "./errors";
import { nonEmpty, nonNegative } from "./require";

const PENCE = new Decimal(100);

/**
 * Splits a total in proportion to weights, in whole pence, so the parts add up exactly to the total.
 * Each part gets its proportional share rounded down to the penny; the pennies left over go one each
 * to the parts with the largest remainders, the earlier part first on a tie (largest-remainder method).
 */
export function apportion(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  nonEmpty("weights", weights);
  weights.forEach((w, i) => nonNegative(`weights (item ${i + 1})`, w));
  const weightTotal = sum(weights);
  if (weightTotal.isZero())
    throw invalid(
      "weights are all 0: there is nothing to share the total by. Enter at least one weight above 0."
    );
  const pence = total.mul(PENCE);
  if (!pence.isInteger()) {
    throw invalid(
      `total ${total.toString()} has fractions of a penny. Round it to pence first, e.g. ROUND(total, 2).`
    );
  }
  const sign = pence.lt(0) ? -1 : 1;
  const whole = pence.abs();
  const exact = weights.map((w) => whole.mul(w).div(weightTotal));
  const parts = exact.map((share) => share.floor());
  let left = whole.sub(sum(parts)).toNumber();
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share.sub(share.floor()) }))
    .sort((a, b) => b.remainder.cmp(a.remainder) || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] = parts[index].add(1);
    left -= 1;
  }
  return parts.map((p) => p.mul(sign).div(PENCE));
}
