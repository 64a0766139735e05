/**
 * Which cell is wrong. A break in a relation could be fixed at any of its cells; the checker blames
 * the cell whose correction mends the most breaks at once while breaking the fewest relations that
 * hold, preferring a cell whose difference has a known cause, then the relation's result (the total).
 */
import type { Position } from "./address";
import { cellsOf, implied, Instance } from "./relation";
import { ORIENTATIONS, Table } from "./table";

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

  const keeps = new Map<string, number>();
  holding.forEach((instance) =>
    cellsOf(instance).forEach((cell, i) => {
      if (i === 0 || implied(table, instance, i))
        keeps.set(key(cell), (keeps.get(key(cell)) ?? 0) + 1);
    })
  );

  // A lead against a cell that a trusted relation confirms is a coincidence, not a finding.
  leads.forEach((cell, instance) => {
    if (!keeps.has(key(cell)))
      note(
        instance,
        cell,
        cellsOf(instance).findIndex((c) => key(c) === key(cell))
      );
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
        group.length - (keeps.get(key(cell)) ?? 0),
        explains(cell, exact.value, exact.tolerance),
        standsOut(table, cell) ? 1 : 0,
        group.every((l) => l.isTarget) ? 1 : 0,
      ];
      if (!best || compare(score, best.score) > 0) best = { cell, group, score };
    }
    if (!best || best.score[0] + best.score[1] <= 0) break;
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

/**
 * A figure out of step with every other figure along its row or column: the only negative one,
 * or a thousand times the others. Where a relation cannot tell which of two cells is wrong, this can.
 */
export function standsOut(table: Table, cell: Position): boolean {
  const value = table.figure(cell)?.value ?? 0;
  return ORIENTATIONS.some((o) => {
    const line = o === "columns" ? cell.col : cell.row;
    const at = o === "columns" ? cell.row : cell.col;
    const others = table
      .figurePositions(o, line)
      .filter((p) => p !== at)
      .map((p) => table.figure(table.cellAt(o, line, p))!.value)
      .filter((v) => v !== 0);
    if (others.length < 2 || value === 0) return false;
    const lonelySign = others.every((v) => Math.sign(v) === -Math.sign(value));
    const sorted = others.map(Math.abs).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const scale = Math.abs(value) / median;
    return lonelySign || scale > 300 || scale < 1 / 300;
  });
}
