/**
 * A relation a reviewer checks (a column total, "C = B x 52", a repeated figure) and its instances:
 * one per row, column or total where it applies. Every instance says how its target is computed
 * from its inputs; being linear in each cell, it also says what any one cell should be for it to hold.
 */
import type { Position } from "./address";
import type { Table } from "./table";
import { floatNoise } from "./noise";

export type RelationKind = "total" | "factor" | "combination" | "repeated";

export class Relation {
  readonly instances: Instance[] = [];
  /** Enough of the table keeps the relation for a break in it to be reported. */
  accepted = false;
  /** The constant a factor relation multiplies by (52, 260, 365/7), for spotting rates rounded before multiplying. */
  factor?: number;

  constructor(
    readonly kind: RelationKind,
    readonly description: string
  ) {}

  add(target: Position, inputs: readonly Position[], compute: Compute, description?: string): void {
    this.instances.push({ relation: this, target, inputs, compute, description });
  }
}

export type Compute = (inputs: readonly number[]) => number;

export interface Instance {
  readonly relation: Relation;
  readonly target: Position;
  readonly inputs: readonly Position[];
  readonly compute: Compute;
  /** Words for this instance when the relation's own are not enough: "column total: B5 = B2:B4". */
  readonly description?: string;
}

export function cellsOf(instance: Instance): Position[] {
  return [instance.target, ...instance.inputs];
}

function inputValues(table: Table, instance: Instance): number[] {
  return instance.inputs.map((p) => table.figure(p)?.value ?? 0);
}

/** How much the instance's inputs move its result for a unit change of input `i`. */
function slope(instance: Instance, values: readonly number[], i: number): number {
  const at = (x: number) => instance.compute(values.map((v, j) => (j === i ? x : v)));
  return at(1) - at(0);
}

export interface Check {
  readonly stated: number;
  readonly expected: number;
  readonly tolerance: number;
  readonly holds: boolean;
}

/** How much each cell's rounding (target first, then inputs) can move the instance's balance. */
function roundingShares(table: Table, instance: Instance, values: readonly number[]): number[] {
  return [
    table.figure(instance.target)?.tolerance ?? 0,
    ...values.map(
      (_, i) =>
        Math.abs(slope(instance, values, i)) * (table.figure(instance.inputs[i])?.tolerance ?? 0)
    ),
  ];
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function check(table: Table, instance: Instance): Check {
  const values = inputValues(table, instance);
  const stated = table.figure(instance.target)?.value ?? 0;
  const expected = instance.compute(values);
  const tolerance = total(roundingShares(table, instance, values));
  return {
    stated,
    expected,
    tolerance,
    holds: Math.abs(stated - expected) <= tolerance + floatNoise(stated, expected),
  };
}

/**
 * What cell `index` (0 the target, then the inputs) should hold for the instance to hold, and how
 * closely the other cells pin that down (the cell's own rounding is not counted: it is the cell's).
 */
export function implied(
  table: Table,
  instance: Instance,
  index: number
): { value: number; tolerance: number } | undefined {
  const values = inputValues(table, instance);
  const others = (at: readonly number[]) =>
    total(roundingShares(table, instance, at).filter((_, j) => j !== index));
  if (index === 0) return { value: instance.compute(values), tolerance: others(values) };
  const stated = table.figure(instance.target)?.value ?? 0;
  const i = index - 1;
  const rate = slope(instance, values, i);
  if (Math.abs(rate) < 1e-12) return undefined;
  const rest = instance.compute(values.map((v, j) => (j === i ? 0 : v)));
  const value = (stated - rest) / rate;
  // In a product the other cells' rounding counts at the figure the cell should be, not at a wrong one (4,000 beds for 4).
  const tolerance = others(values.map((v, j) => (j === i ? value : v)));
  return { value, tolerance: tolerance / Math.abs(rate) };
}
