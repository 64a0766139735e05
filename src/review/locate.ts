/**
 * Which cell is wrong. A break could be mended at any of its cells; the reviewer corrects the one
 * whose correction mends the most breaks at once while breaking the fewest relations that hold;
 * then, in a workbook, a typed value where its line holds a formula (the overwritten total, never
 * the input it was computed from); then the cell whose correction also makes totals that held only
 * within rounding hold exactly (a count slipped by 2 still foots a long column of whole numbers
 * within their rounding, but exactly only when put right); then the cell whose correction keeps to
 * the sign and scale of the line its relation runs along (OUT_OF_SCALE); then the cell whose
 * difference has the most specific cause (a transposition, a slipped digit); then the relation's
 * result (the total, the product) rather than one of its inputs, as a reviewer queries the figure
 * that does not add up. A break of a relation found by search that every cell's correction would
 * trade for another break is where that relation does not apply, and blames no one.
 */
import type { CellPosition } from "../core/a1";
import {
  cellAllowance,
  cellKey,
  cellsOf,
  holdsExactly,
  holdsWith,
  implied,
  Instance,
  Outcome,
  Relation,
} from "./relation";
import { FLOAT_NOISE, OUT_OF_SCALE } from "./settings";
import type { Orientation, Table } from "./table";

export interface Occurrence {
  readonly relation: Relation;
  readonly instance: Instance;
  readonly outcome: Outcome;
}

export interface Suspect {
  readonly cell: CellPosition;
  /** What the cell should hold for the breaks it explains to hold. */
  readonly expected: number;
  readonly breaks: readonly Occurrence[];
}

export interface Blame {
  /** +1 for a typed value in a line of formulas, -1 for a cell that follows its line's formula, 0 otherwise. */
  readonly formula: (cell: CellPosition) => number;
  /** How specific a cause explains the cell holding `expected` instead (0: none). */
  readonly cause: (cell: CellPosition, expected: number, breaks: readonly Occurrence[]) => number;
  /** The cell of an instance that was worked out from the others (a total, an annual figure, a daily rate from a weekly one). */
  readonly result: (occurrence: Occurrence) => CellPosition;
}

interface Option {
  readonly cell: CellPosition;
  readonly expected: number;
  readonly explains: Occurrence[];
  readonly contradicts: number;
  /** Relations that hold only within rounding and that this correction makes hold exactly. */
  readonly tightens: number;
  /** 1 where the correction keeps the cell in keeping with the figures of the line its relation runs along. */
  readonly inKeeping: number;
  readonly formula: number;
  readonly cause: number;
  readonly result: number;
}

/** The suspects for a set of breaks, given the instances that hold, most certain first. */
export function locate(
  table: Table,
  breaks: readonly Occurrence[],
  holding: readonly Occurrence[],
  blame: Blame
): Suspect[] {
  const holdsAt = new Map<string, Occurrence[]>();
  for (const h of holding)
    for (const cell of cellsOf(h.instance))
      holdsAt.set(cellKey(cell), [...(holdsAt.get(cellKey(cell)) ?? []), h]);

  // The line a relation runs along holds figures of one kind: a correction should keep to them.
  const lineFigures = new Map<string, number[]>();
  const inKeeping = (cell: CellPosition, value: number, o: Orientation) => {
    const line = o === "columns" ? cell.column : cell.row;
    const key = `${o}:${line}`;
    let figures = lineFigures.get(key);
    if (!figures)
      lineFigures.set(
        key,
        (figures = table.figureCells(o, line).map((p) => table.figure(p)!.value))
      );
    return keeps(figures, table.figure(cell)!.value, value);
  };

  const suspects: Suspect[] = [];
  let open = [...breaks];
  while (open.length) {
    const byCell = new Map<
      string,
      { cell: CellPosition; entries: { occurrence: Occurrence; value: number; slack: number }[] }
    >();
    for (const occurrence of open) {
      cellsOf(occurrence.instance).forEach((cell, index) => {
        if (!table.figure(cell)) return;
        const value = implied(table, occurrence.relation, occurrence.instance, index);
        if (value === undefined || !Number.isFinite(value)) return;
        // An exact count (beds, years) cannot be mended to 3.6: its correction must be whole.
        const figure = table.figure(cell)!;
        if (figure.half === 0 && figure.whole && Math.abs(value - Math.round(value)) > 1e-9) return;
        const entry = byCell.get(cellKey(cell)) ?? { cell, entries: [] };
        const slack = cellAllowance(
          table,
          occurrence.relation,
          occurrence.instance,
          occurrence.outcome,
          index,
          value
        );
        entry.entries.push({ occurrence, value, slack });
        byCell.set(cellKey(cell), entry);
      });
    }
    const options: Option[] = [];
    for (const { cell, entries } of byCell.values()) {
      const own = table.figure(cell)!.half;
      // Breaks whose mend at this cell agrees with the first one's: one correction for all of them.
      for (const first of entries) {
        const explains = entries
          .filter((e) => Math.abs(e.value - first.value) <= e.slack + first.slack + own)
          .map((e) => e.occurrence);
        let contradicts = 0;
        let tightens = 0;
        for (const h of holdsAt.get(cellKey(cell)) ?? []) {
          const index = cellsOf(h.instance).findIndex((c) => cellKey(c) === cellKey(cell));
          const still = holdsWith(table, h.relation, h.instance, index, first.value);
          if (still === false) contradicts++;
          if (!still || holdsExactly(h.outcome)) continue;
          const should = implied(table, h.relation, h.instance, index);
          if (
            should !== undefined &&
            Math.abs(should - first.value) <= FLOAT_NOISE * Math.max(1, Math.abs(should))
          )
            tightens++;
        }
        options.push({
          cell,
          expected: first.value,
          explains,
          contradicts,
          tightens,
          inKeeping: inKeeping(cell, first.value, first.occurrence.relation.orientation) ? 1 : 0,
          formula: blame.formula(cell),
          cause: blame.cause(cell, first.value, explains),
          result: explains.filter((o) => cellKey(blame.result(o)) === cellKey(cell)).length,
        });
      }
    }
    if (!options.length) break;
    const best = queried(
      options,
      options.reduce((a, b) => (better(b, a) ? b : a))
    );
    // A found relation that no single correction can mend without breaking as much as it mends
    // does not apply there (two shares that agree by chance): no cell is to blame.
    const inapplicable =
      best.contradicts >= best.explains.length &&
      best.explains.every((o) => o.relation.source === "search");
    if (!inapplicable)
      suspects.push({ cell: best.cell, expected: best.expected, breaks: best.explains });
    const mended = new Set(best.explains);
    open = open.filter((o) => !mended.has(o));
  }
  return suspects;
}

/**
 * Where nothing tells the best cell from another (no cause, no formula, no total made exact, the
 * same breaks mended), any one of them is a guess: the reviewer queries the figure that does not add up, the result.
 */
function queried(options: readonly Option[], best: Option): Option {
  if (best.cause > 0 || best.result > 0) return best;
  const net = (o: Option) => o.explains.length - o.contradicts;
  const tied = options.some(
    (o) =>
      o !== best &&
      cellKey(o.cell) !== cellKey(best.cell) &&
      net(o) === net(best) &&
      o.formula === best.formula &&
      o.tightens === best.tightens &&
      o.inKeeping === best.inKeeping &&
      o.cause === 0
  );
  if (!tied) return best;
  const result = options.find(
    (o) => o.result > 0 && o.explains.length >= best.explains.length && o.formula >= best.formula
  );
  return result ?? best;
}

function better(a: Option, b: Option): boolean {
  const order = [
    a.explains.length - a.contradicts - (b.explains.length - b.contradicts),
    a.formula - b.formula,
    a.tightens - b.tightens,
    a.inKeeping - b.inKeeping,
    a.cause - b.cause,
    a.result - b.result,
    b.cell.row - a.cell.row || b.cell.column - a.cell.column,
  ];
  const first = order.find((d) => d !== 0) ?? 0;
  return first > 0;
}

/** Whether `value` in place of `written` keeps to the sign and scale of the other figures of a line. */
function keeps(line: readonly number[], written: number, value: number): boolean {
  const others = [...line];
  others.splice(others.indexOf(written), 1);
  const largest = others.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (others.length < 3 || largest === 0) return true;
  // Of a sign at least one other figure of the line has (nought keeps to any).
  const sign = Math.sign(value);
  const signKept = sign === 0 || others.some((v) => Math.sign(v) === sign);
  return signKept && Math.abs(value) <= OUT_OF_SCALE * largest;
}
