import { Decimal, ONE, sum, ZERO } from "./decimal";
import { invalid } from "./errors";
import { nonEmpty, nonNegative, positive, price } from "./require";

/**
 * Price-scoring methods (W = maximum price marks, P = the bid, Pmin = the lowest compliant bid):
 * - lowest: W x Pmin / P, the UK default;
 * - linear: W x (1 - (P - Pmin) / Pmin), not below 0;
 * - mean: the mean bid scores W/2, each 1% below (above) the mean adds (takes off) 1% of W, kept within 0..W;
 * - budget: W x (budget - P) / (budget - Pmin), kept within 0..W; needs a budget (ceiling price).
 */
export const PRICE_METHODS = ["lowest", "linear", "mean", "budget"] as const;
export type PriceMethod = (typeof PRICE_METHODS)[number];

/** Each method in words, as a report names it; a cell may hold these words instead of the method's id. */
export const PRICE_METHOD_NAMES: Readonly<Record<PriceMethod, string>> = {
  lowest: "Relative to the lowest price",
  linear: "Linear deviation from the lowest price",
  mean: "Against the mean price",
  budget: "Against a budget",
};

export function parsePriceMethod(text: string): PriceMethod {
  const method = text.trim().toLowerCase();
  const found = PRICE_METHODS.find(
    (m) => m === method || PRICE_METHOD_NAMES[m].toLowerCase() === method
  );
  if (!found)
    throw invalid(
      `method "${text}" is not a price-scoring method. Use one of: ${PRICE_METHODS.join(", ")}, or its name, e.g. "${PRICE_METHOD_NAMES.lowest}".`
    );
  return found;
}

function clamp(value: Decimal, max: Decimal): Decimal {
  return Decimal.min(max, Decimal.max(ZERO, value));
}

function checkedBids(bids: readonly Decimal[]): readonly Decimal[] {
  nonEmpty("bids", bids);
  return bids.map((bid, i) => price(`bids (bid ${i + 1})`, bid));
}

function mean(values: readonly Decimal[]): Decimal {
  return sum(values).div(values.length);
}

function requireAmong(bid: Decimal, bids: readonly Decimal[]): void {
  if (!bids.some((b) => b.eq(bid))) {
    throw invalid(
      `bid ${bid.toString()} is not among bids. Select the range of all compliant bids, this one included.`
    );
  }
}

/** Price marks for one bid among all compliant bids (bidders failing pass/fail criteria left out). */
export function priceScore(
  bid: Decimal,
  bids: readonly Decimal[],
  maxMarks: Decimal,
  method: PriceMethod = "lowest",
  budget?: Decimal
): Decimal {
  price("bid", bid);
  const all = checkedBids(bids);
  positive("max_marks", maxMarks);
  requireAmong(bid, all);
  const lowest = all.reduce((a, b) => (b.lt(a) ? b : a));
  switch (method) {
    case "lowest":
      return maxMarks.mul(lowest).div(bid);
    case "linear":
      return clamp(maxMarks.mul(ONE.sub(bid.sub(lowest).div(lowest))), maxMarks);
    case "mean": {
      const average = mean(all);
      return clamp(maxMarks.mul(new Decimal(0.5).add(average.sub(bid).div(average))), maxMarks);
    }
    case "budget": {
      if (budget === undefined)
        throw invalid(
          `method "budget" needs a budget: enter the ceiling price as the budget argument.`
        );
      if (budget.lte(lowest)) {
        throw invalid(
          `budget (${budget.toString()}) must be above the lowest bid (${lowest.toString()}).`
        );
      }
      return clamp(maxMarks.mul(budget.sub(bid)).div(budget.sub(lowest)), maxMarks);
    }
  }
}

/** Weighted quality marks: the sum of score / max_score x weight. */
export function qualityScore(
  scores: readonly Decimal[],
  weights: readonly Decimal[],
  maxScore: Decimal
): Decimal {
  nonEmpty("scores", scores);
  if (scores.length !== weights.length) {
    throw invalid(
      `scores has ${scores.length} values but weights has ${weights.length}. Select one weight for each score.`
    );
  }
  positive("max_score", maxScore);
  return sum(
    scores.map((score, i) => {
      nonNegative(`scores (score ${i + 1})`, score);
      if (score.gt(maxScore)) {
        throw invalid(
          `scores (score ${i + 1}) is ${score.toString()}, above max_score ${maxScore.toString()}. Check the score or the max_score.`
        );
      }
      return score.div(maxScore).mul(nonNegative(`weights (weight ${i + 1})`, weights[i]));
    })
  );
}

/** Total marks: quality marks plus price marks for this bid. */
export function tenderScore(
  qualityMarks: Decimal,
  bid: Decimal,
  bids: readonly Decimal[],
  priceMarks: Decimal,
  method: PriceMethod = "lowest",
  budget?: Decimal
): Decimal {
  nonNegative("quality_marks", qualityMarks);
  return qualityMarks.add(priceScore(bid, bids, priceMarks, method, budget));
}

const LOW_AGAINST_MEAN = new Decimal(0.85);
const LOW_AGAINST_NEXT = new Decimal(0.99);

/**
 * The abnormally-low-tender screen: a bid more than 15% below the mean of all bids excluding the
 * highest, AND more than 1% below the next bid above it. A flag means "investigate", not "exclude".
 */
export function lowBidFlag(bid: Decimal, bids: readonly Decimal[]): boolean {
  price("bid", bid);
  const all = checkedBids(bids);
  requireAmong(bid, all);
  const sorted = [...all].sort((a, b) => a.cmp(b));
  const withoutHighest = sorted.slice(0, -1);
  const nextAbove = sorted.find((b) => b.gt(bid));
  if (withoutHighest.length === 0 || nextAbove === undefined) return false;
  return (
    bid.lt(mean(withoutHighest).mul(LOW_AGAINST_MEAN)) && bid.lt(nextAbove.mul(LOW_AGAINST_NEXT))
  );
}
