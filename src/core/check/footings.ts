/**
 * Totals: column sums (footing), row sums (cross-footing), subtotals and grand totals, and sums
 * with a subtraction ("Less income"). A total is looked for where the table says "Total", or at the
 * end of a line whose other figures it sums.
 */
import type { Position } from "./address";
import { check, Relation } from "./relation";
import { Orientation, ORIENTATIONS, Table } from "./table";

const TOTAL_WORDS = /\b(sub-?)?totals?\b|\bsum\b|\boverall\b/i;
const SUBTRACTED_WORDS = /^\s*(less|minus|deduct)\b|\bincome\b/i;

interface Run {
  readonly positions: readonly number[];
  readonly signs: readonly number[];
}

function describe(table: Table, o: Orientation, line: number, total: number, run: Run): string {
  const kind = o === "columns" ? "column total" : "row total";
  const first = table.address(table.cellAt(o, line, run.positions[0]));
  const last = table.address(table.cellAt(o, line, run.positions[run.positions.length - 1]));
  const lo = first < last || first.length < last.length ? first : last;
  const hi = lo === first ? last : first;
  const subtracted = run.positions.filter((_, i) => run.signs[i] < 0);
  const less = subtracted.length
    ? ` less ${subtracted.map((p) => table.address(table.cellAt(o, line, p))).join(", ")}`
    : "";
  return `${kind}: ${table.address(table.cellAt(o, line, total))} = sum of ${lo}:${hi}${less}`;
}

function addRun(
  relation: Relation,
  table: Table,
  o: Orientation,
  line: number,
  total: number,
  run: Run
): void {
  const cells: Position[] = run.positions.map((p) => table.cellAt(o, line, p));
  relation.add(
    table.cellAt(o, line, total),
    cells,
    (values) => values.reduce((s, v, i) => s + run.signs[i] * v, 0),
    describe(table, o, line, total, run)
  );
}

/** The ways a run can be summed: as written, and with "Less ..." lines taken away. */
function runVariants(table: Table, o: Orientation, positions: readonly number[]): Run[] {
  const plain: Run = { positions, signs: positions.map(() => 1) };
  const signs = positions.map((p) => (SUBTRACTED_WORDS.test(table.label(o, p)) ? -1 : 1));
  return signs.some((s) => s < 0) ? [plain, { positions, signs }] : [plain];
}

/** Lines with a figure at the total and at two or more of the run's positions. */
function linesFor(table: Table, o: Orientation, total: number, run: readonly number[]): number[] {
  const lines: number[] = [];
  for (let line = 0; line < table.lineCount(o); line++) {
    if (!table.figure(table.cellAt(o, line, total))) continue;
    if (run.filter((p) => table.figure(table.cellAt(o, line, p))).length >= 2) lines.push(line);
  }
  return lines;
}

function labelledTotals(table: Table, o: Orientation): Relation[] {
  const relations: Relation[] = [];
  const totals = new Set<number>();
  for (let pos = 0; pos < table.lineLength(o); pos++) {
    if (TOTAL_WORDS.test(table.label(o, pos))) totals.add(pos);
  }
  const withFigures = (pos: number) =>
    Array.from({ length: table.lineCount(o) }, (_, line) =>
      table.figure(table.cellAt(o, line, pos))
    ).some(Boolean);
  for (const total of totals) {
    if (!withFigures(total)) continue;
    // Runs ending next to the total, above it or below it; a subtotal inside a run is not counted twice.
    const runs: number[][] = [];
    for (const direction of [-1, 1]) {
      const run: number[] = [];
      for (let pos = total + direction; pos >= 0 && pos < table.lineLength(o); pos += direction) {
        if (!withFigures(pos)) {
          if (run.length) break;
          continue;
        }
        if (!totals.has(pos)) run.push(pos);
        if (run.length >= 2) runs.push([...run].sort((a, b) => a - b));
      }
    }
    let best: { relation: Relation; holds: number; size: number } | undefined;
    for (const positions of runs) {
      for (const run of runVariants(table, o, positions)) {
        const relation = new Relation("total", "");
        for (const line of linesFor(table, o, total, run.positions))
          addRun(relation, table, o, line, total, run);
        if (!relation.instances.length) continue;
        const holds = relation.instances.filter((i) => check(table, i).holds).length;
        if (!best || holds > best.holds || (holds === best.holds && positions.length > best.size)) {
          best = { relation, holds, size: positions.length };
        }
      }
    }
    if (!best) continue;
    const fails = best.relation.instances.length - best.holds;
    // The label counts as one line of support, but a total that holds nowhere is only a lead.
    best.relation.accepted = best.holds >= 1 && best.holds + 1 >= fails;
    relations.push(named(best.relation));
  }
  return relations;
}

/** A line's first or last figure that sums all its others: a total even where no label says so. */
function edgeTotals(table: Table, o: Orientation): Relation[] {
  const relations: Relation[] = [];
  for (let line = 0; line < table.lineCount(o); line++) {
    const positions = table
      .figurePositions(o, line)
      .filter((p) => !TOTAL_WORDS.test(table.label(o, p)));
    if (positions.length < 3) continue;
    for (const total of [positions[0], positions[positions.length - 1]]) {
      const run = positions.filter((p) => p !== total);
      const relation = new Relation("total", "");
      addRun(relation, table, o, line, total, { positions: run, signs: run.map(() => 1) });
      // Unlabelled, a sum that does not hold is no evidence of a total at all.
      if (!check(table, relation.instances[0]).holds) continue;
      relation.accepted = true;
      relations.push(named(relation));
    }
  }
  return relations;
}

function named(relation: Relation): Relation {
  const words = relation.instances[0]?.description ?? "";
  const named = new Relation(
    "total",
    relation.instances.length > 1 ? `${words} (and ${relation.instances.length - 1} more)` : words
  );
  named.instances.push(...relation.instances.map((i) => ({ ...i, relation: named })));
  named.accepted = relation.accepted;
  return named;
}

export function findTotals(table: Table): Relation[] {
  return ORIENTATIONS.flatMap((o) => [...labelledTotals(table, o), ...edgeTotals(table, o)]);
}
