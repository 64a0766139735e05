/**
 * After the award: occupancy risk and contract monitoring, through one door. The functions bundle
 * loads this module on first use rather than at start (see functions.ts), so nothing else in the
 * bundle may import these modules directly.
 */
export {
  binomialOccupancy,
  enteredOccupancy,
  PROBABILITY_TOTAL_TOLERANCE,
} from "./occupancyDistribution";
export type { OccupancyDistribution } from "./occupancyDistribution";
export { savingRisk, SAVING_RISK_ROWS } from "./savingRisk";
export type { SavingRisk } from "./savingRisk";
export { realisedSaving, costPerOccupied, occupancyRate } from "./monitoring";
