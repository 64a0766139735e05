/**
 * Figures from running text laid out as a list ("£4,557 a week, 15 beds, £3.564m a year"): products
 * between figures of the same list, x 52, x 365/7, x beds, x years. One instance each, so a break is
 * reported only when a diagnosis explains it (see checkTable).
 */
import { LIST_FACTORS, Factor, KNOWN_FACTORS } from "./factors";
import { check, Relation } from "./relation";
import { Orientation, ORIENTATIONS, Table } from "./table";

/** Lists are short; longer lines are table columns, where relations must repeat to count. */
const MAX_LIST = 12;
/** A result needs four significant digits before agreeing with a product means anything. */
const SIGNIFICANT_UNITS = 1000;
const PRODUCT_FACTORS = KNOWN_FACTORS.filter((f) => [1, 52, 365 / 7, 12].includes(f.value));

/** Figures from text sit in one or two columns (or rows) of a table; a real table has more. */
function isList(table: Table, o: Orientation): boolean {
  const lines = Array.from(
    { length: table.lineCount(o) },
    (_, line) => table.figurePositions(o, line).length
  );
  return lines.filter((n) => n > 0).length <= 2;
}

export function findListRelations(table: Table): Relation[] {
  const relations: Relation[] = [];
  for (const o of ORIENTATIONS.filter((orientation) => isList(table, orientation))) {
    for (let line = 0; line < table.lineCount(o); line++) {
      const cells = table.figurePositions(o, line).map((pos) => table.cellAt(o, line, pos));
      if (cells.length < 2 || cells.length > MAX_LIST) continue;
      const figure = (i: number) => table.figure(cells[i])!;
      const add = (target: number, inputs: number[], factor: Factor) => {
        const words = inputs.map((i) => table.address(cells[i])).join(" x ");
        const relation = new Relation(
          "factor",
          `${table.address(cells[target])} = ${words} x ${factor.words}`.replace(/ x 1$/, "")
        );
        if (inputs.length === 1) relation.factor = factor.value;
        relation.add(
          cells[target],
          inputs.map((i) => cells[i]),
          (values) => values.reduce((p, v) => p * v, factor.value)
        );
        relation.accepted = check(table, relation.instances[0]).holds;
        relations.push(relation);
      };
      cells.forEach((_, t) => {
        const target = figure(t);
        if (target.nil || Math.abs(target.value) < SIGNIFICANT_UNITS * target.unit) return;
        cells.forEach((__, a) => {
          if (a === t || figure(a).value === 0) return;
          LIST_FACTORS.forEach((factor) => add(t, [a], factor));
          cells.forEach((___, b) => {
            if (b <= a || b === t || figure(b).value === 0) return;
            PRODUCT_FACTORS.forEach((factor) => add(t, [a, b], factor));
          });
        });
      });
    }
  }
  return relations;
}
