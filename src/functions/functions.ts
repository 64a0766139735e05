/*
 * The CARE custom functions. Each is a thin adapter: it checks what Excel passed (arguments.ts),
 * calls the core, and converts the result (results.ts). The JSDoc below is the metadata Excel shows;
 * custom-functions-metadata-plugin turns it into functions.json and registers every function.
 * Arguments are typed `any` so that a wrong type reaches us and gets a message, not a bare #VALUE!.
 */
import * as core from "../core";
import { CareError, Decimal } from "../core";
import * as arg from "./arguments";
import { CellValue } from "./arguments";
import {
  evaluate,
  evaluateAsync,
  toExcelGrid,
  toExcelGridShaped,
  toExcelLabelled,
  toExcelNumber,
} from "./results";

const ONE = new Decimal(1);
const ZERO = new Decimal(0);

function savingsInputs(
  spot_rate: CellValue,
  block_rate: CellValue,
  beds: CellValue,
  years: CellValue,
  basis: CellValue
): core.SavingsInputs {
  return {
    spotRate: arg.num(spot_rate, "spot_rate"),
    blockRate: arg.num(block_rate, "block_rate"),
    beds: arg.num(beds, "beds"),
    years: arg.optionalNum(years, "years", ONE),
    basis: arg.basis(basis),
  };
}

/**
 * A weekly amount as an annual amount: weekly x weeks per year. Example: =CARE.ANNUAL(2411.30) gives 125,387.60.
 * @customfunction ANNUAL
 * @param weekly Weekly amount in £, e.g. 2411.30.
 * @param [basis] Periods per year: 52 (the default), "365/7" (52.142857...), or 1 if the amount is already annual.
 * @returns The annual amount in £.
 */
export function annual(weekly: any, basis?: any): number {
  return evaluate(() => toExcelNumber(core.annual(arg.num(weekly, "weekly"), arg.basis(basis))));
}

/**
 * An annual amount as a weekly amount: annual / weeks per year. Example: =CARE.WEEKLY(125387.60) gives 2,411.30.
 * @customfunction WEEKLY
 * @param annual Annual amount in £, e.g. 125387.60.
 * @param [basis] Periods per year: 52 (the default), "365/7" (52.142857...).
 * @returns The weekly amount in £.
 */
export function weekly(annual: any, basis?: any): number {
  return evaluate(() => toExcelNumber(core.weekly(arg.num(annual, "annual"), arg.basis(basis))));
}

/**
 * Cost of a block of beds paid for every week, used or not, over a number of years. Example: =CARE.BLOCKCOST(2636.23, 5, 8) gives 5,483,358.40.
 * @customfunction BLOCKCOST
 * @param weekly_rate Price per bed per week in £, e.g. 2636.23.
 * @param beds Beds in the block (a whole number), e.g. 5.
 * @param years Contract years, e.g. 8; a fractional final year is paid pro rata (2.5 = two and a half years).
 * @param [basis] Weeks per year: 52 (the default) or "365/7".
 * @param [uplift] Annual price rise applied from year 2, compounding, e.g. 0.03 for 3%. Default 0.
 * @returns The total cost in £.
 */
export function blockcost(
  weekly_rate: any,
  beds: any,
  years: any,
  basis?: any,
  uplift?: any
): number {
  return evaluate(() =>
    toExcelNumber(
      core.blockCost(
        arg.num(weekly_rate, "weekly_rate"),
        arg.num(beds, "beds"),
        arg.num(years, "years"),
        arg.basis(basis),
        arg.optionalNum(uplift, "uplift", ZERO)
      )
    )
  );
}

/**
 * Cost of spot placements, paid only while used, over a number of years. Example: =CARE.SPOTCOST(4557, 15, 1, "365/7") gives 3,564,225.
 * @customfunction SPOTCOST
 * @param weekly_rate Price per placement per week in £, e.g. 4557.
 * @param placements Placements in use (may be an average, e.g. 3.5).
 * @param years Years, e.g. 1; a fractional final year is paid pro rata.
 * @param [basis] Weeks per year: 52 (the default) or "365/7".
 * @param [uplift] Annual price rise applied from year 2, compounding, e.g. 0.03 for 3%. Default 0.
 * @returns The total cost in £.
 */
export function spotcost(
  weekly_rate: any,
  placements: any,
  years: any,
  basis?: any,
  uplift?: any
): number {
  return evaluate(() =>
    toExcelNumber(
      core.spotCost(
        arg.num(weekly_rate, "weekly_rate"),
        arg.num(placements, "placements"),
        arg.num(years, "years"),
        arg.basis(basis),
        arg.optionalNum(uplift, "uplift", ZERO)
      )
    )
  );
}

/**
 * Saving of a block contract over spot purchase: spot cost of the occupied beds minus the block cost of all beds. Example: =CARE.SPOTSAVING(2149, 1988, 4) gives 33,488.
 * @customfunction SPOTSAVING
 * @param spot_rate Spot price per placement per week in £ (per year if basis is 1), e.g. 2149.
 * @param block_rate Block price per bed per week in £ (per year if basis is 1), e.g. 1988.
 * @param beds Beds in the block (a whole number), e.g. 4.
 * @param [occupied] Beds actually used, from 0 to beds; default all beds.
 * @param [years] Years, default 1.
 * @param [basis] Weeks per year: 52 (the default), "365/7", or 1 when both rates are annual per bed.
 * @returns The saving in £; negative when the block costs more.
 */
export function spotsaving(
  spot_rate: any,
  block_rate: any,
  beds: any,
  occupied?: any,
  years?: any,
  basis?: any
): number {
  return evaluate(() => {
    const inputs = savingsInputs(spot_rate, block_rate, beds, years, basis);
    return toExcelNumber(
      core.spotSaving(inputs, arg.optionalNum(occupied, "occupied", inputs.beds))
    );
  });
}

/**
 * Occupied beds at which a block costs the same as spot: block cost / spot price per bed. Example: =CARE.BREAKEVEN(184308.8, 125400, 5) gives 3.4019.
 * @customfunction BREAKEVEN
 * @param spot_rate Spot price per placement in £ (weekly or annual, as block_rate), e.g. 184308.80.
 * @param block_rate Block price per bed in £, same period as spot_rate, e.g. 125400.
 * @param beds Beds in the block (a whole number), e.g. 5.
 * @returns The break-even number of occupied beds (round up for the minimum occupancy).
 */
export function breakeven(spot_rate: any, block_rate: any, beds: any): number {
  return evaluate(() =>
    toExcelNumber(
      core.breakEven(
        arg.num(spot_rate, "spot_rate"),
        arg.num(block_rate, "block_rate"),
        arg.num(beds, "beds")
      )
    )
  );
}

/**
 * Savings table by occupancy: one row per occupied-beds level from all beds down to none, with occupancy, annual saving and saving over the years. Example: =CARE.SAVINGSGRID(184308.8, 125400, 5, 8, 1).
 * @customfunction SAVINGSGRID
 * @param spot_rate Spot price per placement per week in £ (per year if basis is 1), e.g. 184308.80.
 * @param block_rate Block price per bed per week in £ (per year if basis is 1), e.g. 125400.
 * @param beds Beds in the block (a whole number, at most 1000), e.g. 5.
 * @param [years] Years for the last column, default 1.
 * @param [basis] Weeks per year: 52 (the default), "365/7", or 1 when both rates are annual per bed.
 * @returns Rows of: occupied beds, occupancy (a fraction), annual saving in £, saving over the years in £.
 */
export function savingsgrid(
  spot_rate: any,
  block_rate: any,
  beds: any,
  years?: any,
  basis?: any
): number[][] {
  return evaluate(() =>
    toExcelGrid(
      core
        .savingsByOccupancy(savingsInputs(spot_rate, block_rate, beds, years, basis))
        .map((row) => [row.occupied, row.occupancy, row.annualSaving, row.termSaving])
    )
  );
}

/**
 * Years in a contract term including every extension. Example: =CARE.TERMYEARS("4+2+2") gives 8.
 * @customfunction TERMYEARS
 * @param term The term as text, years joined by "+", e.g. "4+2+2" (4 years plus two 2-year extensions), or a number of years.
 * @returns The maximum term in years.
 */
export function termyears(term: any): number {
  return evaluate(() => toExcelNumber(arg.termYears(term)));
}

/**
 * Whole-life cost over the maximum term, with annual uplift and an annual fee payable from a given contract year. Example: =CARE.WHOLELIFE(685419.80, "4+2+2", 0, 10000, 4) gives 5,533,358.40.
 * @customfunction WHOLELIFE
 * @param annual_cost Cost in the first contract year in £, e.g. 685419.80.
 * @param term Contract term: years, or text with extensions such as "4+2+2".
 * @param [uplift] Annual price rise from year 2, compounding, e.g. 0.03 for 3%. Default 0.
 * @param [annual_fee] A flat fee each year in £ (e.g. a management fee of 10000). Default 0.
 * @param [fee_from_year] The contract year the fee is first paid, e.g. 4 for "after year 3". Default 1.
 * @returns The whole-life cost in £.
 */
export function wholelife(
  annual_cost: any,
  term: any,
  uplift?: any,
  annual_fee?: any,
  fee_from_year?: any
): number {
  return evaluate(() =>
    toExcelNumber(
      core.wholeLife(
        arg.num(annual_cost, "annual_cost"),
        arg.termYears(term),
        arg.optionalNum(uplift, "uplift", ZERO),
        arg.optionalNum(annual_fee, "annual_fee", ZERO),
        arg.optionalNum(fee_from_year, "fee_from_year", ONE)
      )
    )
  );
}

/**
 * Price at a support level: level 1 is the core rate, level 2 adds the first top-up, level 3 the second too. Example: =CARE.TIERRATE(2411.30, {151.91,73.02}, 3) gives 2,636.23.
 * @customfunction TIERRATE
 * @param core_rate The core (low support) weekly rate in £, e.g. 2411.30.
 * @param top_ups The fixed top-ups in £ for each level above the core, in order (a range or array).
 * @param level The support level, 1 for the core rate.
 * @returns The weekly rate at that level in £.
 */
export function tierrate(core_rate: any, top_ups: any[][], level: any): number {
  return evaluate(() =>
    toExcelNumber(
      core.tierRate(
        arg.num(core_rate, "core_rate"),
        arg.numbers(top_ups, "top_ups").values,
        arg.num(level, "level")
      )
    )
  );
}

/**
 * The performance-linked part of a price. Example: =CARE.ATRISK(2636.23, 7%) gives 184.5361.
 * @customfunction ATRISK
 * @param amount The price or cost in £, e.g. 2636.23.
 * @param share The share linked to performance, from 0 to 1, e.g. 0.07 for 7%.
 * @returns The amount at risk in £.
 */
export function atrisk(amount: any, share: any): number {
  return evaluate(() =>
    toExcelNumber(core.atRisk(arg.num(amount, "amount"), arg.num(share, "share")))
  );
}

/**
 * An amount after years of compounding uplift. Example: =CARE.UPLIFT(1000, 3%, 2) gives 1,060.90.
 * @customfunction UPLIFT
 * @param amount The amount now in £, e.g. 1000.
 * @param rate The annual uplift, e.g. 0.03 for 3%.
 * @param years Years of uplift, e.g. 2.
 * @returns The uplifted amount in £.
 */
export function uplift(amount: any, rate: any, years: any): number {
  return evaluate(() =>
    toExcelNumber(
      core.uplifted(arg.num(amount, "amount"), arg.num(rate, "rate"), arg.num(years, "years"))
    )
  );
}

/**
 * Price marks for a bid. "lowest" (default) = max x lowest / bid; "linear" = max x (1 - (bid - lowest) / lowest), not below 0; "mean": the mean bid scores half marks; "budget" scores against a ceiling price. Example: =CARE.PRICESCORE(125, {100,125,200}, 50) gives 40.
 * @customfunction PRICESCORE
 * @param bid The bid's price in £, one of bids.
 * @param bids Every compliant bid's price in £ (leave out bidders who failed a pass/fail criterion).
 * @param max_marks The marks for price, e.g. 50 for a 50:50 quality/price split.
 * @param [method] "lowest" (default), "linear", "mean" or "budget".
 * @param [budget] For method "budget": the ceiling price in £ that scores 0.
 * @returns The price marks, from 0 to max_marks.
 */
export function pricescore(
  bid: any,
  bids: any[][],
  max_marks: any,
  method?: any,
  budget?: any
): number {
  return evaluate(() =>
    toExcelNumber(
      core.priceScore(
        arg.num(bid, "bid"),
        arg.numbers(bids, "bids").values,
        arg.num(max_marks, "max_marks"),
        arg.method(method),
        arg.optionalNum(budget, "budget")
      )
    )
  );
}

/**
 * Weighted quality marks: the sum of score / max_score x weight. Example: =CARE.QUALITYSCORE({4,3}, {25,10}, 5) gives 26.
 * @customfunction QUALITYSCORE
 * @param scores A bidder's score on each quality criterion.
 * @param weights The marks each criterion is worth, in the same order, e.g. 25, 10, 10, 5.
 * @param [max_score] The top of the scoring scale, e.g. 5 for scores 0-5. Default 1 (scores as fractions, e.g. 71%).
 * @returns The quality marks.
 */
export function qualityscore(scores: any[][], weights: any[][], max_score?: any): number {
  return evaluate(() =>
    toExcelNumber(
      core.qualityScore(
        arg.numbers(scores, "scores").values,
        arg.numbers(weights, "weights").values,
        arg.optionalNum(max_score, "max_score", ONE)
      )
    )
  );
}

/**
 * Total tender marks: quality marks plus price marks for this bid among all bids. Example: =CARE.TENDERSCORE(35.5, 125, {100,125,200}, 50) gives 75.5.
 * @customfunction TENDERSCORE
 * @param quality_marks The bid's quality (technical) marks, e.g. 35.5.
 * @param bid The bid's price in £, one of bids.
 * @param bids Every compliant bid's price in £.
 * @param price_marks The marks for price, e.g. 50.
 * @param [method] Price-scoring method: "lowest" (default), "linear", "mean" or "budget".
 * @param [budget] For method "budget": the ceiling price in £.
 * @returns The total marks.
 */
export function tenderscore(
  quality_marks: any,
  bid: any,
  bids: any[][],
  price_marks: any,
  method?: any,
  budget?: any
): number {
  return evaluate(() =>
    toExcelNumber(
      core.tenderScore(
        arg.num(quality_marks, "quality_marks"),
        arg.num(bid, "bid"),
        arg.numbers(bids, "bids").values,
        arg.num(price_marks, "price_marks"),
        arg.method(method),
        arg.optionalNum(budget, "budget")
      )
    )
  );
}

/**
 * TRUE where a bid may be abnormally low and must be investigated: more than 15% below the mean of the bids excluding the highest, and more than 1% below the next bid above it. Example: =CARE.LOWBIDFLAG(B2, B2:B6).
 * @customfunction LOWBIDFLAG
 * @param bid The bid's price in £, one of bids.
 * @param bids Every bid's price in £.
 * @returns TRUE if the bid should be investigated as abnormally low.
 */
export function lowbidflag(bid: any, bids: any[][]): boolean {
  return evaluate(() => core.lowBidFlag(arg.num(bid, "bid"), arg.numbers(bids, "bids").values));
}

/**
 * Shares a total in proportion to weights, in pence, so the parts add up exactly to the total. Spills in the shape of weights. Example: =CARE.SHARE(38383649.28, {5,5,5,5,5,5,5}).
 * @customfunction SHARE
 * @param total The total in £, in whole pence, e.g. 38383649.28.
 * @param weights Each partner's beds or share, e.g. 5 for each of seven boroughs.
 * @returns Each partner's share in £.
 */
export function share(total: any, weights: any[][]): number[][] {
  return evaluate(() => {
    const range = arg.numbers(weights, "weights");
    return toExcelGridShaped(core.apportion(arg.num(total, "total"), range.values), range);
  });
}

/**
 * Discount factor for a year, the Green Book way: 1 / (1 + rate)^year, year 0 undiscounted. Example: =CARE.DISCOUNTFACTOR(1) gives 0.966184.
 * @customfunction DISCOUNTFACTOR
 * @param year Years from now (0 for now), e.g. 1.
 * @param [rate] Annual discount rate, e.g. 0.035. Default: the Green Book schedule, 3.5% to year 30 then 3%, 2.5%, 2%, 1.5%, 1%.
 * @returns The discount factor.
 */
export function discountfactor(year: any, rate?: any): number {
  return evaluate(() =>
    toExcelNumber(core.discountFactor(arg.num(year, "year"), arg.optionalNum(rate, "rate")))
  );
}

/**
 * Present value of yearly cash flows, the first in year 0 (undiscounted), as the Green Book does; unlike Excel's NPV, which discounts the first flow. Example: =CARE.NPV({100,100,100}) gives 289.97.
 * @customfunction NPV
 * @param cashflows One amount in £ per year, starting with year 0, in a row or a column.
 * @param [rate] Annual discount rate, e.g. 0.035. Default: the Green Book schedule.
 * @returns The present value in £.
 */
export function npv(cashflows: any[][], rate?: any): number {
  return evaluate(() =>
    toExcelNumber(
      core.presentValue(arg.numbers(cashflows, "cashflows").values, arg.optionalNum(rate, "rate"))
    )
  );
}

/**
 * Reads money written as text, as reports write it: "£4,388,575.80", "£5.49m", "c£10k", "(1,234)", "-£74,074". Example: =CARE.MONEY("£5.49m") gives 5,490,000.
 * @customfunction MONEY
 * @param text The amount as text, e.g. "£38.4m".
 * @returns The amount in £.
 */
export function money(text: any): number {
  return evaluate(() =>
    typeof text === "number"
      ? toExcelNumber(arg.num(text, "text"))
      : toExcelNumber(core.parseMoney(arg.text(text, "text")))
  );
}

/**
 * Rounds values for a report so that they add up to their rounded total, moving the fewest: each value is rounded down or up to places, the largest remainders rounded up first, the earlier value first on a tie. Spills in the shape of values. Example: =CARE.ROUNDTOTAL(CARE.SHARE(1000000,{1,1,1,1,1,1,1})) gives 142,858 and six of 142,857, adding up to 1,000,000 (rounding each share gives seven of 142,857).
 * @customfunction ROUNDTOTAL
 * @param values The exact figures, e.g. a column of shares above a total.
 * @param [places] Decimal places to round to: 0 (the default) for whole pounds, 2 for pence, 3 for a percentage to one place, -3 for thousands.
 * @returns The rounded values, adding up to the rounded total of values.
 */
export function roundtotal(values: any[][], places?: any): number[][] {
  return evaluate(() => {
    const range = arg.numbers(values, "values");
    const decimals = arg.optionalNum(places, "places", ZERO).toNumber();
    return toExcelGridShaped(core.roundToTotal(range.values, decimals), range);
  });
}

/**
 * Checks a figure stated in a report against its recomputed value: "OK" within the rounding the stated figure shows, or a one-line diagnosis of the difference. Example: =CARE.CHECK("£4,797,965.16", 4797956.16) gives "Differs by +9.00 from 4,797,956.16: digits transposed ...".
 * @customfunction CHECK
 * @param stated The figure as the report states it: a number, or text such as "£4,797,965.16" or "£5.49m".
 * @param recomputed The figure worked out again, e.g. =CARE.BLOCKCOST(2636.23,5,8).
 * @param [tolerance] The largest difference to accept, in £ (e.g. 0.5). Default: half the last digit the stated figure shows.
 * @returns "OK", or what differs and the likely cause.
 */
export function check(stated: any, recomputed: any, tolerance?: any): string {
  // Arguments are checked before anything loads, so a wrong one is answered at once.
  const [figure, against, allowed] = evaluate(() => [
    arg.figure(stated, "stated"),
    arg.figure(recomputed, "recomputed"),
    arg.optionalNum(tolerance, "tolerance")?.toNumber(),
  ]);
  return withChecker((checker) => checker.checkFigure(figure, against, allowed));
}

/**
 * Each part's load, kept once started. A failed load is kept too: where the runtime has no page to
 * load from, webpack leaves the chunk marked as loading and a second import() would never settle
 * (the cell would show #BUSY! for ever).
 */
const loads = new Map<string | number, Promise<unknown>>();

/** Loads a part of the add-in kept out of this bundle, from beside the page; a failure says what to do. */
function loadPart<T>(
  id: string | number,
  load: () => Promise<T>,
  what: string,
  next: string
): Promise<T> {
  let loading = loads.get(id) as Promise<T> | undefined;
  if (!loading) {
    // Async, so that an import() that throws at once (no page to load from) becomes the kept rejection.
    loading = (async () => {
      try {
        return await load();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new CareError("value", `${what} from the add-in: ${detail}. ${next}`);
      }
    })();
    loads.set(id, loading);
  }
  return loading;
}

/**
 * Runs `compute` with a part of the add-in kept out of this bundle (code Excel does not need at
 * start): at once where the part is present (bundled into the preview, or loaded ahead by hosts
 * that cannot wait, such as HyperFormula), else after loading it, as a promise. A function using it
 * is typed by its result, which is what Excel's metadata needs: Excel waits for a promise whatever
 * a function declares. The first call answers a moment later, every later call at once.
 */
function withPart<P, T>(
  id: string | number,
  load: () => Promise<P>,
  what: string,
  next: string,
  compute: (part: P) => T
): T {
  if (__webpack_modules__[id]) return evaluate(() => compute(__webpack_require__(id) as P));
  const later = evaluateAsync(async () => compute(await loadPart(id, load, what, next)));
  return later as unknown as T;
}

type Checker = typeof import("../review");
const CHECKER = require.resolveWeak("../review");

/** The reviewer engine would outweigh every other function in this bundle: checker.js, on first use. */
function withChecker<T>(compute: (checker: Checker) => T): T {
  return withPart(
    CHECKER,
    () => import(/* webpackChunkName: "checker" */ "../review"),
    "CareCalc could not load its checker (checker.js)",
    "Reload the add-in, or use the Check tab.",
    compute
  );
}

/**
 * Checks a table's arithmetic as a reviewer would (totals and subtotals, x52 or x365/7, differences, shares, figures restated; each figure read to the rounding its printing shows) and spills one row per figure that breaks a relation its labels announce or its figures bear out: cell, relation in the table's words, stated, expected, difference, what rounding allows, diagnosis; or one "No inconsistencies found" row. Example: =CARE.CHECKTABLE(B3:F12).
 * @customfunction CHECKTABLE
 * @param range The table as it stands in the sheet, pasted text or numbers, labels included.
 * @param invocation Supplied by Excel: where the range is, so findings name its cells.
 * @requiresParameterAddresses
 * @returns Rows of: cell, relation, stated, expected, difference, rounding allows, diagnosis.
 */
export function checktable(range: any[][], invocation: CustomFunctions.Invocation): any[][] {
  const cells = evaluate(() => arg.table(range, "range"));
  return withChecker((checker) =>
    checker.findingRows(checker.checkRange(cells, { origin: arg.rangeOrigin(invocation, 0) }))
  );
}

type AfterAward = typeof import("../core/afterAward");
const AFTER_AWARD = require.resolveWeak("../core/afterAward");

/** The occupancy and monitoring functions' core: occupancy.js, on first use. */
function withAfterAward<T>(compute: (afterAward: AfterAward) => T): T {
  return withPart(
    AFTER_AWARD,
    () => import(/* webpackChunkName: "occupancy" */ "../core/afterAward"),
    "CareCalc could not load its occupancy functions (occupancy.js)",
    "Reload the add-in.",
    compute
  );
}

/**
 * Chance of each number of occupied beds, from 0 to beds, when each bed is occupied independently at the occupancy rate (binomial). Example: =CARE.OCCUPANCYDIST(5, 90%) gives 0.59049 for all 5 beds occupied, in its last row.
 * @customfunction OCCUPANCYDIST
 * @param beds Beds in the block (a whole number, at most 1000), e.g. 5.
 * @param occupancy_rate The chance that a bed is occupied, from 0 to 1, e.g. 0.9 for 90%.
 * @returns Rows of: occupied beds, probability.
 */
export function occupancydist(beds: any, occupancy_rate: any): number[][] {
  return withAfterAward((afterAward) =>
    toExcelGrid(
      afterAward
        .binomialOccupancy(arg.num(beds, "beds"), arg.num(occupancy_rate, "occupancy_rate"))
        .chances.map((chance, k) => [new Decimal(k), chance])
    )
  );
}

/**
 * The risk to a block's annual saving over spot when occupancy varies. Spills: expected annual saving, standard deviation, chance the block costs more, 5th percentile, median and 95th percentile saving. Example: =CARE.SAVINGRISK(685500, 184308.80, 5, 90%, 1) gives an expected saving of 143,889.60 and a 0.08146 chance that the block costs more.
 * @customfunction SAVINGRISK
 * @param block_annual_cost The block's cost for a year, all beds, in £, e.g. 685500.
 * @param spot_rate Spot price per placement per week in £ (per year if basis is 1), e.g. 184308.80.
 * @param beds Beds in the block (a whole number, at most 1000), e.g. 5.
 * @param occupancy The chance that a bed is occupied (e.g. 0.9), or a row or column of beds + 1 probabilities for 0, 1, ... beds occupied, adding up to 1.
 * @param [basis] Weeks per year: 52 (the default), "365/7", or 1 when spot_rate is annual.
 * @returns Rows of: label, value (£, or a probability for the chance).
 */
export function savingrisk(
  block_annual_cost: any,
  spot_rate: any,
  beds: any,
  occupancy: any[][],
  basis?: any
): any[][] {
  return withAfterAward((afterAward) => {
    const bedCount = arg.num(beds, "beds");
    const given = arg.occupancy(occupancy, "occupancy");
    const risk = afterAward.savingRisk(
      arg.num(block_annual_cost, "block_annual_cost"),
      arg.num(spot_rate, "spot_rate"),
      "rate" in given
        ? afterAward.binomialOccupancy(bedCount, given.rate, "occupancy")
        : afterAward.enteredOccupancy(bedCount, given.chances, "occupancy"),
      arg.basis(basis)
    );
    return toExcelLabelled(afterAward.SAVING_RISK_ROWS.map(({ key, label }) => [label, risk[key]]));
  });
}

/**
 * What a period's occupied bed-nights would have cost at the spot rate, less what the block cost for the period. Example: =CARE.REALISEDSAVING(56000, 3544.40, 140) gives 14,888.
 * @customfunction REALISEDSAVING
 * @param block_cost_for_period What the block cost for the period in £, e.g. 56000.
 * @param spot_rate Spot price per placement in £, for the days rate_days says, e.g. 3544.40 a week.
 * @param occupied_nights Bed-nights occupied in the period, e.g. 140.
 * @param [rate_days] Days the spot rate covers: 7 (the default, a weekly rate), 1 (nightly), 28 (four-weekly) or 365 (annual).
 * @returns The realised saving in £; negative when the block cost more.
 */
export function realisedsaving(
  block_cost_for_period: any,
  spot_rate: any,
  occupied_nights: any,
  rate_days?: any
): number {
  return withAfterAward((afterAward) =>
    toExcelNumber(
      afterAward.realisedSaving(
        arg.num(block_cost_for_period, "block_cost_for_period"),
        arg.num(spot_rate, "spot_rate"),
        arg.num(occupied_nights, "occupied_nights"),
        arg.optionalNum(rate_days, "rate_days")
      )
    )
  );
}

/**
 * The block's cost per occupied bed-night, times per_days (7: per occupied bed-week). Example: =CARE.COSTPEROCCUPIED(56000, 140) gives 2,800.
 * @customfunction COSTPEROCCUPIED
 * @param block_cost_for_period What the block cost for the period in £, e.g. 56000.
 * @param occupied_nights Bed-nights occupied in the period, above 0, e.g. 140.
 * @param [per_days] Days to express the cost per: 7 (the default, per bed-week), 1 (per night), 28 or 365.
 * @returns The cost per occupied bed-week (or per_days) in £.
 */
export function costperoccupied(
  block_cost_for_period: any,
  occupied_nights: any,
  per_days?: any
): number {
  return withAfterAward((afterAward) =>
    toExcelNumber(
      afterAward.costPerOccupied(
        arg.num(block_cost_for_period, "block_cost_for_period"),
        arg.num(occupied_nights, "occupied_nights"),
        arg.optionalNum(per_days, "per_days")
      )
    )
  );
}

/**
 * Occupancy of a period: occupied bed-nights / (beds x days). Example: =CARE.OCCUPANCY(135, 5, 30) gives 0.9.
 * @customfunction OCCUPANCY
 * @param occupied_nights Bed-nights occupied in the period, e.g. 135.
 * @param beds Beds contracted (a whole number), e.g. 5.
 * @param days Days in the period, e.g. 30.
 * @returns The occupancy, from 0 to 1.
 */
export function occupancy(occupied_nights: any, beds: any, days: any): number {
  return withAfterAward((afterAward) =>
    toExcelNumber(
      afterAward.occupancyRate(
        arg.num(occupied_nights, "occupied_nights"),
        arg.num(beds, "beds"),
        arg.num(days, "days")
      )
    )
  );
}
