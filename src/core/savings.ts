import { Decimal, ONE } from "./decimal";
import { annual, Basis, WEEKS_52 } from "./rates";
import { atMost, bedCount, nonNegative, price } from "./require";

export interface SavingsInputs {
  /** Spot price per placement per period (a week, or a year when the basis is 1). */
  readonly spotRate: Decimal;
  /** Block price per bed per period. */
  readonly blockRate: Decimal;
  readonly beds: Decimal;
  readonly years?: Decimal;
  readonly basis?: Basis;
}

function checked(inputs: SavingsInputs): Required<SavingsInputs> {
  return {
    spotRate: price("spot_rate", inputs.spotRate),
    blockRate: price("block_rate", inputs.blockRate),
    beds: bedCount("beds", inputs.beds),
    years: nonNegative("years", inputs.years ?? ONE),
    basis: inputs.basis ?? WEEKS_52,
  };
}

function annualSaving(
  { spotRate, blockRate, beds, basis }: Required<SavingsInputs>,
  occupied: Decimal
): Decimal {
  return annual(spotRate.mul(occupied).sub(blockRate.mul(beds)), basis);
}

function occupiedOf(inputs: Required<SavingsInputs>, occupied: Decimal): Decimal {
  return atMost("occupied", nonNegative("occupied", occupied), "beds", inputs.beds);
}

/**
 * Saving of a block over spot: the spot cost of the placements actually used minus the block cost
 * of every bed, paid whether used or not. Negative when the block costs more.
 */
export function spotSaving(inputs: SavingsInputs, occupied: Decimal = inputs.beds): Decimal {
  const valid = checked(inputs);
  return annualSaving(valid, occupiedOf(valid, occupied)).mul(valid.years);
}

/** Occupied beds at which the block costs the same as spot: block cost / spot price per bed. */
export function breakEven(spotRate: Decimal, blockRate: Decimal, beds: Decimal): Decimal {
  const valid = checked({ spotRate, blockRate, beds });
  return valid.blockRate.mul(valid.beds).div(valid.spotRate);
}

/** A savings or occupancy table is for people to read; past this the spill would swamp the sheet. */
export const MAX_GRID_BEDS = new Decimal(1000);

export interface OccupancyRow {
  readonly occupied: Decimal;
  /** Occupied beds as a fraction of all beds. */
  readonly occupancy: Decimal;
  readonly annualSaving: Decimal;
  readonly termSaving: Decimal;
}

/** One row per occupancy level, from every bed used down to none (the shape of Hackney's Table 1). */
export function savingsByOccupancy(inputs: SavingsInputs): OccupancyRow[] {
  const valid = checked(inputs);
  atMost("beds", valid.beds, "the most rows a savings table can hold", MAX_GRID_BEDS);
  // Each bed fewer occupied loses one spot placement's annual cost: one division for the whole table.
  const spotPerBed = annual(valid.spotRate, valid.basis);
  const rows: OccupancyRow[] = [];
  let saving = annualSaving(valid, valid.beds);
  for (let beds = valid.beds.toNumber(); beds >= 0; beds--) {
    const occupied = new Decimal(beds);
    rows.push({
      occupied,
      occupancy: occupied.div(valid.beds),
      annualSaving: saving,
      termSaving: saving.mul(valid.years),
    });
    saving = saving.sub(spotPerBed);
  }
  return rows;
}
