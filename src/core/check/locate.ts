/**
 * Which cell is wrong. A break in a relation could be fixed at any of its cells; the checker blames
 * the cell whose correction mends the most breaks at once while breaking the fewest relations that
 * hold (a holding relation loose enough to allow the correction is no evidence either way); then
 * the cell the correction brings back into step with its row and column; then the one whose
 * difference has the most specific cause (a slip of one key over a carried round amount); then the
 * one the correction puts back on the step its line keeps; then the relation's result (the total).
 */
import type { Position } from "./address";
import { cellsOf, implied, Instance } from "./relation";
import type { CheckedFigure } from "./cells";
import { Orientation, ORIENTATIONS, Table } from "./table";

export interface Suspect {
  readonly cell: Position;
  readonly expected: number;
  /** How closely the relations pin the expected figure down. */
  readonly tolerance: number;
  readonly instances: readonly Instance[];
}

interface Lead {
  readonly instance: Instance;
  readonly value: number;
  readonly tolerance: number;
  readonly isTarget: boolean;
}

const key = (p: Position) => `${p.row},${p.col}`;
/** Figures along a line to compare a figure with: one is enough in a two-row table. */
const MIN_PEERS = 1;

/**
 * `breaks`: instances of trusted relations that fail; `leads`: instances of untrusted relations
 * whose failure a diagnosis explains at one cell (only that cell is a suspect);
 * `holding`: instances of trusted relations that hold; `explains`: how specific a cause fits (0 for none).
 */
export function locate(
  table: Table,
  breaks: readonly Instance[],
  leads: ReadonlyMap<Instance, Position>,
  holding: readonly Instance[],
  explains: (cell: Position, expected: number, tolerance: number) => number
): Suspect[] {
  const byCell = new Map<string, { cell: Position; leads: Lead[] }>();
  const note = (instance: Instance, cell: Position, index: number) => {
    const value = implied(table, instance, index);
    if (!value) return;
    const entry = byCell.get(key(cell)) ?? { cell, leads: [] };
    entry.leads.push({ instance, ...value, isTarget: index === 0 });
    byCell.set(key(cell), entry);
  };
  breaks.forEach((instance) => cellsOf(instance).forEach((cell, i) => note(instance, cell, i)));

  // What each holding instance says a cell should be: a correction outside that breaks it.
  const confirmed = new Map<string, { value: number; tolerance: number }[]>();
  holding.forEach((instance) =>
    cellsOf(instance).forEach((cell, i) => {
      const value = implied(table, instance, i);
      if (!value) return;
      const values = confirmed.get(key(cell)) ?? [];
      values.push(value);
      confirmed.set(key(cell), values);
    })
  );
  const ownTolerance = (cell: Position) => table.figure(cell)?.tolerance ?? 0;
  /** How many holding instances setting `cell` to `value` would break. */
  const broken = (cell: Position, value: number) =>
    (confirmed.get(key(cell)) ?? []).filter(
      (c) =>
        Math.abs(c.value - value) >
        c.tolerance + ownTolerance(cell) + 1e-9 * Math.max(1, Math.abs(value))
    ).length;

  // A lead whose correction a trusted relation contradicts is a coincidence, not a finding.
  leads.forEach((cell, instance) => {
    const index = cellsOf(instance).findIndex((c) => key(c) === key(cell));
    const should = implied(table, instance, index);
    if (should && !broken(cell, should.value)) note(instance, cell, index);
  });
  const open = new Set<Instance>([...breaks, ...leads.keys()]);
  const suspects: Suspect[] = [];
  for (;;) {
    let best: { cell: Position; group: Lead[]; score: number[] } | undefined;
    for (const { cell, leads: all } of byCell.values()) {
      const pending = all.filter((l) => open.has(l.instance));
      if (!pending.length) continue;
      const group = largestAgreeing(pending, (l) => explains(cell, l.value, l.tolerance));
      const exact = group[0];
      const score = [
        group.length - broken(cell, exact.value),
        // The true figure is more likely in step with its line (not the only negative) than out of it.
        stepsBack(table, cell, exact.value),
        explains(cell, exact.value, exact.tolerance),
        grainBack(table, cell, exact.value),
        group.every((l) => l.isTarget) ? 1 : 0,
      ];
      if (!best || compare(score, best.score) > 0) best = { cell, group, score };
    }
    // Worth reporting when it mends more than it breaks, or a cause explains it.
    if (!best || best.score[0] + best.score[2] <= 0) break;
    // The wrong cell accounts for every break it takes part in, whatever those say it should be.
    const chosen = best.cell;
    open.forEach((i) => {
      if (cellsOf(i).some((c) => key(c) === key(chosen))) open.delete(i);
    });
    const exact = best.group[0];
    suspects.push({
      cell: best.cell,
      expected: exact.value,
      tolerance: exact.tolerance,
      instances: best.group.map((l) => l.instance),
    });
    byCell.delete(key(best.cell));
  }
  return suspects;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The most leads for one cell that agree on what it should be; among equals, the one a cause explains best. */
function largestAgreeing(leads: readonly Lead[], strength: (lead: Lead) => number): Lead[] {
  let best: Lead[] = [];
  let bestStrength = -1;
  for (const reference of leads) {
    const group = leads.filter(
      (l) =>
        Math.abs(l.value - reference.value) <=
        l.tolerance + reference.tolerance + 1e-9 * Math.abs(reference.value)
    );
    const explained = strength(reference);
    if (group.length > best.length || (group.length === best.length && explained > bestStrength)) {
      best = [reference, ...group.filter((l) => l !== reference)];
      bestStrength = explained;
    }
  }
  return best;
}

/** The other non-zero figures along the cell's column or row. */
function peers(table: Table, cell: Position, o: Orientation): CheckedFigure[] {
  const line = o === "columns" ? cell.col : cell.row;
  const at = o === "columns" ? cell.row : cell.col;
  return table
    .figurePositions(o, line)
    .filter((p) => p !== at)
    .map((p) => table.figure(table.cellAt(o, line, p))!)
    .filter((f) => f.value !== 0);
}

/**
 * How many ways a figure (as written, or as a correction would make it) is out of step with the
 * other figures along its row and column: the only negative one, or a thousand times the others.
 * Where a relation cannot tell which of two cells is wrong, this can.
 */
function outOfStep(table: Table, cell: Position, value: number): number {
  let ways = 0;
  for (const o of ORIENTATIONS) {
    const others = peers(table, cell, o).map((f) => f.value);
    if (others.length < MIN_PEERS || value === 0) continue;
    if (others.every((v) => Math.sign(v) === -Math.sign(value))) ways++;
    const sorted = others.map(Math.abs).sort((a, b) => a - b);
    const scale = Math.abs(value) / sorted[Math.floor(sorted.length / 2)];
    if (scale > 300 || scale < 1 / 300) ways++;
  }
  return ways;
}

/** How much more in step with its lines a correction to `value` makes the figure at `cell`. */
export function stepsBack(table: Table, cell: Position, value: number): number {
  const stated = table.figure(cell)?.value ?? 0;
  return outOfStep(table, cell, stated) - outOfStep(table, cell, value);
}

const onGrain = (value: number, grain: number) => {
  const steps = Math.abs(value) / grain;
  return Math.abs(steps - Math.round(steps)) < 1e-9 * Math.max(1, steps);
};

/**
 * Whether a correction puts the figure back on the step every other figure of its line keeps
 * (technical scores of 35.500, 29.500 and 41.000 are in halves; 29.700 is not).
 */
function grainBack(table: Table, cell: Position, value: number): number {
  const figure = table.figure(cell);
  if (!figure) return 0;
  let back = 0;
  for (const o of ORIENTATIONS) {
    const others = peers(table, cell, o).filter((f) => f.unit === figure.unit);
    if (others.length < 2) continue;
    const steps = [5, 10, 50, 100, 500, 1000].map((n) => n * figure.unit);
    const grain = steps.filter((g) => others.every((f) => onGrain(f.value, g))).pop();
    if (grain) back += (onGrain(value, grain) ? 1 : 0) - (onGrain(figure.value, grain) ? 1 : 0);
  }
  return back;
}
