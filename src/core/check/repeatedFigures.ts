/**
 * Repeated figures that should be equal: a figure repeated along a line (the fixed block cost in
 * every occupancy column), and the same quantity quoted twice in a table with slightly different
 * values, where one was computed from a rounded rate or rounded the wrong way.
 */
import type { Position } from "./address";
import type { CheckedFigure } from "./cells";
import { amountWords } from "./factors";
import { rateWords, roundingOf, roundTo } from "./diagnose";
import { Relation } from "./relation";
import { ORIENTATIONS, Table } from "./table";
import { floatNoise } from "./noise";

/** A figure shown to fewer significant digits than this is too short to call a repeat. */
const SIGNIFICANT_UNITS = 100;

export function findRepeatedLines(table: Table): Relation[] {
  const relations: Relation[] = [];
  for (const o of ORIENTATIONS) {
    for (let line = 0; line < table.lineCount(o); line++) {
      const cells = table
        .figurePositions(o, line)
        .map((pos) => table.cellAt(o, line, pos))
        .filter((cell) => !table.figure(cell)!.nil && table.figure(cell)!.value !== 0);
      if (cells.length < 3) continue;
      const counts = new Map<number, number>();
      cells.forEach((c) =>
        counts.set(table.figure(c)!.value, (counts.get(table.figure(c)!.value) ?? 0) + 1)
      );
      const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
      const unit = table.figure(cells.find((c) => table.figure(c)!.value === value)!)!.unit;
      if (count < 3 || count < 0.75 * cells.length || Math.abs(value) < SIGNIFICANT_UNITS * unit)
        continue;
      const relation = new Relation(
        "repeated",
        `repeated figure: ${table.lineName(o, line)} is ${amountWords(value)} throughout`
      );
      cells.forEach((cell) => relation.add(cell, [], () => value));
      // Columns can repeat a figure by chance; an odd one out counts only when a cause explains it.
      relation.accepted = count === cells.length;
      relations.push(relation);
    }
  }
  return relations;
}

export interface RepeatedFigureFinding {
  readonly cell: Position;
  readonly expected: number;
  readonly relation: string;
  readonly diagnosis: string;
}

/** Figures this close are the same quantity quoted twice, not two quantities. */
const NEAR = 0.002;
const MIN_UNITS = 1000;

/** The rate a figure was multiplied out from, when it is a whole rate (to £1 or 1p) times a factor the table uses. */
function roundedRate(figure: CheckedFigure, other: CheckedFigure, factors: readonly number[]) {
  for (const factor of factors) {
    // Rates worth rounding to whole pounds before multiplying are weekly costs, not small sums.
    if (factor < 50 || Math.abs(figure.value / factor) < 100) continue;
    for (const unit of [1, 0.01]) {
      const rate = figure.value / factor;
      if (Math.abs(roundTo(rate, unit, "nearest") - rate) > floatNoise(rate, 0)) continue;
      const exactRate = other.value / factor;
      const how = (["nearest", "up", "down"] as const).find(
        (h) => Math.abs(roundTo(exactRate, unit, h) - rate) <= floatNoise(rate, exactRate)
      );
      if (how && Math.abs(exactRate - rate) > floatNoise(rate, exactRate))
        return { factor, rate, exactRate, how, unit };
    }
  }
  return undefined;
}

/**
 * Near-equal figures that disagree beyond their rounding, with the cell to blame when the writing
 * shows it. `resultOf`: the relations that hold with a cell as their result.
 */
export function findNearlyEqualFigures(
  table: Table,
  factors: readonly number[],
  resultOf: (cell: Position) => ReadonlySet<unknown>
): RepeatedFigureFinding[] {
  const cells: Position[] = [];
  for (let row = 0; row < table.rows; row++)
    for (let col = 0; col < table.cols; col++) {
      const f = table.figure({ row, col });
      if (f && !f.nil && Math.abs(f.value) >= MIN_UNITS * Math.max(f.unit, 0.01))
        cells.push({ row, col });
    }
  const findings: RepeatedFigureFinding[] = [];
  const flagged = new Set<string>();
  const disagree = (a: CheckedFigure, b: CheckedFigure) =>
    Math.abs(a.value - b.value) > a.tolerance + b.tolerance + floatNoise(a.value, b.value) &&
    Math.abs(a.value - b.value) <= NEAR * Math.max(Math.abs(a.value), Math.abs(b.value)) &&
    Math.sign(a.value) === Math.sign(b.value);
  // Each figure's near neighbours, found in value order rather than by comparing every pair.
  const byValue = [...cells].sort((a, b) => table.figure(a)!.value - table.figure(b)!.value);
  const near = new Map<Position, Position[]>(cells.map((c) => [c, []]));
  byValue.forEach((cell, i) => {
    const v = table.figure(cell)!.value;
    for (let j = i + 1; j < byValue.length; j++) {
      const w = table.figure(byValue[j])!.value;
      if (w - v > NEAR * Math.max(Math.abs(v), Math.abs(w))) break;
      near.get(cell)!.push(byValue[j]);
      near.get(byValue[j])!.push(cell);
    }
  });
  // A reference is a figure no near neighbour explains as multiplied out from a rounded rate.
  const isRateRounded = (cell: Position) =>
    near.get(cell)!.some((other) => {
      const a = table.figure(cell)!;
      const b = table.figure(other)!;
      return disagree(a, b) && roundedRate(a, b, factors) && !roundedRate(b, a, factors);
    });
  for (const cell of cells) {
    const stated = table.figure(cell)!;
    for (const other of near.get(cell)!) {
      const reference = table.figure(other)!;
      // Two results of one formula down a column are different quantities that happen to be close.
      if (other === cell || [...resultOf(cell)].some((r) => resultOf(other).has(r))) continue;
      if (!disagree(stated, reference) || flagged.has(table.address(cell))) continue;
      const rate = roundedRate(stated, reference, factors);
      if (rate && !isRateRounded(other)) {
        flagged.add(table.address(cell));
        findings.push({
          cell,
          expected: reference.value,
          relation: `repeated figure: ${table.address(cell)} = ${table.address(other)}`,
          diagnosis: rateWords(rate.rate, rate.factor, rate.exactRate, rate.how, rate.unit),
        });
        continue;
      }
      if (stated.unit <= reference.unit || rate) continue;
      const how = roundingOf(stated, reference.value);
      if (how && how !== "nearest") {
        flagged.add(table.address(cell));
        findings.push({
          cell,
          expected: roundTo(reference.value, stated.unit, "nearest"),
          relation: `repeated figure: ${table.address(cell)} = ${table.address(other)} rounded`,
          diagnosis: `rounded ${how}, not to the nearest ${amountWords(stated.unit)}: ${amountWords(reference.value)} is ${amountWords(roundTo(reference.value, stated.unit, "nearest"))}`,
        });
      }
    }
  }
  return findings;
}
