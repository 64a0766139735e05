/** The calculation core: exact decimal arithmetic for placement commissioning, with no knowledge of Excel. */
export { Decimal, roundHalfAway, sum } from "./decimal";
export { CareError } from "./errors";
export type { CareErrorKind } from "./errors";
export {
  annual,
  weekly,
  basisOf,
  parseBasis,
  periodsPerYear,
  WEEKS_52,
  WEEKS_365_7,
} from "./rates";
export type { Basis } from "./rates";
export { parseTerm, termYears } from "./term";
export type { Term } from "./term";
export {
  costOverYears,
  blockCost,
  spotCost,
  wholeLife,
  tierRate,
  atRisk,
  uplifted,
} from "./contracts";
export { spotSaving, breakEven, savingsByOccupancy } from "./savings";
export type { SavingsInputs, OccupancyRow } from "./savings";
export {
  priceScore,
  qualityScore,
  tenderScore,
  lowBidFlag,
  parsePriceMethod,
  PRICE_METHODS,
  PRICE_METHOD_NAMES,
} from "./tender";
export type { PriceMethod } from "./tender";
export { apportion } from "./apportion";
export { discountFactor, presentValue } from "./appraisal";
export { parseFigure, parseMoney } from "./figures";
export type { Figure } from "./figures";
export { roundToTotal } from "./roundTotal";
